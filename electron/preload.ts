/**
 * Preload (sandboxed, so bundled into one file): exposes exactly one object, `window.gongwenHost`, which
 * implements HostApi by forwarding to main over IPC. No Node or Electron object reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { SERVICE_METHODS, type HostApi } from './api';
import { DIALOG_CHANNELS, EXPOSED_NAME, OPEN_REQUEST_CHANNELS, type BridgedError, type IpcEnvelope } from './host-channels';

async function invoke(channel: string, args: unknown[]): Promise<unknown> {
  const r = (await ipcRenderer.invoke(channel, ...args)) as IpcEnvelope<unknown>;
  if (!r.ok) {
    const e: BridgedError = { name: 'HostError', message: r.error, code: r.code };
    throw e;
  }
  return r.result;
}

const api: Record<string, unknown> = { kind: 'electron' };
for (const m of SERVICE_METHODS) api[m] = (...args: unknown[]) => invoke(m, args);
api.pickAndOpen = () => invoke(DIALOG_CHANNELS.open, []);
api.saveAs = (draft: unknown, suggestedName: unknown) => invoke(DIALOG_CHANNELS.saveAs, [draft, suggestedName]);
api.exportDocxToUser = (draft: unknown, opts: unknown, suggestedName: unknown) => invoke(DIALOG_CHANNELS.exportDocx, [draft, opts, suggestedName]);
api.exportPdfToUser = (draft: unknown, opts: unknown, suggestedName: unknown) => invoke(DIALOG_CHANNELS.exportPdf, [draft, opts, suggestedName]);
api.pickAndImportCorpus = () => invoke(DIALOG_CHANNELS.importCorpus, []);
api.pickAndStartCorpusImport = (opts: unknown) => invoke(DIALOG_CHANNELS.importCorpusStart, [opts ?? null]);
api.takeOpenRequests = () => invoke(OPEN_REQUEST_CHANNELS.take, []);
api.onOpenRequest = (listener: () => void) => {
  // The page gets a bare call: no event object (which would carry the sender) crosses the bridge.
  const fn = () => listener();
  ipcRenderer.on(OPEN_REQUEST_CHANNELS.notify, fn);
  return () => void ipcRenderer.removeListener(OPEN_REQUEST_CHANNELS.notify, fn);
};

contextBridge.exposeInMainWorld(EXPOSED_NAME, api as unknown as HostApi);
