/**
 * The renderer's one door to its host: `host` is the Electron adapter (the preload's contextBridge object) or
 * the browser adapter (HTTP to the browser host), chosen on first use. Synchronous: `host.draftSave(…)`, no
 * `await host()` first. Chosen lazily rather than at import so that importing a feature (in a unit test, in
 * Node) does not touch `window`.
 */
import type { HostApi } from '../../electron/api';
import { createBrowserHost } from './browser-host';
import { createElectronHost, hasElectronHost } from './electron-host';

let chosen: HostApi | null = null;

function getHost(): HostApi {
  chosen ??= hasElectronHost() ? createElectronHost() : createBrowserHost();
  return chosen;
}

export const host: HostApi = new Proxy({} as HostApi, {
  get: (_t, name) => Reflect.get(getHost(), name),
});

export type { HostApi };
