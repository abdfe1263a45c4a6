/**
 * An import the user started from the corpus manager: the files or folder picked, the job running in the
 * host's worker, its progress polled (files done of total, the file in hand) and its outcome kept for the
 * manager to show. It lives outside the dialog, so closing the dialog neither stops the import nor loses
 * its outcome (the status line shows it meanwhile), and the editor stays free: nothing here waits on the job.
 */
import { create } from 'zustand';
import type { ImportJob } from '../../../electron/api';
import { orSay, say } from '../../app/toasts';
import { host } from '../../host';
import { watchArchive } from './archive-sync';
import { outcomeText } from './import-outcome';

interface ImportState {
  /** The job while it runs (and its last progress). */
  job: ImportJob | null;
  /** The file picker is open or the first files are on their way. */
  starting: boolean;
  /** 取消 was pressed and the worker has not stopped yet (it finishes the file in hand). */
  cancelling: boolean;
  /** How the last job ended, until the user starts another or dismisses it. */
  outcome: ImportJob | null;
  /** The manager is open and shows the outcome itself (else a toast says it). */
  inView: boolean;
}

export const useImport = create<ImportState>(() => ({ job: null, starting: false, cancelling: false, outcome: null, inView: false }));

const POLL_MS = 250;

/** Pick files (or a folder) and import them in the background. */
export async function startImport(folder: boolean): Promise<void> {
  if (useImport.getState().job || useImport.getState().starting) return;
  useImport.setState({ starting: true, outcome: null });
  const job = await orSay('未能开始导入', () => host.pickAndStartCorpusImport({ folder }));
  useImport.setState({ starting: false });
  if (!job) return;
  useImport.setState({ job, cancelling: false });
  follow(job);
}

export async function cancelImport(): Promise<void> {
  const job = useImport.getState().job;
  if (!job) return;
  useImport.setState({ cancelling: true });
  const r = await orSay('未能取消导入', () => host.corpusImportCancel(job.id));
  if (r) update(r);
}

export function dismissOutcome(): void {
  useImport.setState({ outcome: null });
}

function follow(job: ImportJob): void {
  if (job.state !== 'running') return finish(job);
  window.setTimeout(async () => {
    const cur = useImport.getState().job;
    if (cur?.id !== job.id) return;
    try {
      update(await host.corpusImportStatus(job.id));
    } catch (e) {
      finish({ ...cur, state: 'failed', current: null, error: `无法获取导入进度：${(e as Error).message}` });
    }
  }, POLL_MS);
}

function update(job: ImportJob): void {
  if (useImport.getState().job?.id !== job.id) return;
  if (job.state === 'running') {
    useImport.setState({ job });
    follow(job);
  } else finish(job);
}

function finish(job: ImportJob): void {
  if (useImport.getState().outcome?.id === job.id) return;
  useImport.setState({ job: null, cancelling: false, outcome: job });
  // The skeleton picker, phrases and sections follow (archive-sync fetches them once the archive settles).
  watchArchive();
  if (!useImport.getState().inView) say(outcomeText(job), job.state === 'failed');
}
