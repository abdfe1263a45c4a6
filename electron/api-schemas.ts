/**
 * Host-side validation of every argument crossing the renderer/host boundary (Electron IPC and the
 * browser host's HTTP API). Only the hosts import this; the renderer gets the types from api.ts.
 */
import { z } from 'zod';
import { SERVICE_METHODS, type ServiceApi, type ServiceMethod } from './api';
import { ROLES, type Role } from './core/draft/model';
import { draftSchema, genreSchema as genre } from './core/draft/schema';
import { formatProfileSchema } from './core/format/profile';

/** The draft as the file format and every draft-carrying call accept it (owned by core). */
export { draftSchema };

/** 200 MB: a generous ceiling for one file crossing the boundary; importers apply their own smaller limits. */
const MAX_BLOB_BYTES = 200 * 1024 * 1024;
const fileBlob = z.object({
  name: z.string().min(1).max(1024),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_BLOB_BYTES, '文件过大'),
});
const path = z.string().min(1).max(4096);
const profileName = z.string().min(1).max(40);
const exportOptions = z.object({ highlightIssues: z.boolean() }).strict();
const phraseCategory = z.enum(['称呼', '开头', '过渡', '回顾句式', '段首句', '问题表述', '总体要求句式', '任务句式', '结尾号召', '四字短语', '口号']);
const settingsPatch = z
  .object({
    speechRate: z.number().int().min(60).max(600),
    maxSentenceChars: z.number().int().min(20).max(2000),
    maxParagraphChars: z.number().int().min(50).max(20000),
    autosaveSeconds: z.number().int().min(1).max(600),
    showCopied: z.boolean(),
    // 易混词语: her own pairs and the words she silenced (不再提示); see core/checks/rules/confusables.ts.
    userWordPairs: z.array(z.object({ wrong: z.string().min(1).max(40), right: z.string().max(40), note: z.string().max(200).optional() }).strict()).max(2000),
    mutedWords: z.array(z.string().min(1).max(100)).max(2000),
    author: z.string().max(60),
    layout: z.object({ outlineOpen: z.boolean(), sideOpen: z.boolean(), outlineWidth: z.number().int().min(0).max(2000), sideWidth: z.number().int().min(0).max(2000) }).strict(),
  })
  .partial()
  .strict();

// The archive's queries and acts (electron/services/archive). Trailing optional arguments are nullish: the
// browser host's JSON turns an omitted argument into null.
const role = z.enum(ROLES as [Role, ...Role[]]);
const docId = z.string().min(1).max(300);
const jobId = z.string().min(1).max(100);
const limit = z.number().int().min(1).max(500).optional();
const offset = z.number().int().min(0).max(10_000_000).optional();
const queryText = z.string().max(200).optional();
/** DocumentCorrections (core/corpus/types.ts). */
const corrections = z
  .object({
    genre: genre.optional(),
    roles: z.array(z.object({ index: z.number().int().min(0).max(10_000), heading: z.string().max(500), role }).strict()).max(1000).optional(),
    excluded: z.boolean().optional(),
  })
  .strict();
const phraseQuery = z
  .object({ query: queryText, role: role.optional(), category: phraseCategory.optional(), genre: genre.optional(), ids: z.array(z.string().min(1).max(200)).max(5000).optional(), limit, offset })
  .strict();
const sectionQuery = z.object({ query: queryText, role: role.optional(), genre: genre.optional(), near: z.string().max(5000).optional(), limit, offset }).strict();
const documentQuery = z
  .object({
    genre: genre.optional(),
    year: z.number().int().min(1900).max(2200).optional(),
    query: queryText,
    sort: z.enum(['imported', 'year', 'file', 'title', 'genre', 'chars']).optional(),
    desc: z.boolean().optional(),
    removed: z.boolean().optional(),
    limit,
    offset,
  })
  .strict();
// 以往年材料为底稿 and 往年怎么写.
const pastSource = z.union([z.object({ docId }).strict(), z.object({ file: fileBlob }).strict()]);
const fromPastRequest = z.object({ targetYear: z.number().int().min(1900).max(2200).optional(), scaffold: z.boolean().optional() }).strict();
const passageQuery = z.object({ role: role.optional(), limit: z.number().int().min(1).max(100).optional(), excludeDocId: docId.optional() }).strict();
const version = z.string().min(1).max(200);
const saveOptions = z.object({ baseVersion: version.nullable().optional(), overwrite: z.boolean().optional() }).strict();
/** Recovery ids are made by the host (recovery-store.ts); the pattern keeps them plain file names. */
export const recoveryId = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, '恢复副本编号无效');

/** Argument schemas per service method; a call whose arguments fail validation is refused. */
export const serviceArgs: { [K in ServiceMethod]: z.ZodType<Parameters<ServiceApi[K]>> } = {
  startup: z.tuple([]),
  corpusData: z.tuple([]),
  corpusImport: z.tuple([z.array(fileBlob).max(10_000)]),
  corpusReset: z.tuple([]),
  corpusImportStart: z.tuple([
    z.array(fileBlob).max(10_000),
    z.object({ expectedFiles: z.number().int().min(0).max(1_000_000).optional(), notImported: z.array(z.string().max(4096)).max(1_000_000).optional() }).strict().nullish(),
  ]),
  corpusImportAppend: z.tuple([jobId, z.array(fileBlob).max(10_000)]),
  corpusImportStatus: z.tuple([jobId]),
  corpusImportCancel: z.tuple([jobId]),
  corpusStatus: z.tuple([]),
  corpusDocuments: z.tuple([documentQuery]),
  corpusDocument: z.tuple([docId]),
  corpusRemove: z.tuple([z.array(docId).min(1).max(100_000)]),
  corpusRestore: z.tuple([z.string().min(1).max(100)]),
  corpusSetCorrections: z.tuple([docId, corrections.nullable()]),
  corpusPhrases: z.tuple([phraseQuery]),
  corpusSections: z.tuple([sectionQuery]),
  corpusSkeletons: z.tuple([genre.nullish()]),
  corpusReuse: z.tuple([z.array(z.string().max(5000)).max(20_000)]),
  draftFromPast: z.tuple([pastSource, fromPastRequest.nullish()]),
  pastPassages: z.tuple([z.string().max(5000), passageQuery.nullish()]),
  draftParse: z.tuple([fileBlob]),
  draftOpenRecent: z.tuple([path]),
  draftSave: z.tuple([draftSchema, path, saveOptions.optional()]),
  draftSaveNew: z.tuple([draftSchema, z.string().min(1).max(200), z.object({ exact: z.boolean().optional() }).strict().optional()]),
  draftAutosave: z.tuple([draftSchema, path.nullable()]),
  draftRecoveryList: z.tuple([]),
  draftRecoveryClaim: z.tuple([recoveryId]),
  draftRecovery: z.tuple([]),
  draftClearRecovery: z.tuple([recoveryId.optional()]),
  draftRecent: z.tuple([]),
  docxExport: z.tuple([draftSchema, exportOptions]),
  prefsGet: z.tuple([]),
  prefsSetSettings: z.tuple([settingsPatch]),
  prefsToggleFavourite: z.tuple([z.string().min(1).max(200)]),
  prefsAddUserPhrase: z.tuple([z.string().min(1).max(2000), phraseCategory]),
  prefsRemoveUserPhrase: z.tuple([z.string().min(1).max(200)]),
  formatProfiles: z.tuple([]),
  formatProfileSave: z.tuple([formatProfileSchema]),
  formatProfileRemove: z.tuple([profileName]),
  formatProfileSelect: z.tuple([profileName]),
  formatProfileExport: z.tuple([profileName]),
  formatProfileImport: z.tuple([fileBlob]),
  fontsCheck: z.tuple([profileName.optional()]),
  docxToPdf: z.tuple([draftSchema, exportOptions]),
  sessionPing: z.tuple([]),
  sessionEnd: z.tuple([]),
} as never;

// Compile-time: SERVICE_METHODS names every method (a missing one makes this line an error).
type Missing = Exclude<ServiceMethod, (typeof SERVICE_METHODS)[number]>;
export const SERVICE_METHODS_COMPLETE: [Missing] extends [never] ? true : Missing = true;
