/**
 * The one definition of a mark the user sees — what the status bar's 待核对 counts, the export dialog lists and
 * 逐处核对 steps through. The marks of a draft (made from a past document or not), read from the text as it stands now — not from the summary
 * the host gave when the draft was made, whose block indices and offsets drift with every edit. Each `check`
 * run and each unfilled placeholder is a mark, in the coordinates of review findings (offsets into
 * `inlineText(block.children)`, an unfilled placeholder read as 【label】), so `offsetsToRange` selects it.
 * A paragraph marked as a whole (to rewrite, last year's guidance) is one mark from its first marked
 * character to its last, the specifics inside it marks of their own — as in the summary.
 */
import type { BlockElement } from './model';
import { FROM_PAST_REASONS } from './from-past-meta';
import type { MarkKind } from './marked-text';
import { inlinePieces } from './pieces';

export interface LiveMark {
  blockIndex: number;
  start: number;
  end: number;
  kind: MarkKind;
  /** The `check` reason, or 请填写… for a placeholder. */
  reason: string;
  text: string;
}

const WHOLE: readonly string[] = [
  FROM_PAST_REASONS.rewriteReview,
  FROM_PAST_REASONS.rewriteProblems,
  FROM_PAST_REASONS.byline,
  FROM_PAST_REASONS.scaffoldHeading,
  FROM_PAST_REASONS.newReviewHeading,
];

/** What a `check` reason asks, by the reasons from-past.ts writes; any other is a specific to verify. */
export function kindOf(reason: string): MarkKind {
  if (reason === FROM_PAST_REASONS.guidance) return 'guidance';
  if (WHOLE.includes(reason)) return 'rewrite';
  if (reason.startsWith('年份：已由') || reason.startsWith('年份：按新报告年份')) return 'year-moved';
  return 'specific';
}

const wholeParagraph = (k: MarkKind) => k === 'rewrite' || k === 'guidance';

/** Every mark of the text, in reading order (block, start; the longer first). */
export function liveMarks(content: readonly BlockElement[]): LiveMark[] {
  const out: LiveMark[] = [];
  content.forEach((block, blockIndex) => {
    const whole = new Map<string, LiveMark>();
    let run: LiveMark | null = null;
    let text = '';
    for (const p of inlinePieces(block.children)) {
      text += p.text;
      const end = p.start + p.text.length;
      if (p.kind === 'unfilled') {
        out.push({ blockIndex, start: p.start, end, kind: 'fill', reason: `请填写${p.placeholder.label}`, text: p.text });
        run = null;
        continue;
      }
      const reason = p.leaf.check;
      if (!reason || !p.text) {
        if (p.text) run = null;
        continue;
      }
      const kind = kindOf(reason);
      if (wholeParagraph(kind)) {
        const m = whole.get(reason);
        if (m) m.end = end;
        else whole.set(reason, { blockIndex, start: p.start, end, kind, reason, text: '' });
        continue;
      }
      if (run && run.reason === reason && run.end === p.start) run.end = end;
      else out.push((run = { blockIndex, start: p.start, end, kind, reason, text: '' }));
    }
    for (const m of whole.values()) out.push(m);
    for (let i = out.length - 1; i >= 0 && out[i].blockIndex === blockIndex; i--) if (!out[i].text) out[i].text = text.slice(out[i].start, out[i].end);
  });
  return out.sort(before);
}

/** Counts by kind. */
export function countByKind(marks: readonly LiveMark[]): Record<MarkKind, number> {
  const c: Record<MarkKind, number> = { 'year-moved': 0, specific: 0, rewrite: 0, guidance: 0, fill: 0 };
  for (const m of marks) c[m.kind]++;
  return c;
}

/** A place in the text: a mark's, or the caret's (`end: Infinity`, so a mark starting at the caret comes after it). */
export interface Place {
  blockIndex: number;
  start: number;
  end: number;
}

/** Reading order: block, then start, the longer first (a paragraph's mark before the specifics inside it). */
export const before = (a: Place, b: Place) => a.blockIndex - b.blockIndex || a.start - b.start || b.end - a.end;

/** The next mark after `at` (the first when `at` is null), wrapping; the previous with `back`. */
export function stepFrom(marks: readonly LiveMark[], at: Place | null, back = false): LiveMark | null {
  if (!marks.length) return null;
  if (!at) return back ? marks[marks.length - 1] : marks[0];
  if (back) {
    for (let i = marks.length - 1; i >= 0; i--) if (before(marks[i], at) < 0) return marks[i];
    return marks[marks.length - 1];
  }
  return marks.find((m) => before(at, m) < 0) ?? marks[0];
}
