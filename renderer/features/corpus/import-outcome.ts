/** How an import ended, in words: one sentence for it, and its issues in the order they are listed. Pure. */
import type { ImportJob } from '../../../electron/api';

/**
 * An outcome's issues as listed: what could not be imported first, then what a folder held besides (file ''), then
 * the notices, each in their order. Among 300 “已略去…网页或版权等非正文内容” lines a damaged file would not be seen.
 */
export function issuesInOrder(issues: ImportJob['issues']): ImportJob['issues'] {
  const rank = (i: ImportJob['issues'][number]) => (i.severity === 'error' ? 0 : i.file ? 2 : 1);
  return issues
    .map((i, k) => ({ i, k }))
    .sort((a, b) => rank(a.i) - rank(b.i) || a.k - b.k)
    .map((x) => x.i);
}

/** The outcome in one sentence. */
export function outcomeText(job: ImportJob): string {
  const errors = job.issues.filter((i) => i.severity === 'error').length;
  const parts = [`新增 ${job.imported} 份材料`];
  if (job.skipped) parts.push(`${job.skipped} 份与已有材料内容相同，已跳过`);
  if (errors) parts.push(`${errors} 份未能导入`);
  switch (job.state) {
    case 'cancelled':
      return `已取消导入。已处理 ${job.done}/${job.total} 个文件：${parts.join('，')}；其余 ${Math.max(0, job.total - job.done)} 个文件未导入`;
    case 'failed':
      return `导入中断：${job.error ?? '原因不明'}（${parts.join('，')}）`;
    default:
      return `导入完成：${parts.join('，')}`;
  }
}
