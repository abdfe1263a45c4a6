/**
 * Text clean-up for analysis. The original text is always kept for display; these helpers produce
 * the normalised twin that the structure, role and phrase rules read, so the rules only have to
 * know one spelling of each punctuation mark and one spelling of each anonymised placeholder.
 */
import { countHan } from '../text/chars';
import { parseChineseNumeral } from '../text/numerals';
import { CLAUSE_END, SENTENCE_END, sentences } from '../text/sentences';

/** Leading junk seen before headings in real archives: quote marks `>`, ASCII/full-width/no-break spaces, tabs. */
const LEADING_JUNK = /^[\s\u3000\u00a0\ufeff>＞》]+/;

/** Strip the stray `>` and spaces that pasted reports carry in front of lines (seen as `　>　三、`). */
export function stripLineJunk(line: string): string {
  // Most lines are clean at both ends: check the two end characters before running any regex.
  if (!line) return line;
  const first = line.charCodeAt(0);
  const last = line.charCodeAt(line.length - 1);
  const junkAt = (c: number) => c <= 0x20 || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x3e || c === 0xff1e || c === 0x300b;
  if (!junkAt(first) && !(last <= 0x20 || last === 0x3000 || last === 0xa0)) return line;
  return line.replace(LEADING_JUNK, '').replace(/[\s\u3000\u00a0]+$/, '');
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_OR_PUNCT = `${CJK}\\u3000-\\u303f\\uff00-\\uffef“”‘’`;
const cjkRe = new RegExp(`[${CJK}]`);

/** Does the string contain Chinese characters at all? Half-width punctuation is only rewritten in Chinese text. */
export function hasCjk(s: string): boolean {
  return cjkRe.test(s);
}

const HALF_TO_FULL: Record<string, string> = { '!': '！', ';': '；', ':': '：', ',': '，', '?': '？' };

// Compiled once: normalizeText runs on every line of every imported document (ingest ≥ 10 MB/s).
const ANON_YEAR_RE = /(?<![0-9])(20|19)[0-9]?[_＿xX×]+/g;
const ANON_OTHER_RE = /[_＿]{1,}|(?<![A-Za-z])[xX×]{2}(?![A-Za-z])/g;
const HALF_PUNCT_RE = new RegExp(`([${CJK_OR_PUNCT}])\\s*([!;:,?])|([!;:,?])\\s*(?=[${CJK_OR_PUNCT}])`, 'g');
const INNER_SPACE_RE = new RegExp(`([${CJK_OR_PUNCT}])[ \\u3000\\u00a0]+(?=[${CJK_OR_PUNCT}])`, 'g');
/** Cheap pre-tests: most lines contain none of these, and a failed test skips a whole-line regex scan. */
const HAS_ANON_RE = /[_＿xX×]/;
const HAS_HALF_PUNCT_RE = /[!;:,?]/;
const HAS_SPACE_RE = /[ \u3000\u00a0]/;

/**
 * Normalise one line of Chinese text for analysis:
 * - half-width `( )` → `（ ）`; `! ; : , ?` → full-width when next to Chinese (not in `12:30` or `1,000`);
 * - `\"` (escaped quotes from web copies) and straight quotes → curly quotes, alternating;
 * - anonymised placeholders `20_年` `202_年` `20__年` `20XX年` → `20××年`; `__周年` `xx` `XX` → `××`;
 * - runs of spaces inside Chinese text removed.
 */
export function normalizeText(input: string): string {
  let s = input.includes('\\"') ? input.replace(/\\"/g, '"') : input;
  if (!hasCjk(s)) return s.trim();
  if (HAS_ANON_RE.test(s)) {
    // Anonymised years first, before `_`/`x` are touched by the generic rule.
    s = s.replace(ANON_YEAR_RE, '$1××');
    s = s.replace(ANON_OTHER_RE, '××');
    s = s.replace(/×{3,}/g, '××');
  }
  // Parentheses: always full-width in Chinese text.
  if (s.includes('(') || s.includes(')')) s = s.replace(/\(/g, '（').replace(/\)/g, '）');
  // ! ; : , ? next to Chinese (either side) become full-width; leave them between digits/latin.
  if (HAS_HALF_PUNCT_RE.test(s)) {
    s = s.replace(HALF_PUNCT_RE, (m, a, p1, p2) => {
      if (a !== undefined) return a + HALF_TO_FULL[p1];
      return HALF_TO_FULL[p2];
    });
  }
  // Straight double quotes → curly, alternating open/close within the line.
  if (s.includes('"')) {
    let open = true;
    s = s.replace(/"/g, () => {
      const q = open ? '“' : '”';
      open = !open;
      return q;
    });
  }
  // Spaces between Chinese characters are layout debris.
  if (HAS_SPACE_RE.test(s)) s = s.replace(INNER_SPACE_RE, '$1');
  return s.trim();
}

/** Lines of a text at \r\n, \r or \n (a plain string split when there is no \r: most files, and several times faster). */
export function splitLines(text: string): string[] {
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

/** Sentence split on 。！？ (and ；when `semicolons`), keeping the terminator; quotes stay with their sentence (text/sentences.ts). */
export function splitSentences(text: string, semicolons = false): string[] {
  return sentences(text, semicolons ? CLAUSE_END : SENTENCE_END);
}

/** 字数 of corpus text: 汉字数 (text/chars.ts countHan), so 常见篇幅 compares with the 已写 of a draft. */
export function countChars(text: string): number {
  return countHan(text);
}

/** Display width in a terminal: CJK and full-width forms take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c === 0x201c || c === 0x201d ? 2 : 1;
  }
  return w;
}

/** Chinese numerals 一…九十九 → number (for heading and 一是/二是 ordinals): text/numerals.ts. */
export { parseChineseNumeral };
