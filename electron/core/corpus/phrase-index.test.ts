import { beforeAll, describe, expect, it } from 'vitest';
import type { Phrase } from './types';
import { PhraseIndex } from './phrase-index';
import { loadDefaultCorpus } from '../../services/corpus-files';
import { extractPhrases } from './phrases';

const P = (id: string, text: string, score: number, category: Phrase['category'] = '任务句式', role: Phrase['role'] = 'tasks'): Phrase => ({
  id,
  text,
  placeholders: [],
  category,
  role,
  sources: [{ docId: 'd', docTitle: 't', sectionPath: [], paragraphIndex: 0, context: text }],
  score,
});

describe('PhraseIndex', () => {
  const phrases = [
    P('a', '深入实施职工经济技术创新工程', 10, '段首句', 'review'),
    P('b', '加快推进产业工人队伍建设改革', 12, '段首句', 'tasks'),
    P('c', '工会干部队伍建设有待进一步加强', 8, '问题表述', 'problems'),
    P('d', '以改革创新为动力', 9, '总体要求句式', 'requirements'),
    P('e', '改革创新持续深化', 7, '回顾句式', 'review'),
    P('f', '{年份}年工会工作回顾', 6, '段首句', 'review'),
  ];
  const index = new PhraseIndex(phrases);

  it('finds Chinese substrings, ranked by reusability, phrases starting with the query first', () => {
    // b (12) and d (9) contain 改革; e (7) starts with it and so comes first.
    expect(index.search('改革').map((p) => p.id)).toEqual(['e', 'b', 'd']);
    expect(index.search('队伍建设').map((p) => p.id)).toEqual(['b', 'c']);
    expect(index.search('建').map((p) => p.id)).toEqual(['b', 'c']);
    expect(index.search('不存在的词').map((p) => p.id)).toEqual([]);
  });

  it('filters by category and role, and limits', () => {
    expect(index.search('改革', { category: '段首句' }).map((p) => p.id)).toEqual(['b']);
    expect(index.search('', { role: 'review' }).map((p) => p.id)).toEqual(['a', 'e', 'f']);
    expect(index.search('', { limit: 2 }).map((p) => p.id)).toEqual(['b', 'a']);
  });

  it('searches placeholders and folds full-width/half-width forms', () => {
    expect(index.search('{年份}').map((p) => p.id)).toEqual(['f']);
    expect(index.search('｛年份｝').map((p) => p.id)).toEqual(['f']);
  });

  it('matches all space-separated terms, and falls back to words in any order', () => {
    expect(index.search('工会 加强').map((p) => p.id)).toEqual(['c']);
    // “创新工程职工” is not a substring; its words 创新/工程/职工 all occur in phrase a.
    expect(index.search('创新工程职工').map((p) => p.id)).toEqual(['a']);
  });

  describe('on the seed library', () => {
    let seedIndex: PhraseIndex;
    beforeAll(async () => {
      seedIndex = new PhraseIndex(extractPhrases(await loadDefaultCorpus()));
    });
    it('finds the 问题 phrases of the report', () => {
      const r = seedIndex.search('有待', { category: '问题表述' });
      expect(r.length).toBeGreaterThanOrEqual(3);
      expect(r.every((p) => p.text.includes('有待') && p.category === '问题表述')).toBe(true);
    });
  });
});
