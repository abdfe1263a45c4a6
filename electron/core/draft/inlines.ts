/**
 * Text with `{label}` placeholders → the draft's inline nodes, each label an unfilled placeholder element
 * with a text leaf on either side (Slate needs one so the caret can sit before and after it).
 * Pure: no Node, Electron or DOM imports.
 */
import { splitPlaceholders } from '../text/placeholders';
import type { InlineNode } from './model';

/** Adds the empty text leaves Slate wants around inline elements (at the ends and between two of them). */
export function padInlines(nodes: readonly InlineNode[]): InlineNode[] {
  const padded: InlineNode[] = [];
  for (const n of nodes) {
    const prev = padded[padded.length - 1];
    if ('type' in n && (prev === undefined || 'type' in prev)) padded.push({ text: '' });
    padded.push(n);
  }
  if (padded.length === 0 || 'type' in padded[padded.length - 1]) padded.push({ text: '' });
  return padded;
}

/** A phrase such as `{年份}年，全市完成{数字}项` as inline nodes, ready to insert at the cursor. */
export function phraseToInlines(text: string): InlineNode[] {
  return padInlines(splitPlaceholders(text).map((p) => ('label' in p ? { type: 'placeholder', label: p.label, children: [{ text: '' }] } : { text: p.text })));
}
