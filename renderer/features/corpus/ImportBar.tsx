/** An import in progress (files done of total, the file in hand, 取消) and how the last one ended, with its issues in Chinese. */
import React from 'react';
import type { ImportJob } from '../../../electron/api';
import { cancelImport, dismissOutcome, useImport } from './import-job';
import { issuesInOrder, outcomeText } from './import-outcome';

const base = (p: string) => p.split(/[\\/]/).pop() ?? p;

export function ImportProgress({ job, cancelling, compact }: { job: ImportJob; cancelling: boolean; compact?: boolean }) {
  const pct = job.total ? Math.min(100, (job.done / job.total) * 100) : 0;
  return (
    <div className={compact ? 'cm-progress compact' : 'cm-progress'} data-testid="import-progress">
      <span className="cm-progress-label">{cancelling ? '正在取消……' : '正在导入'}</span>
      <div className="cm-bar" role="progressbar" aria-label="导入进度" aria-valuemin={0} aria-valuemax={job.total} aria-valuenow={job.done}>
        <div style={{ width: `${pct}%` }} />
      </div>
      <span className="cm-count" data-testid="import-count">
        {job.done}/{job.total}
      </span>
      <span className="cm-current muted" data-testid="import-current" title={job.current ?? ''}>
        {job.current ? `正在分析：${base(job.current)}` : job.done < job.total ? '正在读取文件……' : ''}
      </span>
      <button type="button" className="btn small" onClick={() => void cancelImport()} disabled={cancelling}>
        取消
      </button>
    </div>
  );
}

export function ImportOutcome({ job }: { job: ImportJob }) {
  const issues = issuesInOrder(job.issues);
  return (
    <div className={job.state === 'failed' ? 'cm-outcome failed' : 'cm-outcome'} data-testid="import-outcome" role="status">
      <div className="cm-outcome-head">
        <span>{outcomeText(job)}</span>
        <span className="spacer" />
        <button type="button" className="btn small" onClick={dismissOutcome}>
          知道了
        </button>
      </div>
      {issues.length > 0 && (
        <ul className="cm-issues" aria-label="导入问题">
          {issues.map((i, k) => (
            <li key={k} className={i.severity === 'error' ? 'warn' : 'muted'}>
              {i.file ? `${base(i.file)}：` : ''}
              {i.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The manager's import area: progress while a job runs, else the last outcome. */
export function ImportStatus() {
  const job = useImport((s) => s.job);
  const cancelling = useImport((s) => s.cancelling);
  const outcome = useImport((s) => s.outcome);
  if (job) return <ImportProgress job={job} cancelling={cancelling} />;
  if (outcome) return <ImportOutcome job={outcome} />;
  return null;
}
