/**
 * A block's text nodes in order, each with its Slate path and where it starts in the block's text (the walk of
 * core/draft/pieces.ts), for mapping block offsets to text nodes (review marks, find). Two ways to count an unfilled
 * placeholder: as its 【label】 (`labels: true`, the offsets the checks report into `inlineText`), or as
 * nothing (what is actually text, for find).
 */
import type { Path } from 'slate';
import type { BlockElement, TextLeaf } from '#core/draft/model';
import { inlinePieces } from '#core/draft/pieces';

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
  for (const p of inlinePieces(block.children)) {
    if (p.kind === 'unfilled') {
      if (opts.labels) pos += p.text.length;
      continue;
    }
    out.push({ node: p.leaf, path: [blockIndex, ...p.at], start: pos, len: p.text.length });
    pos += p.text.length;
  }
  return out;
}
