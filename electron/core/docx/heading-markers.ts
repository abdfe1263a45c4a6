/**
 * Word's automatic numbering read as 公文 heading levels. A number typed into the text is read by
 * text/markers.ts (leadingMarker), the one table of typed markers.
 */
import type { HeadingLevel } from '../draft/model';

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
