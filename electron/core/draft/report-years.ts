/**
 * Which years a past report is about, and how they move when it becomes next year's draft.
 *
 * A report names three years that may differ: the year it is delivered in and titled with (its report year,
 * 2026年政府工作报告), the year it reviews (2025年工作回顾: a government report given in early 2026 reviews
 * 2025) and the year it plans (2026年重点工作; a year-end 工作总结 titled 2025 plans 2026). All three move on
 * together: in the 2027 report the review is of 2026 and the plan is for 2027. Every other year (2020, 到2035年,
 * the 2021—2025年 of a five-year plan) means the same calendar year whenever it is read, so it stays.
 * Relative words (去年, 今年, 明年, 上一年) stay right by themselves, because the whole text moves by the same step.
 * Pure: no Node, Electron or DOM imports.
 */
import type { CorpusDocument, DocNode, ParagraphNode, SectionNode } from '../corpus/types';
import { normalizeText } from '../corpus/normalize';

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_OUT = '〇一二三四五六七八九';

/** A four-digit year written in ASCII, full-width or Chinese digits (2025, ２０２５, 二〇二五); null otherwise. */
export function parseYear(s: string): number | null {
  if (s.length !== 4) return null;
  let n = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    let d: number | undefined;
    if (c >= 0x30 && c <= 0x39) d = c - 0x30;
    else if (c >= 0xff10 && c <= 0xff19) d = c - 0xff10;
    else d = CN_DIGITS[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n >= 1900 && n <= 2199 ? n : null;
}

/** `year` written in the same digits as `like` (2026 like 二〇二五 → 二〇二六). */
export function formatYearLike(year: number, like: string): string {
  const digits = String(year);
  const c = like.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return digits;
  if (c >= 0xff10 && c <= 0xff19) return [...digits].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
  const zero = [...like].find((ch) => CN_DIGITS[ch] === 0) ?? '〇';
  return [...digits].map((d) => (d === '0' ? zero : CN_OUT[Number(d)])).join('');
}

const YEAR_IN_TEXT = /(?<![0-9０-９])(?:(?:19|20)[0-9]{2}|[１][９][０-９]{2}|[２][０][０-９]{2}|[一二][〇零○一二三四五六七八九]{3})(?=年)/g;

/** Every year written before 年 in `text` (2025年, 二〇二五年), in order. */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(YEAR_IN_TEXT)) {
    const y = parseYear(m[0]);
    if (y !== null) out.push(y);
  }
  return out;
}

export interface SourceYears {
  /** The year the report is titled with / delivered in (2026年政府工作报告 → 2026). */
  report: number | null;
  /** The year its review part looks back on. */
  review: number | null;
  /** The year its task part plans. */
  plan: number | null;
  /** How each year was found, in Chinese, for the summary (“报告年份2026（据标题）”). */
  evidence: string[];
}

const TITLE_WORDS = /报告|讲话|总结|方案|计划|要点|致辞|发言|汇报/;

/** Lines that may carry the report's own year: the title, the byline and title-like lines the page junk pushed into the opening. */
function titleLines(doc: CorpusDocument): string[] {
  const out = [normalizeText(doc.declaredTitle)];
  for (const p of doc.opening.slice(0, 20)) {
    const t = p.normalized;
    if (t.length <= 40 && !/[。，；]/.test(t) && TITLE_WORDS.test(t)) out.push(t);
  }
  return out;
}

const DATE_LINE = /^(?:——|—|--)?[（(]?\s*((?:19|20)[0-9]{2}|[一二][〇零○一二三四五六七八九]{3})年[0-9一二三四五六七八九十]{1,2}月/;

function bylineLines(doc: CorpusDocument): string[] {
  const lines = (doc.byline ?? []).map(normalizeText);
  // A dated subtitle line (——2026年1月27日在…上) stuck in the opening when the title was not recognised.
  for (const p of doc.opening.slice(0, 20)) if (p.normalized.length <= 60 && DATE_LINE.test(p.normalized)) lines.push(p.normalized);
  return lines;
}

function walk(nodes: DocNode[], f: (n: DocNode) => void): void {
  for (const n of nodes) {
    f(n);
    if (n.kind === 'section') walk(n.children, f);
  }
}

function textOf(sec: SectionNode): string[] {
  const out: string[] = [];
  if (sec.runIn) out.push(sec.runIn);
  walk(sec.children, (n) => out.push(n.kind === 'section' ? n.heading + (n.runIn ?? '') : n.normalized));
  return out;
}

/** The most frequent year among `texts` that `allowed` accepts (ties: the later year). */
function mostFrequentYear(texts: string[], allowed: (y: number) => boolean): number | null {
  const counts = new Map<number, number>();
  for (const t of texts) for (const y of yearsIn(t)) if (allowed(y)) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, c] of counts) if (best === null || c > counts.get(best)! || (c === counts.get(best)! && y > best)) best = y;
  return best;
}

const hasRole = (s: SectionNode, role: string) => s.role === role;

/** Paragraphs anywhere in the document that the engine says review the past (e.g. 过去一年 paragraphs left in the opening). */
function reviewParagraphs(doc: CorpusDocument): ParagraphNode[] {
  const out: ParagraphNode[] = doc.opening.filter((p) => p.role === 'review');
  walk(doc.sections, (n) => {
    if (n.kind === 'paragraph' && n.role === 'review') out.push(n);
  });
  return out;
}

export function sourceYears(doc: CorpusDocument): SourceYears {
  const evidence: string[] = [];
  const first = (lines: string[]) => {
    for (const l of lines) {
      const ys = yearsIn(l);
      if (ys.length) return ys[0];
    }
    return null;
  };
  const titled = first(titleLines(doc));
  const dated = titled === null ? first(bylineLines(doc).filter((l) => DATE_LINE.test(l))) : null;

  const reviewSecs = doc.sections.filter((s) => hasRole(s, 'review'));
  const taskSecs = doc.sections.filter((s) => hasRole(s, 'tasks'));
  // A review heading may name a five-year span too (2021—2025年, 2025年和“十四五”时期): the latest year is the one reviewed.
  const reviewHeadingYears = reviewSecs.flatMap((s) => yearsIn(s.heading));
  let review = reviewHeadingYears.length ? Math.max(...reviewHeadingYears) : null;
  // A plan heading may reach ahead (2026年和到2030年): the first year is the one planned.
  const planHeadingYears = taskSecs.flatMap((s) => yearsIn(s.heading));
  let plan = planHeadingYears.length ? planHeadingYears[0] : null;

  let report = titled ?? dated;
  if (titled !== null) evidence.push(`报告年份${titled}年（据标题）`);
  else if (dated !== null) evidence.push(`报告年份${dated}年（据题注日期）`);
  if (review !== null) evidence.push(`回顾${review}年（据回顾部分标题）`);
  if (plan !== null) evidence.push(`部署${plan}年（据任务部分标题）`);

  if (report === null && plan === null && review === null) {
    // Nothing names a year outright (a 教代会 report titled with slogans): the year its review talks about most.
    const texts = [...reviewSecs.flatMap(textOf), ...reviewParagraphs(doc).map((p) => p.normalized)];
    review = mostFrequentYear(texts, () => true);
    if (review !== null) evidence.push(`回顾${review}年（据回顾部分正文中最常见的年份）`);
  }
  if (report === null && plan !== null) {
    report = plan;
    evidence.push(`报告年份取部署年份${plan}年`);
  } else if (report === null && review !== null) {
    // Reports and speeches at a year's first meetings look back on the year before; a 总结 on its own year.
    report = doc.genre === 'annual-report' || doc.genre === 'speech' ? review + 1 : review;
    evidence.push(report === review ? `报告年份取回顾年份${report}年` : `报告年份取回顾年份的下一年${report}年`);
  }
  if (report !== null) {
    const r = report;
    if (review === null) {
      const texts = [...reviewSecs.flatMap(textOf), ...reviewParagraphs(doc).map((p) => p.normalized)];
      review = mostFrequentYear(texts, (y) => y === r - 1 || y === r);
      if (review !== null) evidence.push(`回顾${review}年（据回顾部分正文中最常见的年份）`);
      else if (doc.genre === 'annual-report') {
        review = r - 1;
        evidence.push(`回顾${review}年（年度工作报告回顾上一年）`);
      }
    }
    if (plan === null) {
      plan = mostFrequentYear(taskSecs.flatMap(textOf), (y) => y === r || y === r + 1);
      if (plan !== null) evidence.push(`部署${plan}年（据任务部分正文中最常见的年份）`);
    }
  }
  return { report, review, plan, evidence };
}

/** Year → moved year, for the years a report is about (report, review, plan), when both ends are known. */
export function yearMoves(src: SourceYears, targetYear: number | null): Map<number, number> {
  const moves = new Map<number, number>();
  if (src.report === null || targetYear === null || targetYear === src.report) return moves;
  const step = targetYear - src.report;
  for (const y of [src.review, src.report, src.plan]) if (y !== null) moves.set(y, y + step);
  return moves;
}
