/**
 * Characters of Chinese text: the classes the rules test (Han, full-width punctuation, space) and the two
 * counts the app shows. Two counts on purpose, because two questions are asked:
 * - 汉字数 (countHan): how much has been written — the status bar's 字数, the guidance card's 已写 and the
 *   corpus's 约 N 字 (so 已写 and 常见篇幅 compare like with like);
 * - 读音字数 (countSpokenChars): how long it takes to read out — 讲话时长 and the 长句长段 thresholds.
 * 「2024年，全市GDP增长6.5%，完成了“十四五”规划目标。」 is 15 汉字 and 29 读音字.
 * Pure: no Node, Electron or DOM imports.
 */

/** Han ideographs (basic + extension A + compatibility), as a regex character-class body. */
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

const scriptHan = /\p{Script=Han}/u;

/**
 * 汉字数: characters of the Han script (Unicode's Script=Han: the ideographs of every extension, 〇 and 々);
 * punctuation, digits, Latin letters and spaces count nothing, and an unfilled 【label】 counts its label.
 * A char-code loop with the common ranges first: the corpus counts every paragraph of the archive with it.
 */
export function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2e80) continue;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) n++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // A character outside the BMP (CJK extension B and later) is a surrogate pair: test it whole.
      if (scriptHan.test(text.slice(i, i + 2))) n++;
      i++;
    } else if (c <= 0xfaff && scriptHan.test(text[i])) n++;
  }
  return n;
}

/**
 * 读音字数: characters the way a spoken 字数 is meant: every Han character, every punctuation mark (full- or
 * half-width) and every digit counts one (digits are read out one syllable each, roughly: 2024 → 二〇二四);
 * a run of Latin letters counts one (a word); whitespace counts nothing. Unfilled placeholders count as their
 * 【label】 text.
 */
export function countSpokenChars(text: string): number {
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
