/**
 * 恢复未保存的草稿: every autosaved copy no open window or tab holds (a crash, a window closed unsaved), each with
 * its name, when it was autosaved and how it begins — restored (taken over for this page) or discarded one by
 * one. Offered once at start-up and listed on the start screen until dealt with. A copy another live tab holds
 * is never listed (the host leaves it out); one taken meanwhile is refused by the host and the list refreshed.
 */
import React from 'react';
import type { Recovery } from '../../../electron/api';
import { inlineText } from '#core/draft/model';
import { host } from '../../host';
import { confirm, openDialog } from '../../app/dialogs';
import { session } from '../../app/session';
import { useApp } from '../../app/store';
import { failureText, say } from '../../app/toasts';
import { Dialog } from '../../ui/Dialog';
import { mayDiscard } from './file-commands';
import { recoveryCopy } from './recovery-copy';
import './recovery.css';

const fileName = (p: string) => p.split(/[\\/]/).pop()!.replace(/\.gwdraft$/i, '');

/** What the user knows the copy by: its file's name, else its title. */
export function recoveryName(r: Recovery): string {
  if (r.path) return fileName(r.path);
  const title = r.draft.content.find((b) => b.type === 'title');
  return (title && inlineText(title.children).trim()) || '未命名草稿';
}

/**
 * The first words of its body: the first block after the title with words of its own (not just unfilled
 * 【placeholders】, as a skeleton's 称呼 is), else the first with any text.
 */
export function recoveryFirstLine(r: Recovery): string {
  const texts = r.draft.content.filter((b) => b.type !== 'title').map((b) => inlineText(b.children).trim());
  const t = texts.find((x) => x.replace(/【[^】]*】/g, '').replace(/[\s：:，,。]/g, '').length > 0) ?? texts.find(Boolean);
  if (!t) return '（没有正文）';
  return t.length > 48 ? t.slice(0, 48) + '……' : t;
}

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

export const recoveries = {
  /** Asks the host for the copies no one holds (none in a read-only window: those belong to the other instance). */
  async refresh(): Promise<Recovery[]> {
    if (useApp.getState().readOnly) return [];
    try {
      const list = await host.draftRecoveryList();
      useApp.setState({ recoveries: list });
      return list;
    } catch (e) {
      say(failureText('未能读取恢复副本', e), true);
      return useApp.getState().recoveries;
    }
  },

  /** At start-up: the dialog, if there is anything to recover. */
  async offer(): Promise<void> {
    if ((await recoveries.refresh()).length) openDialog((close) => <RecoveryDialog close={close} />, { key: 'recovery' });
  },

  /** Takes the copy over for this page and opens it; false if it could not be (taken by another tab, gone). */
  async restore(r: Recovery): Promise<boolean> {
    if (!(await mayDiscard())) return false;
    let claimed: Recovery;
    try {
      claimed = await host.draftRecoveryClaim(r.id);
    } catch (e) {
      say(failureText('未能恢复', e), true);
      await recoveries.refresh();
      return false;
    }
    const version = claimed.path ? await versionToSaveOver(claimed) : null;
    session.load(claimed.draft, claimed.path, claimed.path ? `${fileName(claimed.path)}（已恢复）` : '恢复的草稿（未保存）', { unsaved: '已恢复，尚未保存', version });
    recoveryCopy.held(useApp.getState().session!.key, claimed.id);
    useApp.setState((s) => ({ recoveries: s.recoveries.filter((x) => x.id !== r.id) }));
    return true;
  },

  async discard(r: Recovery): Promise<void> {
    const ok = await confirm({
      title: '放弃这份草稿？',
      message: `“${recoveryName(r)}”（自动保存于 ${when(r.savedAt)}）的内容将被删除，无法找回。`,
      yes: '放弃',
      no: '返回',
    });
    if (!ok) return;
    try {
      await host.draftClearRecovery(r.id);
    } catch (e) {
      say(failureText('未能删除恢复副本', e), true);
    }
    await recoveries.refresh();
  },
};

/**
 * The version a restored draft's saves are checked against. The copy was written after the file's last save
 * if the file is no newer than it: then the file as it is now is what the text was based on. A file saved
 * after the copy (in another window, say) is not — the first save then asks before overwriting it.
 */
async function versionToSaveOver(r: Recovery): Promise<string | null> {
  try {
    const disk = await host.draftOpenRecent(r.path!);
    if (!disk.ok || !disk.version) return null;
    const savedAt = Date.parse(disk.draft.meta.updatedAt);
    return Number.isFinite(savedAt) && savedAt <= Date.parse(r.savedAt) ? disk.version : `older-than-disk:${disk.version}`;
  } catch {
    return null;
  }
}

/** The copies as a list with 恢复 / 放弃 on each (the dialog and the start screen). */
export function RecoveryList({ onRestored }: { onRestored?(): void }) {
  const list = useApp((s) => s.recoveries);
  return (
    <ul className="recovery-list" data-testid="recovery-list">
      {list.map((r) => (
        <li key={r.id} className="recovery-item" data-testid="recovery-item">
          <div className="recovery-text">
            <div>
              <b>{recoveryName(r)}</b>
              <span className="muted"> 自动保存于 {when(r.savedAt)}</span>
            </div>
            <div className="muted recovery-first">{recoveryFirstLine(r)}</div>
          </div>
          <div className="recovery-actions">
            <button type="button" className="btn small" onClick={() => void recoveries.discard(r)}>
              放弃
            </button>
            <button
              type="button"
              className="btn small primary"
              onClick={async () => {
                if (await recoveries.restore(r)) onRestored?.();
              }}
            >
              恢复
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}

function RecoveryDialog({ close }: { close(): void }) {
  const count = useApp((s) => s.recoveries.length);
  if (count === 0) {
    queueMicrotask(close);
    return null;
  }
  return (
    <Dialog title="恢复未保存的草稿" testId="recovery-dialog" onClose={close} wide={count > 1}>
      <p>
        {count > 1 ? `有 ${count} 份草稿` : '有一份草稿'}
        没有正常保存（程序意外关闭，或窗口关闭时尚未保存）。可以逐一恢复或放弃；暂不处理的，会在开始页继续保留。
      </p>
      <RecoveryList onRestored={close} />
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={close}>
          以后再说
        </button>
      </div>
    </Dialog>
  );
}
