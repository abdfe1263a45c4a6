/**
 * The one door through which a draft from outside the editor enters on the host side: an opened .gwdraft
 * (even one the schema refuses, e.g. hand-edited or written by another editor), a .docx import, a recovery
 * copy. Everything passes the draft normaliser (core/draft/normalize.ts): unknown keys dropped, empty children
 * mended, characters no file can hold removed, limits applied with a message — so what opens can be saved.
 */
import { DRAFT_FORMAT, DRAFT_FORMAT_VERSION, parseDraftFile } from '../core/draft/file-format';
import { DRAFT_LIMITS } from '../core/draft/limits';
import type { Draft } from '../core/draft/model';
import { normalizeDraft } from '../core/draft/normalize';

export interface IntakeResult {
  draft: Draft;
  /** Chinese notes for the user about what was mended or left out. */
  warnings: string[];
  /** Content was left out (over the limits): the result must not be saved over the file it came from. */
  truncated: boolean;
}

export function intakeDraft(input: unknown, now: Date = new Date()): IntakeResult {
  const r = normalizeDraft(input, now);
  const notes = [...r.notes];
  const truncated = overLimits(input);
  if (truncated) notes.push('原文件没有改动；保存时请另存为新文件，或把原文档拆成几份分别打开');
  return { draft: r.value, warnings: notes, truncated };
}

/** Whether the input holds more than a draft may (so the normaliser leaves some of it out). */
function overLimits(input: unknown): boolean {
  const content = (input as { content?: unknown } | null)?.content;
  if (!Array.isArray(content)) return false;
  if (content.length > DRAFT_LIMITS.blocks) return true;
  let chars = 0;
  const stack: unknown[] = [...content];
  while (stack.length) {
    const n = stack.pop() as { text?: unknown; label?: unknown; children?: unknown } | null;
    if (!n || typeof n !== 'object') continue;
    if (typeof n.text === 'string') chars += n.text.length;
    if (typeof n.label === 'string') chars += n.label.length;
    if (chars > DRAFT_LIMITS.textChars) return true;
    if (Array.isArray(n.children)) for (const c of n.children) stack.push(c);
  }
  return false;
}

export type DraftFileIntake = ({ ok: true } & IntakeResult) | { ok: false; error: string; code: 'INVALID_FILE' | 'NEWER_FORMAT' };

/**
 * A .gwdraft file's text as a draft. One the schema accepts is normalised as any draft; one it refuses but
 * that is still our envelope (format tag, a version we know) is mended rather than refused — a hand-edited
 * file or one with another editor's keys opens, with a note. Not JSON, not ours, or newer: refused.
 */
export function intakeDraftFile(text: string, now: Date = new Date()): DraftFileIntake {
  const r = parseDraftFile(text);
  if (r.ok) return { ok: true, ...intakeDraft(r.draft, now) };
  let env: { format?: unknown; version?: unknown; draft?: unknown } | null = null;
  try {
    env = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    /* not JSON: parseDraftFile's message stands */
  }
  const ours = env !== null && typeof env === 'object' && env.format === DRAFT_FORMAT && typeof env.version === 'number' && Number.isInteger(env.version);
  if (ours && (env!.version as number) > DRAFT_FORMAT_VERSION) return { ok: false, error: r.error, code: 'NEWER_FORMAT' };
  if (!ours || (env!.version as number) < 1 || typeof env!.draft !== 'object' || env!.draft === null) return { ok: false, error: r.error, code: 'INVALID_FILE' };
  const taken = intakeDraft(env!.draft, now);
  return { ok: true, ...taken, warnings: ['草稿文件中有不符合格式的内容（可能被其他程序改过），已修复后打开', ...taken.warnings] };
}
