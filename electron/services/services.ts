/**
 * The one implementation of ServiceApi, used by both hosts (Electron IPC and the browser host's HTTP API).
 * Each host adds only its own way of letting the user pick files (see HostServices for the hooks it uses).
 */
import type { ServiceApi, StartupInfo } from '../api';
import type { Draft } from '../core/draft/model';
import type { WorkerScript } from './archive/worker-client';
import { CorpusService } from './corpus-service';
import { DraftService, type DocxImporter } from './drafts';
import { openPrefs, type PrefsService, type StoreFactory } from './prefs';
import { UserError } from './user-error';

export interface ServicesOptions {
  dataDir: string;
  /** Folder holding `seed-reports.txt`. */
  assetsDir: string;
  host: 'electron' | 'browser';
  version: string;
  importDocx: DocxImporter;
  exportDocx: (draft: Draft, opts: { highlightIssues: boolean }) => Promise<Uint8Array>;
  /** electron-store in Electron; conf (the default) elsewhere. */
  storeFactory?: StoreFactory;
  /** The archive worker's script (default: bundled next to the host, or the TypeScript source). */
  archiveWorker?: WorkerScript;
}

/** ServiceApi plus what a host needs for its own dialogs and window. Only ServiceApi methods are exposed to the renderer. */
export interface HostServices {
  api: ServiceApi;
  drafts: DraftService;
  prefs: PrefsService;
  corpus: CorpusService;
}

export async function createServices(o: ServicesOptions): Promise<HostServices> {
  const { prefs, notices } = openPrefs(o.dataDir, o.storeFactory);
  const drafts = new DraftService({ dataDir: o.dataDir, prefs, host: o.host, importDocx: o.importDocx });
  await drafts.init();
  const corpus = new CorpusService({ dataDir: o.dataDir, assetsDir: o.assetsDir, workerScript: o.archiveWorker });
  const startup: StartupInfo = { host: o.host, version: o.version, notices };

  const api: ServiceApi = {
    // The archive's notices (a rebuilt database, a migration) are known once it is open.
    startup: async () => ({ ...startup, notices: [...notices, ...corpus.notices] }),
    corpusData: () => corpus.data(),
    corpusImport: (files) => corpus.import(files),
    corpusReset: () => corpus.reset(),
    corpusImportStart: (files, opts) => corpus.startImport(files, opts?.expectedFiles),
    corpusImportAppend: (jobId, files) => corpus.appendImport(jobId, files),
    corpusImportStatus: (jobId) => corpus.importStatus(jobId),
    corpusImportCancel: (jobId) => corpus.cancelImport(jobId),
    corpusStatus: () => corpus.status(),
    corpusDocuments: (q) => corpus.documents(q),
    corpusDocument: (id) => corpus.document(id),
    corpusRemove: (ids) => corpus.remove(ids),
    corpusRestore: (undo) => corpus.restore(undo),
    corpusSetCorrections: (id, c) => corpus.setCorrections(id, c),
    corpusPhrases: (q) => corpus.phrases(q),
    corpusSections: (q) => corpus.sections(q),
    corpusSkeletons: (genre) => corpus.skeletons(genre),
    corpusReuse: (sentences) => corpus.reuse(sentences),
    draftParse: (file) => drafts.parse(file),
    draftOpenRecent: (p) => drafts.openRecent(p),
    draftSave: (draft, p) => drafts.save(draft, p),
    draftSaveNew: async (draft, name) => {
      if (o.host !== 'browser') throw new UserError('请使用“另存为”对话框选择保存位置');
      return drafts.saveNew(draft, name);
    },
    draftAutosave: (draft, p) => drafts.autosave(draft, p),
    draftRecovery: () => drafts.recovery(),
    draftClearRecovery: () => drafts.clearRecovery(),
    draftRecent: async () => drafts.recent(),
    docxExport: (draft, opts) => o.exportDocx(draft, opts),
    prefsGet: async () => prefs.get(),
    prefsSetSettings: async (patch) => prefs.setSettings(patch),
    prefsToggleFavourite: async (id) => prefs.toggleFavourite(id),
    prefsAddUserPhrase: async (text, category) => prefs.addUserPhrase(text, category),
    prefsRemoveUserPhrase: async (id) => prefs.removeUserPhrase(id),
  };
  return { api, drafts, prefs, corpus };
}
