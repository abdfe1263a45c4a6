/**
 * Autosave to this page's recovery copy every few seconds (the setting) while there are changes, in the
 * browser's idle time — serialising a long draft takes a few milliseconds, which must not land inside a
 * keystroke — and a warning before the window closes with changes that are not even autosaved.
 *
 * An autosave that fails keeps trying at the next tick (the changes stay marked); the status bar says why in
 * the host's own sentence (“自动保存失败：磁盘空间已满。…”), or “本机服务未响应，正在重试…” while the service
 * cannot be reached. One that succeeds again lets a save waiting for the service go at once. A read-only
 * window (another instance has the data directory) does not autosave.
 */
import { useEffect } from 'react';
import { HostError } from '../../electron/api';
import { host } from '../host';
import { recoveryCopy } from '../features/files/recovery-copy';
import { RETRYING, retryNow, saveIsPending } from '../features/files/saving';
import { tellOpenElsewhere } from '../features/files/file-commands';
import { clock, session } from './session';
import { settingsOf, useApp } from './store';
import { say } from './toasts';

/** The last failure said, so a failure repeating every few seconds is said once. */
let lastFailure: string | null = null;
/** Sessions already told that their file is open elsewhere. */
let toldElsewhere = -1;

async function autosave(): Promise<void> {
  const s = useApp.getState();
  if (!s.autosaveDirty || !s.session || s.readOnly) return;
  const key = s.session.key;
  useApp.setState({ autosaveDirty: false });
  try {
    const r = await host.draftAutosave(session.current()!, s.session.path);
    lastFailure = null;
    recoveryCopy.held(key, r.recoveryId);
    const now = useApp.getState();
    if (now.session?.key !== key) return;
    if (r.openElsewhere && toldElsewhere !== key) {
      toldElsewhere = key;
      tellOpenElsewhere(now.session.name);
    }
    if (saveIsPending()) return void retryNow();
    // A save that failed or waits on her answer (未能保存…, 未保存：文件已被其他程序修改) stays said: the recovery copy
    // being current does not make the file saved.
    if (now.dirty && !now.saveState.startsWith('未')) useApp.setState({ saveState: `已自动保存 ${clock()}` });
  } catch (e) {
    const unreachable = e instanceof HostError && (e.code === 'UNAVAILABLE' || e.code === 'BAD_RESPONSE');
    const message = unreachable ? RETRYING : (e as Error).message;
    if (useApp.getState().session?.key === key) useApp.setState({ autosaveDirty: true, saveState: message });
    if (message !== lastFailure && !unreachable) say(message, true);
    lastFailure = message;
  }
}

export function useAutosave(): void {
  const sessionKey = useApp((s) => s.session?.key);
  const seconds = useApp((s) => settingsOf(s).autosaveSeconds);

  useEffect(() => {
    if (sessionKey === undefined) return;
    let idle = 0;
    const id = window.setInterval(() => {
      if (!useApp.getState().autosaveDirty || idle) return;
      // Never more than half a second late.
      idle = window.requestIdleCallback(() => ((idle = 0), void autosave()), { timeout: 500 });
    }, Math.max(1, seconds) * 1000);
    return () => {
      window.clearInterval(id);
      if (idle) window.cancelIdleCallback(idle);
    };
  }, [sessionKey, seconds]);

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      const { dirty, autosaveDirty } = useApp.getState();
      if (dirty && autosaveDirty) e.preventDefault(); // autosaved changes are recoverable: no question then
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
