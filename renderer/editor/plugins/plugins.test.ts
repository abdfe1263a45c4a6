import { describe, expect, it } from 'vitest';
import { Editor, Node, Transforms } from 'slate';
import { hostileFragment, rng } from '#core/draft/fixtures/hostile';
import type { BlockElement } from '#core/draft/model';
import { draftSchema } from '#core/draft/schema';
import { editorWith } from '../test-editor';
import { withGongwen } from '../plugin';
import { createEditor } from 'slate';
import { withHistory } from 'slate-history';
import { PHRASE_MIME, SLATE_FRAGMENT_MIME, type DataSource } from './with-paste';
import { insertBlocksAtCursor } from './insert';
import { plainTextToBlocks } from '../sanitize-html';

const META = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
const schemaErrors = (e: Editor) => {
  const r = draftSchema.safeParse({ meta: META, content: e.children });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const encode = (fragment: unknown) => btoa(encodeURIComponent(JSON.stringify(fragment)));
const data = (types: Record<string, string>): DataSource => ({ getData: (t) => types[t] ?? '' });
const texts = (e: Editor) => (e.children as BlockElement[]).map((b) => Node.string(b));
const h = (level: 1 | 2 | 3 | 4, text: string): BlockElement => ({ type: 'heading', level, role: 'tasks', children: [{ text }] });
const p = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] });

const sample = (): BlockElement[] => [
  { type: 'title', children: [{ text: '关于做好工作的通知' }] },
  h(1, '主要任务'),
  { type: 'paragraph', children: [{ text: '在' }, { type: 'placeholder', label: '年份', children: [{ text: '' }] }, { text: '年完成。' }] },
];

describe('Enter starts the kind the spec names (with-next-paragraph)', () => {
  it('after a heading, at its end or its start, the new block is a plain paragraph the draft schema accepts', () => {
    const e = editorWith([h(2, '标题')]);
    Transforms.select(e, Editor.end(e, [0]));
    Editor.insertBreak(e);
    expect(e.children).toEqual([h(2, '标题'), p('')]);
    const f = editorWith([h(2, '标题')]);
    Transforms.select(f, Editor.start(f, [0]));
    Editor.insertBreak(f);
    expect(f.children).toEqual([p(''), h(2, '标题')]);
    // Before the split into plugins the new paragraph kept `level: 1`, which made every save refuse the draft.
    expect(schemaErrors(e)).toEqual([]);
    expect(schemaErrors(f)).toEqual([]);
  });
  it('after a paragraph, another paragraph; after the title, a paragraph', () => {
    const e = editorWith([{ type: 'title', children: [{ text: '题' }] }, p('段')]);
    Transforms.select(e, Editor.end(e, [1]));
    Editor.insertBreak(e);
    Transforms.select(e, Editor.end(e, [0]));
    Editor.insertBreak(e);
    expect((e.children as BlockElement[]).map((b) => b.type)).toEqual(['title', 'paragraph', 'paragraph', 'paragraph']);
  });
});

describe('the block schema (with-block-schema)', () => {
  it('drops an attribute the kind does not declare and mends a bad one', () => {
    const e = editorWith([p('正文'), h(1, '标题')]);
    Transforms.setNodes(e, { align: 'center' } as never, { at: [0] });
    Transforms.setNodes(e, { level: 9 } as never, { at: [1] });
    expect(e.children).toEqual([p('正文'), { ...h(1, '标题') }]);
    expect(schemaErrors(e)).toEqual([]);
  });
});

describe('paste and drop pass the normaliser (with-paste)', () => {
  it('a foreign Slate fragment (application/x-slate-fragment) with unknown keys and kinds is saveable and keeps its text', () => {
    const said: string[] = [];
    const e = withGongwen(withHistory(createEditor()), undefined, (m) => said.push(m));
    e.children = sample();
    Editor.normalize(e, { force: true });
    Transforms.select(e, Editor.end(e, [2]));
    const fragment = [
      { type: 'paragraph', children: [{ text: '斜体', italic: true }] },
      { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: '一项' }] }] },
      { type: 'heading', level: 2, children: [] },
    ];
    e.insertData!(data({ [SLATE_FRAGMENT_MIME]: encode(fragment), 'text/plain': '斜体\n一项' }) as DataTransfer);
    expect(schemaErrors(e)).toEqual([]);
    expect(texts(e).join('|')).toContain('斜体');
    expect(texts(e).join('|')).toContain('一项');
    expect(said).toEqual(['粘贴的内容中有 1 处本程序不认识的段落格式，已按正文保留其文字']);
  });

  it('several lines pasted over a selection replace it; over everything (Ctrl+A), the whole draft', () => {
    const lines = (d: DataSource) => plainTextToBlocks(d.getData('text/plain'));
    const e = withGongwen(withHistory(createEditor()), lines);
    e.children = sample();
    Editor.normalize(e, { force: true });
    Transforms.select(e, { anchor: Editor.start(e, [1]), focus: Editor.end(e, [2]) });
    e.insertData!(data({ 'text/plain': '甲\n乙' }) as DataTransfer);
    expect(texts(e)).toEqual(['关于做好工作的通知', '甲', '乙']);
    expect(schemaErrors(e)).toEqual([]);

    const all = withGongwen(withHistory(createEditor()), lines);
    all.children = [{ type: 'title', children: [{ text: '' }, { type: 'placeholder', label: '标题', children: [{ text: '' }] }, { text: '' }] }, ...sample().slice(1)];
    Editor.normalize(all, { force: true });
    Transforms.select(all, { anchor: Editor.start(all, []), focus: Editor.end(all, []) });
    all.insertData!(data({ 'text/plain': '关于工作的报告\n正文一段。' }) as DataTransfer);
    expect(texts(all)).toEqual(['关于工作的报告', '正文一段。']);
    expect(schemaErrors(all)).toEqual([]);
  });

  it('a data-slate-fragment attribute in pasted HTML is read the same way', () => {
    const e = editorWith(sample());
    Transforms.select(e, Editor.end(e, [2]));
    const html = `<span data-slate-fragment="${encode([{ type: 'paragraph', children: [{ text: '属性', underline: true }] }])}"></span>`;
    e.insertData!(data({ 'text/html': html }) as DataTransfer);
    expect(schemaErrors(e)).toEqual([]);
    expect(texts(e)[2]).toBe('在年完成。属性');
  });

  it('a fragment that does not decode inserts nothing and throws nothing', () => {
    const e = editorWith(sample());
    Transforms.select(e, Editor.end(e, [2]));
    expect(() => e.insertData!(data({ [SLATE_FRAGMENT_MIME]: '%%%不是base64' }) as DataTransfer)).not.toThrow();
    expect(texts(e)).toEqual(sample().map((b) => Node.string(b)));
  });

  it('a dragged phrase with foreign nodes keeps text and placeholders only', () => {
    const e = editorWith([p('开头')]);
    Transforms.select(e, Editor.end(e, [0]));
    const phrase = [{ text: '于', italic: true }, { type: 'placeholder', label: '年份', children: [{ text: '', color: 'red' }] }, { type: 'link', children: [{ text: '年' }] }];
    e.insertData!(data({ [PHRASE_MIME]: JSON.stringify(phrase) }) as DataTransfer);
    expect(schemaErrors(e)).toEqual([]);
    expect(texts(e)).toEqual(['开头于年']);
  });

  it('property: 100 hostile fragments pasted at random places leave a saveable draft', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const r = rng(seed);
      const e = editorWith(sample());
      const block = Math.floor(r() * e.children.length);
      Transforms.select(e, r() < 0.5 ? Editor.start(e, [block]) : Editor.end(e, [block]));
      const fragment = hostileFragment(r);
      if (r() < 0.5) e.insertData!(data({ [SLATE_FRAGMENT_MIME]: encode(fragment) }) as DataTransfer);
      else e.insertFragment(fragment as Node[]);
      expect(schemaErrors(e), `seed ${seed}`).toEqual([]);
    }
  });
});

describe('a 段落库 section inserted with the caret before the body (insertBlocksAtCursor intoBody)', () => {
  const front = (): BlockElement[] => [
    { type: 'title', children: [{ text: '在全市工作会议上的讲话' }] },
    { type: 'byline', children: [{ text: '张三' }] },
    { type: 'salutation', children: [{ text: '同志们' }] },
    { type: 'paragraph', role: 'opening', children: [{ text: '' }] },
    h(1, '主要任务'),
  ];
  const section = [p('这次会议的主要任务是，总结工作，部署任务。')];
  it('goes to the start of the body, into the empty paragraph there, from the title or the byline', () => {
    for (const at of [0, 1, 2]) {
      const e = editorWith(front());
      Transforms.select(e, Editor.start(e, [at]));
      insertBlocksAtCursor(e, section, { intoBody: true });
      expect(texts(e)).toEqual(['在全市工作会议上的讲话', '张三', '同志们', '这次会议的主要任务是，总结工作，部署任务。', '主要任务']);
    }
  });
  it('after the 称呼 when the body starts with text; a pasted document (not intoBody) still goes where the caret is', () => {
    const e = editorWith([...front().slice(0, 3), p('今天我们召开会议。')]);
    Transforms.select(e, Editor.start(e, [0]));
    insertBlocksAtCursor(e, section, { intoBody: true });
    expect(texts(e)).toEqual(['在全市工作会议上的讲话', '张三', '同志们', '这次会议的主要任务是，总结工作，部署任务。', '今天我们召开会议。']);
    const pasted = editorWith(front());
    Transforms.select(pasted, Editor.start(pasted, [0]));
    insertBlocksAtCursor(pasted, section);
    expect(texts(pasted)[1]).toBe('这次会议的主要任务是，总结工作，部署任务。');
  });
});
