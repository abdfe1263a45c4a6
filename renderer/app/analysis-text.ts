/**
 * The part of the analysis pass that reads only the text — review findings, what is left to fill or check,
 * 讲话时长, 字数 — as one pure function, so a long draft's pass can run it in a worker (analysis-worker.ts) and
 * an ordinary one in the page, with the same result. What needs the page's own node objects (the inline marks)
 * or the page's reuse index stays in analysis.ts.
 */
import { runChecks, speechTiming } from '#core/checks/index';
import type { Finding } from '#core/checks/index';
import { findExportIssues } from '#core/draft/export-issues';
import type { Draft } from '#core/draft/model';
import { hanCount } from '#core/draft/outline';
import type { Settings } from '../../electron/api';

export interface TextAnalysis {
  findings: Finding[];
  han: number;
  unfilled: number;
  checks: number;
  minutes: number;
  /** Speaking minutes per section, by the block index the section starts at. */
  sections: { blockIndex: number; minutes: number }[];
}

export function analyseText(draft: Draft, settings: Settings): TextAnalysis {
  const bare: Draft = { meta: { createdAt: '', updatedAt: '' }, content: draft.content };
  const issues = findExportIssues(bare);
  const timing = speechTiming(bare, Math.max(1, settings.speechRate));
  return {
    findings: runChecks(draft, settings),
    han: hanCount(draft.content),
    unfilled: issues.unfilledPlaceholders,
    checks: issues.checkMarks,
    minutes: timing.totalMinutes,
    sections: timing.sections.map((t) => ({ blockIndex: t.blockIndex, minutes: t.minutes })),
  };
}
