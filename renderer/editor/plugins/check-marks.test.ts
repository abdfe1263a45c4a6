import { describe, expect, it } from 'vitest';
import { Editor, Node, type Path, Text, Transforms } from 'slate';
import type { BlockElement, TextLeaf } from '#core/draft/model';
import { checkMarks, clearChecksInSection, clearChecksInSelection, sectionAround } from '../commands';
import { findMatches, replaceAllMatches } from '../find';
import { applyFix } from '../offsets';
import { editorWith } from '../test-editor';

const YEAR = '年份（原文已隐去）：请填写实际年份';
const para = (...children: TextLeaf[]): BlockElement => ({ type: 'paragraph', children });
const h1 = (text: string): BlockElement => ({ type: 'heading', level: 1, children: [{ text }] });
/** 在20××年，首府职工… with 20×× and 首府 marked. */
const doc = (): BlockElement[] => [
  para({ text: '在' }, { text: '20××', check: YEAR }, { text: '年，' }, { text: '首府', check: '地名：请核对' }, { text: '职工增收。' }),
];
const marked = (e: Editor) => checkMarks(e).map(([t]) => t.text);
const text = (e: Editor, i = 0) => Node.string(e.children[i]);
const leafAt = (e: Editor, s: string): Path => {
  for (const [t, p] of Node.texts(e)) if (t.text.includes(s)) return p;
  throw new Error(s);
};

describe('editing inside a “to check” run clears its mark (with-check-marks)', () => {
  it('typing over the marked 20×× (select it, type 2027) clears that mark only; undo brings the mark back', () => {
    const e = editorWith(doc());
    Transforms.select(e, Editor.range(e, leafAt(e, '20××')));
    Editor.insertText(e, '2027');
    expect(text(e)).toBe('在2027年，首府职工增收。');
    expect(marked(e)).toEqual(['首府']);
    e.undo();
    expect(text(e)).toBe('在20××年，首府职工增收。');
    expect(marked(e)).toEqual(['20××', '首府']);
  });

  it('deleting inside it (Backspace from its end) clears it; typing in its middle clears it', () => {
    const e = editorWith(doc());
    const p = leafAt(e, '20××');
    Transforms.select(e, { path: p, offset: 4 });
    Editor.deleteBackward(e, { unit: 'character' });
    expect(marked(e)).toEqual(['首府']);
    const f = editorWith(doc());
    Transforms.select(f, { path: leafAt(f, '首府'), offset: 1 });
    Editor.insertText(f, '—');
    expect(marked(f)).toEqual(['20××']);
  });

  it('查找替换 replacing 首府 with 全市 clears its mark', () => {
    const e = editorWith(doc());
    expect(replaceAllMatches(e, findMatches(e, '首府'), '全市')).toBe(1);
    expect(text(e)).toBe('在20××年，全市职工增收。');
    expect(marked(e)).toEqual(['20××']);
  });

  it('a review fix inside a marked run clears it', () => {
    const e = editorWith([para({ text: '全年' }, { text: '完成目标,超额', check: '数字：请核对' }, { text: '完成。' })]);
    const fix = { id: 'x', rule: 'punctuation', severity: 'warning' as const, message: '', blockIndex: 0, start: 6, end: 7, fix: { replacement: '，', label: '', original: ',' } };
    expect(applyFix(e, fix)).toBe(true);
    expect(marked(e)).toEqual([]);
  });

  it('typing at the edge of a marked run, or elsewhere, keeps the mark; so does a passage-long 待改写 mark', () => {
    const e = editorWith(doc());
    Transforms.select(e, Editor.end(e, [0]));
    Editor.insertText(e, '好');
    Transforms.select(e, { path: leafAt(e, '20××'), offset: 4 });
    Editor.insertText(e, '年度');
    expect(marked(e)).toEqual(['20××年度', '首府']);
    const long = '过去一年，全市各级工会围绕中心、服务大局，团结动员广大职工建功立业，各项工作取得新的进展。';
    expect(long.length).toBeGreaterThan(40);
    const g = editorWith([para({ text: long, check: '请按今年实际改写' })]);
    Transforms.select(g, { path: [0, 0], offset: 3 });
    Editor.insertText(g, '来');
    expect(checkMarks(g)).toHaveLength(1);
  });
});

describe('全部核对无误 (commands.ts)', () => {
  const sections = (): BlockElement[] => [
    para({ text: '开头' }, { text: '2026', check: YEAR }),
    h1('回顾'),
    para({ text: '完成' }, { text: '970项', check: '数字' }, { text: '，增长' }, { text: '5%', check: '数字' }),
    { type: 'heading', level: 2, children: [{ text: '小节' }, { text: '2025', check: YEAR }] },
    h1('任务'),
    para({ text: '到' }, { text: '2027', check: YEAR }),
  ];

  it('for the section the cursor is in: its body and subsections, nothing else; one undo step', () => {
    const e = editorWith(sections());
    expect(sectionAround(e.children as BlockElement[], 2)).toEqual([1, 4]);
    expect(sectionAround(e.children as BlockElement[], 0)).toEqual([0, 1]);
    Transforms.select(e, Editor.start(e, [2]));
    expect(clearChecksInSection(e)).toBe(3);
    expect(marked(e)).toEqual(['2026', '2027']);
    e.undo();
    expect(marked(e)).toEqual(['2026', '970项', '5%', '2025', '2027']);
  });

  it('for a selection: every marked run it covers or touches', () => {
    const e = editorWith(sections());
    // From inside 970项 to the middle of 小节.
    Transforms.select(e, { anchor: { path: [2, 1], offset: 1 }, focus: { path: [3, 0], offset: 1 } });
    expect(clearChecksInSelection(e)).toBe(2);
    expect(marked(e)).toEqual(['2026', '2025', '2027']);
    expect(Array.from(Node.texts(e)).every(([t]) => Text.isText(t))).toBe(true);
  });
});
