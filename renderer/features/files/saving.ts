/**
 * Ctrl+S and 另存为 as the user lives them. A save that cannot reach the local service (or finds the file held
 * by another program) keeps the text in the page, says so, and is retried by itself until it lands — the status
 * bar says “本机服务未响应，正在重试…” meanwhile; pressing Ctrl+S again retries at once. A save over a file that
 * another program changed since it was opened asks first (保留两份 / 覆盖 / 比较, ChangedOnDiskDialog). Every
 * other refusal (disk full, read-only, name too long…) is said in the host's own words, and the error stays
 * on screen until the user closes it.
 */
import { HostError, type OpenResult, type SaveResult } from '../../../electron/api';
import type { BlockElement, Draft } from '#core/draft/model';
import { writtenText } from '#core/draft/outline';
import { host } from '../../host';
import { EDITED, session, suggestName } from '../../app/session';
import { useApp } from '../../app/store';
import { failureText, say, unsay } from '../../app/toasts';
import { openChangedOnDisk } from './ChangedOnDiskDialog';
import { recoveryCopy } from './recovery-copy';
import { askSaveName } from './SaveNameDialog';

export const RETRYING = '本机服务未响应，正在重试…';
const WAITING = '本机服务未响应，仍在等待…';
const SAVING = '正在保存…';
const FAILED = '未能保存，有未保存的修改';

interface Job {
  /** The session (open draft) this save is for: a save for a draft since closed is dropped. */
  key: number;
  /** Ctrl+S over the draft's file, or 另存为 (the host asks where, or names it in its drafts folder). */
  kind: 'save' | 'saveAs';
  /** The user chose “覆盖” over a file changed on disk. */
  overwrite?: boolean;
  /** 保留两份: saved beside the changed file under a free name (…（2）) without asking for one. */
  besideIt?: boolean;
}

/** A save waiting to be retried (the service unreachable, the file locked). */
let pending: { job: Job; delay: number; timer: number } | null = null;
let inFlight = false;
/** Ctrl+S pressed again while a save was on its way: once it lands, the text as it is then is saved too. */
let saveAgain: Job['kind'] | null = null;
/** The last error said about this save, taken down once it succeeds. */
let lastError: string | null = null;

const FIRST_RETRY_MS = 2000;
const MAX_RETRY_MS = 15_000;

/** Starts a save of the open draft (or, while one waits to be retried, retries it now). */
export function startSave(kind: Job['kind'], opts: { overwrite?: boolean; besideIt?: boolean } = {}): Promise<void> {
  const s = useApp.getState();
  if (!s.session) return Promise.resolve();
  if (s.readOnly) {
    say('当前为只读模式（另一个公文起草助手正在使用同一数据目录），不能保存。可以用“导出纯文本”或“复制富文本”留存内容。', true);
    return Promise.resolve();
  }
  if (inFlight) {
    saveAgain = kind;
    return Promise.resolve();
  }
  // Ctrl+S on a new draft with nothing in it would only make an empty 未命名草稿.
  const draft = session.current();
  if (!s.session.path && draft && isBlank(draft)) {
    say('草稿还是空的：先写标题或正文，再保存');
    return Promise.resolve();
  }
  if (pending && pending.job.key === s.session.key && kind === pending.job.kind && !opts.overwrite) return retryNow();
  cancelRetry();
  return attempt({ key: s.session.key, kind, ...opts });
}

/** The service answered again (an autosave went through): a waiting save goes now. */
export function retryNow(): Promise<void> {
  if (!pending || inFlight) return Promise.resolve();
  const { job } = pending;
  cancelRetry();
  return attempt(job);
}

/** Whether a save is waiting to be retried (the status bar then says so). */
export function saveIsPending(): boolean {
  return pending !== null;
}

function cancelRetry(): void {
  if (pending) window.clearTimeout(pending.timer);
  pending = null;
}

const current = (key: number) => {
  const s = useApp.getState().session;
  return s && s.key === key ? s : null;
};

function setSaveState(key: number, saveState: string): void {
  if (current(key)) useApp.setState({ saveState });
}

const isBlank = (d: Draft) => (d.content as BlockElement[]).every((b) => !writtenText(b.children).trim());

async function attempt(job: Job): Promise<void> {
  const s = current(job.key);
  const draft = session.current();
  if (!s || !draft) return;
  if (job.kind === 'save' && !s.path) job = { ...job, kind: 'saveAs' };
  if (job.kind === 'saveAs' && host.kind === 'browser' && !job.besideIt) return saveAsNamed(job, draft);
  const mark = session.mark();
  const before = useApp.getState().saveState;
  inFlight = true;
  // Said only if the answer is slow: a save that lands at once just says 已保存.
  const slow = window.setTimeout(() => setSaveState(job.key, SAVING), 400);
  const stuck = window.setTimeout(() => setSaveState(job.key, WAITING), 5000);
  let r: SaveResult | null;
  try {
    r =
      job.kind === 'save'
        ? await host.draftSave(draft, s.path!, { baseVersion: s.version, overwrite: job.overwrite })
        : await host.saveAs(draft, suggestName(draft.content as BlockElement[]));
  } catch (e) {
    return failed(job, e);
  } finally {
    inFlight = false;
    window.clearTimeout(slow);
    window.clearTimeout(stuck);
  }
  // 另存为 cancelled: the state as it was.
  if (!r) return setSaveState(job.key, useApp.getState().dirty && mark !== session.mark() ? EDITED : before);
  if (r.ok) return done(job, r, mark);
  if (r.code === 'CHANGED_ON_DISK') return changedOnDisk(job, draft, r.diskVersion ?? null);
  // Antivirus, backup and sync tools hold a file for moments: worth trying again by itself.
  if (r.code === 'FILE_LOCKED') return retryLater(job, `${r.error}。将自动重试`);
  giveUp(job, r.error);
}

function done(job: Job, r: Extract<SaveResult, { ok: true }>, mark: number): void {
  cancelRetry();
  const again = saveAgain;
  saveAgain = null;
  if (lastError) unsay(lastError);
  lastError = null;
  const clean = mark === session.mark();
  if (current(job.key)) session.saved(r.path, r.name, r.version, mark);
  // The saved text is the newest there is: this draft's recovery copy has nothing more to give.
  if (clean) recoveryCopy.dropAfterSave(job.key);
  if (job.kind === 'saveAs') say(`已保存为“${r.name}”`);
  if (r.warnings.length) say(`已保存。${r.warnings.join('；')}`, true);
  host.draftRecent().then((recent) => useApp.setState({ recent }), () => undefined);
  if (again && !clean && current(job.key)) void startSave('save');
}

/**
 * 另存为 in the browser host, which has no save dialog: she names the draft (SaveNameDialog). The dialog saves
 * the text as it is when she confirms, under exactly that name, and keeps her name on screen when the save
 * fails (the service gone, the name taken) so that she can try again.
 */
async function saveAsNamed(job: Job, draft: Draft): Promise<void> {
  const before = useApp.getState().saveState;
  let mark = session.mark();
  inFlight = true;
  try {
    const r = await askSaveName(suggestName(draft.content as BlockElement[]), (name) => {
      mark = session.mark();
      return host.draftSaveNew(session.current() ?? draft, name, { exact: true });
    });
    inFlight = false;
    if (r) done(job, r, mark);
    else setSaveState(job.key, before);
  } finally {
    inFlight = false;
  }
}

function failed(job: Job, e: unknown): void {
  const code = e instanceof HostError ? e.code : undefined;
  if (code === 'UNAVAILABLE' || code === 'BAD_RESPONSE') return retryLater(job, `${failureText('未能保存', e)}。服务恢复后会自动保存`);
  giveUp(job, failureText('未能保存', e));
}

function giveUp(job: Job, message: string): void {
  cancelRetry();
  saveAgain = null;
  lastError = message;
  say(message, true);
  setSaveState(job.key, FAILED);
}

function retryLater(job: Job, message: string): void {
  if (!current(job.key)) return cancelRetry();
  if (message !== lastError) say(message, true);
  lastError = message;
  setSaveState(job.key, RETRYING);
  const delay = pending ? Math.min(pending.delay * 2, MAX_RETRY_MS) : FIRST_RETRY_MS;
  window.clearTimeout(pending?.timer);
  pending = { job, delay, timer: window.setTimeout(() => void probe(job), delay) };
}

/** Is the service back? Then this page takes its recovery copy back (a restarted host forgot whose it was) and saves. */
async function probe(job: Job): Promise<void> {
  if (!pending || pending.job !== job) return;
  if (!current(job.key)) return cancelRetry();
  try {
    await host.sessionPing();
  } catch {
    return retryLater(job, lastError ?? RETRYING);
  }
  await recoveryCopy.reclaim(job.key);
  await retryNow();
}

/**
 * CHANGED_ON_DISK: the file is not what this page opened. If it holds exactly this text, it was this page's own
 * save whose answer was lost (the service stopped right after writing): save on. Otherwise ask.
 */
async function changedOnDisk(job: Job, mine: Draft, diskVersion: string | null): Promise<void> {
  const s = current(job.key);
  if (!s?.path) return;
  const path = s.path;
  let disk: OpenResult | null = null;
  try {
    disk = await host.draftOpenRecent(path);
  } catch {
    /* compared without it: the dialog says the disk version could not be read */
  }
  if (disk?.ok && JSON.stringify(disk.draft.content) === JSON.stringify(mine.content)) {
    useApp.setState((st) => ({ session: st.session && st.session.key === job.key ? { ...st.session, version: disk.version ?? diskVersion } : st.session }));
    return attempt(job);
  }
  cancelRetry();
  setSaveState(job.key, '未保存：文件已被其他程序修改');
  openChangedOnDisk({
    name: s.name,
    theirs: disk?.ok ? disk.draft : null,
    mine,
    onKeepBoth: () => void startSave('saveAs', { besideIt: true }),
    onOverwrite: () => void startSave('save', { overwrite: true }),
  });
}
