/**
 * 逐处核对: stepping through the marks of a draft made from a past document (上一处 / 下一处), each selected in
 * the page, with 核对无误 to clear the mark under review. Its own small store (like find.ts): whether the bar
 * is open, which kinds it steps through, the mark selected last. The marks are read from the live text at
 * each step (live-marks.ts), so edits in between never send it to a stale place.
 */
import { Editor, Range, Text, Transforms } from 'slate';
import { create } from 'zustand';
import type { BlockElement } from '#core/draft/model';
import type { MarkKind } from '#core/draft/marked-text';
import { inlinePieces } from '#core/draft/pieces';
import { offsetsToRange } from '../../editor/offsets';
import { currentEditor, focusEditor, revealBlock } from '../../app/editor';
import { liveMarks, stepFrom, type LiveMark, type Place } from '#core/draft/live-marks';

export type KindFilter = MarkKind | 'all';

interface StepperState {
  open: boolean;
  filter: KindFilter;
  /** The mark selected last (null before the first step). */
  current: LiveMark | null;
  /** Its number among the marks shown, and how many there are, as of the last step. */
  index: number;
  total: number;
}

export const useStepper = create<StepperState>(() => ({ open: false, filter: 'all', current: null, index: 0, total: 0 }));

function marksShown(editor: Editor): LiveMark[] {
  const all = liveMarks(editor.children as BlockElement[]);
  const f = useStepper.getState().filter;
  return f === 'all' ? all : all.filter((m) => m.kind === f);
}

/** Where the caret is, in the marks' coordinates (null without a selection). */
function caretPlace(editor: Editor): Place | null {
  const sel = editor.selection;
  if (!sel) return null;
  const start = Range.isBackward(sel) ? sel.focus : sel.anchor;
  const [blockIndex, ...rest] = start.path;
  const block = editor.children[blockIndex] as BlockElement | undefined;
  if (!block) return null;
  for (const p of inlinePieces(block.children)) {
    if (p.at.length === rest.length && p.at.every((x, i) => x === rest[i])) return { blockIndex, start: p.start + (p.kind === 'unfilled' ? 0 : start.offset), end: Infinity };
    if (p.kind === 'unfilled' && p.at[0] === rest[0]) return { blockIndex, start: p.start, end: Infinity };
  }
  return { blockIndex, start: 0, end: Infinity };
}

/** True while the selection is exactly `m` (the user has not moved since the last step). */
function onMark(editor: Editor, m: LiveMark | null): boolean {
  if (!m || !editor.selection) return false;
  const r = offsetsToRange(editor, m.blockIndex, m.start, m.end);
  return !!r && Range.equals(r, editor.selection);
}

function select(editor: Editor, m: LiveMark, marks: LiveMark[]): void {
  const r = offsetsToRange(editor, m.blockIndex, m.start, m.end);
  if (!r) return;
  Transforms.select(editor, r);
  focusEditor();
  revealBlock(m.blockIndex);
  useStepper.setState({ current: m, index: marks.indexOf(m) + 1, total: marks.length });
}

export const stepper = {
  /** Opens the bar; with `first`, selects the first mark. */
  open(first = false): void {
    useStepper.setState({ open: true, current: null });
    const editor = currentEditor();
    if (!editor) return;
    const marks = marksShown(editor);
    useStepper.setState({ index: 0, total: marks.length });
    if (first && marks.length) select(editor, marks[0], marks);
  },

  /** F8 / Shift+F8: opens the bar if it is closed, then 下一处 / 上一处. */
  step(back = false): void {
    if (!useStepper.getState().open) useStepper.setState({ open: true, current: null });
    stepper.go(back);
  },

  close(): void {
    useStepper.setState({ open: false, current: null });
    focusEditor();
  },

  setFilter(filter: KindFilter): void {
    useStepper.setState({ filter, current: null });
    const editor = currentEditor();
    if (!editor) return;
    const marks = marksShown(editor);
    useStepper.setState({ index: 0, total: marks.length });
    const next = stepFrom(marks, caretPlace(editor));
    if (next) select(editor, next, marks);
  },

  /** 下一处 (or 上一处 with `back`): from the mark selected last, or from the caret if the user moved. */
  go(back = false): void {
    const editor = currentEditor();
    if (!editor) return;
    const marks = marksShown(editor);
    const { current } = useStepper.getState();
    const at = onMark(editor, current) ? current : caretPlace(editor);
    const next = stepFrom(marks, at, back);
    if (next) select(editor, next, marks);
    else useStepper.setState({ current: null, index: 0, total: 0 });
  },

  /** 核对无误: clears the mark under review (its reason, in its range), then goes on to the next one. */
  confirm(): void {
    const editor = currentEditor();
    const { current } = useStepper.getState();
    if (!editor || !current || current.kind === 'fill' || !onMark(editor, current)) return;
    const r = offsetsToRange(editor, current.blockIndex, current.start, current.end);
    if (!r) return;
    Transforms.unsetNodes(editor, 'check', { at: r, match: (n) => Text.isText(n) && n.check === current.reason });
    // Stepping on from where it was: the cleared mark is no longer among the marks.
    const marks = marksShown(editor);
    const next = stepFrom(marks, { blockIndex: current.blockIndex, start: current.start, end: Infinity });
    if (next) select(editor, next, marks);
    else useStepper.setState({ current: null, index: 0, total: 0 });
  },
};
