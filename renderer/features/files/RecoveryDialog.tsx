/** After a crash: the autosaved copy of the draft that was not saved, offered back once at start-up. */
import React from 'react';
import type { Recovery } from '../../../electron/api';
import { inlineText } from '#core/draft/model';
import { host } from '../../host';
import { openDialog } from '../../app/dialogs';
import { session } from '../../app/session';
import { Dialog } from '../../ui/Dialog';
import { orSay } from '../../app/toasts';

export function offerRecovery(recovery: Recovery): void {
  openDialog((close) => <RecoveryDialog recovery={recovery} close={close} />, { key: 'recovery' });
}

function RecoveryDialog({ recovery, close }: { recovery: Recovery; close(): void }) {
  const title = inlineText(recovery.draft.content.find((b) => b.type === 'title')?.children ?? []) || '未命名草稿';
  return (
    <Dialog title="恢复未保存的草稿" testId="recovery-dialog">
      <p>
        上次编辑的草稿“{title}”没有正常保存（自动保存于 {new Date(recovery.savedAt).toLocaleString('zh-CN', { hour12: false })}）。是否恢复？
      </p>
      <div className="dialog-actions">
        <button
          type="button"
          className="btn"
          onClick={async () => {
            close();
            await orSay('恢复副本未能删除', () => host.draftClearRecovery());
          }}
        >
          放弃
        </button>
        <button
          type="button"
          className="btn primary"
          onClick={() => {
            close();
            const name = recovery.path ? recovery.path.split(/[\\/]/).pop()!.replace(/\.gwdraft$/, '') + '（已恢复）' : '恢复的草稿（未保存）';
            session.load(recovery.draft, recovery.path, name, { unsaved: '已恢复，尚未保存' });
          }}
        >
          恢复
        </button>
      </div>
    </Dialog>
  );
}
