import { describe, expect, it } from 'vitest';
import { byTypicality } from './skeletons';

describe('heading patterns, the most typical first', () => {
  // Each pattern from its own document unless said otherwise.
  const own = (docs: Record<string, string[]> = {}) => (p: string) => new Set(docs[p] ?? [p]);

  it('puts first the one most like the other documents’ headings, placeholders aside', () => {
    const patterns = ['一鼓作气勇争先，全力推动“{规划期}”开好局', '{年份}年重点工作', '{年份}年重点工作任务', '{年份}年的重点工作'];
    expect(byTypicality(patterns, own())[0]).toBe('{年份}年重点工作');
    expect(byTypicality(patterns, own())).toHaveLength(4);
  });

  it('one document’s parallel headings do not make each other typical', () => {
    const patterns = ['牢牢把握改革创新这一强大动力', '牢牢把握维权服务这一基本职责', '牢牢把握服务大局这一工作主线', '{年份}年教育的工作重点', '今后一个时期的工作重点'];
    const docs = { 牢牢把握改革创新这一强大动力: ['seed'], 牢牢把握维权服务这一基本职责: ['seed'], 牢牢把握服务大局这一工作主线: ['seed'] };
    expect(byTypicality(patterns, own(docs))[0]).toBe('{年份}年教育的工作重点');
  });

  it('keeps the order of two patterns, and of ties', () => {
    expect(byTypicality(['乙', '甲'], own())).toEqual(['乙', '甲']);
    expect(byTypicality(['工作回顾', '工作回顾与总结', '回顾工作'], own())[0]).toBe('工作回顾');
    expect(byTypicality(['甲乙', '丙丁', '戊己'], own())).toEqual(['甲乙', '丙丁', '戊己']);
  });
});
