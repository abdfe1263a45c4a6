/**
 * The one sentence splitter. What ends a sentence depends on the question (a 长句 ends at 。！？, a figure's
 * context at ；too, the archive comparison also at ……), so the stop set is a parameter with named values;
 * everything else — closing quotes stay with their sentence, a line break ends one, spaces and a pasted
 * quote marker `>` at the edges are not part of it — is decided here once.
 * Pure: no Node, Electron or DOM imports.
 */

/** Full stops: 。！？ and their half-width forms. */
export const SENTENCE_END = '。！？!?';
/** Full stops and semicolons: the clauses of a 一是…；二是… run. */
export const CLAUSE_END = '。！？!?；;';

/**
 * What a character is to the splitter, looked up by its UTF-16 code (the splitter reads every character of
 * every imported document, so a table instead of Set and regex tests): STOP for the set in use, CLOSER for
 * the closing quotes and brackets that belong to the sentence they follow (`……“提高本领！”`), EDGE for what
 * is trimmed at the edges (chars.ts isSpace, and `>` at the start).
 */
const STOP = 1;
const CLOSER = 2;
const EDGE = 4;
const BASE = new Uint8Array(65536);
for (const t of '”’」』）)》') BASE[t.charCodeAt(0)] |= CLOSER;
// isSpace's characters: ECMAScript's \s (WhiteSpace and LineTerminator) plus U+3000 and U+00A0; sentences.test.ts checks the table against it.
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) BASE[c] |= EDGE;
for (let c = 0x2000; c <= 0x200a; c++) BASE[c] |= EDGE;
BASE['>'.charCodeAt(0)] |= EDGE;
/** For the test: is the UTF-16 code `c` trimmed at a sentence's start. */
export const isEdgeCode = (c: number): boolean => (BASE[c] & EDGE) !== 0;

const classTables = new Map<string, Uint8Array>();
function classTable(stops: string): Uint8Array {
  let t = classTables.get(stops);
  if (!t) {
    t = BASE.slice();
    for (const s of stops) t[s.charCodeAt(0)] |= STOP;
    classTables.set(stops, t);
  }
  return t;
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
  const cls = classTable(stops);
  const gt = '>'.charCodeAt(0);
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && cls[text.charCodeAt(s)] & EDGE) s++;
    let e = end;
    while (e > s && cls[text.charCodeAt(e - 1)] & EDGE && text.charCodeAt(e - 1) !== gt) e--;
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
    if (cls[c] & STOP) {
      let j = i + 1;
      while (j < text.length && cls[text.charCodeAt(j)] & STOP) j++;
      while (j < text.length && cls[text.charCodeAt(j)] & CLOSER) j++;
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
