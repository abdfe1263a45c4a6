import { describe, expect, it } from 'vitest';
import type { BlockElement } from './model';
import { joinRunIn, runInHeadingText, separateRunIn, splitRunIn } from './run-in';

describe('run-in headings', () => {
  it('split after the first 。？！, a placeholder staying on its side', () => {
    expect(splitRunIn([{ text: '加强组织领导。各单位要' }, { type: 'placeholder', label: '单位', children: [{ text: '' }] }, { text: '抓好落实。' }])).toEqual([
      [{ text: '加强组织领导。' }],
      [{ text: '各单位要' }, { type: 'placeholder', label: '单位', children: [{ text: '' }] }, { text: '抓好落实。' }],
    ]);
    expect(splitRunIn([{ text: '加强组织领导' }])).toEqual([[{ text: '加强组织领导' }], []]);
  });

  it('join a heading and its paragraph (adding the 。) and separate them again; the outline shows the heading part', () => {
    const content: BlockElement[] = [
      { type: 'heading', level: 3, children: [{ text: '加强组织领导' }] },
      { type: 'paragraph', children: [{ text: '各单位要成立领导小组。' }] },
    ];
    const joined = joinRunIn(content, 0);
    expect(joined).toEqual([{ type: 'heading', level: 3, runIn: true, children: [{ text: '加强组织领导' }, { text: '。' }, { text: '各单位要成立领导小组。' }] }]);
    expect(runInHeadingText(joined[0] as Extract<BlockElement, { type: 'heading' }>)).toBe('加强组织领导。');
    expect(separateRunIn(joined, 0)).toEqual([
      { type: 'heading', level: 3, children: [{ text: '加强组织领导' }, { text: '。' }] },
      { type: 'paragraph', children: [{ text: '各单位要成立领导小组。' }] },
    ]);
    expect(joinRunIn(content, 1)).toBe(content);
  });
});
