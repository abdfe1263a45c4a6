import { describe, expect, it } from 'vitest';
import { buildContext } from '../context';
import { draftOf, h, p, seedParagraph } from '../test-helpers';
import { lengthRule } from './length';

const run = (settings: { maxSentenceChars: number; maxParagraphChars: number }, ...content: Parameters<typeof draftOf>[0]) =>
  lengthRule.run(buildContext(draftOf(content), settings));

describe('length rule', () => {
  it('flags the seed’s long 总体思路 sentence at the default thresholds', () => {
    const text = seedParagraph('20_年工会工作的总体思路是');
    const found = run({ maxSentenceChars: 120, maxParagraphChars: 600 }, p(text));
    const sentence = found.find((f) => f.id.startsWith('length:sentence'))!;
    expect(sentence.start).toBe(0);
    expect(text.slice(sentence.start, sentence.end)).toMatch(/^20_年工会工作的总体思路是.*胜利召开。$/);
    expect(sentence.message).toMatch(/^句子过长：\d+字，超过设定的120字/);
  });
  it('flags a paragraph over the limit and respects thresholds', () => {
    const text = '加强学习，提高本领。'.repeat(70); // 700 字
    expect(run({ maxSentenceChars: 120, maxParagraphChars: 600 }, p(text)).map((f) => f.message)).toEqual(['段落过长：700字，超过设定的600字，可考虑拆分']);
    expect(run({ maxSentenceChars: 120, maxParagraphChars: 800 }, p(text))).toEqual([]);
    expect(run({ maxSentenceChars: 10, maxParagraphChars: 800 }, p('加强学习，提高本领。'))).toEqual([]); // 10 字 incl. punctuation
    expect(run({ maxSentenceChars: 9, maxParagraphChars: 800 }, p('加强学习，提高本领。'))).toHaveLength(1);
  });
  it('ignores headings', () => {
    expect(run({ maxSentenceChars: 2, maxParagraphChars: 2 }, h(1, '工作回顾与展望'))).toEqual([]);
  });
});
