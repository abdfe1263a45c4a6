/**
 * The one sentence splitter. What ends a sentence depends on the question (a 长句 ends at 。！？, a figure's
 * context at ；too, the archive comparison also at ……), so the stop set is a parameter with named values;
 * everything else — closing quotes stay with their sentence, a line break ends one, spaces and a pasted
 * quote marker `>` at the edges are not part of it — is decided here once.
 * Pure: no Node, Electron or DOM imports.
 */
import { isSpace } from './chars';

/** Full stops: 。！？ and their half-width forms. */
export const SENTENCE_END = '。！？!?';
/** Full stops and semicolons: the clauses of a 一是…；二是… run. */
export const CLAUSE_END = '。！？!?；;';

/** Closing quotes and brackets that belong to the sentence they follow (`……“提高本领！”`). */
const CLOSERS = new Set([...'”’」』）)》'].map((t) => t.charCodeAt(0)));

const stopSets = new Map<string, Set<number>>();
function stopSet(stops: string): Set<number> {
  let s = stopSets.get(stops);
  if (!s) stopSets.set(stops, (s = new Set([...stops].map((t) => t.charCodeAt(0)))));
  return s;
}

export interface SentenceRange {
  start: number;
  end: number;
  text: string;
}

/**
 * Splits text into sentence ranges (offsets into `text`). A sentence ends after a run of `stops` (`？！`,
 * `……`) plus the closing quotes/brackets that follow, or at a line end. Ranges skip leading whitespace and
 * `>` and trailing whitespace, and never include the line break.
 */
export function sentenceRanges(text: string, stops: string = SENTENCE_END): SentenceRange[] {
  const out: SentenceRange[] = [];
  const term = stopSet(stops);
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && (isSpace(text[s]) || text[s] === '>')) s++;
    let e = end;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      push(i);
      start = ++i;
      continue;
    }
    if (term.has(c)) {
      let j = i + 1;
      while (j < text.length && term.has(text.charCodeAt(j))) j++;
      while (j < text.length && CLOSERS.has(text.charCodeAt(j))) j++;
      push(j);
      start = i = j;
      continue;
    }
    i++;
  }
  push(text.length);
  return out;
}

/** The sentences' texts (see sentenceRanges). */
export function sentences(text: string, stops: string = SENTENCE_END): string[] {
  return sentenceRanges(text, stops).map((r) => r.text);
}
