/**
 * Where the closing elements of a 公文 sit on the line, in characters of the body size (GB/T 9704-2012):
 * 署名 and 成文日期 (7.3.5), 附件说明 (7.3.6), 版记 (7.4). Pure arithmetic on display widths (a half-width
 * digit or letter is half a character), so it is tested without a word processor; the exporter turns the
 * numbers into indents (twips and Word's *Chars hundredths).
 */

/** Display width in characters: half-width (ASCII) characters count one half. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u0020-\u007e]/.test(ch) ? 0.5 : 1;
  return w;
}

/**
 * Width a line of text takes when laid out: its display width plus the quarter-character Word and LibreOffice
 * put between Chinese characters and digits or Latin letters (自动调整中文与西文/数字间距, on by default and
 * not switched off by LibreOffice 7.4 from a .docx).
 */
export function laidOutWidth(s: string): number {
  let w = displayWidth(s);
  const chars = [...s];
  for (let i = 1; i < chars.length; i++) {
    const a = /[0-9A-Za-z]/.test(chars[i - 1]);
    const b = /[0-9A-Za-z]/.test(chars[i]);
    if (a !== b && !/\s/.test(chars[i - 1] + chars[i])) w += 0.25;
  }
  return w;
}

/** Where a line goes: right-aligned with a right indent, or left-aligned with a left indent (characters). */
export type Placement = { right: number } | { left: number };

export interface ClosingLayout {
  /** Each 署名 line. */
  signatures: Placement[];
  date: Placement;
  /** Blank lines between the text above (正文 or 附件说明) and the first 署名. */
  blankLinesBefore: number;
}

/**
 * 7.3.5.2 不加盖印章: 署名右空二字; the date on the next line, its first character two characters right of the
 * 署名's; a date longer than that goes 右空二字 and the 署名 moves left to keep the two-character step.
 * 7.3.5.1 加盖印章: the date 右空四字, each 署名 centred over the date; the seal's top within a line of the text,
 * so the 署名 sits two blank lines down (a 42 mm seal spans about four lines; 署名 and 日期 are at its lower middle).
 * Several signatories (联合行文) are stacked in order, their first characters aligned (unsealed) or each centred
 * over the date (sealed); GB/T 9704's side-by-side seal rows are not laid out.
 *
 * A line whose position is fixed by its right end is right-aligned; one fixed by its first character is
 * left-aligned from a column computed here, so the rule holds however wide a renderer draws the digits.
 * `lineChars` is the 版心 width in characters.
 */
export function closingLayout(signatories: string[], date: string, seal: boolean, lineChars: number): ClosingLayout {
  const widths = signatories.map(displayWidth);
  const d = laidOutWidth(date);
  if (seal) {
    // Centre each 署名 over the date: both right-aligned, the 署名's right indent half the difference larger.
    const dateRight = 4;
    return { signatures: widths.map((w) => ({ right: Math.max(0, dateRight + (d - w) / 2) })), date: { right: dateRight }, blankLinesBefore: 2 };
  }
  if (!widths.length) return { signatures: [], date: { right: 2 }, blankLinesBefore: 1 };
  const s = Math.max(...widths);
  if (s - d >= 2) {
    // 署名 block 右空二字 (lines share their first column); the date starts two characters further right.
    const start = lineChars - 2 - s;
    return { signatures: widths.map((w) => ({ right: 2 + (s - w) })), date: { left: start + 2 }, blankLinesBefore: 1 };
  }
  // The date is too long for that: it goes 右空二字 and the 署名 block starts two characters before it.
  const dateStart = lineChars - 2 - d;
  return { signatures: widths.map(() => ({ left: Math.max(0, dateStart - 2) })), date: { right: 2 }, blankLinesBefore: 1 };
}

export interface HangingLayout {
  /** Left indent of the paragraph (where wrapped lines start), in characters. */
  left: number;
  /** How far the first line starts left of that (a hanging indent), in characters. */
  hanging: number;
  /** The text the first line starts with (附件：1. or 2.). */
  prefix: string;
}

/**
 * 7.3.6 附件说明: 左空二字 “附件：”, then the names; several are numbered 1. 2. …; a name that wraps lines up with
 * the first character of the name above. So every item's wrapped lines start at 2 + 3 (附件：) + its number's width.
 */
export function attachmentLayout(count: number, index: number): HangingLayout {
  const label = '附件：';
  const number = count > 1 ? `${index + 1}.` : '';
  const left = 2 + displayWidth(label) + displayWidth(number);
  const prefix = (index === 0 ? label : '') + number;
  return { left, hanging: displayWidth(prefix), prefix };
}

/**
 * 7.4.2 抄送: 左右各空一字, “抄送：” then the organs; wrapped lines align with the first organ (after the colon).
 * Widths in characters of the 版记 size (4号).
 */
export function copyToLayout(): HangingLayout & { right: number } {
  const prefix = '抄送：';
  return { left: 1 + displayWidth(prefix), hanging: displayWidth(prefix), prefix, right: 1 };
}

/** 7.4.3 印发机关 左空一字, 印发日期 右空一字 followed by 印发, on one line. */
export const PRINTED_INSET_CHARS = 1;

/**
 * 7.2.5 发文字号: 〔年份〕序号号 — the year in full in 六角括号, no 第, no leading zeros. Returns what is wrong, in
 * Chinese, or [] when it is right. Used by the checks and shown before export.
 */
export function docNumberProblems(text: string): string[] {
  const t = text.trim();
  const out: string[] = [];
  if (/[[\]【】［］(（)）]/.test(t)) out.push('发文字号的年份应使用六角括号“〔〕”，不用“[]”“【】”或圆括号');
  if (/第\s*\d+\s*号/.test(t)) out.push('发文字号的序号前不加“第”字');
  if (/〔\s*\d{2}\s*〕/.test(t)) out.push('发文字号的年份应标全称（如〔2027〕）');
  if (/[〕\]】)）]\s*(第\s*)?0\d+/.test(t)) out.push('发文字号的序号不编虚位（1 不编为 01）');
  if (t && !/号$/.test(t)) out.push('发文字号应以“号”字结尾');
  return out;
}
