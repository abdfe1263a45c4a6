import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDocument, SectionNode } from '../corpus/types';
import { parseDraftFile, serializeDraft } from './file-format';
import { FILL_LABELS, FROM_PAST_REASONS, draftFromPast, type FromPastResult } from './from-past';
import { inlineText, isPlaceholder, type BlockElement, type Draft, type TextLeaf } from './model';
import { inlinePieces } from './pieces';
import { SMALL_REPORT, realAnnualReports, realDocuments, seedDocuments, smallReport } from './test-helpers';

/**
 * “Stale” means: text that was true of last year's report and may be false of this year's, written in a
 * way a reader cannot tell apart from checked text. Concretely, in a leaf that carries no `check`:
 * - any digit (ASCII or full-width): every year, figure, percentage, date and document number is written with digits;
 * - a blanked year or figure (××);
 * - a year or date in Chinese numerals (二〇二五年, 一月二十七日);
 * - a 届次 (十四届, 第五次会议, 二次教代会), or a percentage in words (百分之五).
 * And, for the years the source report was about: such a year left where it was, not moved on, outside
 * the text quoted from last year's plan (guidance and scaffold headings).
 */
const STALE: [string, RegExp][] = [
  ['digits', /[0-9０-９]/],
  ['blank', /××/],
  ['chinese year', /[〇零○一二三四五六七八九]{4}年/],
  ['chinese date', /[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日/],
  ['届次', /[一二三四五六七八九十百]+届|第[一二三四五六七八九十]+次(?:全体)?会议|[一二三四五六七八九十]+次(?:全会|全委会|执委会|常委会|教代会|职代会|党代会)/],
  ['percentage in words', /百分之/],
];

function leavesOf(block: BlockElement): TextLeaf[] {
  return block.children.flatMap((c) => (isPlaceholder(c) ? c.children : [c]));
}

function unmarkedStale(draft: Draft): string[] {
  const out: string[] = [];
  draft.content.forEach((block, i) => {
    for (const leaf of leavesOf(block)) {
      if (leaf.check) continue;
      for (const [name, re] of STALE) if (re.test(leaf.text)) out.push(`block ${i} (${name}): ${leaf.text}`);
    }
  });
  return out;
}

const QUOTED = new Set<string>([FROM_PAST_REASONS.guidance, FROM_PAST_REASONS.scaffoldHeading]);

function unmovedYears(r: FromPastResult): string[] {
  const from = new Set(r.summary.years.moves.map((m) => String(m.from)));
  const out: string[] = [];
  r.draft.content.forEach((block, i) => {
    if (leavesOf(block).some((l) => l.check && QUOTED.has(l.check))) return;
    const text = inlineText(block.children);
    for (const p of inlinePieces(block.children)) {
      if (p.kind !== 'leaf') continue;
      // A year is four digits before 年 (“2025最具幸福感城市” is a name, not a year).
      const isYear = /^\d{4}$/.test(p.text) && text[p.start + 4] === '年';
      if (isYear && from.has(p.text) && !p.leaf.check?.startsWith('年份：已由')) out.push(`block ${i}: ${p.text} (${p.leaf.check})`);
    }
  });
  return out;
}

/** Last year's task headings (主要任务 and 组织领导 parts), read straight off the engine's analysis. */
function taskHeadings(doc: CorpusDocument): string[] {
  return doc.sections
    .filter((s) => s.role === 'tasks' || s.role === 'organization')
    .flatMap((s) => {
      const subs = s.children.filter((c): c is SectionNode => c.kind === 'section');
      return subs.length ? subs.map((x) => x.heading) : [s.heading];
    });
}

/** The level-2 headings under the scaffold's review heading, up to the next level-1 heading. */
function scaffoldHeadings(r: FromPastResult): string[] {
  const start = r.summary.scaffold!.blockIndex;
  const out: string[] = [];
  for (let i = start + 1; i < r.draft.content.length; i++) {
    const b = r.draft.content[i];
    if (b.type === 'heading' && b.level === 1) break;
    if (b.type === 'heading' && b.level === 2) out.push(inlineText(b.children));
  }
  return out;
}

/** Every mark points at the text it names, and every checked leaf lies inside a mark (so stepping through reaches it). */
function expectMarksCoverChecks(r: FromPastResult) {
  for (const m of r.summary.marks) expect(inlineText(r.draft.content[m.blockIndex].children).slice(m.start, m.end)).toBe(m.text);
  r.draft.content.forEach((block, i) => {
    for (const p of inlinePieces(block.children)) {
      const end = p.start + p.text.length;
      if (p.kind === 'leaf' && p.leaf.check) {
        const covered = r.summary.marks.some((m) => m.blockIndex === i && m.start <= p.start && end <= m.end);
        expect(covered, `block ${i} leaf “${p.text}” has no mark`).toBe(true);
      }
      if (p.kind === 'unfilled') expect(r.summary.marks.some((m) => m.blockIndex === i && m.kind === 'fill' && m.start === p.start && m.end === end)).toBe(true);
    }
  });
}

function expectDraftSound(doc: CorpusDocument, r: FromPastResult) {
  expect(unmarkedStale(r.draft)).toEqual([]);
  expect(unmovedYears(r)).toEqual([]);
  expectMarksCoverChecks(r);
  const reopened = parseDraftFile(serializeDraft(r.draft));
  expect(reopened.ok, reopened.ok ? '' : reopened.error).toBe(true);
  expect(r.draft.meta.fromPast?.tasks).toEqual(taskHeadings(doc));
}

describe('a small report moved on a year', () => {
  const doc = smallReport();
  const r = draftFromPast(doc, { now: new Date('2026-01-05T00:00:00Z') });
  const texts = r.draft.content.map((b) => inlineText(b.children));

  it('finds the report, review and plan years and moves them on by one', () => {
    expect(r.summary.years).toMatchObject({ report: 2025, review: 2024, plan: 2025, target: 2026 });
    expect(r.summary.years.moves).toEqual([
      { from: 2024, to: 2025 },
      { from: 2025, to: 2026 },
    ]);
    expect(r.draft.meta.reportYear).toBe(2026);
    expect(texts[0]).toBe('2026年示范市政府工作报告');
    expect(texts).toContain('2025年工作回顾');
    expect(texts).toContain('2026年主要任务');
    expect(texts[texts.length - 1]).toBe('各位代表，让我们奋发有为，为全面完成2026年目标任务而努力奋斗！');
  });

  it('keeps years that are not the report’s own, and relative words, as written', () => {
    const task = texts.find((t) => t.startsWith('深入实施制造业'))!;
    expect(task).toContain('到2027年，数字经济核心产业增加值占比达到12%');
    expect(texts).toContain('城镇新增就业3万人以上。与去年相比，新增托位500个。');
  });

  it('marks the byline’s date and 届次, each moved year, and every figure', () => {
    const byline = r.draft.content[1];
    expect(inlineText(byline.children)).toBe('——2026年1月20日在示范市第五届人民代表大会第三次会议上');
    const checks = leavesOf(byline).filter((l) => l.check).map((l) => l.text);
    expect(checks).toEqual(expect.arrayContaining(['2026', '1月20日', '第五届', '第三次']));
    const moved = r.summary.marks.filter((m) => m.kind === 'year-moved');
    expect(moved.map((m) => m.text)).toEqual(expect.arrayContaining(['2026', '2025']));
    expect(moved[0].reason).toBe('年份：已由2025年顺延为2026年，请核对');
    expectDraftSound(doc, r);
  });

  it('builds the review from last year’s tasks: targets, then one subsection per task with guidance and 【完成情况】', () => {
    const s = r.summary.scaffold!;
    expect(s.tasks).toEqual(['壮大实体经济，推动高质量发展', '办好民生实事，增进人民福祉', '全面加强政府自身建设']);
    expect(scaffoldHeadings(r)).toEqual(s.tasks);
    expect(s).toMatchObject({ droppedSubsections: 2 });
    const review = texts.slice(s.blockIndex, texts.indexOf('2026年主要任务'));
    expect(review).toEqual([
      '2025年工作回顾',
      '2025年是“十四五”规划攻坚之年。过去一年，全市生产总值增长5.2%，城镇新增就业2.8万人。',
      '去年预期目标：今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业3万人以上。',
      `【${FILL_LABELS.targets}】`,
      '壮大实体经济，推动高质量发展',
      '去年部署：深入实施制造业重点产业链高质量发展行动。新建5G基站2000个。到2027年，数字经济核心产业增加值占比达到12%。',
      '【完成情况】',
      '办好民生实事，增进人民福祉',
      '去年部署：城镇新增就业3万人以上。与去年相比，新增托位500个。',
      '【完成情况】',
      '全面加强政府自身建设',
      '去年部署：坚持依法行政，深化政务公开。',
      '【完成情况】',
      '我们也清醒看到，发展中还存在不少问题和不足：经济回升基础不稳，民生领域还有短板。',
    ]);
  });

  it('quotes last year’s plan unmoved in the guidance (its 2025 is this review’s year), marked as a whole', () => {
    const g = r.draft.content.find((b) => inlineText(b.children).startsWith('去年部署：深入实施'))!;
    expect(leavesOf(g).every((l) => l.check === FROM_PAST_REASONS.guidance)).toBe(true);
    expect(leavesOf(g)[0]).toMatchObject({ text: '去年部署：', bold: true });
  });

  it('marks last year’s review framing and the problems paragraph for rewriting', () => {
    const intro = r.draft.content[texts.indexOf('2025年是“十四五”规划攻坚之年。过去一年，全市生产总值增长5.2%，城镇新增就业2.8万人。')];
    expect(leavesOf(intro).every((l) => !!l.check)).toBe(true);
    expect(leavesOf(intro).find((l) => l.text === '攻坚之年')?.check).toBe('年份定位：请核对本年度在规划期中的位置');
    const problems = r.draft.content[texts.findIndex((t) => t.startsWith('我们也清醒看到'))];
    expect(leavesOf(problems).map((l) => l.check)).toEqual([FROM_PAST_REASONS.rewriteProblems]);
  });

  it('keeps the 总体要求 and the tasks in their wording, specifics marked', () => {
    const i = texts.indexOf('2026年主要任务');
    expect(texts.slice(i, i + 3)).toEqual(['2026年主要任务', '今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业3万人以上。', '壮大实体经济，推动高质量发展']);
    const targets = r.draft.content[i + 1];
    expect(leavesOf(targets).filter((l) => !l.check).map((l) => l.text).join('')).toBe('今年经济社会发展的主要预期目标是：地区生产总值增长左右，城镇新增就业万人以上。');
  });

  it('counts what it carried over, added and marked', () => {
    const c = r.summary.counts;
    expect(c.total).toBe(r.summary.marks.length);
    expect(c.byKind.fill).toBe(4);
    expect(c.byKind.guidance).toBe(4);
    expect(c.byKind['year-moved']).toBe(r.summary.marks.filter((m) => m.kind === 'year-moved').length);
    expect(r.summary.carried.scaffoldBlocks).toBe(2 + 3 * 3);
    expect(r.summary.carried.blocks + r.summary.carried.scaffoldBlocks).toBe(r.draft.content.length);
    expect(r.summary.notes.join('\n')).toContain('回顾部分已按去年“主要任务”的3项搭建');
    expect(r.summary.notes.join('\n')).toContain('2024年→2025年，2025年→2026年');
  });

  it('stores last year’s figures with the words before them', () => {
    expect(r.draft.meta.fromPast).toMatchObject({ sourceId: 'small#1', sourceTitle: '2025年示范市政府工作报告', sourceYear: 2025 });
    expect(r.draft.meta.fromPast!.figures).toEqual(expect.arrayContaining([{ value: '3', before: '城镇新增就业' }, { value: '5%', before: '区生产总值增长'.slice(-6) }]));
    expect(r.draft.meta.fromPast!.figures.some((f) => f.value === '2025')).toBe(false);
  });
});

describe('options and other genres', () => {
  it('moves to a chosen year (two years on)', () => {
    const r = draftFromPast(smallReport(), { targetYear: 2027 });
    expect(r.summary.years.moves).toEqual([
      { from: 2024, to: 2026 },
      { from: 2025, to: 2027 },
    ]);
    expect(inlineText(r.draft.content[0].children)).toBe('2027年示范市政府工作报告');
  });

  it('without a scaffold keeps last year’s review subsections, marked to rewrite', () => {
    const r = draftFromPast(smallReport(), { scaffold: false });
    expect(r.summary.scaffold).toBeNull();
    const texts = r.draft.content.map((b) => inlineText(b.children));
    expect(texts).toContain('产业发展持续壮大');
    const para = r.draft.content[texts.indexOf('新建5G基站1500个，规上工业增加值增长6%。')];
    expect(leavesOf(para).every((l) => l.check)).toBe(true);
    expect(r.draft.meta.fromPast!.tasks).toHaveLength(3);
  });

  it('adds a review part to an annual report that has tasks but no review', () => {
    // The same report with its 一、2024年工作回顾 part cut out and the later parts renumbered.
    const lines = SMALL_REPORT.split('\n');
    const [from, to] = [lines.findIndex((l) => l.startsWith('一、')), lines.findIndex((l) => l.startsWith('二、'))];
    const doc = smallReport([...lines.slice(0, from), ...lines.slice(to).map((l) => l.replace(/^二、/, '一、').replace(/^三、/, '二、'))].join('\n'));
    expect(doc.sections.some((s) => s.role === 'review')).toBe(false);
    const r = draftFromPast(doc);
    const heading = r.draft.content[r.summary.scaffold!.blockIndex];
    expect(heading).toMatchObject({ type: 'heading', level: 1, role: 'review' });
    expect(inlineText(heading.children)).toBe('2025年工作回顾');
    expect(scaffoldHeadings(r)).toEqual(['壮大实体经济，推动高质量发展', '办好民生实事，增进人民福祉', '全面加强政府自身建设']);
  });

  it('uses a plan (实施方案) as a base without inventing a review', async () => {
    const plan = (await seedDocuments()).find((d) => d.genre === 'plan')!;
    const r = draftFromPast(plan, { targetYear: 2027 });
    expect(r.summary.scaffold).toBeNull();
    expect(r.summary.notes.join('')).toContain('原文没有回顾部分');
    expect(r.draft.content.filter((b) => b.type === 'heading').length).toBeGreaterThan(3);
    expect(unmarkedStale(r.draft)).toEqual([]);
  });
});


describe('the seed’s 年度工作报告', () => {
  let doc: CorpusDocument;
  beforeAll(async () => {
    doc = (await seedDocuments()).find((d) => d.genre === 'annual-report')!;
  });

  it('has no unmarked stale specific, and its scaffold lists the task headings in order', () => {
    const r = draftFromPast(doc);
    expectDraftSound(doc, r);
    expect(scaffoldHeadings(r)).toEqual(taskHeadings(doc));
    expect(taskHeadings(doc)).toHaveLength(6);
    expect(r.summary.years.report).toBeNull();
    expect(r.summary.notes.join('')).toContain('未能判断原文所述的年份');
  });

  it('fills the title’s blanked year with the chosen year', () => {
    const r = draftFromPast(doc, { targetYear: 2027 });
    expect(inlineText(r.draft.content[0].children)).toBe('在2027年总工会全委会上的讲话');
    expect(r.draft.content[0].children.find((c) => 'text' in c && c.text === '2027')).toMatchObject({ check: FROM_PAST_REASONS.yearFilled(2027) });
    expect(r.draft.meta.reportYear).toBe(2027);
  });
});

describe('the real 年度工作报告 (../shared/corpus/real)', () => {
  let docs: CorpusDocument[];
  beforeAll(async () => {
    docs = await realAnnualReports();
  });

  it('every one: no unmarked stale year, figure or 届次; marks complete; the file format accepts the draft', () => {
    expect(docs.length).toBeGreaterThanOrEqual(9);
    for (const doc of docs) {
      const r = draftFromPast(doc);
      try {
        expectDraftSound(doc, r);
      } catch (e) {
        throw new Error(`${doc.fileName}: ${(e as Error).message}`);
      }
    }
  });

  it('every one with a task part and a review part (or read as an annual report): the scaffold lists the task headings in order', () => {
    let built = 0;
    for (const doc of docs) {
      const r = draftFromPast(doc);
      const tasks = taskHeadings(doc);
      const expected = doc.sections.some((s) => s.role === 'tasks') && (doc.sections.some((s) => s.role === 'review') || doc.genre === 'annual-report');
      expect(r.summary.scaffold !== null, doc.fileName).toBe(expected);
      if (!expected) continue;
      built++;
      expect(scaffoldHeadings(r), doc.fileName).toEqual(tasks);
      // Asked for explicitly, every report with a task part gets one.
      const forced = draftFromPast(doc, { scaffold: true });
      expect(scaffoldHeadings(forced), doc.fileName).toEqual(tasks);
    }
    expect(built).toBeGreaterThanOrEqual(5);
  });

  it('moves 2026 reports to 2027: the reviewed 2025 becomes 2026, the planned 2026 becomes 2027', () => {
    const moved = docs.filter((d) => /2026/.test(d.fileName));
    expect(moved.length).toBeGreaterThanOrEqual(6);
    for (const doc of moved) {
      const r = draftFromPast(doc);
      expect(r.summary.years, doc.fileName).toMatchObject({ report: 2026, target: 2027 });
      expect(r.summary.years.moves, doc.fileName).toEqual(expect.arrayContaining([{ from: 2026, to: 2027 }]));
    }
    const sh = docs.find((d) => d.fileName.includes('shanghai'))!;
    const texts = draftFromPast(sh).draft.content.map((b) => inlineText(b.children));
    expect(texts).toContain('2026年工作回顾');
    expect(texts).toContain('2027年主要任务');
  });

  it('reads a byline in Chinese numerals (二〇二六年一月二十七日) and moves its year', () => {
    const gs = docs.find((d) => d.fileName.includes('gansu'))!;
    const r = draftFromPast(gs);
    const line = r.draft.content.map((b) => inlineText(b.children)).find((t) => t.includes('一月二十七日'))!;
    expect(line).toContain('二〇二七年一月二十七日');
  });

  it('infers the years of a report with no title year from its headings (2015年工作回顾, 2016年重点工作)', () => {
    const gwy = docs.find((d) => d.fileName.includes('2016'))!;
    const r = draftFromPast(gwy);
    expect(r.summary.years).toMatchObject({ report: 2016, review: 2015, plan: 2016, target: 2017 });
  });
});

describe('every real document and seed document as a base, whatever its genre', () => {
  it('keeps its structure, marks every stale specific, and builds a scaffold only from a task part next to a review (or in an annual report)', async () => {
    const docs = [...(await realDocuments()), ...(await seedDocuments())];
    expect(docs.length).toBeGreaterThanOrEqual(30);
    for (const doc of docs) {
      const r = draftFromPast(doc, { targetYear: 2027 });
      const where = `${doc.id} (${doc.genre})`;
      expect(unmarkedStale(r.draft), where).toEqual([]);
      expect(unmovedYears(r), where).toEqual([]);
      const tasks = taskHeadings(doc);
      const expected = doc.sections.some((s) => s.role === 'tasks') && (doc.sections.some((s) => s.role === 'review') || doc.genre === 'annual-report');
      expect(r.summary.scaffold !== null, where).toBe(expected);
      if (expected) expect(scaffoldHeadings(r), where).toEqual(tasks);
      expect(parseDraftFile(serializeDraft(r.draft)).ok, where).toBe(true);
    }
  });

  it('moves a school year (2024学年) with the year it names', async () => {
    const doc = smallReport(SMALL_REPORT.replace('深化政务公开。', '深化政务公开，做好2025学年招生工作。'));
    const texts = draftFromPast(doc).draft.content.map((b) => inlineText(b.children));
    expect(texts).toContain('坚持依法行政，深化政务公开，做好2026学年招生工作。');
  });
});
