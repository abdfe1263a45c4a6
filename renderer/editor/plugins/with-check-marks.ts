/**
 * “To check” marks (a text leaf's `check`: a stale year, figure, 届次… from the archive) are about the text
 * they cover. Once the user edits inside a marked run — types over 20××, deletes part of it, 查找替换 or a
 * review fix replaces in it — she has acted on it, and the mark goes with that edit (undo brings both back).
 * Typing at the very edge of a run does not clear it: text written next to a specific is not the specific.
 * A mark over a whole passage (待改写, 去年部署 — longer than PASSAGE_MARK_CHARS) is a task, not a value: one
 * keystroke in it does not end it; 核对无误 / 全部核对无误 (commands.ts) do.
 */
import { type BaseOperation, Editor, Node, type Path, Text, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import '../slate-types';

/** A marked run longer than this is a passage to rewrite, not a specific to verify. */
export const PASSAGE_MARK_CHARS = 40;

/** The marked run an operation edits inside (not at its edge), or null. */
function markedRunEdited(editor: Editor, op: BaseOperation): Path | null {
  if (op.type !== 'insert_text' && op.type !== 'remove_text') return null;
  if (!Node.has(editor, op.path)) return null;
  const node = Node.get(editor, op.path);
  if (!Text.isText(node) || !node.check || node.text.length > PASSAGE_MARK_CHARS) return null;
  const inside = op.type === 'remove_text' || node.text === '' || (op.offset > 0 && op.offset < node.text.length);
  return inside ? op.path : null;
}

export function withCheckMarks<E extends Editor>(editor: E): E {
  const { apply } = editor;
  editor.apply = (op) => {
    // Undo and redo replay operations without saving them: they restore marks, never clear them.
    const replaying = HistoryEditor.isHistoryEditor(editor) && HistoryEditor.isSaving(editor) === false;
    const edited = replaying ? null : markedRunEdited(editor, op);
    apply(op);
    if (edited && Node.has(editor, edited)) Transforms.unsetNodes(editor, 'check', { at: edited });
  };
  return editor;
}
