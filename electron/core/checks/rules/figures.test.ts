import { describe, expect, it } from 'vitest';
import { buildContext } from '../context';
import { draftOf, h, p, SETTINGS, seedParagraph, title } from '../test-helpers';
import { figuresRule } from './figures';

const run = (content: Parameters<typeof draftOf>[0], meta: Parameters<typeof draftOf>[1] = {}) =>
  figuresRule.run(buildContext(draftOf(content, meta), SETTINGS));

describe('rates above 100%', () => {
  it('flags the seed’s 办结率达1000%', () => {
    const text = seedParagraph('信访案件办结率达1000%');
    const found = run([p(text)]);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0].start, found[0].end)).toBe('1000%');
    expect(found[0].message).toContain('办结率');
    expect(found[0].severity).toBe('error');
  });
  it('does not flag 100%, growth or over-fulfilment above 100%, or 85%', () => {
    expect(run([p(seedParagraph('建制率均达到了100%'))])).toEqual([]);
    expect(run([p('工会经费收缴同比增长150%，完成年度目标的120%，增长率达130％，覆盖率85%。')])).toEqual([]);
  });
  it('flags full-width ％ and decimals', () => {
    expect(run([p('职工满意度为100.5％。')])).toHaveLength(1);
  });
});

describe('years later than the report year', () => {
  const review = (text: string, meta = {}) => run([title('2024年工会工作报告'), h(1, '2024年工作回顾', 'review'), p(text)], meta);

  it('flags a past achievement dated two years after the report year (year from the title)', () => {
    const found = review('2026年，全市工会取得了显著成效。');
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe('“2026年”晚于报告年份2024年，但此句叙述已发生的事（“取得”），年份可能有误');
    expect(found[0]).toMatchObject({ start: 0, end: 4 });
  });
  it('flags plain statements in a review section, says why', () => {
    const [f] = review('2027年全市新建工会组织300个。');
    expect(f.message).toContain('位于“回顾/成绩”部分');
  });
  it('uses meta.reportYear over the title', () => {
    expect(review('2026年，全市工会取得了显著成效。', { reportYear: 2026 })).toEqual([]);
  });
  it('does not flag the next year, plans, or targets', () => {
    expect(review('2025年，全市工会取得了显著成效。')).toEqual([]);
    expect(review('力争到2030年建成覆盖全市的服务体系，取得新突破。')).toEqual([]);
    expect(run([title('2024年工作报告'), h(1, '主要任务', 'tasks'), p('2027年全市新建工会组织300个。')])).toEqual([]);
  });
  it('does nothing without a known report year (the seed’s titles say 20_年)', () => {
    expect(run([title(seedParagraph('第2篇: 在20_年总工会全委会上的讲话')), h(1, '回顾', 'review'), p('2030年取得成效。')])).toEqual([]);
  });
});
