/**
 * The one typed contract between the renderer and its host (Electron main or the browser host).
 *
 * Two layers:
 * - `ServiceApi`: data in, data out, no user interaction. Implemented once by the Node services
 *   (electron/services) and exposed unchanged over Electron IPC (channel = method name) and over the
 *   browser host's HTTP API (POST /api/<method>, JSON body = argument list). Every argument is
 *   validated with the zod schemas below on the host side before a service sees it.
 * - `HostApi`: what the renderer uses. It is `ServiceApi` plus the few steps that need the user to pick a
 *   file (open, save as, export), which each host does its own way: Electron with native dialogs in main,
 *   the browser with <input type=file> and downloads. The renderer knows nothing else of its host.
 */
import { z } from 'zod';
import type { Draft, Genre } from './core/draft/model';
import type { ImportIssue, Phrase, PhraseCategory, SectionEntry, Skeleton } from './core/corpus/types';

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

export interface Settings {
  /** 字/分钟 for the speaking-time estimate. */
  speechRate: number;
  maxSentenceChars: number;
  maxParagraphChars: number;
  autosaveSeconds: number;
}

export const DEFAULT_SETTINGS: Settings = {
  speechRate: 220,
  maxSentenceChars: 120,
  maxParagraphChars: 600,
  autosaveSeconds: 3,
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

// ---- Validation of arguments crossing the boundary (host side) ----

const leaf = z.object({ text: z.string(), bold: z.boolean().optional(), check: z.string().optional() }).strict();
const placeholder = z.object({ type: z.literal('placeholder'), label: z.string().max(40), children: z.array(leaf) }).strict();
const inline = z.union([leaf, placeholder]);
const role = z.enum(['opening', 'review', 'problems', 'requirements', 'tasks', 'steps', 'organization', 'closing', 'other']);
const block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('title'), children: z.array(inline) }).strict(),
  z.object({ type: z.literal('salutation'), children: z.array(inline) }).strict(),
  z
    .object({
      type: z.literal('heading'),
      level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      role: role.optional(),
      children: z.array(inline),
    })
    .strict(),
  z.object({ type: z.literal('paragraph'), children: z.array(inline) }).strict(),
]);
export const draftSchema = z
  .object({
    meta: z
      .object({
        genre: z.enum(['annual-report', 'speech', 'plan', 'inaugural', 'other']).optional(),
        skeletonId: z.string().max(200).optional(),
        reportYear: z.number().int().min(1900).max(2200).optional(),
        createdAt: z.string().max(64),
        updatedAt: z.string().max(64),
      })
      .strict(),
    content: z.array(block).max(100_000),
  })
  .strict();

/** 200 MB: a generous ceiling for one file crossing the boundary; importers apply their own smaller limits. */
const MAX_BLOB_BYTES = 200 * 1024 * 1024;
const fileBlob = z.object({
  name: z.string().min(1).max(1024),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_BLOB_BYTES, '文件过大'),
});
const path = z.string().min(1).max(4096);
const phraseCategory = z.enum(['称呼', '开头', '过渡', '回顾句式', '段首句', '问题表述', '总体要求句式', '任务句式', '结尾号召', '四字短语', '口号']);
const settingsPatch = z
  .object({
    speechRate: z.number().int().min(60).max(600),
    maxSentenceChars: z.number().int().min(20).max(2000),
    maxParagraphChars: z.number().int().min(50).max(20000),
    autosaveSeconds: z.number().int().min(1).max(600),
  })
  .partial()
  .strict();

/** Argument schemas per service method; a call whose arguments fail validation is refused. */
export const serviceArgs: { [K in ServiceMethod]: z.ZodType<Parameters<ServiceApi[K]>> } = {
  startup: z.tuple([]),
  corpusData: z.tuple([]),
  corpusImport: z.tuple([z.array(fileBlob).max(10_000)]),
  corpusReset: z.tuple([]),
  draftParse: z.tuple([fileBlob]),
  draftOpenRecent: z.tuple([path]),
  draftSave: z.tuple([draftSchema, path]),
  draftSaveNew: z.tuple([draftSchema, z.string().min(1).max(200)]),
  draftAutosave: z.tuple([draftSchema, path.nullable()]),
  draftRecovery: z.tuple([]),
  draftClearRecovery: z.tuple([]),
  draftRecent: z.tuple([]),
  docxExport: z.tuple([draftSchema, z.object({ highlightIssues: z.boolean() }).strict()]),
  prefsGet: z.tuple([]),
  prefsSetSettings: z.tuple([settingsPatch]),
  prefsToggleFavourite: z.tuple([z.string().min(1).max(200)]),
  prefsAddUserPhrase: z.tuple([z.string().min(1).max(2000), phraseCategory]),
  prefsRemoveUserPhrase: z.tuple([z.string().min(1).max(200)]),
} as never;

export const SERVICE_METHODS = Object.keys(serviceArgs) as ServiceMethod[];
