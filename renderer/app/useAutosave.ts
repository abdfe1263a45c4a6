/**
 * Autosave to the recovery file every few seconds (the setting) while there are changes, in the browser's idle
 * time — serialising a long draft takes a few milliseconds, which must not land inside a keystroke — and a
 * warning before the window closes with changes that are not even autosaved.
 */
import { useEffect } from 'react';
import { host } from '../host';
import { clock, session } from './session';
import { settingsOf, useApp } from './store';

async function autosave(): Promise<void> {
  const s = useApp.getState();
  if (!s.autosaveDirty || !s.session) return;
  useApp.setState({ autosaveDirty: false });
  try {
    await host.draftAutosave(session.current()!, s.session.path);
    if (useApp.getState().dirty) useApp.setState({ saveState: `已自动保存 ${clock()}` });
  } catch (e) {
    useApp.setState({ autosaveDirty: true, saveState: `自动保存失败：${(e as Error).message}` });
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
