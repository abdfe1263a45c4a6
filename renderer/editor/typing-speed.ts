/**
 * Per-keystroke costs that grow with the length of the draft, taken out of the typing path.
 * bench/typing.ts measures the effect (see the issue 6 note for before/after figures).
 */
import { Editor, Range as SlateRange, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';

/**
 * Keeps the caret in view after typing or moving it, by scrolling the page's one scroll container.
 *
 * Slate's default walks every ancestor of the caret with getComputedStyle and scroll-size reads
 * (compute-scroll-into-view) on every keystroke. The draft has exactly one scroller (`.scroller`), so one
 * caret rectangle and one scroller rectangle answer the question. Same rule as Slate's default for a
 * zero-size caret rectangle (an empty line in Chrome): do not scroll.
 */
export function scrollCaretIntoView(_editor: unknown, domRange: Range): void {
  const caret = domRange.cloneRange();
  caret.collapse(false);
  const rect = caret.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0 && rect.x === 0 && rect.y === 0) return;
  const start = caret.startContainer;
  const el = start instanceof Element ? start : start.parentElement;
  const scroller = el?.closest<HTMLElement>('.scroller');
  if (!scroller) return;
  const box = scroller.getBoundingClientRect();
  // A line of context above and below, as editors do, so the caret never sits on the very edge.
  const margin = Math.min(rect.height * 2, box.height / 4);
  if (rect.top < box.top + margin) scroller.scrollTop -= box.top + margin - rect.top;
  else if (rect.bottom > box.bottom - margin) scroller.scrollTop += rect.bottom - (box.bottom - margin);
}

/**
 * Stops React from measuring the caret position across the whole editor before every commit.
 *
 * Before each commit React saves the selection of a focused `contentEditable === 'true'` element as
 * character offsets (ReactInputSelection → getModernOffsetsFromPoints), walking every DOM node of the
 * editor to count characters, and after the commit restores it only if the commit moved focus. In a
 * 40,000-character draft that walk ran on every keystroke. Slate owns this element's selection and puts
 * it back itself, so React's copy is never used here. The property (not the attribute, which the browser
 * reads to make the element editable) answers 'inherit' for this one element; React's `onSelect` polyfill
 * keys off the same check, and nothing in the app uses `onSelect` on the editor.
 */
export function hideFromReactSelectionRestore(el: HTMLElement): () => void {
  Object.defineProperty(el, 'contentEditable', { configurable: true, get: () => 'inherit', set: (v: string) => el.setAttribute('contenteditable', v) });
  return () => {
    delete (el as { contentEditable?: string }).contentEditable;
  };
}

/**
 * Slate lets Chromium insert a–z and space itself (its "native" path) and mirrors the change into its model
 * afterwards; every other character (all IME input, digits, Chinese punctuation) it inserts into the model
 * and React updates the text. In a long draft the native path is the slower of the two: Chromium's own
 * text insertion forces a layout and a second selection update. This takes over exactly the cases Slate
 * would have left to the browser and sends them down the model path, as Chinese input already goes.
 * Returns true when it handled the event (Slate then skips its own handling).
 */
export function insertTextThroughModel(editor: Editor, e: InputEvent): boolean {
  if (e.inputType !== 'insertText' || typeof e.data !== 'string' || e.data.length !== 1 || !/[a-z ]/i.test(e.data) || e.isComposing) return false;
  const sel = editor.selection;
  if (!sel || !SlateRange.isCollapsed(sel)) return false;
  const [target] = e.getTargetRanges();
  const at = target ? ReactEditor.toSlateRange(editor, target, { exactMatch: false, suppressThrow: true }) : null;
  if (!at || !SlateRange.isCollapsed(at)) return false;
  e.preventDefault();
  // Where the browser says the character goes: Slate reads the DOM selection only on a throttle.
  if (!SlateRange.equals(at, sel)) Transforms.select(editor, at);
  Editor.insertText(editor, e.data);
  return true;
}
