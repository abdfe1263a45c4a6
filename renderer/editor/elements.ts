/**
 * Editing commands for the 公文 elements and run-in headings. The pure transforms of core/draft (gongwen-commands,
 * run-in) say what the draft becomes; `replaceContent` applies that to the editor as the few node operations
 * that differ, in one undo step, so the rest of the draft (and its undo history) is untouched.
 * Pure Slate (no React/DOM), unit-tested in Node.
 */
import { Editor, type Node, Text, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { inlineText, type BlockElement, type HeadingLevel } from '#core/draft/model';
import { joinRunIn, RUN_IN_STOP, separateRunIn } from '#core/draft/run-in';
import { MAX_RUN_IN_HEADING_CHARS, typedRunIn } from '#core/text/markers';
import { offsetsToRange } from './offsets';
import './slate-types';

/**
 * Makes the editor's content `next`, which keeps unchanged blocks as the same objects (what the pure transforms
 * return): the blocks between the common start and end are replaced. One undo step. Returns the index of the
 * first block replaced, or -1 when nothing changed.
 */
export function replaceContent(editor: Editor, next: readonly BlockElement[]): number {
  const old = editor.children as BlockElement[];
  let start = 0;
  while (start < old.length && start < next.length && old[start] === next[start]) start++;
  let end = 0;
  while (end < old.length - start && end < next.length - start && old[old.length - 1 - end] === next[next.length - 1 - end]) end++;
  const removed = old.length - start - end;
  const inserted = next.slice(start, next.length - end);
  if (!removed && !inserted.length) return -1;
  const apply = () =>
    Editor.withoutNormalizing(editor, () => {
      for (let i = 0; i < removed; i++) Transforms.removeNodes(editor, { at: [start] });
      if (inserted.length) Transforms.insertNodes(editor, structuredClone(inserted) as Node[], { at: [start] });
    });
  // Its own undo step, even right after typing in the same tick.
  if (HistoryEditor.isHistoryEditor(editor)) HistoryEditor.withNewBatch(editor, apply);
  else apply();
  if (editor.children.length === 0) Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] } as Node, { at: [0] });
  return start;
}

/** Applies a pure transform of the content, then puts the caret at the end of the first changed block (if any). */
export function transformContent(editor: Editor, f: (content: BlockElement[]) => BlockElement[], caretAt?: (next: BlockElement[]) => number): number {
  const next = f(editor.children as BlockElement[]);
  const at = replaceContent(editor, next);
  const target = caretAt ? caretAt(editor.children as BlockElement[]) : at;
  if (target >= 0 && editor.children[target]) Transforms.select(editor, Editor.end(editor, [target]));
  return target;
}

/**
 * 段首标题 (run-in heading) for the block at the caret, as one undo step:
 * - a run-in heading becomes a heading and a paragraph again (取消段首标题);
 * - a heading followed by a paragraph joins it (the heading gets a 。 if it has no stop);
 * - a paragraph whose first sentence is short (“1.加强组织领导。各单位要……”) becomes a run-in heading of its typed
 *   level, the typed number taken out (the page numbers headings), or of level 3 — the usual run-in level — without one.
 * Returns what it did, or null when the block is none of these.
 */
export function toggleRunIn(editor: Editor, index = editor.selection?.anchor.path[0] ?? -1): 'joined' | 'separated' | 'made' | null {
  const content = editor.children as BlockElement[];
  const b = content[index];
  if (!b) return null;
  if (b.type === 'heading' && b.runIn) {
    replaceContent(editor, separateRunIn(content, index));
    return 'separated';
  }
  if (b.type === 'heading') {
    const next = joinRunIn(content, index);
    if (next === content) return null;
    replaceContent(editor, next);
    return 'joined';
  }
  if (b.type !== 'paragraph') return null;
  const text = inlineText(b.children);
  const typed = typedRunIn(text);
  // Without a typed number: any paragraph whose first sentence is short enough to be a heading part.
  const stop = typed ? typed.stop : text.search(RUN_IN_STOP);
  if (!typed && (stop <= 0 || stop > MAX_RUN_IN_HEADING_CHARS || !text.slice(stop + 1).trim())) return null;
  Editor.withoutNormalizing(editor, () => {
    const range = typed ? offsetsToRange(editor, index, 0, typed.end) : null;
    if (range) Transforms.delete(editor, { at: range });
    Transforms.unsetNodes(editor, 'role', { at: [index] });
    Transforms.setNodes(editor, { type: 'heading', level: (typed?.level ?? 3) as HeadingLevel, runIn: true } as never, { at: [index] });
    // A heading's weight comes from its level's format, not from bold typed in it (a 段首句 in bold).
    Transforms.unsetNodes(editor, 'bold', { at: [index], match: Text.isText, mode: 'all' });
  });
  return 'made';
}
