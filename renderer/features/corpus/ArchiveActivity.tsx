/**
 * A quiet line at the bottom while the archive works in the background: a first-start migration of the old
 * corpus folder, a rebuild of a damaged index, a re-analysis after an update, or an import (with its
 * progress and 取消, so the manager can be closed meanwhile). Never a dialog: the user keeps writing.
 */
import React, { useEffect } from 'react';
import type { ArchiveStatus } from '../../../electron/api';
import { useArchive, watchArchive } from './archive-sync';
import { ImportProgress } from './ImportBar';
import { useImport } from './import-job';

const TASKS: Record<NonNullable<ArchiveStatus['task']>['kind'], string> = {
  migrate: '正在把原先导入的材料迁入新的语料库',
  rebuild: '正在根据保留的原始文件重建语料库索引',
  reindex: '分析规则已更新，正在重新分析往年材料',
};

export function ArchiveActivity() {
  useEffect(() => watchArchive(0), []);
  const task = useArchive((s) => s.status?.task ?? null);
  const job = useImport((s) => s.job);
  const cancelling = useImport((s) => s.cancelling);
  if (!task && !job) return null;
  return (
    <div className="archive-activity" role="status" data-testid="archive-activity">
      {task && (
        <span>
          {TASKS[task.kind]}
          {task.total ? `（${task.done}/${task.total}）` : ''}……期间可照常工作。
        </span>
      )}
      {job && <ImportProgress job={job} cancelling={cancelling} compact />}
    </div>
  );
}
