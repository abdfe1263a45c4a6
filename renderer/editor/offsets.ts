/**
 * Maps the checks' character offsets (into `inlineText(block.children)`, where an unfilled placeholder
 * reads as 【label】) to Slate points and ranges, for jumping to a finding and applying its fix.
 */
import { Editor, type Point, type Range, Transforms } from 'slate';
import type { Finding } from '#core/checks/types';
import { type BlockElement, inlineText, isPlaceholder } from '#core/draft/model';
import { inlinePieces, isUnfilledPlaceholder } from '#core/draft/pieces';
import './slate-types';

/** The Slate point for `offset` characters into block `blockIndex`'s inlineText. Offsets inside an unfilled 【label】 land in the placeholder. */
export function offsetToPoint(editor: Editor, blockIndex: number, offset: number): Point | null {
  const block = editor.children[blockIndex] as BlockElement | undefined;
  if (!block) return null;
  let left = Math.max(0, offset);
  let lastPoint: Point | null = null;
  for (const p of inlinePieces(block.children)) {
    // An offset at a leaf boundary belongs to the next leaf's start, except at the very end.
    const at: Point = p.kind === 'unfilled' ? { path: [blockIndex, p.at[0], 0], offset: 0 } : { path: [blockIndex, ...p.at], offset: left };
    if (left < p.text.length) return at;
    left -= p.text.length;
    lastPoint = p.kind === 'unfilled' ? at : { path: at.path, offset: p.text.length };
  }
  return lastPoint ?? Editor.end(editor, [blockIndex]);
}

export function offsetsToRange(editor: Editor, blockIndex: number, start: number, end: number): Range | null {
  const anchor = offsetToPoint(editor, blockIndex, start);
  if (!anchor) return null;
  // The end point is the position just after character end-1, so an end at a leaf boundary stays in that leaf.
  const focus = end > start ? endPoint(editor, blockIndex, end) : anchor;
  return focus ? { anchor, focus } : null;
}

function endPoint(editor: Editor, blockIndex: number, end: number): Point | null {
  const p = offsetToPoint(editor, blockIndex, end - 1);
  if (!p) return null;
  const block = editor.children[blockIndex] as BlockElement;
  const c = block.children[p.path[1]];
  if (isPlaceholder(c) && isUnfilledPlaceholder(c)) return p;
  return { path: p.path, offset: p.offset + 1 };
}

/** Replaces the text covered by [start, end) in block `blockIndex` (a finding's fix). An unfilled placeholder in the range is filled. */
export function replaceOffsets(editor: Editor, blockIndex: number, start: number, end: number, replacement: string): boolean {
  const range = offsetsToRange(editor, blockIndex, start, end);
  if (!range) return false;
  Transforms.select(editor, range);
  Editor.insertText(editor, replacement);
  return true;
}

/**
 * Applies a review finding's fix (审稿 → 修正) if the text it was offered for is still there. Findings are
 * refreshed after a pause, so the panel can show a fix computed before an earlier fix or an edit moved the
 * text; such a fix is not applied (false), and the caller refreshes the findings instead.
 */
export function applyFix(editor: Editor, f: Finding): boolean {
  if (!f.fix) return false;
  const block = editor.children[f.blockIndex] as BlockElement | undefined;
  if (!block) return false;
  if (f.fix.original !== undefined && inlineText(block.children).slice(f.start, f.end) !== f.fix.original) return false;
  return replaceOffsets(editor, f.blockIndex, f.start, f.end, f.fix.replacement);
}
