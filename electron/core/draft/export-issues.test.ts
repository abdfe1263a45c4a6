import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../docx/fixtures/sample-draft';
import { FROM_PAST_REASONS } from './from-past-meta';
import { findExportIssues } from './export-issues';
import type { Draft } from './model';

describe('findExportIssues', () => {
  it('counts unfilled placeholders and check marks with their blocks', () => {
    const issues = findExportIssues(sampleDraft());
    expect(issues.unfilledPlaceholders).toBe(1);
    expect(issues.checkMarks).toBe(1);
    expect(issues.items).toEqual([
      { blockIndex: 2, text: '【年份】', kind: 'placeholder' },
      { blockIndex: 2, text: '2026', kind: 'check', reason: '年份与报告年度不一致' },
    ]);
  });

  it('counts a mark the user sees once: one run split by bold, and a paragraph marked as a whole, as 逐处核对 steps through them', () => {
    const draft: Draft = {
      meta: { createdAt: 'c', updatedAt: 'u' },
      content: [
        { type: 'paragraph', children: [{ text: '全年新增' }, { text: '5', check: '数字', bold: true }, { text: '0万人', check: '数字' }, { text: '。' }] },
        {
          type: 'paragraph',
          children: [
            { text: '去年的问题是', check: FROM_PAST_REASONS.rewriteProblems },
            { text: '12', check: '数字' },
            { text: '项整改未完成。', check: FROM_PAST_REASONS.rewriteProblems },
          ],
        },
      ],
    };
    const issues = findExportIssues(draft);
    // 50万 once (not 5 and 0万人); the problems paragraph once, the figure inside it once.
    expect(issues.items.map((i) => i.text)).toEqual(['50万人', '去年的问题是12项整改未完成。', '12']);
    expect(issues.checkMarks).toBe(3);
  });
});
