/**
 * 公文 heading markers: 一、 （一） 1. （1）. Their form, not Word's style, decides the level
 * (GB/T 9704-2012 7.3.4: 文中结构层次序数依次可以用“一、”“（一）”“1.”“（1）”标注).
 */
import type { HeadingLevel } from '../draft/model';
import { parseChineseNumeral } from '../text/numerals';

const CN = '一二三四五六七八九十百零〇';

const MARKERS: { level: HeadingLevel; re: RegExp }[] = [
  { level: 2, re: new RegExp(`^[（(]\\s*[${CN}]+\\s*[）)]\\s*`) },
  { level: 4, re: /^[（(]\s*\d{1,3}\s*[）)]\s*/ },
  { level: 1, re: new RegExp(`^[${CN}]+\\s*[、，,．.]\\s*`) },
  // 1. / 1． / 1、 but not 1.5亿 or 2024年.
  { level: 3, re: /^\d{1,3}\s*[.．、](?!\d)\s*/ },
];

export interface MarkerMatch {
  level: HeadingLevel;
  /** The marker text including trailing spaces, to strip. */
  marker: string;
  /** The number it carries (（十二） → 12; NaN for a numeral read no further, such as 百). */
  num: number;
}

export function matchMarker(text: string): MarkerMatch | null {
  const t = text.replace(/^[\s\u3000]+/, '');
  for (const m of MARKERS) {
    const hit = m.re.exec(t);
    if (hit) return { level: m.level, marker: text.slice(0, text.length - t.length) + hit[0], num: parseChineseNumeral(/\d+|[一二三四五六七八九十百零〇]+/.exec(hit[0])![0]) };
  }
  return null;
}

const CHINESE_FORMATS = /^(chinese|ideograph|japaneseCounting|taiwaneseCounting|koreanCounting|decimalEnclosedCircleChinese)/i;

/**
 * The level an automatically numbered paragraph has, from its Word numbering level's format
 * (w:numFmt) and text (w:lvlText), e.g. chineseCounting + "%1、" → 1, decimal + "（%1）" → 4.
 */
export function levelFromNumbering(numFmt: string, lvlText: string): HeadingLevel | null {
  const chinese = CHINESE_FORMATS.test(numFmt);
  const decimal = /^decimal(ZeroPadding|FullWidth|HalfWidth)?$/i.test(numFmt);
  const parens = /^[（(]\s*%\d\s*[）)]$/.test(lvlText.trim());
  const comma = /^%\d\s*[、，,]$/.test(lvlText.trim());
  const dot = /^%\d\s*[.．]$/.test(lvlText.trim());
  if (chinese && (comma || dot)) return 1;
  if (chinese && parens) return 2;
  if (decimal && (dot || comma)) return 3;
  if (decimal && parens) return 4;
  return null;
}
