/**
 * 公文 heading numbers: 一、 （一） 1. （1） (GB/T 9704-2012 7.3.4: 文中结构层次序数依次可以用“一、”“（一）”“1.”
 * “（1）”标注) — how each level is spelled, and the one table that reads a number typed at the start of a
 * line, in its correct and its common wrong spellings (half-width or mixed brackets, `一.`, `1、`).
 * Pure: no Node, Electron or DOM imports.
 */
import type { HeadingLevel } from '../draft/model';
import { countSpokenChars } from './chars';
import { chineseNumeral, parseChineseNumeral } from './numerals';

/** The number prefix for a heading at `level` that is the `index`-th (1-based) among its siblings. */
export function headingMarker(level: HeadingLevel, index: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(index)}、`;
    case 2:
      return `（${chineseNumeral(index)}）`;
    case 3:
      return `${index}.`;
    case 4:
      return `（${index}）`;
  }
}

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

/** A Chinese heading number: 一 … 九十九. */
export const CN_MARKER_NUMERAL = '[一二三四五六七八九十]{1,3}';

/** What follows 二、 in `二、三季度` `一、二等奖`: a range of numbers, not a heading number. */
const CN_RANGE_AFTER = '\\s*[一二三四五六七八九十](?:季度|月份?|等奖|线城市|级|类|产业|档|批|期)';

/**
 * The marker of each level as typed, its number in group 1: the one table every reader of typed numbers uses
 * (the editor, the numbering check, the Word reader, the corpus engine). Wrong spellings are read too, so
 * the check can name them: half-width or mixed brackets, spaces inside (（ 一 ）), 一. 一， 1、.
 */
export const MARKER_PATTERNS: readonly { level: HeadingLevel; re: RegExp; chinese: boolean }[] = [
  // 一、 (also 一. 一， typed by mistake); not 一是/一方面, which are prose, nor 一、二季度, a range.
  // A digit may follow 、 (一、2026年工作回顾) but not a dot (一.5 is no heading).
  { level: 1, re: new RegExp(`^(${CN_MARKER_NUMERAL})\\s*(?:[、，,]|[．.](?![0-9]))(?!${CN_RANGE_AFTER}|\\s*是)`), chinese: true },
  { level: 2, re: new RegExp(`^[（(]\\s*(${CN_MARKER_NUMERAL})\\s*[）)]`), chinese: true },
  // 1. (also 1、 1．); not 1.5万元.
  { level: 3, re: /^([0-9]{1,2})\s*[.．、](?![0-9])/, chinese: false },
  { level: 4, re: /^[（(]\s*([0-9]{1,2})\s*[）)]/, chinese: false },
];

/**
 * Every character a typed marker (and the spaces or `>` leadingMarker skips before it) can be made of: deleting one
 * of these near a paragraph's start may change its number; deleting anything else cannot.
 */
export const MARKER_CHARS = /[0-9一二三四五六七八九十（）()、，,.．\s\u3000\u00a0>＞]/;

/** The numbering marker a line starts with (after leading spaces and stray `>`), or null. */
export function leadingMarker(text: string): TypedMarker | null {
  const lead = /^[\s\u3000\u00a0>＞]*/.exec(text)![0].length;
  const rest = text.slice(lead);
  for (const p of MARKER_PATTERNS) {
    const m = p.re.exec(rest);
    if (!m) continue;
    const num = p.chinese ? parseChineseNumeral(m[1]) : Number(m[1]);
    if (!Number.isFinite(num) || num < 1) continue;
    let end = lead + m[0].length;
    while (end < text.length && /[ \u3000\u00a0]/.test(text[end])) end++;
    return { level: p.level, num, start: lead, end, text: m[0], canonical: headingMarker(p.level, num) };
  }
  return null;
}

/** Longest heading text (读音字数) a typed marker can start; a longer line is body text that begins with a number. */
export const MAX_TYPED_HEADING_CHARS = 60;

/**
 * A line that is a heading typed by hand: a marker (leadingMarker) followed by a short heading — it starts with
 * a Chinese character (or “《（; after 一、 and （一） also a year), is at most MAX_TYPED_HEADING_CHARS long and has no full stop before its end.
 * `（一）突出政治引领` is one; `1.加强领导。全市各级…` (a run-in heading: body text follows), `1.2万人参加`,
 * `一、二季度…` and `3、4月份…` are not. Pasted text and the editor's autoformat decide by this one rule.
 */
export function typedHeading(text: string): TypedMarker | null {
  const m = leadingMarker(text);
  if (!m) return null;
  const rest = text.slice(m.end).trim();
  // After 一、/（一） a year may open the heading (一、2026年工作回顾); after 1./（1） a digit means a number (1. 2万).
  if (!(m.level <= 2 ? /^[\u3400-\u9fff“《（0-9]/ : /^[\u3400-\u9fff“《（]/).test(rest)) return null;
  if (countSpokenChars(rest) > MAX_TYPED_HEADING_CHARS) return null;
  const stop = rest.search(/[。！？；]/);
  if (stop >= 0 && stop < rest.replace(/[。！？；]+$/, '').length) return null;
  return m;
}

/** Longest heading part of a run-in heading (“加强组织领导。”): a phrase, not a sentence of the body. */
export const MAX_RUN_IN_HEADING_CHARS = 30;

/**
 * A run-in heading typed by hand: “1.加强组织领导。各单位要……” — a marker, a short heading part ending at its first
 * 。？！, then body text on the same line. Returns the marker and where the heading part's stop is (in `text`).
 * The editor makes such a line a run-in heading on Enter (core/draft/run-in.ts keeps it one block).
 */
export function typedRunIn(text: string): (TypedMarker & { stop: number }) | null {
  const m = leadingMarker(text);
  if (!m) return null;
  const rest = text.slice(m.end);
  if (!(m.level <= 2 ? /^[\u3400-\u9fff“《（0-9]/ : /^[\u3400-\u9fff“《（]/).test(rest)) return null;
  const stop = rest.search(/[。？！]/);
  if (stop <= 0 || stop > MAX_RUN_IN_HEADING_CHARS || !rest.slice(stop + 1).trim()) return null;
  return { ...m, stop: m.end + stop };
}
