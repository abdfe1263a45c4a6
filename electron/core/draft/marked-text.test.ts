import { describe, expect, it } from 'vitest';
import { markText } from './marked-text';

describe('text → marked leaves', () => {
  it('replaces a span’s text, marks it, and reports where it now is', () => {
    const m = markText('2025年是攻坚之年。', [{ start: 0, end: 4, kind: 'year-moved', reason: '年份：已顺延', replacement: '2026' }]);
    expect(m.text).toBe('2026年是攻坚之年。');
    expect(m.leaves).toEqual([{ text: '2026', check: '年份：已顺延' }, { text: '年是攻坚之年。' }]);
    expect(m.marks).toEqual([{ start: 0, end: 4, kind: 'year-moved', reason: '年份：已顺延', text: '2026' }]);
  });
  it('keeps the 段首句 bold across a replaced span and gives unspanned text the base reason', () => {
    const m = markText('2025年工作。其余。', [{ start: 0, end: 4, kind: 'year-moved', reason: 'Y', replacement: '二〇二六' }], {
      boldChars: 8,
      base: { kind: 'rewrite', reason: 'R' },
    });
    expect(m.leaves).toEqual([
      { text: '二〇二六', bold: true, check: 'Y' },
      { text: '年工作。', bold: true, check: 'R' },
      { text: '其余。', check: 'R' },
    ]);
    expect(m.marks.map((x) => [x.kind, x.start, x.end])).toEqual([
      ['rewrite', 0, 11],
      ['year-moved', 0, 4],
    ]);
  });
  it('joins adjacent spans with one reason into one leaf and one mark (湖北省武汉市)', () => {
    const span = (start: number, end: number) => ({ start, end, kind: 'specific' as const, specific: '地名' as const, reason: '地名：请改为本地' });
    const m = markText('湖北省武汉市青山区', [span(0, 3), span(3, 6), span(6, 9)]);
    expect(m.leaves).toEqual([{ text: '湖北省武汉市青山区', check: '地名：请改为本地' }]);
    expect(m.marks).toHaveLength(1);
    expect(m.marks[0]).toMatchObject({ start: 0, end: 9, specific: '地名' });
  });
  it('gives an empty text one empty leaf', () => {
    expect(markText('', []).leaves).toEqual([{ text: '' }]);
  });
});
