/**
 * Where each 公文 element around the body sits on its line, in characters of its own size (GB/T 9704-2012
 * 7.2–7.4): one answer for the page's view (renderer/editor/blocks.tsx), the clipboard HTML and the .docx
 * export, which turn characters into em, pt or twips. The arithmetic is format/closing.ts's.
 * Pure: no Node, Electron or DOM imports.
 */
import { attachmentLayout, closingLayout, copyToLayout, PRINTED_INSET_CHARS } from '../format/closing';
import { LINES_PER_PAGE, TEXT_HEIGHT_MM } from '../format/gbt9704';
import { type BlockElement, type DateElement, inlineText } from './model';

export interface ElementPlacement {
  align: 'left' | 'right' | 'center' | 'both';
  /** Indents in characters; `hanging` pulls the first line back left of `left`. */
  left?: number;
  right?: number;
  hanging?: number;
  firstLine?: number;
  /**
   * Blank lines GB/T 9704 asks for above it (正文下空一行 before 附件说明 and 署名, two above a sealed one), in lines
   * of the body's grid whatever the element's own size.
   */
  linesBefore: number;
  /** Text the layout adds around the element's own: 附件：1., the 附注's brackets, 抄送：. */
  prefix?: string;
  suffix?: string;
}

/** 7.2.4 发文机关标志 上边缘至版心上边缘为 35 mm. */
export const ISSUER_MARK_TOP_MM = 35;

/** The 版心's width in body characters (GB/T 9704 5.2.3: 28 a line). */
export const LINE_CHARS = 28;

/** The 署名 and 成文日期 group the block at `i` belongs to: consecutive 署名 and the date right after them. */
function closingGroup(content: readonly BlockElement[], i: number): { start: number; signatures: string[]; date?: DateElement } {
  let start = i;
  while (content[start - 1]?.type === 'signature') start--;
  const signatures: string[] = [];
  let k = start;
  for (; content[k]?.type === 'signature'; k++) signatures.push(inlineText(content[k].children));
  const date = content[k]?.type === 'date' ? (content[k] as DateElement) : undefined;
  return { start, signatures, date };
}

/**
 * The placement of the element at `i`, or null for title, 称呼, headings and 正文. `lineChars`: the 版心 width in
 * characters as laid out (the .docx export passes its exact figure; the page and the clipboard use 28).
 */
export function elementPlacement(content: readonly BlockElement[], i: number, lineChars = LINE_CHARS): ElementPlacement | null {
  const b = content[i];
  const prev = content[i - 1];
  switch (b?.type) {
    case 'signature':
    case 'date': {
      const g = closingGroup(content, i);
      const l = closingLayout(g.signatures, g.date ? inlineText(g.date.children) : '', g.date?.seal === 'with', lineChars);
      const first = b.type === 'signature' ? i === g.start : g.signatures.length === 0;
      const place = b.type === 'signature' ? l.signatures[i - g.start] : l.date;
      const linesBefore = first && prev ? l.blankLinesBefore : 0;
      return 'right' in place ? { align: 'right', right: place.right, linesBefore } : { align: 'left', left: place.left, linesBefore };
    }
    case 'attachment': {
      let start = i;
      while (content[start - 1]?.type === 'attachment') start--;
      let count = 0;
      while (content[start + count]?.type === 'attachment') count++;
      const a = attachmentLayout(count, i - start);
      return { align: 'left', left: a.left, hanging: a.hanging, prefix: a.prefix, linesBefore: i === start && prev ? 1 : 0 };
    }
    case 'note':
      // 7.3.7 居左空二字加圆括号, on the line under the 成文日期.
      return { align: 'both', firstLine: 2, prefix: '（', suffix: '）', linesBefore: 0 };
    case 'byline':
      return { align: 'center', linesBefore: 0 };
    case 'copyTo': {
      const c = copyToLayout();
      return { align: 'left', left: c.left, right: c.right, hanging: c.hanging, prefix: c.prefix, linesBefore: 0 };
    }
    case 'printed':
      return { align: 'left', left: PRINTED_INSET_CHARS, right: PRINTED_INSET_CHARS, suffix: `${b.date}印发`, linesBefore: 0 };
    case 'headerLine':
      return { align: 'left', linesBefore: 0 };
    case 'issuerMark': {
      // 7.2.4 its top 35 mm under the 版心's: that many lines less the 版头 lines above it.
      let above = 0;
      for (let k = i - 1; content[k]?.type === 'headerLine'; k--) above++;
      return { align: 'center', linesBefore: Math.max(0, ISSUER_MARK_TOP_MM / (TEXT_HEIGHT_MM / LINES_PER_PAGE) - above) };
    }
    case 'docNumber':
      // 7.2.5 two lines under the mark; with 签发人, 发文字号 居左空一字 and 签发人 居右空一字 on one line.
      return b.signer ? { align: 'left', left: 1, right: 1, suffix: `签发人：${b.signer}`, linesBefore: prev?.type === 'issuerMark' ? 2 : 0 } : { align: 'center', linesBefore: prev?.type === 'issuerMark' ? 2 : 0 };
    default:
      return null;
  }
}
