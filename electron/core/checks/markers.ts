/**
 * Typed numbering markers at the start of a line: 一、 （一） 1. （1）, in their correct and their
 * common wrong spellings (half-width or mixed brackets, `一.`, `1、`).
 */
import { headingMarker, type HeadingLevel } from '../draft/model';

export interface TypedMarker {
  level: HeadingLevel;
  /** The number the marker carries (一 → 1). */
  num: number;
  /** Range of the marker in the text, excluding leading whitespace, including spaces after it. */
  start: number;
  end: number;
  /** The marker exactly as typed. */
  text: string;
  /** The correct spelling: headingMarker(level, num). */
  canonical: string;
}

const CN_NUM = '[一二三四五六七八九十]{1,3}';
const CN_VALUE: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23; NaN for anything else. */
export function parseChineseNumeral(s: string): number {
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? CN_VALUE[m[1]] : 1) * 10 + (m[2] ? CN_VALUE[m[2]] : 0);
  if (s.length === 1 && CN_VALUE[s]) return CN_VALUE[s];
  return NaN;
}

const PATTERNS: { level: HeadingLevel; re: RegExp; cn: boolean }[] = [
  // 一、 (also 一. 一． typed by mistake); not 一是/一方面, which are prose.
  { level: 1, re: new RegExp(`^(${CN_NUM})[、．.](?![0-9])`), cn: true },
  { level: 2, re: new RegExp(`^[（(](${CN_NUM})[）)]`), cn: true },
  // 1. (also 1、 1．); not 1.5万元.
  { level: 3, re: /^([0-9]{1,2})[.．、](?![0-9])/, cn: false },
  { level: 4, re: /^[（(]([0-9]{1,2})[）)]/, cn: false },
];

/** The numbering marker a line starts with (after leading spaces and stray `>`), or null. */
export function leadingMarker(text: string): TypedMarker | null {
  const lead = /^[\s\u3000\u00a0>＞]*/.exec(text)![0].length;
  const rest = text.slice(lead);
  for (const p of PATTERNS) {
    const m = p.re.exec(rest);
    if (!m) continue;
    const num = p.cn ? parseChineseNumeral(m[1]) : Number(m[1]);
    if (!Number.isFinite(num) || num < 1) continue;
    let end = lead + m[0].length;
    while (end < text.length && /[ \u3000\u00a0]/.test(text[end])) end++;
    return { level: p.level, num, start: lead, end, text: m[0], canonical: headingMarker(p.level, num) };
  }
  return null;
}
