/**
 * The one implementation of ServiceApi, used by both hosts (Electron IPC and the browser host's HTTP API).
 * Each host adds only its own way of letting the user pick files (see HostServices for the hooks it uses).
 */
import type { ServiceApi, StartupInfo } from '../api';
import type { Draft } from '../core/draft/model';
import type { ExportOptions as DocxExportOptions } from '../core/docx/export-docx';
import { checkFonts, installedSet } from '../core/format/font-check';
import { installedFontFamilies } from './fonts';
import { FormatProfileService } from './format-profiles';
import { convertDocxToPdf } from './pdf';
import { CorpusService, type CorpusEngine } from './corpus-service';
import { DraftService, type DocxImporter } from './drafts';
import { openPrefs, type PrefsService, type StoreFactory } from './prefs';
import { UserError } from './user-error';

export interface ServicesOptions {
  dataDir: string;
  /** Folder holding `seed-reports.txt`. */
  assetsDir: string;
  host: 'electron' | 'browser';
  version: string;
  engine: CorpusEngine;
  importDocx: DocxImporter;
  exportDocx: (draft: Draft, opts: DocxExportOptions) => Promise<Uint8Array>;
  /** .docx → PDF (LibreOffice by default; tests may pass their own). */
  docxToPdf?: (docx: Uint8Array) => Promise<Uint8Array>;
  /** Installed font families (fc-list, the Windows registry or macOS by default). */
  fontFamilies?: () => Promise<string[]>;
  /** electron-store in Electron; conf (the default) elsewhere. */
  storeFactory?: StoreFactory;
}

/** ServiceApi plus what a host needs for its own dialogs and window. Only ServiceApi methods are exposed to the renderer. */
export interface HostServices {
  api: ServiceApi;
  drafts: DraftService;
  prefs: PrefsService;
  corpus: CorpusService;
  formats: FormatProfileService;
}

export async function createServices(o: ServicesOptions): Promise<HostServices> {
  const { prefs, notices } = openPrefs(o.dataDir, o.storeFactory);
  const drafts = new DraftService({ dataDir: o.dataDir, prefs, host: o.host, importDocx: o.importDocx });
  await drafts.init();
  const corpus = new CorpusService({ dataDir: o.dataDir, assetsDir: o.assetsDir, engine: o.engine });
  const formats = new FormatProfileService(prefs.store);
  // Exports use the profile the user chose and name the author from the settings.
  const exportOpts = (highlightIssues: boolean): DocxExportOptions => ({ highlightIssues, profile: formats.get(), author: prefs.get().settings.author });
  const docxToPdf = o.docxToPdf ?? ((docx: Uint8Array) => convertDocxToPdf(docx));
  const fontFamilies = o.fontFamilies ?? (() => installedFontFamilies());
  const startup: StartupInfo = { host: o.host, version: o.version, notices };

  const api: ServiceApi = {
    startup: async () => startup,
    corpusData: () => corpus.data(),
    corpusImport: (files) => corpus.import(files),
    corpusReset: () => corpus.reset(),
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
    docxExport: (draft, opts) => o.exportDocx(draft, exportOpts(opts.highlightIssues)),
    prefsGet: async () => prefs.get(),
    prefsSetSettings: async (patch) => prefs.setSettings(patch),
    prefsToggleFavourite: async (id) => prefs.toggleFavourite(id),
    prefsAddUserPhrase: async (text, category) => prefs.addUserPhrase(text, category),
    prefsRemoveUserPhrase: async (id) => prefs.removeUserPhrase(id),
    formatProfiles: async () => formats.list(),
    formatProfileSave: async (p) => formats.save(p),
    formatProfileRemove: async (name) => formats.remove(name),
    formatProfileSelect: async (name) => formats.select(name),
    formatProfileExport: async (name) => formats.exportFile(name),
    formatProfileImport: async (file) => formats.importFile(file),
    fontsCheck: async (name) => checkFonts(formats.get(name), installedSet(await fontFamilies())),
    docxToPdf: async (draft, opts) => docxToPdf(await o.exportDocx(draft, exportOpts(opts.highlightIssues))),
  };
  return { api, drafts, prefs, corpus, formats };
}
