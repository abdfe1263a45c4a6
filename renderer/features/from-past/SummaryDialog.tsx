/** What the new draft took from last year's document: carried over, moved on, marked — with 逐处核对 to step through the marks. */
import React from 'react';
import type { FromPastSummary } from '../../../electron/api';
import { MARK_KINDS, MARK_LABELS } from '#core/draft/marked-text';
import { Dialog } from '../../ui/Dialog';
import './from-past.css';

export function SummaryDialog({ summary, onStep, onClose }: { summary: FromPastSummary; onStep(): void; onClose(): void }) {
  const { counts, carried, scaffold, years } = summary;
  const specifics = Object.entries(counts.bySpecific)
    .filter(([, n]) => n)
    .sort((a, b) => b[1]! - a[1]!);
  return (
    <Dialog title="已据往年材料新建" onClose={onClose} wide testId="from-past-summary">
      <div className="fp-summary">
        <div className="fp-summary-facts">
          <div>
            <span className="fp-label">底稿</span>《{summary.source.title}》
          </div>
          <div>
            <span className="fp-label">年份</span>
            {years.moves.length ? years.moves.map((m) => `${m.from}年→${m.to}年`).join('，') : '未顺延'}
            {years.target && <span className="muted">（新报告 {years.target} 年）</span>}
          </div>
          <div>
            <span className="fp-label">沿用</span>原文 {carried.blocks} 段（含标题）{carried.scaffoldBlocks > 0 && <>，新搭建 {carried.scaffoldBlocks} 段</>}
            {scaffold && <span className="muted">；回顾部分按去年 {scaffold.tasks.length} 项任务搭建</span>}
          </div>
        </div>
        <table className="fp-counts" aria-label="标记统计">
          <tbody>
            {MARK_KINDS.map((k) => (
              <tr key={k}>
                <th>
                  <span className={`fp-kind fp-kind-${k}`}>{MARK_LABELS[k]}</span>
                </th>
                <td data-testid={`count-${k}`}>{counts.byKind[k]} 处</td>
                <td className="muted">{k === 'specific' && specifics.map(([s, n]) => `${s} ${n}`).join('、')}</td>
              </tr>
            ))}
            <tr className="fp-total">
              <th>合计</th>
              <td>{counts.total} 处</td>
              <td />
            </tr>
          </tbody>
        </table>
        <ul className="fp-notes">
          {summary.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          稍后核对
        </button>
        <button type="button" className="btn primary" onClick={onStep}>
          逐处核对
        </button>
      </div>
    </Dialog>
  );
}
