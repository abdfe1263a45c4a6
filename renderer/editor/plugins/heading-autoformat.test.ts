import { describe, expect, it } from 'vitest';
import { Editor, Node, Transforms } from 'slate';
import type { BlockElement } from '#core/draft/model';
import { setBlockKind } from '../commands';
import { editorWith } from '../test-editor';

const p = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] });
const kinds = (e: Editor) => (e.children as BlockElement[]).map((b) => (b.type === 'heading' ? `h${b.level}:` : '') + Node.string(b));

/** Types `text` into an empty paragraph as a user would, then presses Enter. */
function typeLine(text: string): Editor {
  const e = editorWith([p('')]);
  Transforms.select(e, Editor.start(e, [0]));
  for (const ch of text) Editor.insertText(e, ch);
  Editor.insertBreak(e);
  return e;
}

describe('a heading typed by hand becomes a heading on Enter (with-heading-autoformat)', () => {
  it('（一） 一、 1. （1） make that level, the typed number taken out; the new line is 正文', () => {
    expect(kinds(typeLine('（一）突出政治引领'))).toEqual(['h2:突出政治引领', '']);
    expect(kinds(typeLine('一、总体要求'))).toEqual(['h1:总体要求', '']);
    expect(kinds(typeLine('1. 加强组织领导'))).toEqual(['h3:加强组织领导', '']);
    expect(kinds(typeLine('(1)明确责任分工'))).toEqual(['h4:明确责任分工', '']);
    expect((typeLine('（一）突出政治引领').children[1] as BlockElement).type).toBe('paragraph');
  });

  it('numbers, ranges and ordinary text stay paragraphs', () => {
    for (const line of ['1.2万名职工参加培训', '一、二季度经济运行总体平稳', '3、4月份开展培训', '一是加强学习', '全年完成目标', '1.2万名职工参加培训。全年完成目标。'])
      expect(kinds(typeLine(line)), line).toEqual([line, '']);
  });

  it('a run-in line becomes a run-in heading of its level: one block, the number taken out; undo gives the typed line back', () => {
    const e = typeLine('1.加强领导。各级工会要把这项工作摆上议事日程。');
    expect(e.children[0]).toEqual({ type: 'heading', level: 3, runIn: true, children: [{ text: '加强领导。各级工会要把这项工作摆上议事日程。' }] });
    expect((e.children[1] as BlockElement).type).toBe('paragraph');
    e.undo();
    expect(kinds(e)).toEqual(['1.加强领导。各级工会要把这项工作摆上议事日程。', '']);
    expect(kinds(typeLine('（二）压实工作责任。各部门要明确分工。'))).toEqual(['h2:压实工作责任。各部门要明确分工。', '']);
  });

  it('undo reverts the autoformat alone: the typed number is back as text, the new line stays', () => {
    const e = typeLine('（一）突出政治引领');
    e.undo();
    expect(kinds(e)).toEqual(['（一）突出政治引领', '']);
    e.redo();
    expect(kinds(e)).toEqual(['h2:突出政治引领', '']);
  });

  it('Enter in the middle of a typed heading line formats the part before the caret', () => {
    const e = editorWith([p('（二）抓好安全生产全年无事故')]);
    Transforms.select(e, { path: [0, 0], offset: '（二）抓好安全生产'.length });
    Editor.insertBreak(e);
    expect(kinds(e)).toEqual(['h2:抓好安全生产', '全年无事故']);
  });

  it('bold typed in it does not stay on the heading', () => {
    const e = editorWith([{ type: 'paragraph', children: [{ text: '（一）突出政治引领', bold: true }] }]);
    Transforms.select(e, Editor.end(e, [0]));
    Editor.insertBreak(e);
    expect(e.children[0]).toEqual({ type: 'heading', level: 2, children: [{ text: '突出政治引领' }] });
  });
});

describe('choosing a level strips a typed number (setBlockKind)', () => {
  it('（一）突出政治引领 → 二级标题 is 突出政治引领, not （一）（一）; one undo step restores it', () => {
    const e = editorWith([p('（一）突出政治引领')]);
    Transforms.select(e, Editor.start(e, [0]));
    setBlockKind(e, 2);
    expect(kinds(e)).toEqual(['h2:突出政治引领']);
    e.undo();
    expect(kinds(e)).toEqual(['（一）突出政治引领']);
  });

  it('any level takes the typed number out; 1.2万 is not a number to take', () => {
    const e = editorWith([p('1. 加强组织领导'), p('1.2万名职工参加')]);
    Transforms.select(e, { anchor: Editor.start(e, [0]), focus: Editor.end(e, [1]) });
    setBlockKind(e, 1);
    expect(kinds(e)).toEqual(['h1:加强组织领导', 'h1:1.2万名职工参加']);
  });
});
