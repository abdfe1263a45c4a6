/**
 * The one walk of a block's inline content in the coordinates every finding, mark and jump uses: text leaves
 * in order (top-level ones and those inside a filled placeholder), and each unfilled placeholder as its shown
 * 【label】. `inlineText`, the checks' spans, the editor's offset ↔ point mapping, find and the clipboard
 * HTML all read a block through this, so they cannot disagree about where character n is.
 * Pure: no Node, Electron or DOM imports.
 */
import type { InlineNode, PlaceholderElement, TextLeaf } from './model';
import { shownLabel } from '../text/placeholders';

export type Piece =
  | {
      kind: 'leaf';
      leaf: TextLeaf;
      /** Where the leaf is under the block: [i] for a top-level leaf, [i, j] inside placeholder i. */
      at: [number] | [number, number];
      /** The placeholder it fills, if any. */
      placeholder?: PlaceholderElement;
      text: string;
      /** Offset of its first character in the block's text. */
      start: number;
      /** Range of the whole inline node it belongs to (the filled placeholder, or the leaf itself). */
      nodeStart: number;
      nodeEnd: number;
    }
  | { kind: 'unfilled'; placeholder: PlaceholderElement; at: [number]; text: string; start: number; nodeStart: number; nodeEnd: number };

/** A placeholder with no text in it yet (shown, exported and counted as 【label】). */
export function isUnfilledPlaceholder(p: PlaceholderElement): boolean {
  for (const t of p.children) if (t.text !== '') return false;
  return true;
}

export function inlinePieces(children: readonly InlineNode[]): Piece[] {
  const out: Piece[] = [];
  let pos = 0;
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (!('type' in c)) {
      out.push({ kind: 'leaf', leaf: c, at: [i], text: c.text, start: pos, nodeStart: pos, nodeEnd: pos + c.text.length });
      pos += c.text.length;
    } else if (isUnfilledPlaceholder(c)) {
      const text = shownLabel(c.label);
      out.push({ kind: 'unfilled', placeholder: c, at: [i], text, start: pos, nodeStart: pos, nodeEnd: pos + text.length });
      pos += text.length;
    } else {
      let len = 0;
      for (const t of c.children) len += t.text.length;
      const nodeStart = pos;
      c.children.forEach((t, j) => {
        out.push({ kind: 'leaf', leaf: t, at: [i, j], placeholder: c, text: t.text, start: pos, nodeStart, nodeEnd: nodeStart + len });
        pos += t.text.length;
      });
    }
  }
  return out;
}
