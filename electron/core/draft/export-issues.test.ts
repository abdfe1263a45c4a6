import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../docx/fixtures/sample-draft';
import { findExportIssues } from './export-issues';

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
});
