import { describe, expect, it } from 'vitest';
import type { BlockElement } from '#core/draft/model';
import { FROM_PAST_REASONS } from '#core/draft/from-past-meta';
import { caretQuery, headingInsertIndex, ownText } from './passage-query';

const h = (level: 1 | 2, text: string): BlockElement => ({ type: 'heading', level, children: [{ text }] });
const p = (...children: BlockElement['children']): BlockElement => ({ type: 'paragraph', children });
const ph = (label: string, text = '') => ({ type: 'placeholder' as const, label, children: [{ text }] });

const DRAFT: BlockElement[] = [
  { type: 'title', children: [{ text: '2027年示范市政府工作报告' }] },
  h(1, '2026年工作回顾'),
  h(2, '壮大实体经济，推动高质量发展'),
  p({ text: '去年部署：', bold: true, check: FROM_PAST_REASONS.guidance }, { text: '加快建设现代化产业体系，实施制造业重点产业链高质量发展行动。', check: FROM_PAST_REASONS.guidance }),
  p(ph('完成情况')),
  p(ph('完成情况', '新增规上工业企业')),
  p({ text: '' }),
];

describe('往年怎么写: what the caret asks about', () => {
  it('a heading asks about its own words', () => {
    expect(caretQuery(DRAFT, 2)).toEqual({ text: '壮大实体经济，推动高质量发展', blockIndex: 2, kind: 'heading', level: 2 });
  });

  it("last year's guidance asks about its text, without the 去年部署 prefix", () => {
    expect(caretQuery(DRAFT, 3)).toMatchObject({ text: '加快建设现代化产业体系，实施制造业重点产业链高质量发展行动。', blockIndex: 3, kind: 'paragraph', level: 2 });
  });

  it('an unfilled 【完成情况】 or an empty paragraph asks about the heading above it', () => {
    for (const i of [4, 6]) expect(caretQuery(DRAFT, i)).toEqual({ text: '壮大实体经济，推动高质量发展', blockIndex: 2, kind: 'heading', level: 2 });
  });

  it('what she filled in is her own text', () => {
    expect(ownText(DRAFT[5])).toBe('新增规上工业企业');
    expect(caretQuery(DRAFT, 5)).toMatchObject({ text: '新增规上工业企业', blockIndex: 5, kind: 'paragraph' });
  });

  it('nothing to ask about before any heading, or outside the draft', () => {
    expect(caretQuery([p({ text: '' })], 0)).toBeNull();
    expect(caretQuery([p({ text: '一二' }), h(1, '')], 1)).toBeNull();
    expect(caretQuery(DRAFT, 99)).toBeNull();
  });

  it('a long paragraph is cut to what the ranking needs', () => {
    const long = '推进'.repeat(400);
    expect(caretQuery([p({ text: long })], 0)!.text.length).toBe(400);
  });
});

describe('往年怎么写: where an inserted heading goes', () => {
  const doc: BlockElement[] = [
    { type: 'title', children: [{ text: '报告' }] },
    h(1, '2026年工作回顾'),
    h(2, '壮大实体经济'),
    p({ text: '她写的第一段。' }),
    p({ text: '她写的第二段。' }),
    h(2, '扩大内需'),
    p({ text: '内需。' }),
    h(1, '2027年工作安排'),
    h(2, '科技创新'),
    p({ text: '创新。' }),
    p({ text: '同志们，让我们紧密团结，奋力谱写新篇章！' }),
  ];

  it('at the end of the caret’s section, so her paragraphs stay under their heading', () => {
    expect(headingInsertIndex(doc, 2, 2)).toBe(5);
    expect(headingInsertIndex(doc, 3, 2)).toBe(5);
    expect(headingInsertIndex(doc, 2, 1)).toBe(7);
  });

  it('before the closing, not after it', () => {
    expect(headingInsertIndex(doc, 8, 2)).toBe(10);
    expect(headingInsertIndex(doc, 9, 2)).toBe(10);
  });

  it('never before the caret’s own block', () => {
    expect(headingInsertIndex(doc, 10, 2)).toBe(11);
  });
});
