/**
 * Questions about a draft's structure that the outline, the guidance card, the phrase filter, the status bar
 * and the checks all ask: where a section runs, which 作用 (role) it has, how much is written in it.
 * Pure queries over the model: no Slate, React or DOM.
 */
import { countHan } from '../text/chars';
import { headingRoles } from '../text/heading-roles';
import type { BlockElement, HeadingLevel, InlineNode, Role } from './model';
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
 * Role of the section containing block `index`. Before the first heading it is the opening. The last
 * paragraph of a document whose last section already has body text is the closing (号召 ends a 公文,
 * unnumbered, after the last section), which is where a drafter writes it.
 */
export function roleAt(content: readonly BlockElement[], index: number): Role {
  const last = content.length - 1;
  if (index === last && index > 0 && content[index].type === 'paragraph' && content[index - 1].type === 'paragraph') {
    for (let i = index - 1; i >= 0; i--) if (content[i].type === 'heading') return 'closing';
  }
  const top = topHeadingAt(content, index);
  return top < 0 ? 'opening' : roleOfHeading(content[top]);
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
    // A run-in heading shows its heading part (“加强组织领导。”), not the body text after it.
    if (b.type === 'heading') out.push({ index, level: b.level, marker: markers[index] ?? '', text: b.runIn ? runInHeadingText(b) : writtenText(b.children), role: roleOfHeading(b) });
  });
  return out;
}

/** 汉字数 of blocks (text/chars.ts countHan): what is written; unfilled placeholders count nothing. */
export function hanCount(content: readonly BlockElement[]): number {
  let n = 0;
  for (const b of content) n += countHan(writtenText(b.children));
  return n;
}
