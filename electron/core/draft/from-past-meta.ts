/**
 * What a draft made from a past document remembers about its source (draft meta `fromPast`), so that the
 * 与去年对照 check can compare this year's text with last year's after the user has rewritten it. Stored in
 * the draft file (validated by `fromPastMetaSchema` in schema.ts, which keeps zod out of the renderer bundle:
 * the checks and the normaliser import this file there).
 * Pure: no Node, Electron or DOM imports.
 */
/** A figure of the source with the words just before it, which say what it counts (城镇新增就业|18). */
export interface PastFigure {
  /** As written, e.g. `18`, `5.5%`, `百分之五`. */
  value: string;
  /** Up to six characters before it in the source (punctuation kept), e.g. `城镇新增就业`. */
  before: string;
}

export interface FromPastMeta {
  /** CorpusDocument id of the source, e.g. `seed-reports.txt#2` or an archive id. */
  sourceId: string;
  sourceTitle: string;
  /** The source's report year when it was found (2026年政府工作报告 → 2026). */
  sourceYear?: number;
  /** Last year's task headings (主要任务 subsections), in order: what this year's review should report on. */
  tasks: string[];
  /** Last year's figures with their context (years, dates and 届次 excluded). */
  figures: PastFigure[];
}

/** The `check` values a draft made from a past document carries besides the specifics' own (the 与去年对照 check reads the guidance one). */
export const FROM_PAST_REASONS = {
  rewriteReview: '回顾：这是去年的总结，请按今年实际改写',
  rewriteProblems: '问题和不足：这是去年的表述，请按今年实际重写',
  byline: '题注：请核对会议名称、日期和讲话人',
  scaffoldHeading: '回顾小节：标题沿用去年的任务，请改为今年成效的表述',
  newReviewHeading: '回顾部分：据去年的主要任务新建，请核对标题',
  guidance: '去年部署：供对照填写完成情况，写完后请删除本段',
  yearMoved: (from: string, to: string) => `年份：已由${from}年顺延为${to}年，请核对`,
  yearKept: (report: number) => `年份：不是${report}年报告所述的年度，未顺延，请核对是否仍适用`,
  yearFilled: (target: number) => `年份：按新报告年份${target}年填写（原文已隐去），请核对`,
} as const;

export const MAX_PAST_TASKS = 200;
export const MAX_PAST_FIGURES = 5000;
