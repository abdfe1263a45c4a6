/** At start-up: the corpus (the largest answer, asked for first), preferences, recent drafts, notices, and a crash's recovery copy. */
import { useEffect } from 'react';
import { host } from '../host';
import { offerRecovery } from '../features/files/RecoveryDialog';
import { useApp } from './store';
import { say } from './toasts';

export function useStartup(): void {
  useEffect(() => {
    let live = true;
    // Requested alongside the rest, not after it.
    host.corpusData().then(
      (corpus) => live && useApp.setState({ corpus }),
      (e) => live && useApp.setState({ corpusError: `语料载入失败：${(e as Error).message}` }),
    );
    Promise.all([host.startup(), host.prefsGet(), host.draftRecovery(), host.draftRecent()])
      .then(([info, prefs, recovery, recent]) => {
        if (!live) return;
        useApp.setState({ notices: info.notices, prefs, recent });
        if (recovery) offerRecovery(recovery);
      })
      .catch((e) => say(`无法连接到本机服务：${(e as Error).message}`, true));
    return () => {
      live = false;
    };
  }, []);
}
