import { describe, expect, it } from 'vitest';
import { phraseToInlines } from './inlines';
import type { BlockElement } from './model';
import { numberHeadings } from './model';
import { closingStart, hanCount, outlineOf, partAt, partChars, roleAt, sectionRange, topHeadingAt, writtenText } from './outline';

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

  it('gives a paragraph a skeleton laid out for a part (问题 at the end of 回顾) that part, while the part around it stays 回顾', () => {
    const withProblems: BlockElement[] = [h(1, '回顾'), p('a'), { type: 'paragraph', role: 'problems', children: [{ text: '' }] }, h(1, '任务'), p('b')];
    expect(roleAt(withProblems, 1)).toBe('review');
    expect(roleAt(withProblems, 2)).toBe('problems');
    expect(partAt(withProblems, 2).role).toBe('review');
  });

  it('outlines the headings with their numbers and roles', () => {
    expect(outlineOf(doc, numberHeadings(doc)).map((o) => `${o.marker}${o.text}:${o.role}`)).toEqual(['一、回顾:review', '（一）甲:other', '（二）乙:other', '二、问题:problems', '三、任务:tasks']);
  });

  it('shows an unfilled placeholder in a heading as the page does (【小标题】), not as an empty heading', () => {
    const ph = (label: string) => ({ type: 'placeholder' as const, label, children: [{ text: '' }] });
    const d: BlockElement[] = [
      { type: 'heading', level: 1, children: [{ text: '' }, ph('小标题'), { text: '' }] },
      { type: 'heading', level: 1, children: [{ text: '' }, ph('年份'), { text: '年工作回顾' }] },
    ];
    expect(outlineOf(d, numberHeadings(d)).map((o) => o.text)).toEqual(['【小标题】', '【年份】年工作回顾']);
  });
});

describe('the parts the guidance card counts (issue 15: 开头 always 0, body under the last subsection taken for 结尾)', () => {
  const title: BlockElement = { type: 'title', children: [{ text: '2027年工会工作报告' }] };
  const salutation: BlockElement = { type: 'salutation', children: [{ text: '各位代表：' }] };
  const chars = (content: BlockElement[], i: number) => partChars(content, partAt(content, i));

  it('the opening is what is written before the first heading, without the title and 称呼', () => {
    const doc = [title, salutation, p('现在，我代表市总工会常委会作工作报告。'), h(1, '工作回顾'), p('一年来成绩显著。')];
    expect(partAt(doc, 2)).toEqual({ role: 'opening', start: 0, end: 3 });
    expect(chars(doc, 2)).toBe(17);
    expect(chars(doc, 0)).toBe(17);
  });

  it('body text under the last subsection belongs to its section, however many paragraphs', () => {
    const doc = [title, p('开头。'), h(1, '主要任务'), p('总的要求是。'), h(2, '加强思想引领'), p('第一段正文。'), p('第二段正文，仍是任务。')];
    expect(closingStart(doc)).toBe(doc.length);
    expect(roleAt(doc, 6)).toBe('tasks');
    expect(partAt(doc, 6)).toEqual({ role: 'tasks', start: 2, end: 7 });
    // Headings count, as the corpus's 常见篇幅 counts them: 主要任务 4 + 总的要求是 5 + 加强思想引领 6 + 5 + 9.
    expect(chars(doc, 6)).toBe(29);
  });

  it('the closing is the 号召 after the last section (or the empty slot a skeleton leaves), counted on its own', () => {
    const body = [title, p('开头。'), h(1, '主要任务'), p('抓好落实。'), h(2, '加强引领'), p('正文。')];
    const doc = [...body, p('同志们，让我们团结一心，奋力谱写新篇章！')];
    expect(closingStart(doc)).toBe(6);
    expect(partAt(doc, 6)).toEqual({ role: 'closing', start: 6, end: 7 });
    expect(chars(doc, 6)).toBe(17);
    // The section ends where the closing starts: its count leaves the closing out.
    expect(partAt(doc, 5)).toEqual({ role: 'tasks', start: 2, end: 6 });
    expect(chars(doc, 5)).toBe(4 + 4 + 4 + 2);
    // A skeleton's draft: heading, the section's empty paragraph, the closing's empty paragraph.
    const fresh = [title, p(''), h(1, '主要任务'), p(''), p('')];
    expect(roleAt(fresh, 3)).toBe('tasks');
    expect(roleAt(fresh, 4)).toBe('closing');
    // The two-part skeleton: 回顾 with its 问题 paragraph, 主要任务 opening with 总体要求, then the 结尾 slot.
    const spine = [title, p(''), h(1, '工作回顾'), p(''), p(''), h(1, '主要任务'), p(''), p(''), p('')];
    expect(closingStart(spine)).toBe(8);
    expect(roleAt(spine, 7)).toBe('tasks');
    // The last section keeps its first paragraph even when it reads like a closing.
    expect(closingStart([title, h(1, '任务'), p('让我们干起来！')])).toBe(3);
    // No headings: everything is the opening.
    expect(roleAt([title, p('甲。'), p('同志们，让我们团结一心！')], 2)).toBe('opening');
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
