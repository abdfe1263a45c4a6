/**
 * Editing commands the toolbar, shortcuts, outline and panels share. Pure Slate (no React/DOM),
 * so they are unit-tested in Node against a real Slate editor.
 */
import { Editor, Element, Node, Path, Text, Transforms } from 'slate';
import { type BlockElement, type HeadingLevel, type HeadingNumbering, headingMarker, headingNumbers, inlineText, type PlaceholderElement } from '#core/draft/model';
import { leadingMarker } from '#core/text/markers';
import { attrNames, type BlockType } from '#core/draft/blocks';
import { sectionRange } from '#core/draft/outline';
import { offsetsToRange } from './offsets';
import { isPlaceholderEl } from './plugin';
import './slate-types';

// Pure model queries now live in core (draft/outline.ts, draft/inlines.ts); re-exported for the app's existing imports.
export { hanCount as countHan, outlineOf, type OutlineEntry, roleAt, roleOfHeading, sectionRange, topHeadingAt } from '#core/draft/outline';
export { phraseToInlines } from '#core/draft/inlines';

export type BlockKind = 'paragraph' | HeadingLevel;

/** Top-level block index the cursor is in (or -1). */
export function blockIndexAtSelection(editor: Editor): number {
  return editor.selection ? editor.selection.anchor.path[0] : -1;
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

/**
 * Turns the blocks touched by the selection into paragraphs or headings of a level (Ctrl+0..4). A number typed
 * at the start (（一）突出…) is taken out when a block becomes a heading — the page numbers headings itself, so it
 * would show twice — and so is bold: a heading's weight comes from its level's format.
 */
export function setBlockKind(editor: Editor, kind: BlockKind): void {
  if (!editor.selection) return;
  const match = (n: Node) => Element.isElement(n) && n.type !== 'placeholder';
  Editor.withoutNormalizing(editor, () => {
    for (const [node, path] of Array.from(Editor.nodes(editor, { match, mode: 'highest' }))) {
      const b = node as BlockElement;
      // Pressing the same level again turns the heading back into body text, like Word's toggle.
      if (kind === 'paragraph' || (b.type === 'heading' && b.level === kind)) {
        Transforms.unsetNodes(editor, attrNames(b.type), { at: path });
        Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
      } else {
        const typed = leadingMarker(inlineText(b.children));
        const range = typed ? offsetsToRange(editor, path[0], 0, typed.end) : null;
        if (range) Transforms.delete(editor, { at: range });
        // A paragraph's own attributes (the part a skeleton laid it out for) are not a heading's: its role is read from its words.
        if (b.type !== 'heading') Transforms.unsetNodes(editor, attrNames(b.type), { at: path });
        Transforms.setNodes(editor, { type: 'heading', level: kind } as never, { at: path });
        Transforms.unsetNodes(editor, 'bold', { at: path, match: Text.isText, mode: 'all' });
      }
    }
  });
}

/**
 * The heading at the caret numbered from 1 again, or on from the last heading of its level (model.ts
 * HeadingCounter); given again, back to its place's number. Returns its number as it now reads, or null when the
 * caret is not in a heading.
 */
export function toggleHeadingNumbering(editor: Editor, numbering: HeadingNumbering): { set: boolean; marker: string } | null {
  const i = blockIndexAtSelection(editor);
  const b = editor.children[i] as BlockElement | undefined;
  if (b?.type !== 'heading') return null;
  const set = b.numbering !== numbering;
  if (set) Transforms.setNodes(editor, { numbering } as never, { at: [i] });
  else Transforms.unsetNodes(editor, 'numbering', { at: [i] });
  return { set, marker: headingMarker(b.level, headingNumbers(editor.children as BlockElement[])[i]) };
}

export function blockKindAt(editor: Editor): HeadingLevel | Exclude<BlockType, 'heading'> | null {
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

/**
 * 全部核对无误: clears every “to check” mark in blocks [start, end) — whole runs — in one undo step.
 * Returns how many marked runs were cleared.
 */
export function clearChecksInBlocks(editor: Editor, start: number, end: number): number {
  const marked = checkMarks(editor).filter(([, p]) => p[0] >= start && p[0] < end);
  Editor.withoutNormalizing(editor, () => {
    for (const [, p] of marked) Transforms.unsetNodes(editor, 'check', { at: p });
  });
  return marked.length;
}

/** 全部核对无误 for the selection: every marked run it covers or touches. */
export function clearChecksInSelection(editor: Editor): number {
  const sel = editor.selection;
  if (!sel) return 0;
  const marked = Array.from(Editor.nodes(editor, { at: sel, match: (n) => Text.isText(n) && !!n.check })) as [Text, Path][];
  Editor.withoutNormalizing(editor, () => {
    for (const [, p] of marked) Transforms.unsetNodes(editor, 'check', { at: p });
  });
  return marked.length;
}

/**
 * The blocks of the section block `index` is in: from the nearest heading at or above it to the next heading of
 * the same or a higher level (its subsections included); before the first heading, the opening up to it.
 */
export function sectionAround(content: readonly BlockElement[], index: number): [number, number] {
  for (let i = Math.min(index, content.length - 1); i >= 0; i--) if (content[i].type === 'heading') return sectionRange(content, i);
  const first = content.findIndex((b) => b.type === 'heading');
  return [0, first < 0 ? content.length : first];
}

/** 全部核对无误 for the section the cursor is in (sectionAround). */
export function clearChecksInSection(editor: Editor, index = blockIndexAtSelection(editor)): number {
  if (index < 0) return 0;
  const [start, end] = sectionAround(editor.children as BlockElement[], index);
  return clearChecksInBlocks(editor, start, end);
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
