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

export type ParseDraftResult = { ok: true; draft: Draft } | { ok: false; error: string };

/** Pretty-printed so a file stays diffable and hand-inspectable; ends with a newline. */
export function serializeDraft(draft: Draft): string {
  const file: DraftFile = { format: DRAFT_FORMAT, version: DRAFT_FORMAT_VERSION, draft };
  return JSON.stringify(file, null, 2) + '\n';
}

export function parseDraftFile(text: string): ParseDraftResult {
  // A UTF-8 BOM is what some Windows editors add when a user "just looks" at the file.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: '草稿文件为空，无法打开' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: '草稿文件已损坏（不是有效的 JSON），无法打开' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: '不是公文起草助手的草稿文件' };
  }
  const env = json as Record<string, unknown>;
  if (env.format !== DRAFT_FORMAT) return { ok: false, error: '不是公文起草助手的草稿文件' };
  const version = env.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: '草稿文件的格式版本无效，无法打开' };
  }
  if (version > DRAFT_FORMAT_VERSION) {
    return { ok: false, error: `此草稿由更新版本的公文起草助手创建（格式版本 ${version}），请升级后再打开` };
  }
  const parsed = draftSchema.safeParse(env.draft);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length ? `（位置：${first.path.join('.')}）` : '';
    return { ok: false, error: `草稿文件内容不完整或已损坏${where}，无法打开` };
  }
  return { ok: true, draft: parsed.data as Draft };
}
