/**
 * The archive as the renderer sees it: the host answers queries (skeletons here; phrases, sections and 复用率
 * where they are shown), so the page never holds the corpus. Whatever changes the archive (an import, a reset)
 * bumps `archiveVersion`, and what was asked is asked again.
 */
import { host } from '../host';
import { useApp } from './store';
import { failureText } from './toasts';

/**
 * One skeleton per genre, for 新建 and the outline's guidance; a failure leaves the panels saying why. Resolves
 * true once they are current, false (the error kept in `corpusError`) when the host could not answer.
 */
export function loadSkeletons(): Promise<boolean> {
  const version = useApp.getState().archiveVersion;
  return host.corpusSkeletons().then(
    (skeletons) => {
      if (useApp.getState().archiveVersion === version) useApp.setState({ skeletons, corpusError: null });
      return true;
    },
    (e) => {
      if (useApp.getState().archiveVersion === version) useApp.setState({ corpusError: failureText('语料载入失败', e) });
      return false;
    },
  );
}

/**
 * The archive changed (an import, a removal, a correction, a reset): queries are asked again — skeletons at once,
 * the panels and 复用率 on their next look. Resolves as loadSkeletons does.
 */
export function archiveChanged(): Promise<boolean> {
  useApp.setState((s) => ({ archiveVersion: s.archiveVersion + 1 }));
  return loadSkeletons();
}
