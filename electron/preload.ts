/**
 * Preload (sandboxed, so bundled into one file): exposes exactly one object, `window.gongwenHost`, which
 * implements HostApi by forwarding to main over IPC. No Node or Electron object reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { SERVICE_METHODS, type HostApi } from './api';
import { DIALOG_CHANNELS, EXPOSED_NAME, type IpcEnvelope } from './host-channels';

async function invoke(channel: string, args: unknown[]): Promise<unknown> {
  const r = (await ipcRenderer.invoke(channel, ...args)) as IpcEnvelope<unknown>;
  if (!r.ok) throw new Error(r.error);
  return r.result;
}

const api: Record<string, unknown> = { kind: 'electron' };
for (const m of SERVICE_METHODS) api[m] = (...args: unknown[]) => invoke(m, args);
api.pickAndOpen = () => invoke(DIALOG_CHANNELS.open, []);
api.saveAs = (draft: unknown, suggestedName: unknown) => invoke(DIALOG_CHANNELS.saveAs, [draft, suggestedName]);
api.exportDocxToUser = (draft: unknown, opts: unknown, suggestedName: unknown) => invoke(DIALOG_CHANNELS.exportDocx, [draft, opts, suggestedName]);
api.pickAndImportCorpus = () => invoke(DIALOG_CHANNELS.importCorpus, []);
api.pickAndStartCorpusImport = (opts: unknown) => invoke(DIALOG_CHANNELS.importCorpusStart, [opts ?? null]);

contextBridge.exposeInMainWorld(EXPOSED_NAME, api as unknown as HostApi);
