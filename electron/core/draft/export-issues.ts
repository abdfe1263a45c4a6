/**
 * What the user must hear about before exporting: placeholders still unfilled and runs marked
 * "to check". The UI shows these and lets the user stop or export with them highlighted.
 */
import { type Draft, type InlineNode, inlineText, isPlaceholder } from './model';

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

export function isUnfilled(n: InlineNode): boolean {
  return isPlaceholder(n) && n.children.every((t) => t.text === '');
}

export function findExportIssues(draft: Draft): ExportIssues {
  const items: ExportIssueItem[] = [];
  draft.content.forEach((block, blockIndex) => {
    for (const n of block.children) {
      if (isPlaceholder(n)) {
        if (isUnfilled(n)) items.push({ blockIndex, text: inlineText([n]), kind: 'placeholder' });
        for (const t of n.children) if (t.check && t.text) items.push({ blockIndex, text: t.text, kind: 'check', reason: t.check });
      } else if (n.check && n.text) {
        items.push({ blockIndex, text: n.text, kind: 'check', reason: n.check });
      }
    }
  });
  return {
    unfilledPlaceholders: items.filter((i) => i.kind === 'placeholder').length,
    checkMarks: items.filter((i) => i.kind === 'check').length,
    items,
  };
}
