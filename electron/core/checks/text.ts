/**
 * Small text helpers shared by the rules: character classes, sentence ranges, character counting.
 */

/** Han ideographs (basic + extension A + compatibility). */
export const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** Full-width / CJK punctuation, incl. curly quotes, ellipsis, dash and the middle dot. */
export const CJK_PUNCT = '\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65“”‘’…—·';

const hanRe = new RegExp(`[${HAN}]`);
const cjkRe = new RegExp(`[${HAN}${CJK_PUNCT}]`);

export const isHan = (ch: string | undefined): boolean => ch !== undefined && hanRe.test(ch);
/** Han or full-width punctuation: what “Chinese text” around a character means for the rules. */
export const isCjk = (ch: string | undefined): boolean => ch !== undefined && cjkRe.test(ch);

const spaceRe = /[\s\u3000\u00a0]/;
export const isSpace = (ch: string | undefined): boolean => ch !== undefined && spaceRe.test(ch);

/**
 * Counts characters the way a 字数 for a Chinese manuscript is meant: every Han character, every
 * punctuation mark (full- or half-width) and every digit counts one (digits are read out one
 * syllable each, roughly: 2024 → 二〇二四); a run of Latin letters counts one (a word); whitespace
 * counts nothing. Unfilled placeholders count as their 【label】 text.
 */
export function countChars(text: string): number {
  let n = 0;
  let inLatin = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (!inLatin) n++;
      inLatin = true;
      continue;
    }
    inLatin = false;
    // Whitespace (ASCII, no-break, ideographic, zero-width, BOM) counts nothing.
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a)) continue;
    // The low half of a surrogate pair (a rare character outside the BMP) was counted with its high half.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) continue;
    n++;
  }
  return n;
}

export interface SentenceRange {
  start: number;
  end: number;
  text: string;
}

/**
 * Splits a block's text into sentence ranges (offsets into `text`). A sentence ends after any of
 * `terminators` (full runs of them, e.g. `？！` or `……`) plus closing quotes/brackets that follow,
 * or at a line end. Ranges skip leading whitespace and never include the line break.
 */
export function sentenceRanges(text: string, terminators = '。！？!?'): SentenceRange[] {
  const out: SentenceRange[] = [];
  const term = new Set([...terminators].map((t) => t.charCodeAt(0)));
  const closers = new Set([...'”’」』）)》'].map((t) => t.charCodeAt(0)));
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text[s])) s++;
    let e = end;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      push(i);
      start = i + 1;
      i++;
      continue;
    }
    if (term.has(c)) {
      let j = i + 1;
      while (j < text.length && term.has(text.charCodeAt(j))) j++;
      while (j < text.length && closers.has(text.charCodeAt(j))) j++;
      push(j);
      start = j;
      i = j;
      continue;
    }
    i++;
  }
  push(text.length);
  return out;
}
