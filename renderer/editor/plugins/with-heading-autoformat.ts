/**
 * Headings typed by hand, as Word's AutoFormat (自动编号) does: Enter after a paragraph that is a typed heading —
 * `（一）突出政治引领`, `一、总体要求`, `1.加强领导`, `（1）…` (text/markers.ts typedHeading: the one rule pasted text
 * follows too) — makes it a heading of that level; its typed number is taken out, since the page numbers headings
 * itself. The autoformat is its own undo step after the Enter: Ctrl+Z once gives back the paragraph with the
 * number as typed, the new line kept. `1.2万…` and `一、二季度…` stay paragraphs. A run-in line, `1.加强领导。各级…`
 * (text/markers.ts typedRunIn), becomes a run-in heading of that level: the heading part styled and in the outline,
 * the body after it on the same line. (Pasted run-in lines stay paragraphs with their number, as typed in the source.)
 */
import { Editor, Range, Text, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { type BlockElement, inlineText } from '#core/draft/model';
import { typedHeading, typedRunIn } from '#core/text/markers';
import { toggleRunIn } from '../elements';
import { offsetsToRange } from '../offsets';
import '../slate-types';

/** Makes block `index` a heading if it is a typed one (typedHeading); returns whether it did. */
export function autoformatHeading(editor: Editor, index: number): boolean {
  const block = editor.children[index] as BlockElement | undefined;
  if (!block || block.type !== 'paragraph') return false;
  const marker = typedHeading(inlineText(block.children));
  if (!marker) return false;
  const typed = offsetsToRange(editor, index, 0, marker.end);
  if (!typed) return false;
  Editor.withoutNormalizing(editor, () => {
    Transforms.delete(editor, { at: typed });
    // The part a skeleton laid the paragraph out for is not the heading's: its role is read from its words.
    Transforms.unsetNodes(editor, 'role', { at: [index] });
    Transforms.setNodes(editor, { type: 'heading', level: marker.level } as never, { at: [index] });
    // A heading's weight comes from its level's format, not from bold typed in it.
    Transforms.unsetNodes(editor, 'bold', { at: [index], match: Text.isText, mode: 'all' });
  });
  return true;
}

export function withHeadingAutoformat<E extends Editor>(editor: E): E {
  const { insertBreak } = editor;
  editor.insertBreak = () => {
    const sel = editor.selection;
    const index = sel && Range.isCollapsed(sel) ? sel.anchor.path[0] : -1;
    insertBreak();
    // The block the Enter left (the text before the caret stays at `index`).
    const left = editor.children[index] as BlockElement | undefined;
    if (!left || left.type !== 'paragraph') return;
    const text = inlineText(left.children);
    const runIn = !typedHeading(text) && !!typedRunIn(text);
    if (!runIn && !typedHeading(text)) return;
    const format = () => (runIn ? toggleRunIn(editor, index) : autoformatHeading(editor, index));
    if (HistoryEditor.isHistoryEditor(editor)) HistoryEditor.withNewBatch(editor, format);
    else format();
  };
  return editor;
}
