import { beforeAll, describe, expect, it } from 'vitest';
import { inlineText, isPlaceholder, type TextLeaf } from './model';
import { passageToBlocks, rankPassages, type PastPassage } from './past-passages';
import { sourceYears } from './report-years';
import { passagesOf, realAnnualReports, seedDocuments } from './test-helpers';

const passage = (id: string, text: string, extra: Partial<PastPassage> = {}): PastPassage => ({
  id,
  docId: `doc-${id}`,
  docTitle: '工作报告',
  year: 2025,
  section: '二、2025年主要任务',
  kind: 'paragraph',
  text,
  ...extra,
});

describe('ranking the archive’s passages for the text at the cursor', () => {
  let archive: PastPassage[];
  beforeAll(async () => {
    const docs = [...(await seedDocuments()), ...(await realAnnualReports())];
    archive = docs.flatMap((d) => passagesOf(d, sourceYears(d).report));
  });

  it('puts the passages about the heading’s topic first (民生, across provinces and years)', () => {
    const top = rankPassages('着力保障和改善民生，进一步提升人民生活品质', archive, { limit: 5 });
    expect(top).toHaveLength(5);
    for (const r of top) expect(r.passage.text).toMatch(/民生/);
    expect(new Set(top.map((r) => r.passage.docId)).size).toBeGreaterThanOrEqual(3);
  });

  it('finds the archive’s paragraph on the same work for a paragraph’s 段首句', () => {
    const [first, second] = rankPassages('稳步推进工资集体协商工作。', archive);
    expect(first.passage.text.startsWith('稳步推进工资集体协商工作。')).toBe(true);
    expect(second.passage.text.startsWith('工资集体协商工作扎实推进。')).toBe(true);
  });

  it('ranks every 问题和不足 paragraph of the real reports above anything else for a problems sentence', () => {
    const top = rankPassages('我们也清醒看到，发展中还存在不少问题和不足', archive, { limit: 5 });
    for (const r of top) expect(r.passage.text).toMatch(/清醒(?:地)?(?:看到|认识到)/);
  });

  it('returns the specifics to highlight, as offsets into the passage text', () => {
    const [r] = rankPassages('城镇新增就业', [passage('a', '2025年城镇新增就业18万人，调查失业率5.1%。')]);
    expect(r.specifics.map((s) => [r.passage.text.slice(s.start, s.end), s.kind])).toEqual([
      ['2025', '年份'],
      ['18', '数字'],
      ['5.1%', '百分比'],
    ]);
  });

  it('is deterministic: the same order whatever order the candidates come in, ties to the newer year', () => {
    const a = passage('a', '深入实施就业优先战略。', { year: 2024 });
    const b = passage('b', '深入实施就业优先战略，稳定扩大就业。', { year: 2025 });
    const c = passage('c', '深入实施就业优先战略。', { year: 2026, docId: 'doc-c' });
    const d = passage('d', '大力发展现代农业。', { year: 2026 });
    const order = (xs: PastPassage[]) => rankPassages('实施就业优先战略', xs).map((r) => r.passage.id);
    expect(order([a, b, c, d])).toEqual(order([d, c, b, a]));
    // a and c read the same: shown once, from 2026; d shares nothing and is left out.
    expect(order([a, b, c, d])).toEqual(['c', 'b']);
  });

  it('prefers passages from a section of the cursor’s role, and stops at the limit', () => {
    const review = passage('r', '城乡居民收入稳步增长。', { role: 'review' });
    const tasks = passage('t', '城乡居民收入稳步增长。', { role: 'tasks', docId: 'doc-t2' });
    // Same text: only the first kept; with the role given, the task one.
    expect(rankPassages('居民收入增长', [review, tasks], { role: 'tasks' }).map((r) => r.passage.id)).toEqual(['t']);
    expect(rankPassages('居民收入增长', [review, tasks], { role: 'review' }).map((r) => r.passage.id)).toEqual(['r']);
    expect(rankPassages('民生', archive, { limit: 3 })).toHaveLength(3);
  });

  it('returns nothing for a query without Chinese text or without candidates', () => {
    expect(rankPassages('2025', archive)).toEqual([]);
    expect(rankPassages('加强政府自身建设', [])).toEqual([]);
  });
});

describe('inserting a chosen passage', () => {
  const leaves = (children: ReturnType<typeof passageToBlocks>[number]['children']) => children.filter((c): c is TextLeaf => !isPlaceholder(c));

  it('a heading: at the level asked for, specifics marked to check', () => {
    const [h] = passageToBlocks(passage('h', '2025年工作回顾', { kind: 'heading', level: 1 }), { level: 2 });
    expect(h).toMatchObject({ type: 'heading', level: 2 });
    expect(leaves(h.children)).toEqual([{ text: '2025', check: '年份：请核对是否为本年度' }, { text: '年工作回顾' }]);
  });

  it('a paragraph: one block per line, the 段首句 bold, figures, 届次 and dates marked', () => {
    const blocks = passageToBlocks(
      passage('p', '稳定扩大就业。全年城镇新增就业18万人。\n落实市第十四届人民代表大会第五次会议部署，1月20日前完成。', { lead: '稳定扩大就业。' }),
    );
    expect(blocks.map((b) => inlineText(b.children))).toEqual(['稳定扩大就业。全年城镇新增就业18万人。', '落实市第十四届人民代表大会第五次会议部署，1月20日前完成。']);
    expect(leaves(blocks[0].children)[0]).toEqual({ text: '稳定扩大就业。', bold: true });
    const checked = blocks.flatMap((b) => leaves(b.children).filter((l) => l.check).map((l) => l.text));
    expect(checked).toEqual(['18', '第十四届', '第五次', '1月20日']);
  });
});
