/**
 * 以往年材料为底稿: a new draft from a past document (last year's report). The draft keeps the source's
 * structure and wording, and:
 * - the years the report is about move on (report-years.ts), each moved year marked to confirm;
 * - every other specific (figure, percentage, date, 届次, 规划期, place, unit, name; reuse-specifics.ts) is
 *   marked to check, as in the section library;
 * - the review part becomes a scaffold built from last year's task part: one subsection per task heading,
 *   in order, each with last year's deployment as guidance (marked, to delete) and a 【完成情况】 to fill;
 *   the review's own subsections (last year's achievements) are left out, its framing paragraphs kept
 *   and marked to rewrite;
 * - paragraphs about problems (问题和不足) are marked to rewrite; the 总体要求 and the tasks keep their
 *   wording with their specifics marked.
 * The summary says what was carried over, moved on and marked, with every mark's place so the UI can step
 * through them. The draft meta keeps last year's task headings and figures for the 与去年对照 check.
 * Pure: no Node, Electron or DOM imports.
 */
import type { CorpusDocument, DocNode, ParagraphNode, SectionNode } from '../corpus/types';
import { normalizeText } from '../corpus/normalize';
import { shownLabel } from '../text/placeholders';
import { CLAUSE_END, sentences } from '../text/sentences';
import type { SpecificKind } from '../corpus/specifics';
import { MARK_KINDS, markText, type BlockMark, type Mark, type MarkKind, type MarkOptions, type TextSpan } from './marked-text';
import { figureKey, figuresIn } from './past-figures';
import { specificTextSpans } from './reuse-specifics';
import { formatYearLike, parseYear, sourceYears, yearMoves, type SourceYears } from './report-years';
import { FROM_PAST_REASONS, MAX_PAST_FIGURES, MAX_PAST_TASKS, type FromPastMeta, type PastFigure } from './from-past-meta';

export { FROM_PAST_REASONS };
import type { BlockElement, Draft, Genre, HeadingLevel, InlineNode, Role } from './model';


/** Labels of the placeholders the scaffold adds. */
export const FILL_LABELS = { task: '完成情况', targets: '主要指标完成情况' } as const;

export interface FromPastOptions {
  /** The year of the new report; default: the source's report year + 1 (none when that is unknown). */
  targetYear?: number;
  /**
   * Build the review scaffold from the task part: `true` whenever there is a task part (a review part is
   * added if the source has none), `false` never; default: when the source has a review part, or is an
   * annual report (which always reviews its year).
   */
  scaffold?: boolean;
  now?: Date;
}

export interface FromPastSummary {
  source: { id: string; title: string; genre: Genre };
  years: SourceYears & { target: number | null; moves: { from: number; to: number }[] };
  /** Blocks taken from the source text, blocks the scaffold added. */
  carried: { blocks: number; scaffoldBlocks: number };
  /** The review scaffold, when one was built. */
  scaffold: {
    /** Block index of the review heading the scaffold sits under. */
    blockIndex: number;
    tasks: string[];
    /** The review's own subsections (last year's achievements) left out, and their size. */
    droppedSubsections: number;
    droppedChars: number;
  } | null;
  counts: { total: number; byKind: Record<MarkKind, number>; bySpecific: Partial<Record<SpecificKind, number>> };
  /** Every mark in document order (block, then offset), for stepping through. */
  marks: Mark[];
  /** What happened, in Chinese sentences, for the summary dialog. */
  notes: string[];
}

export interface FromPastResult {
  draft: Draft;
  summary: FromPastSummary;
}

const TARGETS_PARAGRAPH = /预期目标|主要目标是|主要目标为|主要目标：/;
const HAS_FIGURE = /[0-9０-９]|百分之/;
const GUIDANCE_PREFIX = '去年部署：';
const TARGETS_PREFIX = '去年预期目标：';
const GUIDANCE_MAX_CHARS = 300;

function walk(nodes: DocNode[], f: (n: DocNode) => void): void {
  for (const n of nodes) {
    f(n);
    if (n.kind === 'section') walk(n.children, f);
  }
}

/** Top-level parts whose commitments a review reports on: the tasks, and the 政府自身建设 / 组织领导 part. */
export const COMMITMENT_ROLES: readonly Role[] = ['tasks', 'organization'];

/**
 * The task items last year's report set, in order: each subsection of a 主要任务 or 组织领导/保障措施 part
 * (政府自身建设 is reviewed like any task), or the part itself when it has none.
 */
export function pastTasks(doc: CorpusDocument): SectionNode[] {
  const out: SectionNode[] = [];
  for (const sec of doc.sections) {
    if (!sec.role || !COMMITMENT_ROLES.includes(sec.role)) continue;
    const subs = sec.children.filter((c): c is SectionNode => c.kind === 'section');
    out.push(...(subs.length ? subs : [sec]));
  }
  return out;
}

/** Last year's deployment under a task heading, short: each paragraph's 段首句 or first sentence, plus every sentence with a figure (the targets to report on). */
function guidanceDigest(task: SectionNode): string {
  const parts: string[] = [];
  const add = (text: string) => {
    sentences(text, CLAUSE_END).forEach((s, i) => {
      if ((i === 0 || HAS_FIGURE.test(s)) && !parts.includes(s)) parts.push(s);
    });
  };
  if (task.runIn) add(task.runIn);
  walk(task.children, (n) => {
    if (n.kind === 'section') add(n.heading + (n.runIn ? '：' + n.runIn : ''));
    else add(n.lead ? n.lead + n.normalized.slice(n.lead.length) : n.normalized);
  });
  let out = '';
  for (const s of parts) {
    if (out.length + s.length > GUIDANCE_MAX_CHARS) return out ? out + '……' : s.slice(0, GUIDANCE_MAX_CHARS) + '……';
    out += s;
  }
  return out;
}

/** The paragraph stating last year's main targets (主要预期目标是：地区生产总值增长5%左右…), if any. */
function targetsParagraph(doc: CorpusDocument): ParagraphNode | null {
  for (const role of ['tasks', 'requirements'] as Role[]) {
    for (const sec of doc.sections) {
      if (sec.role !== role && !sec.alsoRoles?.includes(role)) continue;
      let found: ParagraphNode | null = null;
      walk(sec.children, (n) => {
        if (!found && n.kind === 'paragraph' && TARGETS_PARAGRAPH.test(n.normalized) && HAS_FIGURE.test(n.normalized)) found = n;
      });
      if (found) return found;
    }
  }
  return null;
}

/** Figures of the source with the words before them, once each. */
function pastFigures(doc: CorpusDocument): PastFigure[] {
  const texts: string[] = doc.opening.map((p) => p.normalized);
  walk(doc.sections, (n) => {
    if (n.kind === 'section') texts.push(n.heading, ...(n.runIn ? [n.runIn] : []));
    else texts.push(n.normalized);
  });
  texts.push(...doc.closing.map((p) => p.normalized));
  const seen = new Set<string>();
  const out: PastFigure[] = [];
  for (const t of texts) {
    for (const { value, before } of figuresIn(t)) {
      const key = figureKey({ value, before });
      if (key === null || seen.has(key)) continue;
      seen.add(key);
      out.push({ value, before });
      if (out.length >= MAX_PAST_FIGURES) return out;
    }
  }
  return out;
}

class Builder {
  readonly content: BlockElement[] = [];
  readonly marks: Mark[] = [];

  constructor(
    private readonly moves: Map<number, number>,
    private readonly reportYear: number | null,
  ) {}

  /**
   * Specifics of `text` as spans: years the report is about move on (unless `keepYears`), a blanked year
   * becomes `fillYear` when one is given, everything else is marked to check.
   */
  spans(text: string, keepYears = false, fillYear: number | null = null): TextSpan[] {
    return specificTextSpans(text).map((span): TextSpan => {
      const written = text.slice(span.start, span.end);
      // 2024学年 is the school year 2024 (the engine reads only 2024年 as a year).
      if (span.specific === '数字' && /^\d{4}$/.test(written) && text.startsWith('学年', span.end)) span.specific = '年份';
      if (span.specific !== '年份') return span;
      if (/^(?:19|20)××$/.test(written) && fillYear !== null) {
        return { ...span, kind: 'year-moved', reason: FROM_PAST_REASONS.yearFilled(fillYear), replacement: String(fillYear) };
      }
      if (written.includes('×')) return span;
      const year = parseYear(written);
      const to = year === null || keepYears ? undefined : this.moves.get(year);
      if (to !== undefined) {
        const moved = formatYearLike(to, written);
        return { ...span, kind: 'year-moved', reason: FROM_PAST_REASONS.yearMoved(written, moved), replacement: moved };
      }
      if (this.moves.size && this.reportYear !== null) span.reason = FROM_PAST_REASONS.yearKept(this.reportYear);
      return span;
    });
  }

  push(block: BlockElement, marks: BlockMark[]): number {
    const blockIndex = this.content.length;
    this.content.push(block);
    for (const m of marks) this.marks.push({ blockIndex, ...m });
    return blockIndex;
  }

  text(type: 'title' | 'salutation' | 'paragraph', text: string, opts: MarkOptions & { keepYears?: boolean; fillYear?: number | null } = {}): number {
    const m = markText(text, this.spans(text, opts.keepYears, opts.fillYear), opts);
    return this.push({ type, children: m.leaves }, m.marks);
  }

  heading(level: number, text: string, role?: Role, opts: MarkOptions & { keepYears?: boolean } = {}): number {
    const m = markText(text, this.spans(text, opts.keepYears), opts);
    const block: BlockElement = { type: 'heading', level: Math.min(4, Math.max(1, level)) as HeadingLevel, children: m.leaves };
    if (role) block.role = role;
    return this.push(block, m.marks);
  }

  /** A paragraph wholly marked, without specifics of its own (the mark covers them). */
  note(prefix: string, body: string, kind: MarkKind, reason: string): number {
    const m = markText(prefix + body, [], { boldChars: prefix.length, base: { kind, reason } });
    return this.push({ type: 'paragraph', children: m.leaves }, m.marks);
  }

  fill(label: string): number {
    const shown = shownLabel(label);
    const children: InlineNode[] = [{ text: '' }, { type: 'placeholder', label, children: [{ text: '' }] }, { text: '' }];
    return this.push({ type: 'paragraph', children }, [{ start: 0, end: shown.length, kind: 'fill', reason: `请填写${label}`, text: shown }]);
  }
}

type Rewrite = { kind: MarkKind; reason: string } | undefined;

const REWRITE_REVIEW: Rewrite = { kind: 'rewrite', reason: FROM_PAST_REASONS.rewriteReview };
const REWRITE_PROBLEMS: Rewrite = { kind: 'rewrite', reason: FROM_PAST_REASONS.rewriteProblems };

/** The review section the scaffold replaces: the one naming the reviewed year, else the last one before the tasks. */
function scaffoldHost(doc: CorpusDocument, reviewYear: number | null): SectionNode | null {
  const reviews = doc.sections.filter((s) => s.role === 'review');
  if (!reviews.length) return null;
  if (reviewYear !== null) {
    const named = reviews.find((s) => s.heading.includes(String(reviewYear)));
    if (named) return named;
  }
  const firstTask = doc.sections.findIndex((s) => s.role === 'tasks');
  const before = reviews.filter((s) => firstTask < 0 || doc.sections.indexOf(s) < firstTask);
  return before.length ? before[before.length - 1] : reviews[0];
}

export function draftFromPast(doc: CorpusDocument, opts: FromPastOptions = {}): FromPastResult {
  const years = sourceYears(doc);
  const target = opts.targetYear ?? (years.report !== null ? years.report + 1 : null);
  const moves = yearMoves(years, target);
  const b = new Builder(moves, years.report);
  const notes: string[] = [];

  const rewriteFor = (p: ParagraphNode, inherited: Rewrite): Rewrite =>
    p.role === 'problems' ? REWRITE_PROBLEMS : p.role === 'review' ? (inherited ?? REWRITE_REVIEW) : inherited;
  const paragraph = (p: ParagraphNode, inherited: Rewrite) =>
    b.text('paragraph', p.normalized, { boldChars: p.lead?.length ?? 0, base: rewriteFor(p, inherited) });
  const section = (sec: SectionNode, depth: number, inherited: Rewrite, role?: Role) => {
    b.heading(depth, sec.heading, role);
    if (sec.runIn) b.text('paragraph', sec.runIn, { base: inherited });
    for (const c of sec.children) {
      if (c.kind === 'section') section(c, depth + 1, inherited);
      else paragraph(c, inherited);
    }
  };

  // Title and byline.
  // A title's blanked year (在20××年…上的讲话) is the new report's year, when the user gave it.
  b.text('title', normalizeText(doc.declaredTitle), { fillYear: years.report === null ? target : null });
  for (const line of doc.byline ?? []) b.text('paragraph', normalizeText(line), { base: { kind: 'rewrite', reason: FROM_PAST_REASONS.byline } });
  if (doc.salutation) b.text('salutation', doc.salutation);
  for (const p of doc.opening) paragraph(p, undefined);

  const tasks = pastTasks(doc);
  // A 组织领导 part alone (a plan's) is no task part to review.
  const hasTaskPart = doc.sections.some((s) => s.role === 'tasks');
  const build = hasTaskPart && opts.scaffold !== false;
  const host = build ? scaffoldHost(doc, years.review) : null;
  // An annual report always reviews the past year; when the engine found no review part, one is added before the plans.
  const insertAt =
    build && !host && (doc.genre === 'annual-report' || opts.scaffold === true)
      ? Math.max(0, doc.sections.findIndex((s) => s.role === 'requirements' || s.role === 'tasks' || s.role === 'steps' || s.role === 'organization'))
      : -1;
  const targets = build ? targetsParagraph(doc) : null;
  let scaffold: FromPastSummary['scaffold'] = null;
  let scaffoldBlocks = 0;

  const emitScaffold = (depth: number) => {
    const before = b.content.length;
    if (targets) {
      b.note(TARGETS_PREFIX, targets.normalized, 'guidance', FROM_PAST_REASONS.guidance);
      b.fill(FILL_LABELS.targets);
    }
    for (const t of tasks) {
      b.heading(depth, t.heading, undefined, { keepYears: true, base: { kind: 'rewrite', reason: FROM_PAST_REASONS.scaffoldHeading } });
      const digest = guidanceDigest(t);
      if (digest) b.note(GUIDANCE_PREFIX, digest, 'guidance', FROM_PAST_REASONS.guidance);
      b.fill(FILL_LABELS.task);
    }
    scaffoldBlocks += b.content.length - before;
  };

  const reviewScaffold = (sec: SectionNode | null) => {
    let blockIndex: number;
    let dropped = 0;
    let droppedChars = 0;
    if (!sec) {
      // Written with last year's reviewed year, which then moves on like every other.
      const heading = years.review !== null ? `${years.review}年工作回顾` : '工作回顾';
      blockIndex = b.heading(1, heading, 'review', { base: { kind: 'rewrite', reason: FROM_PAST_REASONS.newReviewHeading } });
      scaffoldBlocks++;
      emitScaffold(2);
    } else {
      blockIndex = b.heading(1, sec.heading, 'review');
      if (sec.runIn) b.text('paragraph', sec.runIn, { base: REWRITE_REVIEW });
      let placed = false;
      const place = () => {
        if (!placed) emitScaffold(2);
        placed = true;
      };
      for (const c of sec.children) {
        if (c.kind === 'paragraph') {
          if (c.role === 'problems') place();
          paragraph(c, REWRITE_REVIEW);
          continue;
        }
        // Last year's achievements give way to the scaffold; a problems paragraph inside them is kept.
        place();
        dropped++;
        droppedChars += c.charCount;
        walk(c.children, (n) => {
          if (n.kind === 'paragraph' && n.role === 'problems') paragraph(n, REWRITE_PROBLEMS);
        });
      }
      place();
    }
    scaffold = { blockIndex, tasks: tasks.map((t) => t.heading), droppedSubsections: dropped, droppedChars };
  };

  doc.sections.forEach((sec, i) => {
    if (i === insertAt) reviewScaffold(null);
    const role = sec.role ?? 'other';
    if (sec === host) reviewScaffold(sec);
    else section(sec, 1, role === 'review' ? REWRITE_REVIEW : role === 'problems' ? REWRITE_PROBLEMS : undefined, role);
  });
  for (const p of doc.closing) paragraph(p, undefined);

  // Notes for the summary dialog.
  notes.push(`据《${normalizeText(doc.declaredTitle)}》新建：保留原文的结构和文字，年份、数字、百分比、日期、届次、地名、单位、姓名等已标出待核对。`);
  const moveList = [...moves].map(([from, to]) => ({ from, to }));
  const movedCount = b.marks.filter((m) => m.kind === 'year-moved').length;
  if (moveList.length) {
    notes.push(`原文报告年份${years.report}年，新报告${target}年：${moveList.map((m) => `${m.from}年→${m.to}年`).join('，')}，共顺延${movedCount}处；其他年份未改动，已标出待核对。`);
  } else if (years.report === null) {
    notes.push('未能判断原文所述的年份（年份已隐去或未写明），年份均未改动，已全部标出待核对。');
  }
  const s = scaffold as FromPastSummary['scaffold'];
  if (s) {
    notes.push(
      `回顾部分已按去年“主要任务”的${s.tasks.length}项搭建：每项附去年部署供对照（写完后删除）和【${FILL_LABELS.task}】待填写` +
        (s.droppedSubsections ? `；原回顾的${s.droppedSubsections}个小节（${s.droppedChars}字）未带入。` : '。'),
    );
  } else if (opts.scaffold === false) notes.push('未搭建回顾框架（按选择）；原回顾部分保留，已标为待改写。');
  else if (!hasTaskPart) notes.push('原文没有可识别的“主要任务”部分，未搭建回顾框架；原回顾部分保留，已标为待改写。');
  else notes.push('原文没有回顾部分，未搭建回顾框架（可选择按去年的主要任务补上回顾部分）。');
  const problems = b.marks.filter((m) => m.kind === 'rewrite' && m.reason === FROM_PAST_REASONS.rewriteProblems).length;
  if (problems) notes.push(`“问题和不足”${problems}段已标为待重写。`);

  const byKind = Object.fromEntries(MARK_KINDS.map((k) => [k, 0])) as Record<MarkKind, number>;
  const bySpecific: Partial<Record<SpecificKind, number>> = {};
  for (const m of b.marks) {
    byKind[m.kind]++;
    if (m.specific) bySpecific[m.specific] = (bySpecific[m.specific] ?? 0) + 1;
  }
  b.marks.sort((x, y) => x.blockIndex - y.blockIndex || x.start - y.start || y.end - x.end);

  const t = (opts.now ?? new Date()).toISOString();
  const fromPast: FromPastMeta = {
    sourceId: doc.id,
    sourceTitle: normalizeText(doc.declaredTitle),
    tasks: tasks.slice(0, MAX_PAST_TASKS).map((x) => x.heading),
    figures: pastFigures(doc),
  };
  if (years.report !== null) fromPast.sourceYear = years.report;
  const draft: Draft = { meta: { genre: doc.genre, createdAt: t, updatedAt: t, fromPast }, content: b.content };
  if (target !== null) draft.meta.reportYear = target;

  return {
    draft,
    summary: {
      source: { id: doc.id, title: fromPast.sourceTitle, genre: doc.genre },
      years: { ...years, target, moves: moveList },
      carried: { blocks: b.content.length - scaffoldBlocks, scaffoldBlocks },
      scaffold: s,
      counts: { total: b.marks.length, byKind, bySpecific },
      marks: b.marks,
      notes,
    },
  };
}
