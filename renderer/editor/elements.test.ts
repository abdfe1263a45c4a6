/**
 * Editing the 公文 elements and run-in headings on a real Slate editor: a pure transform applied as the few
 * operations that differ (one undo step, untouched blocks kept as the same nodes), and 段首标题 made, joined
 * and separated.
 */
import { describe, expect, it } from 'vitest';
import { Editor, Node, Transforms } from 'slate';
import { setAttachments, setSignature } from '#core/draft/gongwen-commands';
import type { BlockElement } from '#core/draft/model';
import { replaceContent, toggleRunIn, transformContent } from './elements';
import { editorWith } from './test-editor';

const p = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] });
const kinds = (e: Editor) => (e.children as BlockElement[]).map((b) => (b.type === 'heading' ? `h${b.level}${b.runIn ? '+' : ''}:` : `${b.type}:`) + Node.string(b));

describe('replaceContent', () => {
  it('replaces only the blocks that differ, as one undo step, and keeps the others as the same nodes', () => {
    const e = editorWith([{ type: 'title', children: [{ text: '关于做好春耕生产工作的通知' }] }, p('请认真贯彻落实。'), p('特此通知。')]);
    const [title, body] = e.children;
    transformContent(e, (c) => setSignature(c, { signatories: ['某某县农业农村局'], date: '2027年3月1日' }));
    expect(kinds(e)).toEqual(['title:关于做好春耕生产工作的通知', 'paragraph:请认真贯彻落实。', 'paragraph:特此通知。', 'signature:某某县农业农村局', 'date:2027年3月1日']);
    expect(e.children[0]).toBe(title);
    expect(e.children[1]).toBe(body);
    // The caret is at the end of the first block inserted.
    expect(e.selection?.anchor.path[0]).toBe(3);
    transformContent(e, (c) => setAttachments(c, ['春耕生产工作要点']));
    expect(kinds(e).slice(3)).toEqual(['attachment:春耕生产工作要点', 'signature:某某县农业农村局', 'date:2027年3月1日']);
    e.undo();
    expect(kinds(e).slice(3)).toEqual(['signature:某某县农业农村局', 'date:2027年3月1日']);
    e.undo();
    expect(kinds(e)).toHaveLength(3);
    expect(replaceContent(e, e.children as BlockElement[])).toBe(-1);
  });
});

describe('段首标题 (toggleRunIn)', () => {
  it('a typed run-in paragraph becomes a run-in heading of its level, the number taken out; again, heading and paragraph', () => {
    const e = editorWith([p('1.加强组织领导。各单位要成立工作专班。')]);
    Transforms.select(e, Editor.end(e, [0]));
    expect(toggleRunIn(e)).toBe('made');
    expect(kinds(e)).toEqual(['h3+:加强组织领导。各单位要成立工作专班。']);
    expect(toggleRunIn(e)).toBe('separated');
    expect(kinds(e)).toEqual(['h3:加强组织领导。', 'paragraph:各单位要成立工作专班。']);
    Transforms.select(e, Editor.end(e, [0]));
    expect(toggleRunIn(e)).toBe('joined');
    expect(kinds(e)).toEqual(['h3+:加强组织领导。各单位要成立工作专班。']);
  });

  it('without a typed number: level 3; a long first sentence or nothing after it is not a run-in heading', () => {
    const e = editorWith([p('强化督导考核。县委督查室要定期督查。'), p(`${'很'.repeat(40)}。后文。`), p('只有一句。')]);
    Transforms.select(e, Editor.end(e, [0]));
    expect(toggleRunIn(e)).toBe('made');
    Transforms.select(e, Editor.end(e, [1]));
    expect(toggleRunIn(e)).toBeNull();
    Transforms.select(e, Editor.end(e, [2]));
    expect(toggleRunIn(e)).toBeNull();
    expect(kinds(e)[0]).toBe('h3+:强化督导考核。县委督查室要定期督查。');
  });

  it('bold typed on a 段首句 is taken off (the heading part takes the weight of its level)', () => {
    const e = editorWith([{ type: 'paragraph', children: [{ text: '加强领导。', bold: true }, { text: '各级要重视。' }] }]);
    Transforms.select(e, Editor.end(e, [0]));
    toggleRunIn(e);
    expect(e.children[0]).toEqual({ type: 'heading', level: 3, runIn: true, children: [{ text: '加强领导。各级要重视。' }] });
  });
});
