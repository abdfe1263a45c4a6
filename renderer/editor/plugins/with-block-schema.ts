/**
 * The top level of the document holds only the block kinds declared in core/draft/blocks.ts, each with the
 * attributes its spec declares: loose text or a foreign element at the top is wrapped in a paragraph, a block
 * nested in a block is flattened into its parent's text, a missing or invalid attribute is mended from the
 * spec, and an attribute the spec does not know is dropped (it would make the draft unsaveable).
 */
import { Element, type Editor, Node, Text, Transforms } from 'slate';
import { type AttrSpec, BLOCKS, blockTypes } from '#core/draft/blocks';
import '../slate-types';

export function withBlockSchema<E extends Editor>(editor: E): E {
  const { normalizeNode } = editor;
  const kinds = new Set<string>(blockTypes());

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (path.length === 0) {
      // An empty document gets one paragraph so the caret has somewhere to go.
      if (editor.children.length === 0) {
        Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [0] });
        return;
      }
      for (let i = 0; i < editor.children.length; i++) {
        const child = editor.children[i] as Node;
        if (Text.isText(child) || (Element.isElement(child) && !kinds.has(child.type))) {
          Transforms.wrapNodes(editor, { type: 'paragraph', children: [] }, { at: [i] });
          return;
        }
      }
    }
    if (Element.isElement(node) && kinds.has(node.type)) {
      if (path.length > 1) {
        // A block nested in a block (from a paste) is flattened into its parent's text.
        Transforms.unwrapNodes(editor, { at: path });
        return;
      }
      const attrs = BLOCKS[node.type as keyof typeof BLOCKS].attrs as Record<string, AttrSpec<unknown>>;
      const el = node as unknown as Record<string, unknown>;
      for (const key in el) {
        if (key !== 'type' && key !== 'children' && !(key in attrs)) {
          Transforms.unsetNodes(editor, key, { at: path });
          return;
        }
      }
      for (const key in attrs) {
        const a = attrs[key];
        const v = el[key];
        const ok = v === undefined ? !!a.optional : 'values' in a ? a.values.includes(v) : typeof v === 'string' && v.length <= a.text.max;
        if (ok) continue;
        if (a.optional) Transforms.unsetNodes(editor, key, { at: path });
        else Transforms.setNodes(editor, { [key]: a.fallback ?? ('values' in a ? a.values[0] : '') } as never, { at: path });
        return;
      }
    }
    normalizeNode(entry, options);
  };
  return editor;
}
