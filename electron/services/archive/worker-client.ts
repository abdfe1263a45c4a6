/**
 * The host's side of the archive worker: starts it, relays acts to it and tracks import jobs from its progress
 * messages, so `corpusImportStatus` is answered from memory without asking the worker. If the worker dies
 * (a file that exhausts memory, a native crash), the running job is reported as failed, naming the file,
 * and a new worker starts and replays the ledger; the file it died on is never analysed again on its own.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { ArchiveStatus, ImportJob } from '../../api';
import type { ImportIssue } from '../../core/corpus/types';
import { UserError } from '../user-error';
import type { Command, FromWorker, ImportInput, ToWorker } from './protocol';
import { startThread, type WorkerScript } from './thread';

export type { WorkerScript };

export function defaultWorkerScript(): WorkerScript {
  // Packaged: scripts inside app.asar cannot start a worker; electron-builder unpacks this one (asarUnpack).
  const unpacked = (p: string) => p.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  const bundled = unpacked(path.join(__dirname, 'archive-worker.js'));
  if (existsSync(bundled)) return { file: bundled, typescript: false };
  // Sources: this module's own folder (tsx, vitest), or the repository a test bundle runs from.
  const source = [path.join(__dirname, 'worker.ts'), path.join(process.cwd(), 'electron', 'services', 'archive', 'worker.ts')].find((p) => existsSync(p));
  if (source) return { file: source, typescript: true };
  throw new Error(`archive worker script not found next to ${__dirname}`);
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: unknown): void;
}

interface TrackedJob {
  job: ImportJob;
  waiters: ((j: ImportJob) => void)[];
}

const MAX_RESTARTS = 5;

export class ArchiveWorkerClient {
  private worker: Worker | null = null;
  private rid = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly jobs = new Map<string, TrackedJob>();
  private working: string | null = null;
  private readonly poisoned: string[] = [];
  private restarts: number[] = [];
  private closed = false;
  private readyResolve!: () => void;
  private readyReject!: (e: unknown) => void;
  /** Resolves once the built-in corpus is in the database. */
  readonly ready: Promise<void>;
  task: ArchiveStatus['task'] = null;
  readonly notices: string[] = [];
  /** Called when a job's state changes (the service keeps the last import's issues). */
  onJobEnd: (job: ImportJob) => void = () => undefined;

  /** A start put off (startAfterMs): the timer that starts the worker unless something needs it first. */
  private startTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * `startAfterMs`: start the worker that much later, unless something asks for it first (a call, an import).
   * For a later start, whose queries need no worker: its start-up (about 0.4 s of CPU on a 2-core machine with
   * 10,000 documents: two threads booted and their code loaded, the seed derived again to check the engine, the
   * originals listed) then does not compete with the window's first second.
   */
  constructor(private readonly o: { dataDir: string; assetsDir: string; script?: WorkerScript; analysers?: number; startAfterMs?: number; log?: (s: string) => void }) {
    this.ready = new Promise((resolve, reject) => {
      this.readyResolve = resolve;
      this.readyReject = reject;
    });
    // A rejection nobody awaits yet must not crash the host.
    this.ready.catch(() => undefined);
    if (o.startAfterMs) {
      this.startTimer = setTimeout(() => this.startNow(), o.startAfterMs);
      // Waiting to start is no reason to keep a process alive.
      this.startTimer.unref?.();
    } else this.spawn();
  }

  /** Starts a worker that was waiting (startAfterMs); nothing otherwise. */
  private startNow(): void {
    if (!this.startTimer) return;
    clearTimeout(this.startTimer);
    this.startTimer = null;
    if (!this.closed) this.spawn();
  }

  private log(s: string): void {
    (this.o.log ?? ((l: string) => process.stderr.write(l + '\n')))(s);
  }

  private spawn(): void {
    const script = this.o.script ?? defaultWorkerScript();
    const w = startThread(script, { archiveWorker: true, role: 'writer' });
    this.worker = w;
    // The host (its server, its window) decides when the process ends, not a worker waiting for work.
    w.unref();
    w.on('message', (m: FromWorker) => this.onMessage(m));
    w.on('error', (e) => this.log(`[archive] worker error: ${e.stack ?? e}`));
    w.on('exit', (code) => this.onExit(w, code));
    this.send({ t: 'init', init: { dataDir: this.o.dataDir, assetsDir: this.o.assetsDir, poisoned: [...this.poisoned], script, analysers: this.o.analysers } });
  }

  private send(m: ToWorker): void {
    this.worker?.postMessage(m);
  }

  private onMessage(m: FromWorker): void {
    switch (m.t) {
      case 'ready':
        this.readyResolve();
        break;
      case 'job': {
        const t = this.jobs.get(m.job.id);
        if (!t) break;
        t.job = m.job;
        if (m.job.state !== 'running') {
          for (const w of t.waiters.splice(0)) w(m.job);
          this.onJobEnd(m.job);
        }
        break;
      }
      case 'task':
        this.task = m.task;
        break;
      case 'working':
        this.working = m.hash;
        break;
      case 'notice':
        this.notices.push(m.text);
        break;
      case 'reply': {
        const p = this.pending.get(m.rid);
        this.pending.delete(m.rid);
        if (!p) break;
        if (m.ok) p.resolve(m.result);
        else p.reject(m.user ? new UserError(m.error, m.code) : new Error(m.error));
        break;
      }
      case 'log':
        this.log(`[archive] ${m.text}`);
        break;
    }
  }

  private onExit(w: Worker, code: number): void {
    if (this.worker !== w) return;
    this.worker = null;
    if (this.closed) return;
    this.log(`[archive] worker exited (${code})`);
    const culprit = this.working;
    if (culprit && !this.poisoned.includes(culprit)) this.poisoned.push(culprit);
    this.working = null;
    this.task = null;
    for (const t of this.jobs.values()) {
      if (t.job.state !== 'running') continue;
      const at = t.job.current ? `处理“${path.basename(t.job.current)}”时` : '';
      t.job = { ...t.job, state: 'failed', current: null, error: `${at}后台进程意外退出，导入已停止；此前完成的 ${t.job.imported} 份已保存` };
      for (const waiter of t.waiters.splice(0)) waiter(t.job);
      this.onJobEnd(t.job);
    }
    for (const p of this.pending.values()) p.reject(new UserError('语料库后台进程意外退出，请重试', 'UNAVAILABLE'));
    this.pending.clear();
    const now = Date.now();
    this.restarts = this.restarts.filter((t) => now - t < 60_000);
    if (this.restarts.length >= MAX_RESTARTS) {
      this.readyReject(new UserError('语料库后台进程反复退出，请重启程序', 'UNAVAILABLE'));
      return;
    }
    this.restarts.push(now);
    this.spawn();
  }

  call<T>(cmd: Command): Promise<T> {
    this.startNow();
    if (!this.worker) return Promise.reject(new UserError('语料库后台进程未运行，请重启程序', 'UNAVAILABLE'));
    const rid = ++this.rid;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(rid, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ t: 'call', rid, cmd });
    });
  }

  startJob(files: ImportInput[], expected = files.length, issues: ImportIssue[] = []): ImportJob {
    this.startNow();
    if (!this.worker) throw new UserError('语料库后台进程未运行，请重启程序', 'UNAVAILABLE');
    const id = randomUUID();
    const job: ImportJob = { id, state: 'running', total: Math.max(expected, files.length), done: 0, current: null, imported: 0, skipped: 0, issues };
    this.jobs.set(id, { job, waiters: [] });
    this.send({ t: 'start', id, files, expected, issues });
    return job;
  }

  append(id: string, files: ImportInput[]): ImportJob {
    const t = this.tracked(id);
    if (t.job.state !== 'running') throw new UserError('该导入已结束，不能再追加文件', 'REFUSED');
    this.send({ t: 'append', id, files });
    return t.job;
  }

  cancel(id: string): ImportJob {
    const t = this.tracked(id);
    if (t.job.state === 'running') this.send({ t: 'cancel', id });
    return t.job;
  }

  status(id: string): ImportJob {
    return this.tracked(id).job;
  }

  /** The job once it has ended. */
  wait(id: string): Promise<ImportJob> {
    const t = this.tracked(id);
    if (t.job.state !== 'running') return Promise.resolve(t.job);
    return new Promise((resolve) => t.waiters.push(resolve));
  }

  runningJob(): ImportJob | null {
    for (const t of this.jobs.values()) if (t.job.state === 'running') return t.job;
    return null;
  }

  private tracked(id: string): TrackedJob {
    const t = this.jobs.get(id);
    if (!t) throw new UserError('找不到该导入任务（可能程序已重启）', 'NOT_FOUND');
    return t;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.startTimer) clearTimeout(this.startTimer);
    this.startTimer = null;
    const w = this.worker;
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new UserError('语料库已关闭', 'UNAVAILABLE'));
    this.pending.clear();
    if (w) await w.terminate();
  }
}
