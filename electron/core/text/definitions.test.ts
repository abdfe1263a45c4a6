/**
 * One 公文 idea, one definition. Each block pins what every module that uses the idea computes for the same
 * input, so a module that drifts from the shared definition fails here. Where the modules used to disagree,
 * the comment says what each one said before and which definition was chosen (the first commit of this file
 * pinned the old answers).
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../checks/context';
import { reuseSentences } from '../checks/reuse';
import { placeholdersRule } from '../checks/rules/placeholders';
import { speechTiming } from '../checks/index';
import { draftOf, h, p } from '../checks/test-helpers';
import { countChars as corpusCount, parseChineseNumeral as corpusNumeral, splitSentences } from '../corpus/normalize';
import { patternToInlines } from '../draft/from-skeleton';
import type { InlineNode } from '../draft/model';
import { phraseToInlines } from '../draft/inlines';
import { hanCount, roleOfHeading } from '../draft/outline';
import { plainTextToBlocks } from '../../../renderer/editor/sanitize-html';
import { countHan, countSpokenChars, isSpace } from './chars';
import { headingRoles } from './heading-roles';
import { leadingMarker, MARKER_CHARS, typedHeading } from './markers';
import { parseChineseNumeral } from './numerals';
import { CLAUSE_END, isEdgeCode, sentenceRanges, sentences } from './sentences';

const SENTENCE = '2024年，全市GDP增长6.5%，完成了“十四五”规划目标。';

describe('字数: two counts, each named for its question', () => {
  // Before: 15 in the status bar (Han only), 29 for 讲话时长 and 段落过长 (Han + punctuation + digits, a Latin word
  // as one), 24 in the corpus (Han + letters + digits). Chosen: 汉字数 for what is written — the status bar and,
  // so that 常见篇幅 compares with 已写, the corpus — and 读音字数 for what is read out.
  it('one sentence: 15 汉字, 29 读音字', () => {
    expect(countHan(SENTENCE)).toBe(15);
    expect(countSpokenChars(SENTENCE)).toBe(29);
  });
  it('the status bar, the guidance card and the corpus count 汉字; 讲话时长 counts 读音字', () => {
    expect(hanCount([p(SENTENCE)])).toBe(15);
    expect(corpusCount(SENTENCE)).toBe(15);
    expect(speechTiming(draftOf([p(SENTENCE)]), 220).totalChars).toBe(29);
  });
});

describe('sentences: one splitter, the stops named per question', () => {
  const text = '一是加强学习。二是“提高本领！”三是改进作风；四是……狠抓落实\n五是>总结';
  // Before: the checks and the reuse split at line ends and trimmed; the corpus (a regex) did neither, and
  // only the checks and the reuse kept 》 with its sentence. Chosen: the checks' splitter for all.
  it('full stops (长句, the corpus), clauses (figures, the corpus with semicolons), clauses and ellipses (复用率)', () => {
    expect(sentences(text)).toEqual(['一是加强学习。', '二是“提高本领！”', '三是改进作风；四是……狠抓落实', '五是>总结']);
    expect(sentences(text, CLAUSE_END)).toEqual(['一是加强学习。', '二是“提高本领！”', '三是改进作风；', '四是……狠抓落实', '五是>总结']);
    expect(reuseSentences(text).map((r) => text.slice(r.start, r.end))).toEqual(['一是加强学习。', '二是“提高本领！”', '三是改进作风；', '四是……', '狠抓落实', '五是>总结']);
    expect(splitSentences(text)).toEqual(sentences(text));
    expect(splitSentences(text, true)).toEqual(sentences(text, CLAUSE_END));
  });
  it('keeps closing quotes and brackets, skips spaces and a pasted `>` at the start, and reports offsets', () => {
    expect(sentenceRanges('　> 学习《决定。》然后')).toEqual([
      { start: 3, end: 10, text: '学习《决定。》' },
      { start: 10, end: 12, text: '然后' },
    ]);
  });
  it('trims exactly the characters isSpace knows (and `>`): its table is checked against the regex', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 65536; c++) if (isEdgeCode(c) !== (isSpace(String.fromCharCode(c)) || c === 0x3e)) wrong.push(c);
    expect(wrong).toEqual([]);
    expect(sentenceRanges('\u2003学习。\u3000')).toEqual([{ start: 1, end: 4, text: '学习。' }]);
  });
});

describe('Chinese numerals: one parser', () => {
  // Before: the checks' parser knew 一…九十九 only; the corpus's also 两, 〇/零 and Arabic digits. Chosen: the corpus's.
  it('parses heading numbers and ordinals', () => {
    for (const [s, n] of [['一', 1], ['十', 10], ['十二', 12], ['二十三', 23], ['九十九', 99], ['两', 2], ['〇', 0], ['零', 0], ['12', 12]] as const) {
      expect(parseChineseNumeral(s)).toBe(n);
      expect(corpusNumeral(s)).toBe(n);
    }
    for (const s of ['一二', '十十', '百', '二十三四', '', 'x']) expect(parseChineseNumeral(s)).toBeNaN();
  });
});

describe('heading markers: one table', () => {
  it('reads 一、（一）1.（1） and their common misspellings', () => {
    expect(leadingMarker('一、总体要求')).toMatchObject({ level: 1, num: 1, text: '一、' });
    expect(leadingMarker('一.总体要求')).toMatchObject({ level: 1, num: 1, canonical: '一、' });
    expect(leadingMarker('(二)主要任务')).toMatchObject({ level: 2, num: 2, canonical: '（二）' });
    expect(leadingMarker('3、抓好落实')).toMatchObject({ level: 3, num: 3, canonical: '3.' });
    expect(leadingMarker('（4）其他')).toMatchObject({ level: 4, num: 4 });
    expect(leadingMarker('1.5万元')).toBeNull();
    expect(leadingMarker('一是加强学习')).toBeNull();
    // A range of numbers is not a heading number (as the corpus engine reads it).
    expect(leadingMarker('一、二季度经济运行平稳')).toBeNull();
    expect(leadingMarker('二、三等奖各10名')).toBeNull();
    expect(leadingMarker('一、二〇二六年工作安排')).toMatchObject({ level: 1 });
    // A year right after 一、 is the commonest first heading of a report.
    expect(leadingMarker('一、2026年工作回顾')).toMatchObject({ level: 1, end: 2 });
    expect(leadingMarker('一.5倍')).toBeNull();
  });
  // Before: three tables — this one (the editor and the check), the Word reader's (heading-markers.ts: also 一，
  // and spaces inside brackets) and the corpus engine's (structure.ts: also 一，, no 批/期 ranges, 一.5 a
  // heading). Chosen: this one, reading every spelling any of them read, so a document means the same
  // wherever it is opened.
  it('MARKER_CHARS holds every character of every spelling read (the editor re-lays out a paragraph when one is deleted)', () => {
    for (const l of ['一、总体要求', '一，总体要求', '一.总体要求', '（ 二 ）主要任务', '(二)主要任务', '3 .抓好落实', '3、抓好落实', '( 4 )其他', '十二、结尾', '>　一、开头'])
      for (const ch of l.slice(0, leadingMarker(l)!.end)) expect(MARKER_CHARS.test(ch), `${l}: ${ch}`).toBe(true);
  });
  it('the corpus engine and the Word reader read a typed number as the editor does', async () => {
    const { matchHeading } = await import('../corpus/structure');
    const { importDocx } = await import('../docx/import-docx');
    const { Document, Packer, Paragraph } = await import('docx');
    const lines = ['一，总体要求', '（ 二 ）主要任务', '3 .抓好落实', '( 4 )其他', '二、三批试点', '一.5倍增长'];
    expect(lines.map((l) => leadingMarker(l)?.level ?? null)).toEqual([1, 2, 3, 4, null, null]);
    expect(lines.map((l) => matchHeading(l)?.level ?? null)).toEqual([1, 2, 3, 4, null, null]);
    const doc = new Document({ sections: [{ children: ['标题', ...lines].map((t) => new Paragraph(t)) }] });
    const r = await importDocx(new Uint8Array(await Packer.toBuffer(doc)));
    if (!r.ok) throw new Error(r.error);
    expect(r.draft.content.slice(1).map((b) => (b.type === 'heading' ? b.level : null))).toEqual([1, 2, 3, 4, null, null]);
  });
  it('typedHeading: a marker and a short heading, not a run-in paragraph or a number', () => {
    expect(typedHeading('（一）突出政治引领')).toMatchObject({ level: 2, num: 1, end: 3 });
    expect(typedHeading('1. 加强组织领导。')).toMatchObject({ level: 3, end: 3 });
    expect(typedHeading('（1）“三个一”工程')).toMatchObject({ level: 4 });
    for (const body of ['1.加强领导。各级工会要把这项工作摆上议事日程。', '1.2万名职工参加', '3、4月份开展培训', '一、二季度经济运行平稳', '（一）', `一、${'很'.repeat(61)}`, '1.Word 文档'])
      expect(typedHeading(body), body).toBeNull();
  });
  // Before: pasted text knew only 一、 for level 1, while the numbering check called 一. a misspelt 一、.
  // Chosen: the check's table, so a pasted 一.概述 becomes the heading the check says it is.
  it('pasted text uses the same table', () => {
    expect(plainTextToBlocks('一、概述\n一.概述\n（二）做法\n一是加强学习')).toEqual([
      { type: 'heading', level: 1, children: [{ text: '概述' }] },
      { type: 'heading', level: 1, children: [{ text: '概述' }] },
      { type: 'heading', level: 2, children: [{ text: '做法' }] },
      { type: 'paragraph', children: [{ text: '一是加强学习' }] },
    ]);
  });
});

describe('heading → role: one classifier', () => {
  // Before: 「下一步工作打算」 was tasks for the corpus engine, nothing for the checks, other for the editor (the
  // outline, the guidance card and the phrase filter). Chosen: the engine's classifier (text/heading-roles.ts).
  it('「下一步工作打算」 is tasks everywhere', () => {
    expect(headingRoles('下一步工作打算')).toEqual(['tasks']);
    expect(roleOfHeading(h(1, '下一步工作打算'))).toBe('tasks');
    expect(buildContext(draftOf([h(1, '下一步工作打算'), p('要抓好落实。')]), { maxSentenceChars: 120, maxParagraphChars: 600 }).blocks[1].sectionRole).toBe('tasks');
  });
  it("a 方案's principles, timetable and closing notes, a speech's situation (held-out batch 9)", () => {
    expect(headingRoles('评定工作准则')).toEqual(['requirements']);
    expect(headingRoles('坚持的原则')).toEqual(['requirements']);
    expect(headingRoles('评定工作进程表')).toEqual(['steps']);
    expect(headingRoles('日程安排')).toEqual(['steps']);
    expect(headingRoles('几点说明')).toEqual(['other']);
    // 目前形势 / 当前形势: the situation a speech's tasks are set against, as 认清形势 is.
    expect(headingRoles('目前形势')).toEqual(['requirements']);
    expect(headingRoles('当前形势')).toEqual(['requirements']);
    expect(headingRoles('稳定就业形势')).not.toContain('requirements');
    expect(headingRoles('附则')).toEqual(['other']);
    // 进程 inside a task and a 说明 that is the report's subject keep their roles.
    expect(headingRoles('加快推进城镇化进程')).toEqual([]);
    expect(headingRoles('关于《规划纲要（草案）》的说明')).not.toContain('other');
  });
  it('a role set on the heading wins, except an explicit 其他, which is read from the words', () => {
    expect(roleOfHeading(h(1, '下一步工作打算', 'review'))).toBe('review');
    expect(roleOfHeading(h(1, '下一步工作打算', 'other'))).toBe('tasks');
    expect(roleOfHeading(h(1, '关于几个问题的说明'))).toBe('problems');
    expect(roleOfHeading(h(1, '第三部分'))).toBe('other');
  });
});

describe('{label} placeholders: one syntax, one limit', () => {
  const label = (n: number) => '单'.repeat(n);
  const typed = (text: string) => placeholdersRule.run(buildContext(draftOf([p(text)]), { maxSentenceChars: 120, maxParagraphChars: 600 })).length;
  const placeholderCount = (nodes: InlineNode[]) => nodes.filter((n) => 'type' in n).length;
  // Before: phrases and skeletons took labels of up to 20 characters, the check for typed placeholders only up to
  // 12 (so a typed {十三个字的标签……} went unreported). Chosen: 20 everywhere.
  it('labels up to 20 characters, in phrases, skeletons and the check for typed placeholders', () => {
    expect(placeholderCount(phraseToInlines(`{${label(20)}}`))).toBe(1);
    expect(placeholderCount(phraseToInlines(`{${label(21)}}`))).toBe(0);
    expect(placeholderCount(patternToInlines(`{${label(20)}}`))).toBe(1);
    expect(placeholderCount(patternToInlines(`{${label(21)}}`))).toBe(0);
    expect(typed(`{${label(20)}}`)).toBe(1);
    expect(typed(`{${label(21)}}`)).toBe(0);
    expect(typed(`【${label(20)}】`)).toBe(1);
    expect(typed(`【${label(21)}】`)).toBe(0);
  });
});
