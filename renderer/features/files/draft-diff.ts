/**
 * What differs between the draft on disk and the one in the page, paragraph by paragraph (jsdiff's diffArrays
 * over each block's numbered text), with the characters that changed inside a paragraph edited on both sides
 * (diffChars) — for the “比较” view before saving over a file another program changed. Long runs of identical
 * paragraphs are folded to one line so the changes stand out. Pure: no DOM, no store.
 */
import { diffArrays, diffChars } from 'diff';
import { type Draft, inlineText, numberHeadings } from '#core/draft/model';

/** A piece of a changed paragraph: kept, only on disk (`theirs`), or only in the page (`mine`). */
export interface Piece {
  text: string;
  side?: 'theirs' | 'mine';
}

export type DiffRow =
  | { kind: 'same'; text: string }
  | { kind: 'folded'; count: number }
  | { kind: 'theirs'; text: string }
  | { kind: 'mine'; text: string }
  /** One paragraph edited: its pieces in reading order. */
  | { kind: 'changed'; pieces: Piece[] };

export interface DraftDiff {
  rows: DiffRow[];
  /** Paragraphs only on disk / only in the page / edited. */
  theirs: number;
  mine: number;
  changed: number;
}

/** Each block as the user reads it: its heading number, then its text. */
export function paragraphsOf(draft: Draft): string[] {
  const markers = numberHeadings(draft.content);
  return draft.content.map((b, i) => (markers[i] ?? '') + inlineText(b.children));
}

/** Paragraphs of context kept around each change. */
const CONTEXT = 1;
/** Above this many characters a paragraph pair is shown as removed + added, not character by character (diffChars is quadratic at worst). */
const CHAR_DIFF_LIMIT = 4000;

/** Null when the two differ too much to compare within `timeoutMs` (two unrelated long drafts). */
export function diffDrafts(theirs: Draft, mine: Draft, timeoutMs = 2000): DraftDiff | null {
  const changes = diffArrays(paragraphsOf(theirs), paragraphsOf(mine), { timeout: timeoutMs });
  if (!changes) return null;
  const out: DraftDiff = { rows: [], theirs: 0, mine: 0, changed: 0 };
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i];
    if (!c.added && !c.removed) {
      fold(out.rows, c.value, i === 0, i === changes.length - 1);
      continue;
    }
    // A removed run followed by an added run: pair them up paragraph by paragraph, as edits.
    const removed = c.removed ? c.value : [];
    const next = c.removed ? changes[i + 1] : undefined;
    const added = c.added ? c.value : next?.added ? next.value : [];
    if (c.removed && next?.added) i++;
    const pairs = Math.min(removed.length, added.length);
    for (let k = 0; k < pairs; k++) {
      const a = removed[k];
      const b = added[k];
      if (a.length + b.length > CHAR_DIFF_LIMIT) {
        out.rows.push({ kind: 'theirs', text: a }, { kind: 'mine', text: b });
      } else {
        out.rows.push({ kind: 'changed', pieces: diffChars(a, b).map((p) => ({ text: p.value, side: p.removed ? 'theirs' : p.added ? 'mine' : undefined })) });
      }
      out.changed++;
    }
    for (const t of removed.slice(pairs)) out.rows.push({ kind: 'theirs', text: t }), out.theirs++;
    for (const t of added.slice(pairs)) out.rows.push({ kind: 'mine', text: t }), out.mine++;
  }
  return out;
}

/** Identical paragraphs: the ones next to a change are shown, the rest folded. */
function fold(rows: DiffRow[], same: string[], atStart: boolean, atEnd: boolean): void {
  const head = atStart ? 0 : CONTEXT;
  const tail = atEnd ? 0 : CONTEXT;
  if (same.length <= head + tail + 1) {
    for (const t of same) rows.push({ kind: 'same', text: t });
    return;
  }
  for (const t of same.slice(0, head)) rows.push({ kind: 'same', text: t });
  rows.push({ kind: 'folded', count: same.length - head - tail });
  for (const t of same.slice(same.length - tail)) rows.push({ kind: 'same', text: t });
}
