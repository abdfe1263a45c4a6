/**
 * Slate behaviour for a 公文: placeholders are inline elements, the top level holds only our four block
 * types, Enter after a title/heading starts a body paragraph, and pasted or dropped content is sanitised
 * to permitted elements. No slate-react import here, so it runs (and is tested) in plain Node.
 */
import { Editor, Element, Node, Path, Range, Text, Transforms } from 'slate';
import type { BlockElement, InlineNode, PlaceholderElement } from '#core/draft/model';
import './slate-types';

export const BLOCK_TYPES = new Set(['title', 'salutation', 'heading', 'paragraph']);

/** What insertData understands besides text: phrases dragged from the panel carry their inline nodes. */
export const PHRASE_MIME = 'application/x-gongwen-inlines';

export interface DataSource {
  getData(type: string): string;
}

/** Converts pasted data to blocks; injected so the DOM-dependent HTML parser stays out of this module. */
export type PasteConverter = (data: DataSource) => BlockElement[] | null;

export function isPlaceholderEl(n: unknown): n is PlaceholderElement {
  return Element.isElement(n) && n.type === 'placeholder';
}

/** The placeholder element the (collapsed or anchor) selection is in, with its path. */
export function placeholderAtSelection(editor: Editor): [PlaceholderElement, Path] | null {
  if (!editor.selection) return null;
  const entry = Editor.above(editor, { at: editor.selection.anchor, match: isPlaceholderEl });
  return (entry as [PlaceholderElement, Path] | undefined) ?? null;
}

export function withGongwen<E extends Editor>(editor: E, paste?: PasteConverter): E {
  const { isInline, normalizeNode, insertBreak, deleteBackward, deleteForward, insertData } = editor as E & {
    insertData?: (d: DataTransfer) => void;
  };

  editor.isInline = (el) => el.type === 'placeholder' || isInline(el);

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
        if (Text.isText(child) || (Element.isElement(child) && !BLOCK_TYPES.has(child.type))) {
          Transforms.wrapNodes(editor, { type: 'paragraph', children: [] }, { at: [i] });
          return;
        }
      }
    }
    if (Element.isElement(node) && node.type === 'placeholder') {
      // A placeholder holds only text: unwrap anything nested (e.g. a placeholder pasted into another).
      for (const [child, childPath] of Node.children(editor, path)) {
        if (Element.isElement(child)) {
          Transforms.unwrapNodes(editor, { at: childPath });
          return;
        }
      }
    }
    if (Element.isElement(node) && BLOCK_TYPES.has(node.type) && path.length > 1) {
      // A block nested in a block (from a paste) is flattened into its parent's text.
      Transforms.unwrapNodes(editor, { at: path });
      return;
    }
    if (Element.isElement(node) && node.type === 'heading') {
      const level = (node as { level?: number }).level;
      if (level !== 1 && level !== 2 && level !== 3 && level !== 4) {
        Transforms.setNodes(editor, { level: 1 } as never, { at: path });
        return;
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
    const blockEntry = Editor.above(editor, { match: (n) => Element.isElement(n) && BLOCK_TYPES.has(n.type) });
    insertBreak();
    if (!blockEntry) return;
    const block = blockEntry[0] as BlockElement;
    if (block.type === 'paragraph') return;
    // After a title, 称呼 or heading the user writes body text, as in Word's "style for following paragraph".
    const sel = editor.selection;
    if (!sel) return;
    const newPath = sel.anchor.path.slice(0, 1);
    const prevPath = Path.previous(newPath);
    const prevText = Node.string(Node.get(editor, prevPath));
    if (prevText === '' && Node.string(Node.get(editor, newPath)) !== '') {
      // Enter at the start of a heading: the empty block above becomes the paragraph, the heading moves down.
      Transforms.unsetNodes(editor, ['level', 'role'], { at: prevPath });
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: prevPath });
    } else {
      Transforms.unsetNodes(editor, ['level', 'role'], { at: newPath });
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: newPath });
    }
  };

  // Backspace/Delete in an empty placeholder removes the placeholder itself (otherwise it could never go).
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

  if (insertData) {
    (editor as E & { insertData: (d: DataTransfer) => void }).insertData = (data: DataTransfer) => {
      const inl = data.getData(PHRASE_MIME);
      if (inl) {
        try {
          insertInlines(editor, JSON.parse(inl) as InlineNode[]);
          return;
        } catch {
          /* malformed drag data: fall through to the plain-text path */
        }
      }
      const blocks = paste?.(data);
      if (blocks && blocks.length) {
        const cur = editor.selection ? (editor.children[editor.selection.anchor.path[0]] as BlockElement) : undefined;
        // Into an empty line whole blocks keep their kind; inside text, Word-like: split and merge at the ends.
        if (!cur || Node.string(cur) === '') insertBlocksAtCursor(editor, blocks);
        else Transforms.insertFragment(editor, structuredClone(blocks) as Node[]);
        return;
      }
      insertData(data);
    };
  }
  return editor;
}

/** Inserts inline content (a phrase) at the cursor; selects the first unfilled placeholder it brought. */
export function insertInlines(editor: Editor, nodes: InlineNode[]): void {
  if (!editor.selection) Transforms.select(editor, Editor.end(editor, []));
  // Never nest: a phrase dropped inside a placeholder goes after it.
  const ph = placeholderAtSelection(editor);
  if (ph) {
    const after = Editor.after(editor, ph[1]);
    if (after) Transforms.select(editor, after);
  }
  // New placeholders land right after those before the insertion point, so count those to find the first new one.
  const at = editor.selection!.anchor;
  let before = 0;
  for (const [, p] of Editor.nodes(editor, { at: [], match: isPlaceholderEl })) if (Path.compare(p, at.path) < 0 && !Path.isAncestor(p, at.path)) before++;
  Transforms.insertNodes(editor, nodes.map((n) => structuredClone(n)) as Node[], { select: true });
  if (!nodes.some(isPlaceholderEl)) return;
  const all = Array.from(Editor.nodes(editor, { at: [], match: isPlaceholderEl }));
  const first = all[before];
  if (first) Transforms.select(editor, Editor.start(editor, first[1]));
}

/**
 * Inserts whole blocks (a pasted document, a library section): into an empty paragraph they replace it,
 * otherwise they go after the block the cursor is in, so existing text is never split mid-sentence.
 */
export function insertBlocksAtCursor(editor: Editor, blocks: BlockElement[]): void {
  if (!blocks.length) return;
  const clone = structuredClone(blocks) as Node[];
  const idx = editor.selection ? editor.selection.anchor.path[0] : editor.children.length - 1;
  const cur = editor.children[idx] as BlockElement | undefined;
  const replace = !!cur && cur.type === 'paragraph' && Node.string(cur) === '' && !cur.children.some(isPlaceholderEl);
  const at = replace ? idx : idx + 1;
  Editor.withoutNormalizing(editor, () => {
    if (replace) Transforms.removeNodes(editor, { at: [idx] });
    Transforms.insertNodes(editor, clone, { at: [at] });
  });
  const last = at + blocks.length - 1;
  Transforms.select(editor, Editor.end(editor, [Math.min(last, editor.children.length - 1)]));
}
