/**
 * The page's Slate editor as the rest of the app reaches it: one editor per session (session.ts creates it),
 * and the few things panels and commands do with it besides editing — focus it, bring a block into view,
 * select a range there. The editing itself is in renderer/editor/.
 */
import { createEditor, Editor, type Range, Transforms } from 'slate';
import { withHistory } from 'slate-history';
import { ReactEditor, withReact } from 'slate-react';
import type { BlockElement } from '#core/draft/model';
import { convertPaste } from '../editor/paste';
import { withGongwen } from '../editor/plugin';
import { useApp } from './store';

/** Render chunk size for a long draft (slate-react re-renders only the chunks an operation touched). */
const CHUNK = 500;

/** `chunked`: a long draft, rendered in chunks so an edit or an appended slice re-renders only its chunk. */
export function makeEditor(opts: { chunked?: boolean } = {}): Editor {
  const editor = withGongwen(withHistory(withReact(createEditor())), convertPaste);
  if (opts.chunked) editor.getChunkSize = (node) => (node === editor ? CHUNK : null);
  return editor;
}

/** The open draft's editor, or null on the start screen. */
export function currentEditor(): Editor | null {
  return useApp.getState().session?.editor ?? null;
}

/**
 * The live text: the editor's nodes once the page has mounted, the loaded draft until then (Slate takes its
 * initial value when the page first renders).
 */
export function currentContent(): BlockElement[] {
  const s = useApp.getState().session;
  if (!s) return [];
  return (s.editor.children.length ? s.editor.children : s.draft.content) as BlockElement[];
}

export function focusEditor(): void {
  const editor = currentEditor();
  if (!editor) return;
  try {
    ReactEditor.focus(editor);
  } catch {
    /* not mounted */
  }
}

/** Scrolls block `index` to the middle of the page without moving the caret. */
export function revealBlock(index: number): void {
  const editor = currentEditor();
  const node = editor?.children[index];
  if (!editor || !node) return;
  try {
    ReactEditor.toDOMNode(editor, node).scrollIntoView({ block: 'center' });
  } catch {
    /* not rendered yet */
  }
}

/** Puts the caret at the start of block `index` and brings it into view (outline clicks, 导出前 issue list). */
export function goToBlock(index: number): void {
  const editor = currentEditor();
  if (!editor?.children[index]) return;
  Transforms.select(editor, Editor.start(editor, [index]));
  focusEditor();
  revealBlock(index);
}

/** Selects `range` and brings its first text node into view (find). */
export function selectAndReveal(range: Range): void {
  const editor = currentEditor();
  if (!editor) return;
  Transforms.select(editor, range);
  try {
    const [node] = Editor.node(editor, range.anchor.path);
    ReactEditor.toDOMNode(editor, node).scrollIntoView({ block: 'center' });
  } catch {
    /* ignore */
  }
}

/** The selected text when the selection lies within one text node (what find prefills), else ''. */
export function selectedRunText(): string {
  const editor = currentEditor();
  const sel = editor?.selection;
  if (!editor || !sel || sel.anchor.path.join() !== sel.focus.path.join() || sel.anchor.offset === sel.focus.offset) return '';
  return Editor.string(editor, sel);
}
