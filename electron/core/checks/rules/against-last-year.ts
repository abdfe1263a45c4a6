/**
 * 与去年对照: for a draft made from last year's report (draft meta `fromPast`, see draft/from-past.ts),
 * - last year's task headings that this year's review does not mention: a review is meant to report on
 *   every task the last report set, and a task quietly dropped is what a careful 审稿 asks about first;
 * - figures left as they were last year (same value after the same words) although no longer marked to
 *   check (confirmed, or typed again): in the review they cannot be right (a result does not repeat last
 *   year's), elsewhere they may be (a target kept), so they are asked about.
 * The text quoted from last year's plan as guidance is not this year's text and is skipped by both.
 */
import { FROM_PAST_REASONS } from '../../draft/from-past-meta';
import { isPlaceholder } from '../../draft/model';
import { figureKey, figuresIn } from '../../draft/past-figures';
import { inlinePieces } from '../../draft/pieces';
import { documentFrequencies, hanBigrams, idf } from '../../text/char-bigrams';
import { sentences } from '../../text/sentences';
import type { CheckBlock, CheckRule, Finding } from '../types';

/** Share of a task heading's (weighted) vocabulary a review block must contain to count as mentioning it. */
export const MENTION_THRESHOLD = 0.35;
/** Bigrams a review line must share with a task (or clause) at least: two words in common can be chance. */
const MIN_SHARED = 3;

const isGuidance = (b: CheckBlock) => b.block.children.some((c) => !isPlaceholder(c) && c.check === FROM_PAST_REASONS.guidance);

/**
 * What a review says it is about: its headings, and each paragraph's 段首句 (its bold lead, else its first
 * sentence). A whole paragraph is not used: a long one contains most common bigrams whatever its topic.
 */
function topicLines(review: CheckBlock[]): string[] {
  return review.map((b) => {
    if (b.block.type === 'heading') return b.text;
    const bold = b.block.children.filter((c) => !isPlaceholder(c) && c.bold).map((c) => (c as { text: string }).text).join('');
    return bold || sentences(b.text)[0] || '';
  });
}

/** A task heading and its clauses (“加快落实‘两个普遍’”, “维护职工队伍和谐稳定”): a review may report on either half. */
function clauses(task: string): string[] {
  const parts = task.split(/[，、；：]/).filter((p) => hanBigrams(p).length >= 3);
  return parts.length > 1 ? [task, ...parts] : [task];
}

/**
 * How well the review mentions each task (0…1): the best topic line's weighted share of the bigrams of the
 * task or of one of its clauses. A bigram weighs by how well it tells this task from the others (推进, 加强,
 * 工作 open every task heading) and how rare it is in the review (发展 is in every line).
 */
export function taskMentions(tasks: string[], lines: string[]): number[] {
  const taskGrams = tasks.map(hanBigrams);
  const lineGrams = lines.map((t) => new Set(hanBigrams(t)));
  const dfTasks = documentFrequencies(taskGrams);
  const dfLines = documentFrequencies(lineGrams);
  const weight = (g: string) => idf(tasks.length, dfTasks.get(g) ?? 0) * idf(lines.length, dfLines.get(g) ?? 0);
  const total = (grams: Iterable<string>) => {
    let w = 0;
    for (const g of grams) w += weight(g);
    return w;
  };
  const lineTotals = lineGrams.map(total);
  return tasks.map((task) => {
    let best = 0;
    for (const c of clauses(task)) {
      const grams = new Set(hanBigrams(c));
      const own = total(grams);
      lineGrams.forEach((set, i) => {
        let shared = 0;
        let n = 0;
        for (const g of grams) if (set.has(g)) (shared += weight(g)), n++;
        // Overlap coefficient: a short review line (“绿色低碳转型步伐加快”) mentions a long clause it shares most of its words with.
        if (n >= MIN_SHARED) best = Math.max(best, shared / Math.min(own, lineTotals[i]) || 0);
      });
    }
    return Math.min(1, best);
  });
}

function unmentionedTasks(blocks: CheckBlock[], tasks: string[]): Finding[] {
  if (!tasks.length) return [];
  const review = blocks.filter((b) => b.sectionRole === 'review' && b.block.type !== 'title' && !isGuidance(b));
  const anchor = review.find((b) => b.block.type === 'heading') ?? blocks.find((b) => b.block.type !== 'title') ?? blocks[0];
  if (!anchor) return [];
  const at = { blockIndex: anchor.index, start: 0, end: anchor.text.length };
  const body = review.filter((b) => !(b === anchor && b.block.type === 'heading'));
  if (!body.length) {
    return [{ id: 'against-last-year:no-review', rule: 'against-last-year', severity: 'info', message: `没有找到回顾部分，无法对照去年部署的${tasks.length}项任务`, ...at }];
  }
  const scores = taskMentions(tasks, topicLines(body));
  return tasks.flatMap((task, i): Finding[] =>
    scores[i] >= MENTION_THRESHOLD
      ? []
      : [{ id: `against-last-year:task:${i}`, rule: 'against-last-year', severity: 'warning', message: `去年部署的“${task}”在今年的回顾中没有提到，请补写完成情况或说明`, ...at }],
  );
}

/** Offsets (in the block's text) of the leaves still marked to check. */
function checkedRanges(b: CheckBlock): [number, number][] {
  return inlinePieces(b.block.children).flatMap((p): [number, number][] => (p.kind === 'leaf' && p.leaf.check ? [[p.start, p.start + p.text.length]] : []));
}

function unchangedFigures(blocks: CheckBlock[], past: { value: string; before: string }[]): Finding[] {
  const last = new Set<string>();
  for (const f of past) {
    const k = figureKey(f);
    if (k) last.add(k);
  }
  if (!last.size) return [];
  const out: Finding[] = [];
  for (const b of blocks) {
    if (b.block.type === 'title' || isGuidance(b)) continue;
    const marked = checkedRanges(b);
    for (const f of figuresIn(b.text)) {
      const k = figureKey(f);
      // A figure still marked to check is already asked about by its mark (and the summary steps through those).
      if (!k || !last.has(k) || marked.some(([s, e]) => s <= f.start && f.end <= e)) continue;
      const inReview = b.sectionRole === 'review';
      // What the figure counts, from the last clause break on: 城镇新增就业3万.
      const shown = f.before.replace(/^.*[，。；：、！？（）“”‘’《》]/, '') + f.value;
      out.push({
        id: `against-last-year:figure:${b.index}:${f.start}`,
        rule: 'against-last-year',
        severity: inReview ? 'warning' : 'info',
        message: inReview ? `“${shown}”与去年报告相同：回顾的是今年的成绩，请换成今年的数据` : `“${shown}”与去年报告相同，请确认是否沿用`,
        blockIndex: b.index,
        start: f.start,
        end: f.end,
      });
    }
  }
  return out;
}

export const againstLastYearRule: CheckRule = {
  id: 'against-last-year',
  label: '与去年对照',
  run(ctx) {
    const past = ctx.draft.meta.fromPast;
    if (!past) return [];
    return [...unmentionedTasks(ctx.blocks, past.tasks), ...unchangedFigures(ctx.blocks, past.figures)];
  },
};
