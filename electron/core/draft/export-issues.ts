/**
 * What the user must hear about before exporting: placeholders still unfilled and runs marked
 * "to check". The UI shows these and lets the user stop or export with them highlighted.
 */
import { type Draft, type InlineNode, isPlaceholder } from './model';
import { inlinePieces, isUnfilledPlaceholder } from './pieces';

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
  const items: ExportIssueItem[] = [];
  draft.content.forEach((block, blockIndex) => {
    for (const p of inlinePieces(block.children)) {
      if (p.kind === 'unfilled') items.push({ blockIndex, text: p.text, kind: 'placeholder' });
      else if (p.leaf.check && p.text) items.push({ blockIndex, text: p.text, kind: 'check', reason: p.leaf.check });
    }
  });
  return {
    unfilledPlaceholders: items.filter((i) => i.kind === 'placeholder').length,
    checkMarks: items.filter((i) => i.kind === 'check').length,
    items,
  };
}
