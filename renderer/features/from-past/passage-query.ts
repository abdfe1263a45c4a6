/**
 * 往年怎么写: what to ask the archive about, from where the caret is. The heading or paragraph at the caret,
 * as its own words (placeholders, last year's “去年部署：” prefix and figures say nothing about its topic);
 * a block with too little of its own text — an empty paragraph, a 【完成情况】 still to fill — asks about the
 * heading it sits under instead, which is what she is about to write up. Pure: no DOM, no store.
 */
import type { BlockElement, HeadingLevel } from '#core/draft/model';
import { closingStart } from '#core/draft/outline';
import { inlinePieces } from '#core/draft/pieces';

/** Fewer Han characters than this of its own, and a block asks about its heading. */
export const MIN_OWN_CHARS = 4;
/** A paragraph's text beyond this adds little to the ranking and slows it (the host caps it anyway). */
export const MAX_QUERY_CHARS = 400;

export interface CaretQuery {
  /** The text sent to the host. */
  text: string;
  /** The block the text comes from (the caret's, or the heading above it). */
  blockIndex: number;
  kind: 'heading' | 'paragraph';
  /** The level of the nearest heading at or above the caret (an inserted heading passage takes it). */
  level: HeadingLevel | null;
}

const GUIDANCE_PREFIXES = /^(去年部署|去年预期目标)：/;

/** A block's own words: filled text only (an unfilled placeholder's label is not hers), without last year's prefix. */
export function ownText(block: BlockElement): string {
  let s = '';
  for (const p of inlinePieces(block.children)) if (p.kind !== 'unfilled') s += p.text;
  return s.replace(GUIDANCE_PREFIXES, '').trim();
}

const hanCount = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;

/** The query for the caret in block `index`, or null when neither it nor a heading above it has words to ask about. */
export function caretQuery(content: readonly BlockElement[], index: number): CaretQuery | null {
  const at = content[index];
  if (!at) return null;
  let level: HeadingLevel | null = null;
  let heading = -1;
  for (let i = index; i >= 0; i--) {
    const b = content[i];
    if (b.type === 'heading') {
      level = b.level;
      heading = i;
      break;
    }
  }
  if (at.type === 'heading' || at.type === 'paragraph') {
    const own = ownText(at);
    if (hanCount(own) >= MIN_OWN_CHARS) return { text: own.slice(0, MAX_QUERY_CHARS), blockIndex: index, kind: at.type, level };
  }
  if (heading < 0) return null;
  const h = ownText(content[heading]);
  return hanCount(h) >= MIN_OWN_CHARS ? { text: h.slice(0, MAX_QUERY_CHARS), blockIndex: heading, kind: 'heading', level } : null;
}

/**
 * Where a heading passage of `level` goes for a caret in block `index`: at the end of the section the caret is
 * in (before the next heading of that level or higher, or the closing), so what she wrote under the caret's
 * heading stays under it. A paragraph passage goes right after the caret's block instead.
 */
export function headingInsertIndex(content: readonly BlockElement[], index: number, level: HeadingLevel): number {
  const closing = closingStart(content);
  let end = Math.min(index + 1, content.length);
  while (end < content.length && end < closing) {
    const b = content[end];
    if (b.type === 'heading' && b.level <= level) break;
    end++;
  }
  return Math.max(end, Math.min(index + 1, content.length));
}
