/** The renderer's one way to reach its host: `getHost()` returns the Electron or the browser adapter. */
import type { HostApi } from '../../electron/api';
import { createBrowserHost } from './browser-host';
import { createElectronHost, hasElectronHost } from './electron-host';

let host: HostApi | null = null;

export function getHost(): HostApi {
  if (!host) host = hasElectronHost() ? createElectronHost() : createBrowserHost();
  return host;
}

export type { HostApi };
