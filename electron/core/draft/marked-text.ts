/**
 * Text → draft leaves with `check` marks, and the list of what was marked where. A generalisation of the
 * section library's textToLeaves (corpus/sections.ts): any spans, a span may replace its text (a year
 * moved on), and the text between spans may carry a paragraph-wide reason (“请按今年实际改写”). The marks
 * come back with their kind and offsets so a summary can step through them.
 * Pure: no Node, Electron or DOM imports.
 */
import type { SpecificKind } from '../corpus/specifics';
import type { TextLeaf } from './model';

/**
 * What a mark asks of the user: a `specific` to verify (its kind says which), a `year-moved` to confirm,
 * a whole text to `rewrite`, `guidance` to read and delete, a placeholder to `fill`.
 */
export type MarkKind = 'specific' | 'year-moved' | 'rewrite' | 'guidance' | 'fill';

export const MARK_KINDS: readonly MarkKind[] = ['year-moved', 'specific', 'rewrite', 'guidance', 'fill'];

export const MARK_LABELS: Record<MarkKind, string> = {
  'year-moved': '年份已顺延',
  specific: '待核对',
  rewrite: '待改写',
  guidance: '去年部署（参考后删除）',
  fill: '待填写',
};

export interface TextSpan {
  start: number;
  end: number;
  kind: MarkKind;
  specific?: SpecificKind;
  /** The `check` value of the leaf. */
  reason: string;
  /** Text written instead of the original (a moved year). */
  replacement?: string;
}

/** A marked range of a block: offsets into `inlineText(block.children)`, as for review findings. */
export interface Mark {
  blockIndex: number;
  start: number;
  end: number;
  kind: MarkKind;
  specific?: SpecificKind;
  reason: string;
  /** The marked text as it now reads. */
  text: string;
}

export type BlockMark = Omit<Mark, 'blockIndex'>;

export interface MarkedText {
  leaves: TextLeaf[];
  marks: BlockMark[];
  /** The text as written into the leaves (after replacements). */
  text: string;
}

export interface MarkOptions {
  /** The first `boldChars` characters of the original are the bold 段首句. */
  boldChars?: number;
  /** A reason for every character no span covers (the whole text is marked, e.g. to rewrite). */
  base?: { kind: MarkKind; reason: string };
}

/** `spans` must not overlap (specifics finders return them so); they are applied in order. */
export function markText(text: string, spans: TextSpan[], { boldChars = 0, base }: MarkOptions = {}): MarkedText {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of sorted) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  if (boldChars > 0 && boldChars < text.length) cuts.add(boldChars);
  const points = [...cuts].sort((a, b) => a - b);
  const leaves: TextLeaf[] = [];
  const marks: BlockMark[] = [];
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const span = sorted.find((s) => s.start <= a && b <= s.end);
    // A replaced span is written once, at its first piece (a bold cut inside a moved year is not split).
    if (span?.replacement !== undefined && a !== span.start) continue;
    const piece = span?.replacement !== undefined ? span.replacement : text.slice(a, b);
    const leaf: TextLeaf = { text: piece };
    if (a < boldChars) leaf.bold = true;
    const reason = span ? span.reason : base?.reason;
    if (reason) leaf.check = reason;
    if (span && a === span.start) {
      const last = marks[marks.length - 1];
      // Adjacent spans with one reason read as one leaf (湖北省武汉市青山区), so they are one mark too.
      if (!(last && last.end === out.length && last.reason === span.reason && last.kind === span.kind)) {
        const m: BlockMark = { start: out.length, end: out.length, kind: span.kind, reason: span.reason, text: '' };
        if (span.specific) m.specific = span.specific;
        marks.push(m);
      }
    }
    out += piece;
    if (span) {
      const m = marks[marks.length - 1];
      m.end = out.length;
      m.text = out.slice(m.start);
    }
    const prev = leaves[leaves.length - 1];
    if (prev && prev.bold === leaf.bold && prev.check === leaf.check) prev.text += leaf.text;
    else leaves.push(leaf);
  }
  if (base && out.length) marks.unshift({ start: 0, end: out.length, kind: base.kind, reason: base.reason, text: out });
  return { leaves: leaves.length ? leaves : [{ text: '' }], marks, text: out };
}
