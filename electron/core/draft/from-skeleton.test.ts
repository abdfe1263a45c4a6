import { describe, expect, it } from 'vitest';
import { draftSchema } from './schema';
import type { Skeleton, SkeletonSection } from '../corpus/types';
import { draftFromSkeleton, partCaption, patternToInlines } from './from-skeleton';
import { inlineText, numberHeadings } from './model';

function section(role: SkeletonSection['role'], label: string, patterns: string[], examples: string[] = [], more: Partial<SkeletonSection> = {}): SkeletonSection {
  return {
    role,
    label,
    frequency: 3,
    headingExamples: examples.map((text) => ({ text, docId: 'seed#1' })),
    headingPatterns: patterns,
    subsections: { median: 3, min: 2, max: 5 },
    chars: { median: 2000, min: 1000, max: 3000 },
    openingExamples: [],
    ...more,
  };
}

// As derived from real annual reports: the problems paragraph closes the review, the 总体要求 paragraph opens the tasks.
const workReport: Skeleton = {
  id: 'annual-report',
  genre: 'annual-report',
  label: '年度工作报告',
  sourceDocs: ['seed#2', 'seed#3'],
  sections: [
    section('opening', '开头/会议任务', [], [], { form: 'unheaded' }),
    section('review', '回顾/成绩', ['{年份}年工会工作回顾', '过去一年的工作'], [], { form: 'heading' }),
    section('problems', '问题/不足', [], ['存在的问题和不足'], { form: 'paragraph', within: 'review', at: 'end' }),
    section('requirements', '总体要求/总体思路', ['20_年工作的总体要求'], [], { form: 'paragraph', within: 'tasks', at: 'start' }),
    section('tasks', '主要任务/重点工作', [''], [], { form: 'heading' }),
    section('other', '其他', ['附件'], [], { form: 'heading', optional: true }),
    section('closing', '结尾/号召', [], [], { form: 'unheaded' }),
  ],
};

describe('draftFromSkeleton', () => {
  const draft = draftFromSkeleton(workReport, new Date('2026-01-02T03:04:05Z'));

  it('opens a new 年度工作报告 with the two parts of a real one: 回顾 ending with the problems paragraph, 主要任务 opening with the 总体要求 paragraph', () => {
    expect(draft.content.map((b) => b.type)).toEqual([
      'title', 'salutation', 'paragraph', // 开头
      'heading', 'paragraph', 'paragraph', // 回顾, its body, the problems paragraph at its end
      'heading', 'paragraph', 'paragraph', // 主要任务, the 总体要求 paragraph at its start, its body
      'paragraph', // 结尾
    ]);
    expect(inlineText(draft.content[0].children)).toBe('【标题】');
    expect(inlineText(draft.content[1].children)).toBe('【称呼】：');
  });

  it('marks each empty paragraph with the part it is for, so the page can say what goes there and the phrase panel offer that part', () => {
    const roles = draft.content.map((b) => (b.type === 'paragraph' ? b.role : b.type === 'heading' ? `h:${b.role}` : b.type));
    expect(roles).toEqual(['title', 'salutation', 'opening', 'h:review', 'review', 'problems', 'h:tasks', 'requirements', 'tasks', 'closing']);
  });

  it('uses the most typical heading pattern, with placeholders as placeholder elements and roles set; optional parts are left out', () => {
    const headings = draft.content.filter((b) => b.type === 'heading');
    expect(headings.map((h) => inlineText(h.children))).toEqual(['【年份】年工会工作回顾', '主要任务']);
    expect(headings.map((h) => (h.type === 'heading' ? h.role : null))).toEqual(['review', 'tasks']);
    expect(numberHeadings(draft.content).filter(Boolean)).toEqual(['一、', '二、']);
  });

  it('still gives a part without a known form (an older skeleton) a heading of its own, and a part without a heading line a paragraph', () => {
    const old = draftFromSkeleton({ ...workReport, sections: workReport.sections.map(({ form, within, at, ...rest }) => rest) });
    expect(old.content.filter((b) => b.type === 'heading')).toHaveLength(4);
    const speech = draftFromSkeleton({ ...workReport, sections: [section('opening', '开头', [], [], { form: 'unheaded' }), section('tasks', '主要任务', [], [], { form: 'unheaded' })] });
    expect(speech.content.map((b) => b.type)).toEqual(['title', 'salutation', 'paragraph', 'paragraph']);
  });

  it('asks for a 称呼 in what is spoken (a work report, a speech) and a 主送机关 in what is issued as a document (方案, 工作要点, 总结)', () => {
    const addressee = (genre: Skeleton['genre']) => {
      const b = draftFromSkeleton({ ...workReport, genre }).content.find((x) => x.type === 'salutation');
      return b && b.children.map((c) => ('label' in c ? `【${c.label}】` : c.text)).join('');
    };
    for (const g of ['annual-report', 'speech', 'debrief'] as const) expect(addressee(g), g).toBe('【称呼】：');
    for (const g of ['plan', 'work-plan', 'summary'] as const) expect(addressee(g), g).toBe('【主送机关】：');
  });

  it('records genre and skeleton, and is a valid draft for the file format', () => {
    expect(draft.meta).toMatchObject({ genre: 'annual-report', skeletonId: 'annual-report', createdAt: '2026-01-02T03:04:05.000Z' });
    expect(draftSchema.safeParse(draft).success).toBe(true);
  });
});

describe('patternToInlines', () => {
  it('keeps a text leaf on both sides of every placeholder (Slate needs them for the caret)', () => {
    const nodes = patternToInlines('{年份}{数字}');
    expect(nodes.map((n) => ('type' in n ? `[${n.label}]` : `"${n.text}"`))).toEqual(['""', '[年份]', '""', '[数字]', '""']);
  });
  it('leaves plain text alone', () => {
    expect(patternToInlines('总体要求')).toEqual([{ text: '总体要求' }]);
  });
});

describe('a part whose headings are each writer\'s own slogan', () => {
  // As derived from three real 述职: the review's headings are slogans of two clauses, none shared.
  const debrief: Skeleton = {
    id: 'debrief',
    genre: 'debrief',
    label: '述职报告',
    sourceDocs: ['a#1', 'b#1', 'c#1'],
    sections: [
      section('opening', '开头/会议任务', [], [], { form: 'unheaded' }),
      section('review', '回顾/成绩', ['铸魂育人，深耕德育与体艺融合发展', '严督实导，筑牢纪检与党风廉政防线'], ['一、铸魂育人，深耕德育与体艺融合发展'], { form: 'heading' }),
      section('problems', '问题/不足', ['不足与问题', '存在问题'], [], { form: 'heading' }),
    ],
  };

  it('gives the draft a heading to write, not another writer\'s slogan; a plain heading (不足与问题) is kept; the picker says the same', () => {
    const d = draftFromSkeleton(debrief);
    const headings = d.content.filter((b) => b.type === 'heading').map((h) => inlineText(h.children));
    expect(headings).toEqual(['【小标题】', '不足与问题']);
    expect(d.content.find((b) => b.type === 'heading')!.children.some((n) => 'type' in n && n.type === 'placeholder' && n.label === '小标题')).toBe(true);
    expect(debrief.sections.map((s) => partCaption(s, debrief))).toEqual([
      { text: '开头段落（不设标题）', heading: false },
      { text: '{小标题}', heading: true },
      { text: '不足与问题', heading: true },
    ]);
  });
});
