/**
 * What the user must hear about before exporting: placeholders still unfilled and marks "to check" (live-marks.ts:
 * the same marks the status bar counts and 逐处核对 steps through). The UI shows these and lets the user stop or
 * export with them highlighted.
 */
import { liveMarks } from './live-marks';
import { type Draft, type InlineNode, isPlaceholder } from './model';
import { isUnfilledPlaceholder } from './pieces';

export interface ExportIssueItem {
  blockIndex: number;
  /** The placeholder as shown (【label】) or the text marked to check. */
  text: string;
  kind: 'placeholder' | 'check';
  /** For check marks: why the text needs verifying. */
  reason?: string;
}

export interface ExportIssues {
  unfilledPlaceholders: number;
  checkMarks: number;
  items: ExportIssueItem[];
}

/** An unfilled placeholder (shown and exported as 【label】): pieces.ts decides what “unfilled” is. */
export function isUnfilled(n: InlineNode): boolean {
  return isPlaceholder(n) && isUnfilledPlaceholder(n);
}

export function findExportIssues(draft: Draft): ExportIssues {
  const items = liveMarks(draft.content).map((m): ExportIssueItem =>
    m.kind === 'fill' ? { blockIndex: m.blockIndex, text: m.text, kind: 'placeholder' } : { blockIndex: m.blockIndex, text: m.text, kind: 'check', reason: m.reason },
  );
  return {
    unfilledPlaceholders: items.filter((i) => i.kind === 'placeholder').length,
    checkMarks: items.filter((i) => i.kind === 'check').length,
    items,
  };
}
