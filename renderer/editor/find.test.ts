import { Editor, Node } from 'slate';
import { describe, expect, it } from 'vitest';
import type { BlockElement } from '#core/draft/model';
import { findMatches, hitsByTextNode, replaceAllMatches } from './find';
import { editorWith } from './test-editor';
const texts = (e: Editor) => (e.children as BlockElement[]).map((b) => Node.string(b));

// 全年完成投资[12亿元 marked to check]，同比增长[8% bold]。 and a filled placeholder.
const doc: BlockElement[] = [
  { type: 'paragraph', children: [{ text: '全年完成投资' }, { text: '12亿元', check: '数字' }, { text: '，同比增长' }, { text: '8%', bold: true }, { text: '。' }] },
  { type: 'paragraph', children: [{ text: '召开' }, { type: 'placeholder', label: '届次', children: [{ text: '第三' }] }, { text: '次代表大会，投资12亿元。' }] },
  { type: 'paragraph', children: [{ text: '在' }, { type: 'placeholder', label: '年份', children: [{ text: '' }] }, { text: '年份工作中' }] },
];

describe('find across text-node boundaries', () => {
  it('finds phrases that run across marked, bold and placeholder text, within one block only', () => {
    const e = editorWith(doc);
    expect(findMatches(e, '投资12亿元').map((r) => Editor.string(e, r))).toEqual(['投资12亿元', '投资12亿元']);
    expect(findMatches(e, '增长8%。')).toHaveLength(1);
    expect(findMatches(e, '召开第三次')).toHaveLength(1);
    // An unfilled placeholder's 【label】 is not text: it is not found, and the text either side of it reads as one.
    expect(findMatches(e, '【年份】')).toHaveLength(0);
    expect(findMatches(e, '在年份')).toHaveLength(1);
    // Never across blocks.
    expect(findMatches(e, '。召开')).toHaveLength(0);
    expect(findMatches(e, '')).toEqual([]);
  });

  it('a match starting or ending at a boundary stays inside the right text node', () => {
    const e = editorWith(doc);
    const [r] = findMatches(e, '12亿元');
    expect(r).toEqual({ anchor: { path: [0, 1], offset: 0 }, focus: { path: [0, 1], offset: 4 } });
  });

  it('splits each match into per-text-node highlights, marking the current one', () => {
    const e = editorWith(doc);
    const m = findMatches(e, '投资12亿元');
    const hits = hitsByTextNode(e, m, 1);
    expect(hits.get('0,0')).toEqual([{ start: 4, end: 6, current: false }]);
    expect(hits.get('0,1')).toEqual([{ start: 0, end: 4, current: false }]);
    expect(hits.get('1,2')).toEqual([{ start: 6, end: 12, current: true }]);
  });

  it('replace all works across boundaries and undoes in one step', () => {
    const e = editorWith(doc);
    expect(replaceAllMatches(e, findMatches(e, '投资12亿元'), '投资{数字}亿元')).toBe(2);
    expect(texts(e).slice(0, 2)).toEqual(['全年完成投资{数字}亿元，同比增长8%。', '召开第三次代表大会，投资{数字}亿元。']);
    expect(replaceAllMatches(e, findMatches(e, '增长8%'), '下降')).toBe(1);
    expect(texts(e)[0]).toBe('全年完成投资{数字}亿元，同比下降。');
    e.undo();
    e.undo();
    expect(texts(e)).toEqual(texts(editorWith(doc)));
  });
});
