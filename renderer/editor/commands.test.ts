import { describe, expect, it } from 'vitest';
import { Editor, Node, Transforms } from 'slate';
import { type BlockElement, inlineText, numberHeadings } from '#core/draft/model';
import { phraseToInlines } from '#core/draft/inlines';
import { hanCount, outlineOf } from '#core/draft/outline';
import { jumpToPlaceholder, moveSection, setBlockKind, checkMarks, clearCheck } from './commands';
import { offsetsToRange, offsetToPoint, replaceOffsets } from './offsets';
import { insertBlocksAtCursor, insertInlines } from './plugin';
import { editorWith } from './test-editor';

const h = (level: 1 | 2 | 3 | 4, text: string): BlockElement => ({ type: 'heading', level, children: [{ text }] });
const p = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] });

const texts = (e: Editor) => (e.children as BlockElement[]).map((b) => Node.string(b));

describe('sections and numbering', () => {
  const doc = [h(1, '回顾'), p('a'), h(2, '甲'), p('b'), h(2, '乙'), h(1, '问题'), p('c'), h(1, '任务'), p('d')];

  it('moving a section down and up carries its body and subsections, numbering follows, one undo restores', () => {
    const e = editorWith(doc);
    expect(moveSection(e, 0, 9)).toBe(true);
    expect(texts(e)).toEqual(['问题', 'c', '任务', 'd', '回顾', 'a', '甲', 'b', '乙']);
    const markers = numberHeadings(e.children as BlockElement[]);
    expect(outlineOf(e.children as BlockElement[], markers).map((o) => o.marker + o.text)).toEqual(['一、问题', '二、任务', '三、回顾', '（一）甲', '（二）乙']);
    e.undo();
    expect(texts(e)).toEqual(doc.map((b) => Node.string(b)));
    expect(moveSection(e, 7, 0)).toBe(true);
    expect(texts(e)).toEqual(['任务', 'd', '回顾', 'a', '甲', 'b', '乙', '问题', 'c']);
    expect(moveSection(e, 0, 1)).toBe(false);
  });

  it('Ctrl+1..4 sets heading levels and pressing the same level again returns to body text', () => {
    const e = editorWith([p('一段话')]);
    Transforms.select(e, Editor.start(e, [0]));
    setBlockKind(e, 2);
    expect(e.children[0]).toMatchObject({ type: 'heading', level: 2 });
    setBlockKind(e, 2);
    expect(e.children[0]).toEqual({ type: 'paragraph', children: [{ text: '一段话' }] });
  });

  it('a skeleton paragraph made a heading leaves its part behind (the heading’s role comes from its words)', () => {
    const e = editorWith([{ type: 'paragraph', role: 'opening', children: [{ text: '加强组织领导' }] }]);
    Transforms.select(e, Editor.start(e, [0]));
    setBlockKind(e, 1);
    expect(e.children[0]).toEqual({ type: 'heading', level: 1, children: [{ text: '加强组织领导' }] });
  });
});

describe('placeholders', () => {
  it('inserting a phrase keeps placeholders live and Tab visits each unfilled one in turn', () => {
    const e = editorWith([p('开头')]);
    Transforms.select(e, Editor.end(e, [0]));
    insertInlines(e, phraseToInlines('{年份}年，全市完成{数字}项'));
    expect(inlineText((e.children[0] as BlockElement).children)).toBe('开头【年份】年，全市完成【数字】项');
    // The caret is in the first placeholder: typing fills it.
    Editor.insertText(e, '2025');
    expect(jumpToPlaceholder(e)).toBe(true);
    Editor.insertText(e, '12');
    expect(inlineText((e.children[0] as BlockElement).children)).toBe('开头2025年，全市完成12项');
    expect(jumpToPlaceholder(e)).toBe(false);
  });

  it('Backspace in an empty placeholder removes it; Enter inside one splits after it into a paragraph', () => {
    const e = editorWith([{ type: 'heading', level: 1, children: [{ text: '' }, { type: 'placeholder', label: '年份', children: [{ text: '' }] }, { text: '年工作回顾' }] }]);
    jumpToPlaceholder(e);
    Editor.insertText(e, '2025');
    Editor.insertBreak(e);
    expect(e.children.map((b) => (b as BlockElement).type)).toEqual(['heading', 'paragraph']);
    expect(Node.string(e.children[0])).toBe('2025');
    const f = editorWith([{ type: 'paragraph', children: [{ text: 'a' }, { type: 'placeholder', label: '数字', children: [{ text: '' }] }, { text: 'b' }] }]);
    jumpToPlaceholder(f);
    Editor.deleteBackward(f);
    expect(inlineText((f.children[0] as BlockElement).children)).toBe('ab');
  });
});

describe('library sections and check marks', () => {
  it('blocks replace an empty paragraph or go after the current block; marks clear one by one', () => {
    const e = editorWith([h(1, '任务'), p('')]);
    Transforms.select(e, Editor.start(e, [1]));
    insertBlocksAtCursor(e, [h(2, '抓好安全'), { type: 'paragraph', children: [{ text: '2023年', check: '年份' }, { text: '完成' }, { text: '12', check: '数字' }, { text: '项。' }] }]);
    expect(texts(e)).toEqual(['任务', '抓好安全', '2023年完成12项。']);
    expect(checkMarks(e).map(([t]) => t.text)).toEqual(['2023年', '12']);
    clearCheck(e, checkMarks(e)[0][1]);
    expect(checkMarks(e).map(([t]) => t.text)).toEqual(['12']);
    expect(hanCount(e.children as BlockElement[])).toBe(10); // 任务 + 抓好安全 + 年完成项
  });
});

describe('offsets', () => {
  it('maps inlineText offsets (with 【label】 for unfilled placeholders) to Slate points and applies fixes', () => {
    const e = editorWith([{ type: 'paragraph', children: [{ text: '我们' }, { type: 'placeholder', label: '年份', children: [{ text: '' }] }, { text: '年，要做的的事' }] }]);
    // inlineText: 我们【年份】年，要做的的事
    expect(offsetToPoint(e, 0, 1)).toEqual({ path: [0, 0], offset: 1 });
    expect(offsetToPoint(e, 0, 3)).toEqual({ path: [0, 1, 0], offset: 0 });
    expect(offsetToPoint(e, 0, 6)).toEqual({ path: [0, 2], offset: 0 });
    const text = inlineText((e.children[0] as BlockElement).children);
    const at = text.indexOf('的的');
    expect(replaceOffsets(e, 0, at, at + 2, '的')).toBe(true);
    expect(inlineText((e.children[0] as BlockElement).children)).toBe('我们【年份】年，要做的事');
  });

  it('ranges ending at a leaf boundary stay in that leaf; a range over an unfilled placeholder covers it; filled values count as text', () => {
    const e = editorWith([
      { type: 'paragraph', children: [{ text: '甲乙', bold: true }, { text: '丙' }, { type: 'placeholder', label: '数字', children: [{ text: '12' }] }, { text: '项' }] },
    ]);
    // inlineText: 甲乙丙12项
    expect(offsetsToRange(e, 0, 0, 2)).toEqual({ anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 2 } });
    expect(offsetsToRange(e, 0, 3, 5)).toEqual({ anchor: { path: [0, 2, 0], offset: 0 }, focus: { path: [0, 2, 0], offset: 2 } });
    expect(replaceOffsets(e, 0, 3, 5, '十二')).toBe(true);
    expect(inlineText((e.children[0] as BlockElement).children)).toBe('甲乙丙十二项');
    const f = editorWith([{ type: 'paragraph', children: [{ text: '完成' }, { type: 'placeholder', label: '数字', children: [{ text: '' }] }, { text: '项' }] }]);
    // 完成【数字】项: replacing the whole 【数字】 fills the placeholder.
    expect(replaceOffsets(f, 0, 2, 6, '3')).toBe(true);
    expect(inlineText((f.children[0] as BlockElement).children)).toBe('完成3项');
    expect((f.children[0] as BlockElement).children[1]).toEqual({ type: 'placeholder', label: '数字', children: [{ text: '3' }] });
  });
});
