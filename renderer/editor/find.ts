/**
 * Find in the draft: matches are searched in each block's whole text, so a phrase that runs across bold
 * text, a "to check" mark or a filled placeholder is found like any other (Slate keeps those as separate
 * text nodes). A match never spans two blocks. An unfilled placeholder's 【label】 is not text and is not searched.
 */
import { Editor, Path, type Point, type Range, Text, Transforms } from 'slate';
import type { BlockElement } from '#core/draft/model';
import { type Segment, textSegments } from './segments';

/** Start of a match: at a boundary between two text nodes it belongs to the later one. */
function startPoint(ps: Segment[], offset: number): Point {
  const p = ps.find((x) => offset < x.start + x.len)!;
  return { path: p.path, offset: offset - p.start };
}

/** End of a match: at a boundary it stays in the earlier text node. */
function endPoint(ps: Segment[], offset: number): Point {
  const p = ps.find((x) => offset > x.start && offset <= x.start + x.len)!;
  return { path: p.path, offset: offset - p.start };
}

export function findMatches(editor: Editor, query: string): Range[] {
  if (!query) return [];
  const out: Range[] = [];
  (editor.children as BlockElement[]).forEach((block, b) => {
    // Text only: an unfilled placeholder's 【label】 is not searched.
    const ps = textSegments(block, b, { labels: false });
    const text = ps.map((x) => x.node.text).join('');
    for (let i = text.indexOf(query); i >= 0; i = text.indexOf(query, i + query.length)) {
      out.push({ anchor: startPoint(ps, i), focus: endPoint(ps, i + query.length) });
    }
  });
  return out;
}

export interface Hit {
  start: number;
  end: number;
  current: boolean;
}

/** The part of each match inside each text node (keyed by the node's path), for highlighting. */
export function hitsByTextNode(editor: Editor, matches: readonly Range[], current: number): Map<string, Hit[]> {
  const hits = new Map<string, Hit[]>();
  matches.forEach((m, k) => {
    for (const [node, path] of Editor.nodes(editor, { at: m, match: Text.isText })) {
      const start = Path.equals(path, m.anchor.path) ? m.anchor.offset : 0;
      const end = Path.equals(path, m.focus.path) ? m.focus.offset : (node as Text).text.length;
      if (end <= start) continue;
      const key = path.join(',');
      hits.set(key, [...(hits.get(key) ?? []), { start, end, current: k === current }]);
    }
  });
  return hits;
}

/** Replaces every match, last first so the earlier ranges stay valid; one undo step. Returns how many. */
export function replaceAllMatches(editor: Editor, matches: readonly Range[], replacement: string): number {
  Editor.withoutNormalizing(editor, () => {
    for (const r of [...matches].reverse()) Transforms.insertText(editor, replacement, { at: r });
  });
  return matches.length;
}
