/**
 * Placeholders ({年份} to fill in) are inline elements holding only text. Enter inside one leaves it first;
 * Backspace/Delete in an empty one removes it (otherwise it could never go).
 */
import { Editor, Element, Node, type Path, Range, Transforms } from 'slate';
import type { PlaceholderElement } from '#core/draft/model';
import '../slate-types';

export function isPlaceholderEl(n: unknown): n is PlaceholderElement {
  return Element.isElement(n) && n.type === 'placeholder';
}

/** The placeholder element the (collapsed or anchor) selection is in, with its path. */
export function placeholderAtSelection(editor: Editor): [PlaceholderElement, Path] | null {
  if (!editor.selection) return null;
  const entry = Editor.above(editor, { at: editor.selection.anchor, match: isPlaceholderEl });
  return (entry as [PlaceholderElement, Path] | undefined) ?? null;
}

export function withPlaceholders<E extends Editor>(editor: E): E {
  const { isInline, normalizeNode, insertBreak, deleteBackward, deleteForward } = editor;

  editor.isInline = (el) => el.type === 'placeholder' || isInline(el);

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Element.isElement(node) && node.type === 'placeholder') {
      // A placeholder holds only text: unwrap anything nested (e.g. a placeholder pasted into another).
      for (const [child, childPath] of Node.children(editor, path)) {
        if (Element.isElement(child)) {
          Transforms.unwrapNodes(editor, { at: childPath });
          return;
        }
      }
    }
    normalizeNode(entry, options);
  };

  editor.insertBreak = () => {
    // Enter inside a placeholder leaves it first: the break goes after the filled value.
    const ph = placeholderAtSelection(editor);
    if (ph && editor.selection && Range.isCollapsed(editor.selection)) {
      const after = Editor.after(editor, ph[1]);
      if (after) Transforms.select(editor, after);
    }
    insertBreak();
  };

  const removeEmptyPlaceholder = (): boolean => {
    const ph = placeholderAtSelection(editor);
    if (!ph || !editor.selection || !Range.isCollapsed(editor.selection)) return false;
    if (Node.string(ph[0]) !== '') return false;
    Transforms.removeNodes(editor, { at: ph[1] });
    return true;
  };
  editor.deleteBackward = (unit) => {
    if (!removeEmptyPlaceholder()) deleteBackward(unit);
  };
  editor.deleteForward = (unit) => {
    if (!removeEmptyPlaceholder()) deleteForward(unit);
  };
  return editor;
}
