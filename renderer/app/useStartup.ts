/**
 * At start-up: the archive's skeletons (the corpus itself stays in the host, which answers queries), preferences, recent drafts, notices, whether
 * this window is read-only (another instance has the data directory), the autosaved copies left unsaved, and
 * the files the operating system asked to open (a double-clicked .gwdraft; more may come while running).
 */
import { useEffect } from 'react';
import { host } from '../host';
import { files } from '../features/files/file-commands';
import { recoveries } from '../features/files/recovery';
import { loadSkeletons } from './archive';
import { useApp } from './store';
import { failureText, say } from './toasts';

export function useStartup(): void {
  useEffect(() => {
    let live = true;
    // Requested alongside the rest, not after it: the skeletons only (phrases, sections and 复用率 are queries).
    void loadSkeletons();
    Promise.all([host.startup(), host.prefsGet(), host.draftRecent()])
      .then(([info, prefs, recent]) => {
        if (!live) return;
        // Read-only: the host's first notice says who holds the directory; the banner shows it, not the notice bar.
        useApp.setState({
          notices: info.readOnly ? info.notices.slice(1) : info.notices,
          readOnly: info.readOnly ? info.notices[0] || '另一个公文起草助手正在使用同一数据目录。' : null,
          prefs,
          recent,
        });
        // Not in a read-only window: the copies there belong to the instance that has the directory.
        if (!info.readOnly) void recoveries.offer();
      })
      .catch((e) => say(failureText('无法连接到本机服务', e), true));

    const takeOpenRequests = () =>
      host.takeOpenRequests().then(
        (results) => (results.length ? files.openRequested(results) : undefined),
        (e) => say(failureText('未能打开', e), true),
      );
    void takeOpenRequests();
    const stop = host.onOpenRequest(() => void takeOpenRequests());
    return () => {
      live = false;
      stop();
    };
  }, []);
}
