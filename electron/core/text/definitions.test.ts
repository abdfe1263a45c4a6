/**
 * One 公文 idea, one definition. Each block pins what every module that uses the idea computes for the same
 * input, so a module that drifts from the shared definition fails here. Where the modules used to disagree,
 * the comment says what each one said before and which definition was chosen.
 */
import { describe, expect, it } from 'vitest';
import { countChars as checksCount } from '../checks/text';
import { parseChineseNumeral as checksNumeral, leadingMarker } from '../checks/markers';
import { reuseSentences } from '../checks/reuse';
import { sentenceRanges } from '../checks/text';
import { guessRole } from '../checks/context';
import { countChars as corpusCount, parseChineseNumeral as corpusNumeral, splitSentences } from '../corpus/normalize';
import { headingRoles } from './heading-roles';
import { countHan, phraseToInlines, roleOfHeading } from '../../../renderer/editor/commands';
import { plainTextToBlocks } from '../../../renderer/editor/sanitize-html';
import { patternToInlines } from '../draft/from-skeleton';
import { placeholdersRule } from '../checks/rules/placeholders';
import { buildContext } from '../checks/context';
import { draftOf, p } from '../checks/test-helpers';

const SENTENCE = '2024年，全市GDP增长6.5%，完成了“十四五”规划目标。';

describe('字数 (today)', () => {
  it('one sentence, three counts', () => {
    expect(countHan([{ type: 'paragraph', children: [{ text: SENTENCE }] }])).toBe(15);
    expect(checksCount(SENTENCE)).toBe(29);
    expect(corpusCount(SENTENCE)).toBe(24);
  });
});

describe('sentences (today)', () => {
  const text = '一是加强学习。二是“提高本领！”三是改进作风；四是……狠抓落实\n五是>总结';
  it('three splitters', () => {
    expect(sentenceRanges(text).map((r) => r.text)).toEqual(['一是加强学习。', '二是“提高本领！”', '三是改进作风；四是……狠抓落实', '五是>总结']);
    expect(reuseSentences(text).map((r) => text.slice(r.start, r.end))).toEqual(['一是加强学习。', '二是“提高本领！”', '三是改进作风；', '四是……', '狠抓落实', '五是>总结']);
    expect(splitSentences(text)).toEqual(['一是加强学习。', '二是“提高本领！”', '三是改进作风；四是……狠抓落实\n五是>总结']);
    expect(splitSentences(text, true)).toEqual(['一是加强学习。', '二是“提高本领！”', '三是改进作风；', '四是……狠抓落实\n五是>总结']);
  });
});

describe('Chinese numerals (today)', () => {
  it('two parsers', () => {
    for (const [s, n] of [['一', 1], ['十', 10], ['十二', 12], ['二十三', 23], ['九十九', 99]] as const) {
      expect(checksNumeral(s)).toBe(n);
      expect(corpusNumeral(s)).toBe(n);
    }
    expect(checksNumeral('两')).toBeNaN();
    expect(corpusNumeral('两')).toBe(2);
    expect(checksNumeral('〇')).toBeNaN();
    expect(corpusNumeral('〇')).toBe(0);
    expect(checksNumeral('12')).toBeNaN();
    expect(corpusNumeral('12')).toBe(12);
  });
});

describe('heading markers (today)', () => {
  it('the checks read 一、（一）1.（1） and their common misspellings', () => {
    expect(leadingMarker('一、总体要求')).toMatchObject({ level: 1, num: 1, text: '一、' });
    expect(leadingMarker('一.总体要求')).toMatchObject({ level: 1, num: 1, canonical: '一、' });
    expect(leadingMarker('(二)主要任务')).toMatchObject({ level: 2, num: 2, canonical: '（二）' });
    expect(leadingMarker('3、抓好落实')).toMatchObject({ level: 3, num: 3, canonical: '3.' });
    expect(leadingMarker('（4）其他')).toMatchObject({ level: 4, num: 4 });
    expect(leadingMarker('1.5万元')).toBeNull();
    expect(leadingMarker('一是加强学习')).toBeNull();
  });
  it('pasted text knows only 一、 for level 1', () => {
    expect(plainTextToBlocks('一、概述\n一.概述')).toEqual([
      { type: 'heading', level: 1, children: [{ text: '概述' }] },
      { type: 'paragraph', children: [{ text: '一.概述' }] },
    ]);
  });
});

describe('heading → role (today)', () => {
  it('three tables disagree', () => {
    expect(headingRoles('下一步工作打算')).toEqual(['tasks']);
    expect(guessRole('下一步工作打算')).toBeUndefined();
    expect(roleOfHeading({ type: 'heading', level: 1, children: [{ text: '下一步工作打算' }] })).toBe('other');
  });
});

describe('{label} placeholders (today)', () => {
  const label = (n: number) => '单'.repeat(n);
  it('four regexes, two limits', () => {
    expect(phraseToInlines(`{${label(20)}}`).filter((n) => 'type' in n)).toHaveLength(1);
    expect(phraseToInlines(`{${label(21)}}`).filter((n) => 'type' in n)).toHaveLength(0);
    expect(patternToInlines(`{${label(20)}}`).filter((n) => 'type' in n)).toHaveLength(1);
    const typed = (text: string) => placeholdersRule.run(buildContext(draftOf([p(text)]), { maxSentenceChars: 120, maxParagraphChars: 600 })).length;
    expect(typed(`{${label(12)}}`)).toBe(1);
    expect(typed(`{${label(13)}}`)).toBe(0);
    expect(typed(`【${label(12)}】`)).toBe(1);
    expect(typed(`【${label(13)}】`)).toBe(0);
  });
});
