/**
 * IPC channels besides the ServiceApi methods (whose channel is the method name): the steps that need a
 * native dialog in Electron main. Shared by main and preload so the names cannot drift.
 */
export const DIALOG_CHANNELS = {
  open: 'dialog:open',
  saveAs: 'dialog:saveAs',
  exportDocx: 'dialog:exportDocx',
  importCorpus: 'dialog:importCorpus',
  importCorpusStart: 'dialog:importCorpusStart',
} as const;

/** What every IPC handler in main returns; the preload turns `ok: false` into a thrown Error with the Chinese message. */
export type IpcEnvelope<T> = { ok: true; result: T } | { ok: false; error: string };

/** The object the preload exposes as `window.gongwenHost` (HostApi; see renderer/host/electron-host.ts). */
export const EXPOSED_NAME = 'gongwenHost';
