/**
 * HostApi inside Electron: the object the preload exposed with contextBridge (electron/preload.ts).
 * Everything — services and native dialogs — goes through it; the renderer has no other access to the host.
 * Failures cross the bridge as plain `{ message, code }` objects (an Error would lose its code) and are
 * turned back into HostError here, so both hosts reject the same way.
 */
import { HostError, type HostApi } from '../../electron/api';

declare global {
  interface Window {
    gongwenHost?: HostApi;
  }
}

export function hasElectronHost(): boolean {
  return typeof window !== 'undefined' && window.gongwenHost?.kind === 'electron';
}

function toHostError(e: unknown): never {
  if (e instanceof HostError) throw e;
  const x = (e ?? {}) as { message?: unknown; code?: unknown };
  throw new HostError(typeof x.message === 'string' ? x.message : String(e), typeof x.code === 'string' ? (x.code as HostError['code']) : 'INTERNAL');
}

export function createElectronHost(): HostApi {
  const h = window.gongwenHost;
  if (!h) throw new Error('未找到 Electron 宿主接口');
  const out: Record<string, unknown> = { kind: h.kind };
  for (const [k, v] of Object.entries(h)) {
    if (typeof v !== 'function') continue;
    out[k] = (...args: unknown[]) => {
      const r = (v as (...a: unknown[]) => unknown)(...args);
      return r && typeof (r as Promise<unknown>).then === 'function' ? (r as Promise<unknown>).catch(toHostError) : r;
    };
  }
  return out as unknown as HostApi;
}
