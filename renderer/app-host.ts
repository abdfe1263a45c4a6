/** The renderer's single door to its host (Electron or the browser host); resolved once. */
import type { HostApi } from '../electron/api';
import { getHost } from './host';

let cached: Promise<HostApi> | null = null;

export function host(): Promise<HostApi> {
  cached ??= Promise.resolve(getHost() as HostApi | Promise<HostApi>);
  return cached;
}
