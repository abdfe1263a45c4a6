/**
 * HostApi inside Electron: the object the preload exposed with contextBridge (electron/preload.ts).
 * Everything — services and native dialogs — goes through it; the renderer has no other access to the host.
 */
import type { HostApi } from '../../electron/api';

declare global {
  interface Window {
    gongwenHost?: HostApi;
  }
}

export function hasElectronHost(): boolean {
  return typeof window !== 'undefined' && window.gongwenHost?.kind === 'electron';
}

export function createElectronHost(): HostApi {
  const h = window.gongwenHost;
  if (!h) throw new Error('未找到 Electron 宿主接口');
  return h;
}
