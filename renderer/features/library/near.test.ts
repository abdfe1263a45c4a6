/** 段落库's pure parts: what the host ranks by, how an entry is named, where a search found it, the next page. */
import { describe, expect, it } from 'vitest';
import type { ArchiveSection } from '../../../electron/api';
import type { BlockElement } from '#core/draft/model';
import { entryName, matchExcerpt, NEAR_MAX_CHARS, nearText, sectionCount } from './near';
import { appendNew } from './useSections';

const h = (text: string): BlockElement => ({ type: 'heading', level: 1, children: [{ text }] }) as BlockElement;
const p = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] }) as BlockElement;

const section = (o: Partial<ArchiveSection>): ArchiveSection =>
  ({ id: 's1', docId: 'd1', docTitle: '', fileName: '2019年工作报告.docx', year: 2019, genre: 'annual-report', role: 'tasks', heading: '开头', level: 1, blocks: [], charCount: 10, preview: '', firstSentence: '', ...o }) as ArchiveSection;

describe('nearText', () => {
  const content = [p('各位代表：'), h('一、2026年工作回顾'), p('一年来，我们坚持稳中求进。'), p(''), h('二、2027年主要任务'), p('抓好安全生产。')];

  it('is the heading the caret is under and the paragraph it is in', () => {
    expect(nearText(content, 2)).toBe('一、2026年工作回顾\n一年来，我们坚持稳中求进。');
    expect(nearText(content, 5)).toBe('二、2027年主要任务\n抓好安全生产。');
  });
  it('is the heading alone on the heading or an empty paragraph, the paragraph alone before any heading', () => {
    expect(nearText(content, 4)).toBe('二、2027年主要任务');
    expect(nearText(content, 3)).toBe('一、2026年工作回顾');
    expect(nearText(content, 0)).toBe('各位代表：');
  });
  it('is bounded, and empty for an empty draft or a caret past the end', () => {
    expect(nearText([h('标题'), p('长'.repeat(5000))], 1)).toHaveLength(NEAR_MAX_CHARS);
    expect(nearText([], 0)).toBe('');
    expect(nearText(content, 99)).toBe('二、2027年主要任务\n抓好安全生产。');
  });
});

describe('entryName', () => {
  it('names the document (its title, else its file) and the year it is not already showing, then the first sentence', () => {
    expect(entryName(section({ docTitle: '关于安全生产的讲话', firstSentence: '同志们，今天召开这个会议。' }))).toEqual({ source: '关于安全生产的讲话（2019年）', first: '同志们，今天召开这个会议。' });
    expect(entryName(section({ docTitle: '', firstSentence: '一年来……' })).source).toBe('2019年工作报告');
    expect(entryName(section({ docTitle: '报告', year: null })).source).toBe('报告');
  });
  it('falls back to the heading when the section has no sentence', () => {
    expect(entryName(section({ heading: '二、主要任务', firstSentence: ' ' })).first).toBe('二、主要任务');
  });
});

describe('matchExcerpt', () => {
  const s = section({ heading: '二、主要任务', firstSentence: '今年要抓好三件事。', blocks: [h('二、主要任务'), p('今年要抓好三件事。' + '一是'.repeat(30) + '深入开展劳动竞赛活动，' + '二是'.repeat(30))] });

  it('shows the words where the heading and the first sentence do not', () => {
    const x = matchExcerpt(s, '劳动竞赛')!;
    expect(x).toContain('劳动竞赛');
    expect(x.startsWith('…') && x.endsWith('…')).toBe(true);
    expect(x.length).toBeLessThanOrEqual(42);
  });
  it('is nothing without a search, or when the heading or first sentence already shows a word', () => {
    expect(matchExcerpt(s, '')).toBeNull();
    expect(matchExcerpt(s, '主要任务')).toBeNull();
    expect(matchExcerpt(s, '三件事 劳动竞赛')).toBeNull();
    expect(matchExcerpt(s, '不存在')).toBeNull();
  });
});

describe('appendNew', () => {
  it('adds the next page, each entry once (an import meanwhile may shift the pages)', () => {
    const a = section({ id: 'a' });
    const b = section({ id: 'b' });
    const c = section({ id: 'c' });
    expect(appendNew([a, b], [b, c]).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('sectionCount', () => {
  it('says an exact total as it is, and a lower bound (the host stops counting past 1,000) as 1,000 多', () => {
    expect(sectionCount(21, true)).toBe('21');
    expect(sectionCount(1234, true)).toBe('1,234');
    expect(sectionCount(1001, false)).toBe('1,000 多');
  });
});
