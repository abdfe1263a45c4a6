/**
 * The archive as the renderer sees it: the host answers queries (skeletons here; phrases, sections and 复用率
 * where they are shown), so the page never holds the corpus. Whatever changes the archive (an import, a reset)
 * bumps `archiveVersion`, and what was asked is asked again.
 */
import { host } from '../host';
import { useApp } from './store';
import { failureText } from './toasts';

/** One skeleton per genre, for 新建 and the outline's guidance; a failure leaves the panels saying why. */
export function loadSkeletons(): Promise<void> {
  const version = useApp.getState().archiveVersion;
  return host.corpusSkeletons().then(
    (skeletons) => {
      if (useApp.getState().archiveVersion === version) useApp.setState({ skeletons, corpusError: null });
    },
    (e) => {
      if (useApp.getState().archiveVersion === version) useApp.setState({ corpusError: failureText('语料载入失败', e) });
    },
  );
}

/** The archive changed: queries are asked again (skeletons at once; the panels and 复用率 on their next look). */
export function archiveChanged(): void {
  useApp.setState((s) => ({ archiveVersion: s.archiveVersion + 1 }));
  void loadSkeletons();
}

/** The 语料库 dialog's listing, loaded when it is first opened. */
export async function loadCorpusListing(): Promise<void> {
  if (!useApp.getState().corpus) useApp.setState({ corpus: await host.corpusData() });
}

// The 语料库 dialog puts a fresh listing in the store after an import or a reset: the archive changed.
useApp.subscribe((s, prev) => {
  if (prev.corpus && s.corpus !== prev.corpus) archiveChanged();
});
