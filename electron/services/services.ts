/**
 * The one implementation of ServiceApi, used by both hosts (Electron IPC and the browser host's HTTP API).
 * Each host adds only its own way of letting the user pick files (see HostServices for the hooks it uses),
 * and says which page is calling (apiFor): recovery copies and open files are kept per page (sessions.ts).
 */
import { SESSION_TTL_MS, type ServiceApi, type StartupInfo } from '../api';
import type { Draft } from '../core/draft/model';
import type { ExportOptions as DocxExportOptions } from '../core/docx/export-docx';
import { checkFonts, installedSet } from '../core/format/font-check';
import type { WorkerScript } from './archive/worker-client';
import { installedFontFamilies } from './fonts';
import { FormatProfileService } from './format-profiles';
import { convertDocxToPdf } from './pdf';
import { CorpusService, WORKER_START_DELAY_MS } from './corpus-service';
import { DraftService, type DocxImporter } from './drafts';
import { draftFromPastSource } from './from-past';
import { openPrefs, type PrefsService, type StoreFactory } from './prefs';
import { READ_ONLY_MESSAGE } from './recovery';
import { DEFAULT_SESSION, Sessions } from './sessions';
import { UserError } from './user-error';

export interface ServicesOptions {
  dataDir: string;
  /** Folder holding `seed-reports.txt`. */
  assetsDir: string;
  host: 'electron' | 'browser';
  version: string;
  importDocx: DocxImporter;
  exportDocx: (draft: Draft, opts: DocxExportOptions) => Promise<Uint8Array>;
  /** .docx → PDF (LibreOffice by default; tests may pass their own). */
  docxToPdf?: (docx: Uint8Array) => Promise<Uint8Array>;
  /** Installed font families (fc-list, the Windows registry or macOS by default). */
  fontFamilies?: () => Promise<string[]>;
  /** electron-store in Electron; conf (the default) elsewhere. */
  storeFactory?: StoreFactory;
  /** The archive worker's script (default: bundled next to the host, or the TypeScript source). */
  archiveWorker?: WorkerScript;
  /**
   * Another instance holds the data directory (data-dir-lock.ts) and the user chose to look only: nothing in
   * it is written. The text is the first notice shown (who holds it).
   */
  readOnly?: { notice: string };
}

/** ServiceApi plus what a host needs for its own dialogs and window. Only ServiceApi methods are exposed to the renderer. */
export interface HostServices {
  /** The API as seen by callers without a page of their own (tests, the CLI). */
  api: ServiceApi;
  /** The API as seen by one page (a window's page in Electron, a tab in the browser host). */
  apiFor(session: string): ServiceApi;
  drafts: DraftService;
  prefs: PrefsService;
  corpus: CorpusService;
  formats: FormatProfileService;
  sessions: Sessions;
  readOnly: boolean;
}

export async function createServices(o: ServicesOptions): Promise<HostServices> {
  const readOnly = Boolean(o.readOnly);
  const { prefs, notices } = openPrefs(o.dataDir, o.storeFactory, undefined, { readOnly });
  if (o.readOnly) notices.unshift(o.readOnly.notice);
  // Electron ends a page's session itself; a browser tab can vanish without a word, so it must keep pinging.
  const sessions = new Sessions({ ttlMs: o.host === 'browser' ? SESSION_TTL_MS : null });
  const drafts = new DraftService({ dataDir: o.dataDir, prefs, host: o.host, importDocx: o.importDocx, sessions, readOnly });
  await drafts.init();
  // Read-only: the archive is read, never written (no worker; its acts refused with READ_ONLY_INSTANCE).
  const corpus = new CorpusService({ dataDir: o.dataDir, assetsDir: o.assetsDir, workerScript: o.archiveWorker, readOnly, workerDelayMs: WORKER_START_DELAY_MS });
  const formats = new FormatProfileService(prefs.store);
  // Exports use the profile the user chose and name the author from the settings.
  const exportOpts = (highlightIssues: boolean): DocxExportOptions => ({ highlightIssues, profile: formats.get(), author: prefs.get().settings.author });
  const docxToPdf = o.docxToPdf ?? ((docx: Uint8Array) => convertDocxToPdf(docx));
  const fontFamilies = o.fontFamilies ?? (() => installedFontFamilies());
  const startup: StartupInfo = { host: o.host, version: o.version, notices, readOnly };
  const writable = () => {
    if (readOnly) throw new UserError(READ_ONLY_MESSAGE, 'READ_ONLY_INSTANCE');
  };

  const apiFor = (session: string): ServiceApi => ({
    // The archive's notices (a rebuilt database, a migration) are known once it is open.
    startup: async () => ({ ...startup, notices: [...notices, ...corpus.notices] }),
    corpusData: () => corpus.data(),
    corpusImport: async (files) => (writable(), corpus.import(files)),
    corpusReset: async () => (writable(), corpus.reset()),
    corpusImportStart: async (files, opts) => (writable(), corpus.startImport(files, opts?.expectedFiles, opts?.notImported)),
    corpusImportAppend: async (jobId, files) => (writable(), corpus.appendImport(jobId, files)),
    corpusImportStatus: (jobId) => corpus.importStatus(jobId),
    corpusImportCancel: (jobId) => corpus.cancelImport(jobId),
    corpusStatus: () => corpus.status(),
    corpusDocuments: (q) => corpus.documents(q),
    corpusDocument: (id) => corpus.document(id),
    corpusRemove: async (ids) => (writable(), corpus.remove(ids)),
    corpusRestore: async (undo) => (writable(), corpus.restore(undo)),
    corpusSetCorrections: async (id, c) => (writable(), corpus.setCorrections(id, c)),
    corpusPhrases: (q) => corpus.phrases(q),
    corpusSections: (q) => corpus.sections(q),
    corpusSkeletons: (genre) => corpus.skeletons(genre),
    corpusReuse: (sentences) => corpus.reuse(sentences),
    draftFromPast: (source, opts) => draftFromPastSource(corpus, source, opts ?? {}),
    pastPassages: (query, opts) => corpus.passages(query, opts ?? {}),
    draftParse: (file) => drafts.parse(file, session),
    draftOpenRecent: (p) => drafts.openRecent(p, session),
    draftSave: (draft, p, opts) => drafts.save(draft, p, opts, session),
    draftSaveNew: async (draft, name, opts) => {
      if (o.host !== 'browser') throw new UserError('请使用“另存为”对话框选择保存位置');
      return drafts.saveNew(draft, name, session, opts);
    },
    draftAutosave: (draft, p) => drafts.recovery.autosave(draft, p, session),
    draftRecoveryList: () => drafts.recovery.list(session),
    draftRecoveryClaim: (id) => drafts.recovery.claim(id, session),
    draftRecovery: () => drafts.recovery.newest(session),
    draftClearRecovery: (id) => drafts.recovery.clear(id, session),
    draftRecent: async () => drafts.recent(),
    docxExport: (draft, opts) => o.exportDocx(draft, exportOpts(opts.highlightIssues)),
    prefsGet: async () => prefs.get(),
    prefsSetSettings: async (patch) => prefs.setSettings(patch),
    prefsToggleFavourite: async (id) => prefs.toggleFavourite(id),
    prefsAddUserPhrase: async (text, category) => prefs.addUserPhrase(text, category),
    prefsRemoveUserPhrase: async (id) => prefs.removeUserPhrase(id),
    formatProfiles: async () => formats.list(),
    formatProfileSave: async (p) => (writable(), formats.save(p)),
    formatProfileRemove: async (name) => (writable(), formats.remove(name)),
    formatProfileSelect: async (name) => (writable(), formats.select(name)),
    formatProfileExport: async (name) => formats.exportFile(name),
    formatProfileImport: async (file) => (writable(), formats.importFile(file)),
    fontsCheck: async (name) => checkFonts(formats.get(name), installedSet(await fontFamilies())),
    // LibreOffice lays the PDF out: run-in headings as one paragraph, which it shows on one line (export-docx.ts).
    docxToPdf: async (draft, opts) => docxToPdf(await o.exportDocx(draft, { ...exportOpts(opts.highlightIssues), runIn: 'one-paragraph' })),
    sessionPing: async () => void sessions.touch(session),
    sessionEnd: async () => sessions.end(session),
  });
  return { api: apiFor(DEFAULT_SESSION), apiFor, drafts, prefs, corpus, formats, sessions, readOnly };
}
