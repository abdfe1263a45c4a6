/**
 * Putting content into the draft at the cursor: a phrase's inline nodes, whole blocks (a pasted document, a
 * 段落库 section). Both pass the core normaliser first (core/draft/normalize.ts), within the room the draft has
 * left, so nothing inserted can make the draft unsaveable; what the normaliser left out is told to the user
 * through the editor's notifier (withPaste's `notify`).
 */
import { Editor, Node, Path, Transforms } from 'slate';
import { BEFORE_BODY_TYPES } from '#core/draft/gongwen-kinds';
import { DRAFT_LIMITS } from '#core/draft/limits';
import type { BlockElement, InlineNode } from '#core/draft/model';
import { normalizeFragment, normalizeInlines, type Room } from '#core/draft/normalize';
import { isPlaceholderEl, placeholderAtSelection } from './with-placeholders';
import '../slate-types';

const notifiers = new WeakMap<Editor, (message: string) => void>();

/** Where the editor tells the user what an insertion left out (set by withPaste). */
export function setNotifier(editor: Editor, notify: ((message: string) => void) | undefined): void {
  if (notify) notifiers.set(editor, notify);
}

export function notify(editor: Editor, messages: readonly string[]): void {
  const say = notifiers.get(editor);
  for (const m of messages) say?.(m);
}

/** What the draft can still take before it would no longer fit a save (draft/limits.ts). */
export function roomLeft(editor: Editor): Room {
  let chars = 0;
  for (const [t] of Node.texts(editor)) chars += t.text.length;
  return { blocks: DRAFT_LIMITS.blocks - editor.children.length, chars: DRAFT_LIMITS.textChars - chars };
}

/** Normalised blocks for inserting into this editor, with the user told what was left out. */
export function blocksToInsert(editor: Editor, input: unknown): BlockElement[] {
  const { value, notes } = normalizeFragment(input, roomLeft(editor));
  notify(editor, notes);
  return value;
}

/** Inserts inline content (a phrase) at the cursor; selects the first unfilled placeholder it brought. */
export function insertInlines(editor: Editor, input: readonly InlineNode[]): void {
  const nodes = normalizeInlines(input, roomLeft(editor));
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
  Transforms.insertNodes(editor, nodes as Node[], { select: true });
  if (!nodes.some(isPlaceholderEl)) return;
  const all = Array.from(Editor.nodes(editor, { at: [], match: isPlaceholderEl }));
  const first = all[before];
  if (first) Transforms.select(editor, Editor.start(editor, first[1]));
}

/**
 * Inserts whole blocks (a pasted document, a library section): into an empty paragraph they replace it,
 * otherwise they go after the block the cursor is in, so existing text is never split mid-sentence.
 * `intoBody`: part of a document's body (a 段落库 section), which never goes between the title and the byline or
 * the 称呼 — with the caret there (where a new draft puts it), it goes to the start of the body.
 */
export function insertBlocksAtCursor(editor: Editor, input: readonly BlockElement[], { intoBody = false } = {}): void {
  const blocks = blocksToInsert(editor, input);
  if (!blocks.length) return;
  let idx = editor.selection ? editor.selection.anchor.path[0] : editor.children.length - 1;
  const beforeBody = (i: number) => i < editor.children.length && BEFORE_BODY_TYPES.includes((editor.children[i] as BlockElement).type);
  if (intoBody && beforeBody(idx)) {
    while (beforeBody(idx + 1)) idx++;
    const next = editor.children[idx + 1] as BlockElement | undefined;
    if (next?.type === 'paragraph' && Node.string(next) === '' && !next.children.some(isPlaceholderEl)) idx++;
  }
  const cur = editor.children[idx] as BlockElement | undefined;
  const replace = !!cur && cur.type === 'paragraph' && Node.string(cur) === '' && !cur.children.some(isPlaceholderEl);
  const at = replace ? idx : idx + 1;
  Editor.withoutNormalizing(editor, () => {
    if (replace) Transforms.removeNodes(editor, { at: [idx] });
    Transforms.insertNodes(editor, blocks as Node[], { at: [at] });
  });
  const last = at + blocks.length - 1;
  Transforms.select(editor, Editor.end(editor, [Math.min(last, editor.children.length - 1)]));
}
