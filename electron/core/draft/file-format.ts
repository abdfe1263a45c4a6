/**
 * The on-disk draft file (.gwdraft): a small JSON envelope around the Draft model, with a format tag and a
 * version so that a later release can migrate old files and an old release can refuse newer ones clearly
 * instead of silently dropping what it does not understand. Documented in docs/draft-format.md.
 * Pure: no Node, Electron or DOM imports.
 */
import { draftSchema } from './schema';
import type { Draft } from './model';

export const DRAFT_FORMAT = 'gongwen-draft';
export const DRAFT_FORMAT_VERSION = 1;
export const DRAFT_EXTENSION = '.gwdraft';

export interface DraftFile {
  format: typeof DRAFT_FORMAT;
  version: number;
  draft: Draft;
}

/**
 * `error` is Chinese and says what is wrong with the file, in the user's words (段, 文件信息 — never a schema
 * path); the caller puts it after “无法打开“name”：”, so it does not say 无法打开 itself.
 */
export type ParseDraftResult = { ok: true; draft: Draft } | { ok: false; error: string };

/** Pretty-printed so a file stays diffable and hand-inspectable; ends with a newline. */
export function serializeDraft(draft: Draft): string {
  const file: DraftFile = { format: DRAFT_FORMAT, version: DRAFT_FORMAT_VERSION, draft };
  return JSON.stringify(file, null, 2) + '\n';
}

export function parseDraftFile(text: string): ParseDraftResult {
  // A UTF-8 BOM is what some Windows editors add when a user "just looks" at the file.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: '草稿文件是空的' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: '草稿文件已损坏，内容残缺（可能保存时被中断，或被其他程序改动过）' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: '不是公文起草助手的草稿文件' };
  }
  const env = json as Record<string, unknown>;
  if (env.format !== DRAFT_FORMAT) return { ok: false, error: '不是公文起草助手的草稿文件' };
  const version = env.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: '草稿文件已损坏，版本信息无法识别' };
  }
  if (version > DRAFT_FORMAT_VERSION) {
    return { ok: false, error: `此草稿由更新版本的公文起草助手创建（格式版本 ${version}），请升级后再打开` };
  }
  const parsed = draftSchema.safeParse(env.draft);
  if (!parsed.success) {
    return { ok: false, error: `草稿文件已损坏，${whereDamaged(parsed.error.issues[0]?.path ?? [])}无法识别` };
  }
  return { ok: true, draft: parsed.data as Draft };
}

/** Where a draft file is damaged, in the user's words: 第 3 段的内容, 文件信息 (meta), 正文. */
function whereDamaged(path: readonly PropertyKey[]): string {
  if (path[0] === 'meta') return '文件信息（创建时间、年份等）';
  if (path[0] === 'content' && typeof path[1] === 'number') return `第 ${path[1] + 1} 段的内容`;
  if (path[0] === 'content') return '正文';
  return '内容';
}
