/**
 * Above the 审稿 list, for a draft made from a past document: which report it is compared with and what the
 * 与去年对照 check found (its findings are in the list, under their own group), with 逐处核对 for the marks.
 */
import React from 'react';
import { useApp } from '../../app/store';
import { stepper } from './stepper';
import './from-past.css';

export function AgainstLastYearNote() {
  const past = useApp((s) => s.session?.draft.meta.fromPast);
  // Counts, not a filtered list: a selector's new array on every store change would re-render forever.
  const tasks = useApp((s) => s.analysis.findings.filter((f) => f.id.startsWith('against-last-year:task:')).length);
  const figures = useApp((s) => s.analysis.findings.filter((f) => f.id.startsWith('against-last-year:figure:')).length);
  if (!past) return null;
  return (
    <div className="fp-against" data-testid="against-last-year-note">
      <div>
        <b>与去年对照</b>：底稿《{past.sourceTitle}》{past.sourceYear ? `（${past.sourceYear}年）` : ''}，去年部署 {past.tasks.length} 项任务。
      </div>
      <div className="muted">
        {tasks ? `${tasks} 项在今年的回顾中尚未提到` : past.tasks.length ? '各项任务在回顾中都已提到' : ''}
        {figures ? `；${figures} 处数字与去年相同` : ''}
        <button type="button" className="fp-link" onMouseDown={(e) => e.preventDefault()} onClick={() => stepper.open(true)}>
          逐处核对标记
        </button>
      </div>
    </div>
  );
}
