/**
 * IPC channels besides the ServiceApi methods (whose channel is the method name): the steps that need a
 * native dialog in Electron main, and files the operating system asks the app to open. Shared by main and
 * preload so the names cannot drift.
 */
import type { ErrorCode } from './api';

export const DIALOG_CHANNELS = {
  open: 'dialog:open',
  saveAs: 'dialog:saveAs',
  exportDocx: 'dialog:exportDocx',
  exportPdf: 'dialog:exportPdf',
  importCorpus: 'dialog:importCorpus',
  importCorpusStart: 'dialog:importCorpusStart',
} as const;

/** Renderer → main (invoke): the files waiting to be opened, opened. Main → renderer (send): one is waiting. */
export const OPEN_REQUEST_CHANNELS = {
  take: 'host:takeOpenRequests',
  notify: 'host:openRequest',
} as const;

/** What every IPC handler in main returns; the preload turns `ok: false` into a rejection carrying message and code. */
export type IpcEnvelope<T> = { ok: true; result: T } | { ok: false; error: string; code: ErrorCode };

/**
 * How the preload rejects: a plain object, because an Error crossing contextBridge keeps only its message.
 * renderer/host/electron-host.ts turns it back into a HostError.
 */
export interface BridgedError {
  name: 'HostError';
  message: string;
  code: ErrorCode;
}

/** The object the preload exposes as `window.gongwenHost` (HostApi; see renderer/host/electron-host.ts). */
export const EXPOSED_NAME = 'gongwenHost';
