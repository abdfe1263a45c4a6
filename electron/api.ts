/**
 * The one typed contract between the renderer and its host (Electron main or the browser host).
 *
 * Two layers:
 * - `ServiceApi`: data in, data out, no user interaction. Implemented once by the Node services
 *   (electron/services) and exposed unchanged over Electron IPC (channel = method name) and over the
 *   browser host's HTTP API (POST /api/<method>, JSON body = argument list). Every argument is
 *   validated on the host side with the zod schemas in api-schemas.ts before a service sees it
 *   (kept apart so the renderer bundle does not carry zod).
 * - `HostApi`: what the renderer uses. It is `ServiceApi` plus the few steps that need the user to pick a
 *   file (open, save as, export), which each host does its own way: Electron with native dialogs in main,
 *   the browser with <input type=file> and downloads. The renderer knows nothing else of its host.
 */
import type { Draft, Genre } from './core/draft/model';
import type { ImportIssue, Phrase, PhraseCategory, SectionEntry, Skeleton } from './core/corpus/types';
import type { CheckSettings } from './core/checks/types';

/** A file's bytes and the name the user knows it by (Uint8Array over IPC; base64 over HTTP). */
export interface FileBlob {
  name: string;
  bytes: Uint8Array;
}

export interface CorpusDocSummary {
  id: string;
  fileName: string;
  declaredTitle: string;
  genre: Genre;
  charCount: number;
  sectionCount: number;
  /** True for the embedded default corpus, false for files the user imported. */
  builtIn: boolean;
}

export interface CorpusSummary {
  documents: CorpusDocSummary[];
  /** Problems from the last import (Chinese messages naming each file). */
  issues: ImportIssue[];
}

/** One corpus document's paragraphs (original text), for the reuse-ratio check in the renderer. */
export interface CorpusText {
  docId: string;
  docTitle: string;
  paragraphs: string[];
}

export interface CorpusData {
  skeletons: Skeleton[];
  phrases: Phrase[];
  sections: SectionEntry[];
  summary: CorpusSummary;
  texts: CorpusText[];
}

export type OpenResult =
  | { ok: true; draft: Draft; path: string | null; name: string; warnings: string[] }
  | { ok: false; error: string };

export type SaveResult = { ok: true; path: string; name: string } | { ok: false; error: string };

export interface RecentFile {
  path: string;
  name: string;
  openedAt: string;
}

export interface Recovery {
  draft: Draft;
  /** The file the recovered draft belongs to, if it had been saved. */
  path: string | null;
  savedAt: string;
}

export interface Settings extends CheckSettings {
  /** 字/分钟 for the speaking-time estimate. */
  speechRate: number;
  autosaveSeconds: number;
  /** Whether sentences copied from past reports are tinted in the editor (the status bar's 复用率 switch). */
  showCopied: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  speechRate: 220,
  maxSentenceChars: 120,
  maxParagraphChars: 600,
  autosaveSeconds: 3,
  showCopied: true,
};

export interface UserPhrase {
  id: string;
  text: string;
  category: PhraseCategory;
  createdAt: string;
}

export interface Prefs {
  settings: Settings;
  favourites: string[];
  userPhrases: UserPhrase[];
}

export interface ExportOptions {
  /** Export even with unfilled placeholders / unchecked marks, highlighting them. */
  highlightIssues: boolean;
}

export interface StartupInfo {
  host: 'electron' | 'browser';
  version: string;
  /** Things the user must be told once at start, e.g. a corrupt settings store was reset (backup kept). */
  notices: string[];
}

/** Host services: data in, data out. Method names are the IPC channels / HTTP paths. */
export interface ServiceApi {
  startup(): Promise<StartupInfo>;
  corpusData(): Promise<CorpusData>;
  corpusImport(files: FileBlob[]): Promise<{ imported: number; issues: ImportIssue[] }>;
  corpusReset(): Promise<void>;
  /** Parse a draft file (.gwdraft JSON) or a .docx the user picked. */
  draftParse(file: FileBlob): Promise<OpenResult>;
  /** Re-open a file from the recent list (the host only opens paths it handed out itself). */
  draftOpenRecent(path: string): Promise<OpenResult>;
  /** Save to a path the host handed out (from a dialog or an earlier save); atomic, keeps a backup. */
  draftSave(draft: Draft, path: string): Promise<SaveResult>;
  /**
   * Browser host “另存为”: save as a new draft named `name` in the host's own drafts folder
   * (`<data-dir>/drafts/<name>.gwdraft`, never overwriting another draft). Electron uses a save dialog instead.
   */
  draftSaveNew(draft: Draft, name: string): Promise<SaveResult>;
  draftAutosave(draft: Draft, path: string | null): Promise<void>;
  draftRecovery(): Promise<Recovery | null>;
  draftClearRecovery(): Promise<void>;
  draftRecent(): Promise<RecentFile[]>;
  docxExport(draft: Draft, opts: ExportOptions): Promise<Uint8Array>;
  prefsGet(): Promise<Prefs>;
  prefsSetSettings(patch: Partial<Settings>): Promise<Prefs>;
  prefsToggleFavourite(phraseId: string): Promise<Prefs>;
  prefsAddUserPhrase(text: string, category: PhraseCategory): Promise<Prefs>;
  prefsRemoveUserPhrase(id: string): Promise<Prefs>;
}

export type ServiceMethod = keyof ServiceApi;

/** The renderer's one API object: services plus the user-interaction steps each host does its own way. */
export interface HostApi extends ServiceApi {
  readonly kind: 'electron' | 'browser';
  /** Let the user pick a draft (.gwdraft) or Word (.docx) file and open it; null if cancelled. */
  pickAndOpen(): Promise<OpenResult | null>;
  /** Save; with no path (new draft / 另存为) the user chooses where. Null if cancelled. */
  saveAs(draft: Draft, suggestedName: string): Promise<SaveResult | null>;
  /** Export .docx to a place the user chooses (Electron) or as a download (browser). Null if cancelled. */
  exportDocxToUser(draft: Draft, opts: ExportOptions, suggestedName: string): Promise<SaveResult | null>;
  /** Let the user pick corpus files (.txt/.md/.docx) to add to their archive. Null if cancelled. */
  pickAndImportCorpus(): Promise<{ imported: number; issues: ImportIssue[] } | null>;
}

/** Every ServiceApi method, i.e. every IPC channel / HTTP path (api-schemas.ts checks this list is complete). */
export const SERVICE_METHODS = [
  'startup',
  'corpusData',
  'corpusImport',
  'corpusReset',
  'draftParse',
  'draftOpenRecent',
  'draftSave',
  'draftSaveNew',
  'draftAutosave',
  'draftRecovery',
  'draftClearRecovery',
  'draftRecent',
  'docxExport',
  'prefsGet',
  'prefsSetSettings',
  'prefsToggleFavourite',
  'prefsAddUserPhrase',
  'prefsRemoveUserPhrase',
] as const satisfies readonly ServiceMethod[];
