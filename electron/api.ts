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
import type { Draft, Genre, HeadingLevel, Role } from './core/draft/model';
import type { DocumentCorrections, ImportIssue, Phrase, PhraseCategory, SectionEntry, SectionRoleCorrection, Skeleton } from './core/corpus/types';
import type { CheckSettings } from './core/checks/types';
import type { FontReport } from './core/format/font-check';
import type { FormatProfile } from './core/format/profile';
import type { FromPastSummary } from './core/draft/from-past';
import type { RankedPassage } from './core/draft/past-passages';

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

/**
 * The user's corrections to one analysed document are the corpus engine's own type: a genre, a role per
 * top-level section (found again by its heading, so a better engine does not misapply it), or leaving the
 * document out of phrases, skeletons and the section library. The archive stores and replays them.
 */
export type { DocumentCorrections, SectionRoleCorrection };

/** One document of the archive, as the corpus manager lists it. */
export interface ArchiveDocument {
  /** Stable id: `seed-reports.txt#2` for the built-in corpus, `<content hash>#<n>` for imported files. */
  id: string;
  fileName: string;
  /** Its number within its file (第N篇) when the file holds several documents, else null. */
  part: number | null;
  title: string;
  /** After the user's corrections. */
  genre: Genre;
  detectedGenre: Genre;
  /** The year its title, byline or first lines name, else its file name (“…-2020.txt”), if any. */
  year: number | null;
  importedAt: string;
  charCount: number;
  sectionCount: number;
  builtIn: boolean;
  corrected: boolean;
  excluded: boolean;
  removed: boolean;
  /** Why the file can no longer be analysed (it stays listed so it can be removed). */
  error: string | null;
}

export type DocumentSort = 'imported' | 'year' | 'file' | 'title' | 'genre' | 'chars';

export interface DocumentQuery {
  genre?: Genre;
  year?: number;
  /** Part of the file name or title. */
  query?: string;
  sort?: DocumentSort;
  desc?: boolean;
  /** List the removed documents (the ones an undo can bring back) instead of the live ones. */
  removed?: boolean;
  limit?: number;
  offset?: number;
}

export interface DocumentPage {
  /** Documents matching the query (all pages). */
  total: number;
  documents: ArchiveDocument[];
  /** Live documents per genre and per year, for the filters (ignoring the query's own genre/year). */
  genres: { genre: Genre; count: number }[];
  years: { year: number; count: number }[];
  /** Live imported documents in the whole archive, whatever the query (what 恢复为内置语料 would remove). */
  imported: number;
}

/** One line of a document's structure, in reading order. */
export interface DocumentLine {
  kind: 'salutation' | 'heading' | 'paragraph';
  part: 'opening' | 'body' | 'closing';
  level?: HeadingLevel;
  marker?: string;
  /** 0-based index of the top-level section the line is in (what a role correction names). */
  section?: number;
  role?: Role;
  /**
   * A heading the analysis gave a run of enumerated paragraphs (第一，…第五，…) that has none in the text: its marker
   * names the run, its text is the first item's opening clause. Not a line of the original.
   */
  enumeration?: true;
  text: string;
}

export interface DocumentView {
  document: ArchiveDocument;
  genreReasons: string[];
  corrections: DocumentCorrections | null;
  /** Role corrections whose section the analysis no longer has (the file or the engine changed since). */
  unapplied: SectionRoleCorrection[];
  lines: DocumentLine[];
}

export interface PhraseQuery {
  /** Substring (any length); words separated by spaces must all occur. */
  query?: string;
  role?: Role;
  category?: PhraseCategory;
  genre?: Genre;
  /** Only these phrase ids (e.g. the favourites). */
  ids?: string[];
  limit?: number;
  offset?: number;
}

/** `sources` holds one source: where the phrase was seen in its best-scoring document (docCount says how many). */
export interface ArchivePhrase extends Phrase {
  /** Live documents using it. */
  docCount: number;
}

export interface PhrasePage {
  /** Phrases matching (all pages). */
  total: number;
  /**
   * False when the query matches thousands of phrases (a common character as one types): `total` is then
   * a lower bound (this page and at least one more; the UI shows “N+”), exact once a page comes back short.
   */
  totalExact: boolean;
  phrases: ArchivePhrase[];
}

export interface SectionQuery {
  /** Substring of the heading, of a subheading or of a paragraph's opening sentence (a section's first ~300 characters of them). */
  query?: string;
  role?: Role;
  genre?: Genre;
  /** The heading or paragraph at the cursor: sections are ranked by relevance to it. */
  near?: string;
  limit?: number;
  offset?: number;
}

export interface ArchiveSection extends SectionEntry {
  fileName: string;
  year: number | null;
  /** The section's first sentence (what names an entry besides its document and year). */
  firstSentence: string;
}

export interface SectionPage {
  /** How many match; with totalExact false, a lower bound (a common term such as 工作 is not counted to the end). */
  total: number;
  totalExact: boolean;
  sections: ArchiveSection[];
}

export interface ArchiveSkeleton extends Skeleton {
  /** Live documents of the genre (the skeleton is derived from the latest of them, `sourceDocs`). */
  genreDocs: number;
}

/** Where a draft sentence was copied from (复用率), as the host finds it in the archive. */
export interface ReuseMatch {
  docId: string;
  docTitle: string;
  /** The archive's sentence as written there. */
  sentence: string;
  /** 1 for the same normalised text, else the character 3-gram Jaccard similarity (≥ 0.8). */
  similarity: number;
}

/** 以往年材料为底稿: the past document a new draft is made from — one of the archive, or a file picked for the purpose. */
export type PastSource = { docId: string } | { file: FileBlob };

export interface FromPastRequest {
  /** The new report's year (default: the source's report year + 1). */
  targetYear?: number;
  /** Build the review from last year's tasks: true always, false never, default as core/draft/from-past.ts decides. */
  scaffold?: boolean;
}

/** The new draft and what was carried over, moved on and marked (every mark with its place, for stepping through). */
export type DraftFromPastResult = { ok: true; draft: Draft; summary: FromPastSummary } | { ok: false; error: string; code: ErrorCode };

/** 往年怎么写: options of a passage query (the text at the cursor is the query). */
export interface PassageQuery {
  /** The role of the section at the cursor: passages of the same role rank a little higher. */
  role?: Role;
  /** At most this many (default 20, at most 100). */
  limit?: number;
  /** A document not to offer (the one the draft was made from: its text is already there). */
  excludeDocId?: string;
}

export type { FromPastSummary, RankedPassage };

export type ImportJobState = 'running' | 'done' | 'cancelled' | 'failed';

/** An import running in the host's worker: poll corpusImportStatus for progress. */
export interface ImportJob {
  id: string;
  state: ImportJobState;
  /** Files announced (expectedFiles, or received so far). */
  total: number;
  done: number;
  /** The file being analysed now. */
  current: string | null;
  imported: number;
  /** Files whose content was already in the archive. */
  skipped: number;
  issues: ImportIssue[];
  /** Why the job stopped, for state 'failed'. */
  error?: string;
}

/** Background work on the archive the UI may show (a migration, a rebuild, a re-analysis after an update). */
export interface ArchiveStatus {
  documents: number;
  /** Changes whenever what the archive answers changes (documents, phrases, sections, skeletons): refetch on a change. */
  version: string;
  task: { kind: 'migrate' | 'rebuild' | 'reindex'; done: number; total: number } | null;
  job: ImportJob | null;
}

/** One corpus document's paragraphs (original text), for the reuse-ratio check in the renderer. */
export interface CorpusText {
  docId: string;
  docTitle: string;
  paragraphs: string[];
}

/**
 * What today's renderer loads at start. Bounded whatever the archive's size: the top phrases, a selection of
 * sections, the latest documents and only as much text for the in-renderer 复用率 index as a budget allows
 * (see corpus-service.ts); the archive itself is queried with the corpus* methods below.
 */
export interface CorpusData {
  skeletons: Skeleton[];
  phrases: Phrase[];
  sections: SectionEntry[];
  summary: CorpusSummary;
  texts: CorpusText[];
}

/**
 * Why a call failed, for the UI to act on; the Chinese `error`/message next to it is what the user reads.
 * - the file system, each with its own message: DISK_FULL (ENOSPC), READ_ONLY (EROFS, EACCES, EPERM),
 *   FILE_LOCKED (EBUSY, a Windows sharing violation: antivirus, backup tools, Word), NAME_TOO_LONG, NOT_FOUND,
 *   IO_ERROR (anything else the disk answered);
 * - drafts: CHANGED_ON_DISK (the file was changed by another program since it was opened: ask before saving),
 *   NAME_TAKEN (another draft has the name asked for; `freeName` offers one that was free),
 *   NOT_ALLOWED (a path the host did not hand out, or not a .gwdraft), INVALID_FILE, NEWER_FORMAT, TOO_LARGE,
 *   RECOVERY_IN_USE (that recovery copy belongs to another open window or tab);
 * - READ_ONLY_INSTANCE: this instance was started read-only because another one holds the data directory;
 * - the call itself: INVALID_ARGUMENT, FORBIDDEN, UNKNOWN_METHOD, BAD_REQUEST, REQUEST_TOO_LARGE, REFUSED (a
 *   service said no, see the message), INTERNAL (a bug; the message says to retry), and on the renderer side
 *   UNAVAILABLE (the host could not be reached: keep the text, retry later) and BAD_RESPONSE.
 */
export type ErrorCode =
  | 'DISK_FULL'
  | 'READ_ONLY'
  | 'FILE_LOCKED'
  | 'NAME_TOO_LONG'
  | 'NOT_FOUND'
  | 'IO_ERROR'
  | 'CHANGED_ON_DISK'
  | 'NAME_TAKEN'
  | 'NOT_ALLOWED'
  | 'INVALID_FILE'
  | 'NEWER_FORMAT'
  | 'TOO_LARGE'
  | 'RECOVERY_IN_USE'
  | 'READ_ONLY_INSTANCE'
  | 'INVALID_ARGUMENT'
  | 'FORBIDDEN'
  | 'UNKNOWN_METHOD'
  | 'BAD_REQUEST'
  | 'REQUEST_TOO_LARGE'
  | 'REFUSED'
  | 'INTERNAL'
  | 'UNAVAILABLE'
  | 'BAD_RESPONSE'
  /** No program on this machine converts to PDF (LibreOffice): the page offers its print view instead. */
  | 'NO_CONVERTER';

/** What every HostApi method rejects with (both hosts): the Chinese message and its code. */
export class HostError extends Error {
  override name = 'HostError';
  constructor(
    message: string,
    readonly code: ErrorCode,
  ) {
    super(message);
  }
}

/**
 * A file's content as the host last saw it (opaque; a content hash). Passed back on save so that a file
 * another program changed since it was opened is not overwritten unasked.
 */
export type FileVersion = string;

export type OpenResult =
  | {
      ok: true;
      draft: Draft;
      /** Where Ctrl+S saves; null for a .docx import, a backup, or picked bytes (save asks for a place). */
      path: string | null;
      name: string;
      /** Chinese notes for the user: what was mended or left out while opening. */
      warnings: string[];
      /** The file's version at open (null when there is no file to save over). Pass it to draftSave. */
      version: FileVersion | null;
      /** Another window or tab has this same file open (it should be told; see draftAutosave). */
      openElsewhere: boolean;
    }
  | { ok: false; error: string; code: ErrorCode };

export type SaveResult =
  | {
      ok: true;
      path: string;
      name: string;
      /** The version now on disk: the baseVersion for the next save. */
      version: FileVersion;
      /** The save succeeded; these are side matters that did not (e.g. the recent list could not be updated). */
      warnings: string[];
    }
  | {
      ok: false;
      error: string;
      code: ErrorCode;
      /** With CHANGED_ON_DISK: the version now on disk (pass it as baseVersion, or overwrite: true, to save anyway). */
      diskVersion?: FileVersion;
      /** With NAME_TAKEN: a name that was free when asked (“报告（2）”), to offer instead. */
      freeName?: string;
    };

/** Where an export went (a path in Electron, the download's file name in the browser). */
export type ExportResult = { ok: true; path: string; name: string } | { ok: false; error: string; code: ErrorCode };

export interface SaveNewOptions {
  /** Save under exactly this name or not at all (NAME_TAKEN). */
  exact?: boolean;
}

export interface SaveOptions {
  /**
   * The version this draft was opened from (OpenResult.version or the last SaveResult.version). If the file
   * on disk is no longer that version, the save answers CHANGED_ON_DISK instead of overwriting it.
   * Omitted or null: no check (a file this page has not seen).
   */
  baseVersion?: FileVersion | null;
  /** Save even though the file changed on disk (the user chose “覆盖”; the other version is kept as .bak). */
  overwrite?: boolean;
}

export interface AutosaveResult {
  /** The recovery copy this autosave wrote (one per draft per window/tab). */
  recoveryId: string;
  /** Another window or tab has the same file open. */
  openElsewhere: boolean;
}

export interface RecentFile {
  path: string;
  name: string;
  openedAt: string;
}

/** An autosaved copy no open window or tab holds: left by a crash, or by a window closed without saving. */
export interface Recovery {
  /** Names this copy in draftRecoveryClaim / draftClearRecovery. */
  id: string;
  draft: Draft;
  /** The file the recovered draft belongs to, if it had been saved. */
  path: string | null;
  savedAt: string;
}

/** The side columns as she left them: shown or folded away, and their widths in px (0: sized to the window). */
export interface PanelLayout {
  outlineOpen: boolean;
  sideOpen: boolean;
  outlineWidth: number;
  sideWidth: number;
}

export const DEFAULT_LAYOUT: PanelLayout = { outlineOpen: true, sideOpen: true, outlineWidth: 0, sideWidth: 0 };

export interface Settings extends CheckSettings {
  /** 字/分钟 for the speaking-time estimate. */
  speechRate: number;
  autosaveSeconds: number;
  /** Whether sentences copied from past reports are tinted in the editor (the status bar's 复用率 switch). */
  showCopied: boolean;
  /** Written into exported files as their author and last editor (Word: 文件 → 信息 → 作者); empty leaves it out. */
  author: string;
  /** The 大纲 and side-panel columns (renderer/app/layout.ts). */
  layout: PanelLayout;
}

export const DEFAULT_SETTINGS: Settings = {
  speechRate: 220,
  maxSentenceChars: 120,
  maxParagraphChars: 600,
  autosaveSeconds: 3,
  showCopied: true,
  userWordPairs: [],
  mutedWords: [],
  author: '',
  layout: DEFAULT_LAYOUT,
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

/** The unit format profiles (单位细则) the user keeps; GB/T 9704 is always the first and cannot be changed. */
export interface FormatProfiles {
  profiles: FormatProfile[];
  /** Name of the profile exports use. */
  active: string;
}

export type ProfileImportResult = { ok: true; profiles: FormatProfiles; name: string } | { ok: false; error: string };

export interface StartupInfo {
  host: 'electron' | 'browser';
  version: string;
  /** Things the user must be told once at start, e.g. a corrupt settings store was reset (backup kept). */
  notices: string[];
  /**
   * Another instance holds the data directory and this one was opened read-only: nothing can be saved,
   * autosaved, imported or changed (those calls fail with READ_ONLY_INSTANCE); a notice says so.
   */
  readOnly: boolean;
}

/** Host services: data in, data out. Method names are the IPC channels / HTTP paths. */
export interface ServiceApi {
  startup(): Promise<StartupInfo>;
  corpusData(): Promise<CorpusData>;
  /** Import and wait for the end (small batches; the UI's progress bar uses corpusImportStart). */
  corpusImport(files: FileBlob[]): Promise<{ imported: number; issues: ImportIssue[] }>;
  /** Soft-remove every imported document; undo with corpusRestore(undo). */
  corpusReset(): Promise<{ removed: number; undo: string }>;
  /**
   * Start importing in the host's worker; with `expectedFiles` > files.length the job waits for corpusImportAppend.
   * `notImported`: names of a picked folder's files left out by their type (.doc, .pdf…), which the job's issues then mention once.
   */
  corpusImportStart(files: FileBlob[], opts?: { expectedFiles?: number; notImported?: string[] }): Promise<ImportJob>;
  corpusImportAppend(jobId: string, files: FileBlob[]): Promise<ImportJob>;
  corpusImportStatus(jobId: string): Promise<ImportJob>;
  /** Stop after the file being imported (each file is all in or all out). */
  corpusImportCancel(jobId: string): Promise<ImportJob>;
  corpusStatus(): Promise<ArchiveStatus>;
  corpusDocuments(q: DocumentQuery): Promise<DocumentPage>;
  corpusDocument(id: string): Promise<DocumentView>;
  /** Soft-remove documents; undo with corpusRestore(undo). Built-in documents cannot be removed. */
  corpusRemove(ids: string[]): Promise<{ removed: number; undo: string }>;
  corpusRestore(undo: string): Promise<{ restored: number }>;
  /**
   * Store the user's corrections (null clears them). The document is derived again, and the answer comes once
   * its phrases, sections and its genres' skeletons are current (unless an import is running: then the
   * skeletons follow at its end).
   */
  corpusSetCorrections(id: string, corrections: DocumentCorrections | null): Promise<DocumentView>;
  corpusPhrases(q: PhraseQuery): Promise<PhrasePage>;
  corpusSections(q: SectionQuery): Promise<SectionPage>;
  /** One skeleton per genre (or the one of `genre`). */
  corpusSkeletons(genre?: Genre): Promise<ArchiveSkeleton[]>;
  /** For each draft sentence (as written), the archive sentence it copies, or null (复用率 over the whole archive). */
  corpusReuse(sentences: string[]): Promise<(ReuseMatch | null)[]>;
  /**
   * 以往年材料为底稿: a new draft from a past document (the archive's stored original, analysed again with the
   * user's corrections, or a .docx/.txt picked for the purpose): years moved on, specifics marked, the review
   * rebuilt from last year's tasks. A document that cannot be read answers `ok: false` with the reason.
   */
  draftFromPast(source: PastSource, opts?: FromPastRequest): Promise<DraftFromPastResult>;
  /** 往年怎么写: the archive's passages most like `query` (the heading or paragraph at the cursor), best first. */
  pastPassages(query: string, opts?: PassageQuery): Promise<RankedPassage[]>;
  /** Parse a draft file (.gwdraft JSON) or a .docx the user picked. */
  draftParse(file: FileBlob): Promise<OpenResult>;
  /** Re-open a file from the recent list (the host only opens paths it handed out itself). */
  draftOpenRecent(path: string): Promise<OpenResult>;
  /**
   * Save to a path the host handed out (from a dialog or an earlier save); atomic, keeps a backup. With
   * `opts.baseVersion`, a file changed on disk since is not overwritten (CHANGED_ON_DISK) unless `opts.overwrite`.
   */
  draftSave(draft: Draft, path: string, opts?: SaveOptions): Promise<SaveResult>;
  /**
   * Browser host “另存为”: save as a new draft named `name` in the host's own drafts folder
   * (`<data-dir>/drafts/<name>.gwdraft`, never overwriting another draft). Electron uses a save dialog instead.
   * The name is taken atomically: by default a taken name becomes the next free “name（2）”; with
   * `opts.exact` a taken name is refused (NAME_TAKEN, with `freeName`), so the user can be asked.
   */
  draftSaveNew(draft: Draft, name: string, opts?: SaveNewOptions): Promise<SaveResult>;
  /**
   * Keeps a recovery copy of the draft this window/tab is editing — one per draft per window/tab, never
   * touched by another window or tab. `path` is the file it belongs to (null while unsaved).
   */
  draftAutosave(draft: Draft, path: string | null): Promise<AutosaveResult>;
  /** Every recovery copy no open window or tab holds, newest first (claims none). */
  draftRecoveryList(): Promise<Recovery[]>;
  /**
   * Takes over a recovery copy for this window/tab: further autosaves of that draft replace it, and no other
   * window or tab is offered it. RECOVERY_IN_USE if another open one holds it, NOT_FOUND if it is gone.
   */
  draftRecoveryClaim(id: string): Promise<Recovery>;
  /** The newest recovery copy no open window or tab holds, claimed for this one (as draftRecoveryClaim); null if none. */
  draftRecovery(): Promise<Recovery | null>;
  /**
   * With an id: deletes that recovery copy (RECOVERY_IN_USE if another open window or tab holds it). Without:
   * deletes the copies this window/tab holds (its own autosaves and what it claimed).
   */
  draftClearRecovery(id?: string): Promise<void>;
  draftRecent(): Promise<RecentFile[]>;
  docxExport(draft: Draft, opts: ExportOptions): Promise<Uint8Array>;
  prefsGet(): Promise<Prefs>;
  prefsSetSettings(patch: Partial<Settings>): Promise<Prefs>;
  prefsToggleFavourite(phraseId: string): Promise<Prefs>;
  prefsAddUserPhrase(text: string, category: PhraseCategory): Promise<Prefs>;
  prefsRemoveUserPhrase(id: string): Promise<Prefs>;
  /** 单位细则: the saved profiles and the one in use. */
  formatProfiles(): Promise<FormatProfiles>;
  /** Add a profile, or replace the one with the same name (GB/T 9704's name is refused). */
  formatProfileSave(profile: FormatProfile): Promise<FormatProfiles>;
  formatProfileRemove(name: string): Promise<FormatProfiles>;
  formatProfileSelect(name: string): Promise<FormatProfiles>;
  /** A profile as a file to share with colleagues (JSON, `<name>.细则.json`). */
  formatProfileExport(name: string): Promise<FileBlob>;
  /** Read a shared profile file and keep it (a name already taken gets “（导入）” appended). */
  formatProfileImport(file: FileBlob): Promise<ProfileImportResult>;
  /** Which fonts the profile (the active one by default) needs that this machine lacks, and what Word/WPS will show instead. */
  fontsCheck(profileName?: string): Promise<FontReport>;
  /** The export as PDF, converted by LibreOffice where it is installed (a Chinese error says what to do where not). */
  docxToPdf(draft: Draft, opts: ExportOptions): Promise<Uint8Array>;
  /**
   * The calling window/tab is still open. Electron knows its windows; the browser host's pages call this
   * every SESSION_PING_MS (any call counts), and a page silent for SESSION_TTL_MS counts as closed: its
   * recovery copies are then offered to others and its files no longer count as open.
   */
  sessionPing(): Promise<void>;
  /** The calling page is going away (browser host, on pagehide): its recovery copies are offered from now on. */
  sessionEnd(): Promise<void>;
}

/** Browser host: how often a page says it is still open, and after how long without a word it counts as closed. */
export const SESSION_PING_MS = 20_000;
/** Above a minute: Chromium runs the timers of a long-hidden tab only once a minute. */
export const SESSION_TTL_MS = 90_000;

export type ServiceMethod = keyof ServiceApi;

/** The renderer's one API object: services plus the user-interaction steps each host does its own way. */
export interface HostApi extends ServiceApi {
  readonly kind: 'electron' | 'browser';
  /** Let the user pick a draft (.gwdraft) or Word (.docx) file and open it; null if cancelled. */
  pickAndOpen(): Promise<OpenResult | null>;
  /** Save; with no path (new draft / 另存为) the user chooses where. Null if cancelled. */
  saveAs(draft: Draft, suggestedName: string): Promise<SaveResult | null>;
  /** Export .docx to a place the user chooses (Electron) or as a download (browser). Null if cancelled. */
  exportDocxToUser(draft: Draft, opts: ExportOptions, suggestedName: string): Promise<ExportResult | null>;
  /**
   * Export as PDF (through LibreOffice: the .docx's own pages) to a place the user chooses (Electron) or as a download
   * (browser). Null if cancelled. Rejects with NO_CONVERTER where LibreOffice is not installed.
   */
  exportPdfToUser(draft: Draft, opts: ExportOptions, suggestedName: string): Promise<ExportResult | null>;
  /** Let the user pick corpus files (.txt/.md/.docx) to add to their archive. Null if cancelled. */
  pickAndImportCorpus(): Promise<{ imported: number; issues: ImportIssue[] } | null>;
  /** Let the user pick files (or a folder) and start importing them; poll corpusImportStatus. Null if cancelled. */
  pickAndStartCorpusImport(opts?: { folder?: boolean }): Promise<ImportJob | null>;
  /**
   * Files the operating system asked this window to open (a double-clicked .gwdraft: at first start, from a
   * second start, or macOS open-file), opened, each once. Always [] in the browser host.
   */
  takeOpenRequests(): Promise<OpenResult[]>;
  /** Calls `listener` when such a request arrives (then call takeOpenRequests); returns an unsubscribe. */
  onOpenRequest(listener: () => void): () => void;
}

/** Every ServiceApi method, i.e. every IPC channel / HTTP path (api-schemas.ts checks this list is complete). */
export const SERVICE_METHODS = [
  'startup',
  'corpusData',
  'corpusImport',
  'corpusReset',
  'corpusImportStart',
  'corpusImportAppend',
  'corpusImportStatus',
  'corpusImportCancel',
  'corpusStatus',
  'corpusDocuments',
  'corpusDocument',
  'corpusRemove',
  'corpusRestore',
  'corpusSetCorrections',
  'corpusPhrases',
  'corpusSections',
  'corpusSkeletons',
  'corpusReuse',
  'draftFromPast',
  'pastPassages',
  'draftParse',
  'draftOpenRecent',
  'draftSave',
  'draftSaveNew',
  'draftAutosave',
  'draftRecoveryList',
  'draftRecoveryClaim',
  'draftRecovery',
  'draftClearRecovery',
  'draftRecent',
  'docxExport',
  'prefsGet',
  'prefsSetSettings',
  'prefsToggleFavourite',
  'prefsAddUserPhrase',
  'prefsRemoveUserPhrase',
  'formatProfiles',
  'formatProfileSave',
  'formatProfileRemove',
  'formatProfileSelect',
  'formatProfileExport',
  'formatProfileImport',
  'fontsCheck',
  'docxToPdf',
  'sessionPing',
  'sessionEnd',
] as const satisfies readonly ServiceMethod[];
