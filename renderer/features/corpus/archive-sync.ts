/**
 * Keeping the renderer's view of the archive current. After the user changes the archive (an import, a
 * removal, a correction) `archiveVersion` is bumped and the skeletons asked for again (app/archive.ts), so the skeleton picker,
 * the phrase panel and the section library show the change. Some effects land a moment after the act (the
 * worker refreshes skeletons after it), so the archive's status is polled for a while after each act and the
 * data fetched again whenever its version moves. A first-start migration or rebuild is watched the same way,
 * for the quiet status line (ArchiveActivity), and the data fetched once it ends.
 */
import { create } from 'zustand';
import type { ArchiveStatus } from '../../../electron/api';
import { archiveChanged } from '../../app/archive';
import { useApp } from '../../app/store';
import { failureText, say } from '../../app/toasts';
import { host } from '../../host';

/** What the archive is doing, as last polled (null before the first answer). */
export const useArchive = create<{ status: ArchiveStatus | null }>(() => ({ status: null }));

let refreshing: Promise<void> | null = null;
let again = false;
/** The last fetch failed: the page's phrases, skeletons and sections are behind the archive until one succeeds. */
let behind = false;

/** Ask the archive again (one request at a time; a call during one runs another after it). */
export function refreshCorpus(): Promise<void> {
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      again = false;
      // What the user did is kept in the archive; only the page's view is behind. What is shown stays, she is
      // told once, and the next poll (or opening 语料库 again) tries again.
      if (await archiveChanged()) behind = false;
      else {
        if (!behind) say(`语料库的更改已保存，但语料未能重新载入（${useApp.getState().corpusError ?? '本机服务未响应'}）。请稍后重新打开语料库，或重新启动程序`, true);
        behind = true;
      }
    } while (again);
  })().finally(() => (refreshing = null));
  return refreshing;
}

/** Poll while the archive is busy, and for a while after an act. */
const BUSY_MS = 1000;
const SETTLING_MS = 400;
/** How long after an act (or the last change seen) the archive may still change because of it. */
const SETTLE_FOR_MS = 4000;

let timer: number | null = null;
let watchUntil = 0;
let lastVersion: string | null = null;
let wasBusy = false;

/**
 * Watch the archive for `ms` (0: one look, then only while a background task or import runs). Call after an
 * act that changes it; called once at start.
 */
export function watchArchive(ms = SETTLE_FOR_MS): void {
  watchUntil = Math.max(watchUntil, Date.now() + ms);
  if (timer !== null) window.clearTimeout(timer);
  timer = window.setTimeout(poll, 0);
}

async function poll(): Promise<void> {
  timer = null;
  let status: ArchiveStatus;
  try {
    status = await host.corpusStatus();
  } catch {
    if (Date.now() < watchUntil) timer = window.setTimeout(poll, BUSY_MS);
    return;
  }
  useArchive.setState({ status });
  const busy = !!(status.task || status.job);
  const changed = lastVersion !== null && status.version !== lastVersion;
  lastVersion = status.version;
  // While a migration or an import runs, the data is fetched once at its end, not after every file.
  if (!busy && (changed || wasBusy || behind)) {
    void refreshCorpus();
    watchUntil = Math.max(watchUntil, Date.now() + SETTLE_FOR_MS);
  }
  wasBusy = busy;
  if (timer === null && (busy || Date.now() < watchUntil)) timer = window.setTimeout(poll, busy ? BUSY_MS : SETTLING_MS);
}
