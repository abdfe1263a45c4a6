/**
 * A block's text nodes in order, each with its Slate path and where it starts in the block's text — the one
 * walk behind mapping block offsets to text nodes (review marks, find). Two ways to count an unfilled
 * placeholder: as its 【label】 (`labels: true`, the offsets the checks report into `inlineText`), or as
 * nothing (what is actually text, for find).
 */
import type { Path } from 'slate';
import { type BlockElement, isPlaceholder, type TextLeaf } from '../../electron/core/draft/model';

export interface Segment {
  node: TextLeaf;
  path: Path;
  /** Offset of the node's first character in the block's text. */
  start: number;
  len: number;
}

export function textSegments(block: BlockElement, blockIndex: number, opts: { labels: boolean }): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  block.children.forEach((c, i) => {
    if (!isPlaceholder(c)) {
      out.push({ node: c, path: [blockIndex, i], start: pos, len: c.text.length });
      pos += c.text.length;
      return;
    }
    if (opts.labels && c.children.every((t) => t.text === '')) {
      pos += c.label.length + 2;
      return;
    }
    c.children.forEach((t, j) => {
      out.push({ node: t, path: [blockIndex, i, j], start: pos, len: t.text.length });
      pos += t.text.length;
    });
  });
  return out;
}
