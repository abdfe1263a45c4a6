/** Before export: unfilled placeholders and "to check" marks are listed; the user stops or exports with them highlighted. */
import React from 'react';
import type { ExportIssues } from '#core/draft/export-issues';
import { Dialog } from '../../ui/Dialog';

export function ExportDialog({ issues, onStop, onExportAnyway, onGoTo }: { issues: ExportIssues; onStop(): void; onExportAnyway(): void; onGoTo(blockIndex: number): void }) {
  return (
    <Dialog title="导出前请注意" onClose={onStop} testId="export-dialog">
      <p>
        文中还有 <b>{issues.unfilledPlaceholders}</b> 处未填写的占位符、<b>{issues.checkMarks}</b> 处待核对的内容。
      </p>
      <ul className="issue-list">
        {issues.items.slice(0, 30).map((it, i) => (
          <li key={i}>
            <button type="button" className="link" onClick={() => onGoTo(it.blockIndex)}>
              <span className={it.kind === 'placeholder' ? 'ph-chip' : 'chk'}>{it.text}</span>
              <span className="muted">{it.kind === 'placeholder' ? ' 未填写' : ` 待核对${it.reason ? '：' + it.reason : ''}`}</span>
            </button>
          </li>
        ))}
        {issues.items.length > 30 && <li className="muted">……共 {issues.items.length} 处</li>}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="btn primary" onClick={onStop} data-autofocus>
          停止导出
        </button>
        <button type="button" className="btn" onClick={onExportAnyway}>
          仍然导出（高亮标出）
        </button>
      </div>
    </Dialog>
  );
}
