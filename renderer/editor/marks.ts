/**
 * Inline marks for the review findings and the copied (reused) sentences, as Slate decorations.
 *
 * Findings and reuse spans are offsets into a block's inlineText (an unfilled placeholder reads as its
 * 【label】). After each idle-time recomputation they are mapped once to offsets inside the text nodes
 * they cover, keyed by the text node object itself: `decorate` is then one WeakMap lookup and O(marks in
 * that node), never a walk of the block or a run of the checks. A text node the user edits afterwards is
 * a new object, so its (now stale) marks simply disappear until the next recomputation; untouched nodes
 * keep theirs, even when blocks around them move, because their characters are the same.
 */
import type { Finding, Severity } from '#core/checks/index';
import type { ReuseSpan } from '#core/checks/reuse';
import type { BlockElement } from '#core/draft/model';
import { textSegments } from './segments';

/** One mark inside one text node: [start, end) in that node's text. */
export interface NodeMark {
  start: number;
  end: number;
  kind: 'review' | 'copied';
  severity?: Severity;
  /** The hover text. */
  title: string;
  /** A finding that covers a whole sentence or paragraph (drawn more quietly). */
  long?: boolean;
}

export type MarkMap = WeakMap<object, NodeMark[]>;

/** Properties a decoration carries onto the leaves it covers. */
export interface MarkProps {
  rv?: Severity;
  rvMsg?: string;
  rvLong?: boolean;
  cp?: string;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
/** Ranges this long are sentence/paragraph-level remarks (长句长段): a quieter line, not a wall of waves. */
const LONG = 40;

export function copiedTitle(s: ReuseSpan): string {
  return `与往年材料雷同：《${s.source.docTitle}》……${s.source.sentence}`;
}

interface Item {
  blockIndex: number;
  start: number;
  end: number;
  mark: Omit<NodeMark, 'start' | 'end'>;
}

/**
 * Maps findings and reuse spans onto the text nodes of `content` (the very objects Slate holds).
 * Findings about 待核对 runs are left out: those runs already carry their own highlight.
 */
export function buildMarkMap(content: readonly BlockElement[], findings: readonly Finding[], copied: readonly ReuseSpan[]): MarkMap {
  const byBlock = new Map<number, Item[]>();
  const add = (it: Item) => {
    if (it.end <= it.start) return;
    const list = byBlock.get(it.blockIndex);
    if (list) list.push(it);
    else byBlock.set(it.blockIndex, [it]);
  };
  for (const s of copied) add({ blockIndex: s.blockIndex, start: s.start, end: s.end, mark: { kind: 'copied', title: copiedTitle(s) } });
  // Lower severities first, so where findings overlap the more serious one's colour and message win.
  const sorted = [...findings].filter((f) => !f.id.startsWith('placeholders:check:')).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  for (const f of sorted)
    add({ blockIndex: f.blockIndex, start: f.start, end: f.end, mark: { kind: 'review', severity: f.severity, title: f.message, long: f.end - f.start > LONG } });

  const map: MarkMap = new WeakMap();
  for (const [blockIndex, items] of byBlock) {
    const block = content[blockIndex];
    if (!block) continue;
    // Offsets are into inlineText, where an unfilled placeholder reads as its 【label】 (and has no text to mark).
    const segs = textSegments(block, blockIndex, { labels: true });
    for (const it of items)
      for (const s of segs) {
        const a = Math.max(it.start, s.start);
        const b = Math.min(it.end, s.start + s.len);
        if (b <= a) continue;
        const m: NodeMark = { ...it.mark, start: a - s.start, end: b - s.start };
        const list = map.get(s.node);
        if (list) list.push(m);
        else map.set(s.node, [m]);
      }
  }
  return map;
}

export function markProps(m: NodeMark, showCopied: boolean): MarkProps | null {
  if (m.kind === 'copied') return showCopied ? { cp: m.title } : null;
  return { rv: m.severity, rvMsg: m.title, rvLong: m.long || undefined };
}
