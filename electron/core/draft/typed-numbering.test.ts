/**
 * An author's heading numbers that depart from position — restarted after a lead-in paragraph, or run on across
 * parts as a 方案's （一）…（三十） do — are kept; a slip in them is not (position numbers it).
 */
import { describe, expect, it } from 'vitest';
import { type BlockElement, type HeadingLevel, numberHeadings } from './model';
import { keepTypedNumbering } from './typed-numbering';

/** Lines as an author typed them: `1|一、总体要求` is a level-1 heading typed with 一; plain text is a paragraph. */
function typed(lines: string[]): { content: BlockElement[]; numbers: Map<number, number> } {
  const numbers = new Map<number, number>();
  const content = lines.map((l, i): BlockElement => {
    const m = /^([1-4])\|(\d+) (.*)$/.exec(l);
    if (!m) return { type: 'paragraph', children: [{ text: l }] };
    numbers.set(i, Number(m[2]));
    return { type: 'heading', level: Number(m[1]) as HeadingLevel, children: [{ text: m[3] }] };
  });
  return { content, numbers };
}

describe('keepTypedNumbering', () => {
  it('keeps a list restarted after a lead-in paragraph and numbering run on across parts; renumbers a slip', () => {
    const { content, numbers } = typed([
      '1|1 总体要求',
      '2|1 工作目标',
      '3|1 第一项',
      '3|2 第二项',
      '3|3 第三项',
      '为此，要抓好以下工作：',
      '3|1 重点一',
      '3|2 重点二',
      '2|2 基本原则',
      '1|2 主要任务',
      '2|3 扩大内需',
      '2|4 稳定就业',
      '1|3 保障措施',
      '2|6 加强领导',
    ]);
    expect(keepTypedNumbering(content, numbers)).toBe(2);
    expect(numberHeadings(content)).toEqual(['一、', '（一）', '1.', '2.', '3.', '', '1.', '2.', '（二）', '二、', '（三）', '（四）', '三、', '（一）']);
    expect(content.filter((b) => b.type === 'heading' && b.numbering).map((b) => [(b.children[0] as { text: string }).text, b.type === 'heading' && b.numbering])).toEqual([
      ['重点一', 'restart'],
      ['扩大内需', 'continue'],
    ]);
  });

  it('marks nothing where the typed numbers are what position gives, or misnumbered (一、二、三、三、)', () => {
    const plain = typed(['1|1 甲', '2|1 子', '2|2 丑', '1|2 乙', '2|1 寅']);
    expect(keepTypedNumbering(plain.content, plain.numbers)).toBe(0);
    const slip = typed(['1|1 甲', '1|2 乙', '1|3 丙', '1|3 丁']);
    expect(keepTypedNumbering(slip.content, slip.numbers)).toBe(0);
    expect(numberHeadings(slip.content)).toEqual(['一、', '二、', '三、', '四、']);
  });

  it('a heading typed without a number (a heading style) counts by position, and those after it follow', () => {
    const { content, numbers } = typed(['1|1 甲', '2|1 子', '2|2 丑', '1|2 乙', '2|3 寅', '2|4 卯']);
    numbers.delete(4);
    keepTypedNumbering(content, numbers);
    // 寅 has no typed number: （一）; 卯 typed 4 is neither 1 nor on from 寅 (（二）): a slip, numbered （二）.
    expect(numberHeadings(content)).toEqual(['一、', '（一）', '（二）', '二、', '（一）', '（二）']);
  });
});

describe('a number typed at the start of a body paragraph', () => {
  const h = (level: HeadingLevel, text: string): BlockElement => ({ type: 'heading', level, children: [{ text }] });
  const para = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] });

  it('counts as the item it reads as when it is the next number (a long （四） left as text): the headings after it follow it', () => {
    const content = [h(1, '主要任务'), h(2, '甲'), h(2, '乙'), h(2, '丙'), para('（四）推动供需高水平动态适配，在建设强大国内市场中努力扩大有潜能的消费、有需求的投资，全力稳住经济基本盘。'), h(2, '戊')];
    expect(numberHeadings(content).filter(Boolean)).toEqual(['一、', '（一）', '（二）', '（三）', '（五）']);
  });

  it('counts nothing when it is a figure (1.5万), out of sequence, or in a placeholder', () => {
    const content = [h(1, '回顾'), h(3, '甲'), para('1.5万人参加了活动。'), para('5.某项工作'), { type: 'paragraph', children: [{ type: 'placeholder', label: '2.', children: [{ text: '' }] }] } as BlockElement, h(3, '乙')];
    expect(numberHeadings(content).filter(Boolean)).toEqual(['一、', '1.', '2.']);
  });

  it('a typed 1. starts the list again', () => {
    const content = [h(1, '回顾'), h(3, '甲'), h(3, '乙'), para('另外，要做好以下两项：'), para('1.做好甲项工作，按期完成。'), h(3, '乙项')];
    expect(numberHeadings(content).filter(Boolean)).toEqual(['一、', '1.', '2.', '2.']);
  });
});

