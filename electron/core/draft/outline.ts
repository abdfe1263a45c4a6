/**
 * Questions about a draft's structure that the outline, the guidance card, the phrase filter, the status bar
 * and the checks all ask: where a section runs, which 作用 (role) it has, how much is written in it.
 * Pure queries over the model: no Slate, React or DOM.
 */
import { countHan } from '../text/chars';
import { isClosingParagraph } from '../corpus/roles';
import { headingRoles } from '../text/heading-roles';
import { type BlockElement, type HeadingLevel, type InlineNode, inlineText, type Role } from './model';
import { runInHeadingText } from './run-in';

/** What is written in an inline list: its text, an unfilled placeholder counting nothing (Slate's Node.string). */
export function writtenText(children: readonly InlineNode[]): string {
  let s = '';
  for (const c of children) {
    if ('type' in c) for (const t of c.children) s += t.text;
    else s += c.text;
  }
  return s;
}

/** Blocks [start, end) belonging to the heading at `index`: it and everything up to the next heading of the same or a higher level. */
export function sectionRange(content: readonly BlockElement[], index: number): [number, number] {
  const h = content[index];
  if (!h || h.type !== 'heading') return [index, index + 1];
  let end = index + 1;
  while (end < content.length) {
    const b = content[end];
    if (b.type === 'heading' && b.level <= h.level) break;
    end++;
  }
  return [index, end];
}

/**
 * A heading's role: as set (from a skeleton or the library), else read from its words by the one classifier
 * (text/heading-roles.ts, the corpus engine's); 'other' when its words name no role.
 */
export function roleOfHeading(h: BlockElement): Role {
  if (h.type === 'heading' && h.role && h.role !== 'other') return h.role;
  return headingRoles(writtenText(h.children))[0] ?? 'other';
}

/**
 * Where the closing (结尾/号召) starts: the paragraphs at the very end that read as a closing by the corpus's
 * own words (isClosingParagraph: 同志们，让我们…, 号召, …！), and a last paragraph still empty — the slot a
 * skeleton leaves after the last section. Body text under the last section or subsection is not a closing, and the last
 * section keeps its first paragraph, as the corpus does (takeClosing). `content.length` when there is none, and
 * always in a document without headings (all of it is the opening then).
 */
export function closingStart(content: readonly BlockElement[]): number {
  let lastHeading = content.length - 1;
  while (lastHeading >= 0 && content[lastHeading].type !== 'heading') lastHeading--;
  if (lastHeading < 0) return content.length;
  let start = content.length;
  for (let i = content.length - 1; i > lastHeading + 1; i--) {
    const b = content[i];
    if (b.type !== 'paragraph') break;
    const text = writtenText(b.children).trim();
    // Only the very last paragraph can be the empty slot: an empty one above it is the section's, still to write.
    if (text ? !isClosingParagraph({ kind: 'paragraph', text, normalized: text, index: i }) : i !== content.length - 1) break;
    start = i;
  }
  return start;
}

/** One of the parts the guidance card speaks of: the opening, a level-1 section, or the closing. */
export interface Part {
  role: Role;
  /** Blocks [start, end) of the part; a section's includes its heading and subsections. */
  start: number;
  end: number;
}

/**
 * The part block `index` is in, cut as the corpus cuts a document (skeletons.ts documentOutline): everything
 * before the first heading is the opening, each level-1 heading starts a section that runs to the next one,
 * and the closing paragraphs (closingStart) end the last section.
 */
export function partAt(content: readonly BlockElement[], index: number): Part {
  const closing = closingStart(content);
  if (index >= closing) return { role: 'closing', start: closing, end: content.length };
  const top = topHeadingAt(content, index);
  if (top < 0) {
    const first = content.findIndex((b) => b.type === 'heading' && b.level === 1);
    return { role: 'opening', start: 0, end: first < 0 ? closing : first };
  }
  return { role: roleOfHeading(content[top]), start: top, end: Math.min(sectionRange(content, top)[1], closing) };
}

/**
 * 汉字 written in a part, counted as the corpus counts 常见篇幅 (so 已写 and the typical length compare like
 * with like): a section with its headings, the opening and the closing by their paragraphs — not the title or
 * the 称呼 above the opening.
 */
export function partChars(content: readonly BlockElement[], part: Part): number {
  const blocks = content.slice(part.start, part.end);
  return hanCount(part.role === 'opening' || part.role === 'closing' ? blocks.filter((b) => b.type === 'paragraph') : blocks);
}

/**
 * Role of what is written at block `index`: a paragraph laid out for a part by a skeleton (问题 at the end of 回顾)
 * is that part's; otherwise the part (partAt) containing it — the opening before the first heading, the closing
 * after the last section.
 */
export function roleAt(content: readonly BlockElement[], index: number): Role {
  const b = content[index];
  if (b?.type === 'paragraph' && b.role) return b.role;
  return partAt(content, index).role;
}

/** Index of the level-1 heading whose section contains `index`, or -1. */
export function topHeadingAt(content: readonly BlockElement[], index: number): number {
  for (let i = Math.min(index, content.length - 1); i >= 0; i--) {
    const b = content[i];
    if (b.type === 'heading' && b.level === 1) return i;
  }
  return -1;
}

export interface OutlineEntry {
  index: number;
  level: HeadingLevel;
  marker: string;
  text: string;
  role: Role;
}

export function outlineOf(content: readonly BlockElement[], markers: readonly string[]): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  content.forEach((b, index) => {
    // A run-in heading shows its heading part (“加强组织领导。”), not the body text after it; an unfilled placeholder
    // shows as on the page (【小标题】, 【年份】年工作回顾).
    if (b.type === 'heading') out.push({ index, level: b.level, marker: markers[index] ?? '', text: b.runIn ? runInHeadingText(b) : inlineText(b.children), role: roleOfHeading(b) });
  });
  return out;
}

/** 汉字数 of blocks (text/chars.ts countHan): what is written; unfilled placeholders count nothing. */
export function hanCount(content: readonly BlockElement[]): number {
  let n = 0;
  for (const b of content) n += countHan(writtenText(b.children));
  return n;
}
