/**
 * What Enter at the end of a block starts, from its spec's `next` (core/draft/blocks.ts) — Word's “style for
 * following paragraph”: after a title, 称呼 or heading the user writes body text; after 正文, more 正文.
 */
import { Editor, Element, Node, Path, Transforms } from 'slate';
import { attrNames, isBlockType, specOf } from '#core/draft/blocks';
import type { BlockElement } from '#core/draft/model';
import '../slate-types';

export function withNextParagraph<E extends Editor>(editor: E): E {
  const { insertBreak } = editor;

  editor.insertBreak = () => {
    const blockEntry = Editor.above(editor, { match: (n) => Element.isElement(n) && isBlockType(n.type), mode: 'highest' });
    insertBreak();
    if (!blockEntry) return;
    const block = blockEntry[0] as BlockElement;
    const next = specOf(block).next;
    if (next === 'same') return;
    const sel = editor.selection;
    if (!sel) return;
    const newPath = sel.anchor.path.slice(0, 1);
    const prevPath = Path.previous(newPath);
    // Enter at the start of a block: the empty block above becomes the new kind, the block itself moves down.
    const at = Node.string(Node.get(editor, prevPath)) === '' && Node.string(Node.get(editor, newPath)) !== '' ? prevPath : newPath;
    Editor.withoutNormalizing(editor, () => {
      Transforms.unsetNodes(editor, attrNames(block.type), { at });
      Transforms.setNodes(editor, { type: next } as never, { at });
    });
  };
  return editor;
}
