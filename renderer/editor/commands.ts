/**
 * Editing commands the toolbar, shortcuts, outline and panels share. Pure Slate (no React/DOM),
 * so they are unit-tested in Node against a real Slate editor.
 */
import { Editor, Element, Node, Path, Text, Transforms } from 'slate';
import type { BlockElement, HeadingLevel, InlineNode, PlaceholderElement, Role } from '../../electron/core/draft/model';
import { isPlaceholderEl } from './plugin';
import './slate-types';

export type BlockKind = 'paragraph' | HeadingLevel;

/** Top-level block index the cursor is in (or -1). */
export function blockIndexAtSelection(editor: Editor): number {
  return editor.selection ? editor.selection.anchor.path[0] : -1;
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
 * Moves the section headed at `from` (with its body and subsections) so that it starts where block `to`
 * now is (`to` = content.length moves it to the end). One undo step. Returns false for a no-op/invalid move.
 */
export function moveSection(editor: Editor, from: number, to: number): boolean {
  const content = editor.children as BlockElement[];
  const [start, end] = sectionRange(content, from);
  if (to >= start && to <= end) return false;
  const n = end - start;
  Editor.withoutNormalizing(editor, () => {
    if (to < start) {
      for (let i = 0; i < n; i++) Transforms.moveNodes(editor, { at: [start + i], to: [to + i] });
    } else {
      for (let i = 0; i < n; i++) Transforms.moveNodes(editor, { at: [start], to: [to - 1] });
    }
  });
  return true;
}

const ROLE_WORDS: [Role, RegExp][] = [
  ['problems', /问题|不足|短板|差距|困难/],
  ['review', /回顾|成绩|成效|过去|总结|主要工作|取得/],
  ['requirements', /总体要求|指导思想|总体思路|基本原则|工作目标|目标任务|总体目标/],
  ['steps', /步骤|阶段|时间安排|进度/],
  ['organization', /组织领导|保障|加强领导|组织实施/],
  ['tasks', /任务|重点工作|措施|举措|着力|抓好|推进/],
  ['closing', /号召|结语|展望/],
];

/** A heading's role: as set (from a skeleton/library), else guessed from its words. */
export function roleOfHeading(h: BlockElement): Role {
  if (h.type === 'heading' && h.role) return h.role;
  const text = Node.string(h as Node);
  for (const [role, re] of ROLE_WORDS) if (re.test(text)) return role;
  return 'other';
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
  for (let i = Math.min(index, content.length - 1); i >= 0; i--) {
    const b = content[i];
    if (b.type === 'heading' && b.level === 1) return roleOfHeading(b);
  }
  return 'opening';
}

/** Index of the level-1 heading whose section contains `index`, or -1. */
export function topHeadingAt(content: readonly BlockElement[], index: number): number {
  for (let i = Math.min(index, content.length - 1); i >= 0; i--) {
    const b = content[i];
    if (b.type === 'heading' && b.level === 1) return i;
  }
  return -1;
}

/** Turns the blocks touched by the selection into paragraphs or headings of a level (Ctrl+0..4). */
export function setBlockKind(editor: Editor, kind: BlockKind): void {
  if (!editor.selection) return;
  const match = (n: Node) => Element.isElement(n) && n.type !== 'placeholder';
  Editor.withoutNormalizing(editor, () => {
    for (const [node, path] of Editor.nodes(editor, { match, mode: 'highest' })) {
      const b = node as BlockElement;
      if (kind === 'paragraph') {
        Transforms.unsetNodes(editor, ['level', 'role'], { at: path });
        Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
      } else if (b.type === 'heading' && b.level === kind) {
        // Pressing the same level again turns the heading back into body text, like Word's toggle.
        Transforms.unsetNodes(editor, ['level', 'role'], { at: path });
        Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
      } else {
        Transforms.setNodes(editor, { type: 'heading', level: kind } as never, { at: path });
      }
    }
  });
}

export function blockKindAt(editor: Editor): BlockKind | 'title' | 'salutation' | null {
  const i = blockIndexAtSelection(editor);
  const b = editor.children[i] as BlockElement | undefined;
  if (!b) return null;
  return b.type === 'heading' ? b.level : b.type;
}

export function toggleBold(editor: Editor): void {
  const marks = Editor.marks(editor);
  if (marks?.bold) Editor.removeMark(editor, 'bold');
  else Editor.addMark(editor, 'bold', true);
}

/** All placeholders in document order. */
export function placeholders(editor: Editor): [PlaceholderElement, Path][] {
  return Array.from(Editor.nodes(editor, { at: [], match: isPlaceholderEl })) as [PlaceholderElement, Path][];
}

/**
 * Tab: puts the caret into the next unfilled placeholder after the cursor (wrapping around);
 * Shift+Tab goes backwards. Returns false when nothing is left to fill.
 */
export function jumpToPlaceholder(editor: Editor, backwards = false): boolean {
  const all = placeholders(editor).filter(([n]) => Node.string(n) === '');
  if (!all.length) return false;
  const here = editor.selection?.anchor.path ?? [0];
  const isAfter = ([, p]: [PlaceholderElement, Path]) => Path.compare(p, here) > 0 && !Path.isAncestor(p, here);
  const isBefore = ([, p]: [PlaceholderElement, Path]) => Path.compare(p, here) < 0 && !Path.isAncestor(p, here);
  const target = backwards ? [...all].reverse().find(isBefore) ?? all[all.length - 1] : all.find(isAfter) ?? all[0];
  Transforms.select(editor, Editor.start(editor, target[1]));
  return true;
}

/** Text runs still marked "to check", in document order. */
export function checkMarks(editor: Editor): [Text, Path][] {
  return Array.from(Editor.nodes(editor, { at: [], match: (n) => Text.isText(n) && !!n.check && n.text !== '' })) as [Text, Path][];
}

/** The user has verified a specific: drop its mark (the text stays). */
export function clearCheck(editor: Editor, path: Path): void {
  Transforms.unsetNodes(editor, 'check', { at: path });
}

/** Selects the next check mark after the cursor (wrapping). */
export function selectNextCheck(editor: Editor): [Text, Path] | null {
  const all = checkMarks(editor);
  if (!all.length) return null;
  const here = editor.selection?.focus.path ?? [0];
  const t = all.find(([, p]) => Path.compare(p, here) > 0) ?? all[0];
  Transforms.select(editor, Editor.range(editor, t[1]));
  return t;
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
    if (b.type === 'heading') out.push({ index, level: b.level, marker: markers[index] ?? '', text: Node.string(b as Node), role: roleOfHeading(b) });
  });
  return out;
}

const HAN = /\p{Script=Han}/gu;

/** Chinese characters written (unfilled placeholders count nothing). */
export function countHan(content: readonly BlockElement[]): number {
  let n = 0;
  for (const b of content) n += (Node.string(b as Node).match(HAN) ?? []).length;
  return n;
}

/** Parses phrase text with {label} placeholders into inline nodes (a text leaf on either side of each placeholder). */
export function phraseToInlines(text: string): InlineNode[] {
  const out: InlineNode[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{([^{}]{1,20})\}/g)) {
    const i = m.index ?? 0;
    out.push({ text: text.slice(last, i) });
    out.push({ type: 'placeholder', label: m[1], children: [{ text: '' }] });
    last = i + m[0].length;
  }
  out.push({ text: text.slice(last) });
  return out;
}
