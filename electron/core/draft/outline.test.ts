import { describe, expect, it } from 'vitest';
import { phraseToInlines } from './inlines';
import type { BlockElement } from './model';
import { numberHeadings } from './model';
import { hanCount, outlineOf, roleAt, sectionRange, topHeadingAt, writtenText } from './outline';

const h = (level: 1 | 2 | 3 | 4, text: string): BlockElement => ({ type: 'heading', level, children: [{ text }] });
const p = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] });

describe('sections and roles', () => {
  const doc = [h(1, '回顾'), p('a'), h(2, '甲'), p('b'), h(2, '乙'), h(1, '问题'), p('c'), h(1, '任务'), p('d')];

  it('a section runs to the next heading of the same or a higher level', () => {
    expect(sectionRange(doc, 0)).toEqual([0, 5]);
    expect(sectionRange(doc, 2)).toEqual([2, 4]);
    expect(sectionRange(doc, 7)).toEqual([7, 9]);
    expect(sectionRange(doc, 1)).toEqual([1, 2]);
    expect(topHeadingAt(doc, 4)).toBe(0);
    expect(topHeadingAt([p('x'), ...doc], 0)).toBe(-1);
  });

  it('knows the role of the section a block is in', () => {
    expect(roleAt(doc, 3)).toBe('review');
    expect(roleAt(doc, 6)).toBe('problems');
    expect(roleAt(doc, 8)).toBe('tasks');
    expect(roleAt([...doc, p('让我们团结一心')], 9)).toBe('closing');
    expect(roleAt([p('x'), ...doc], 0)).toBe('opening');
  });

  it('outlines the headings with their numbers and roles', () => {
    expect(outlineOf(doc, numberHeadings(doc)).map((o) => `${o.marker}${o.text}:${o.role}`)).toEqual(['一、回顾:review', '（一）甲:other', '（二）乙:other', '二、问题:problems', '三、任务:tasks']);
  });
});

describe('what is written', () => {
  it('counts 汉字 of what is written; an unfilled placeholder counts nothing, a filled one its value', () => {
    const b: BlockElement = {
      type: 'paragraph',
      children: [{ text: '在' }, { type: 'placeholder', label: '年份', children: [{ text: '' }] }, { text: '年，完成' }, { type: 'placeholder', label: '数字', children: [{ text: '十二' }] }, { text: '项GDP。' }],
    };
    expect(writtenText(b.children)).toBe('在年，完成十二项GDP。');
    expect(hanCount([b, h(1, '任务')])).toBe(9);
  });

  it('turns {label} phrase text into inline nodes with text leaves around each placeholder', () => {
    expect(phraseToInlines('{年份}年，全市完成{数字}项')).toEqual([
      { text: '' },
      { type: 'placeholder', label: '年份', children: [{ text: '' }] },
      { text: '年，全市完成' },
      { type: 'placeholder', label: '数字', children: [{ text: '' }] },
      { text: '项' },
    ]);
    expect(phraseToInlines('{甲}{乙}')).toEqual([
      { text: '' },
      { type: 'placeholder', label: '甲', children: [{ text: '' }] },
      { text: '' },
      { type: 'placeholder', label: '乙', children: [{ text: '' }] },
      { text: '' },
    ]);
    expect(phraseToInlines('')).toEqual([{ text: '' }]);
  });
});
