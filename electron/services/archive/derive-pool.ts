/**
 * Analysis in parallel: the archive worker hands files to a few more threads running the corpus engine (the
 * same script in its `derive` role) and writes what comes back, in order. The engine's analysis of a file is
 * most of an import's time and needs nothing but the file, so on a machine with cores to spare an import goes
 * that many times faster. Each thread has its own memory limit: a file that would exhaust it fails alone,
 * with a message, instead of taking the import down.
 */
import os from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import type { ImportIssue } from '../../core/corpus/types';
import type { DocumentCorrections } from './corrections';
import { analyseFile, deriveDocument, docKey, type DerivedDoc } from './derive';
import { textKey } from './text-key';

export interface DeriveRequest {
  hash: string;
  name: string;
  bytes: Uint8Array;
  /** The seed's documents keep their historic ids (seed-reports.txt#N). */
  builtinName?: string;
  corrections: Record<string, DocumentCorrections | null>;
}

export interface Derived {
  docs: DerivedDoc[];
  issues: ImportIssue[];
  /** The docs' text key (text-key.ts), null without docs: the import checks it and the writer stores it. */
  textKey: string | null;
}

/** Analyse and derive one file (in whichever thread runs it). */
export async function deriveRequest(r: DeriveRequest): Promise<Derived> {
  const { docs: analysed, issues } = await analyseFile(r.name, r.bytes);
  const docs = analysed.map((d, i) => {
    const key = docKey(r.hash, i + 1, r.builtinName);
    return deriveDocument({ ...d, id: key }, i + 1, r.corrections[key] ?? null);
  });
  // Here rather than in the writing thread, which bounds an import once there are analysis threads to spare.
  return { issues, docs, textKey: docs.length ? textKey(docs) : null };
}

/**
 * How many analysis threads: one core is left to the writing thread and the host (the writer spends most of
 * an import waiting for analyses; the host only answers queries), the others analyse; at most four.
 */
export function analyserCount(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(0, Math.min(4, cores - 1));
}

interface Task {
  id: number;
  req: DeriveRequest;
  resolve(d: Derived): void;
  reject(e: Error): void;
}

type Answer = { id: number; ok: true; derived: Derived } | { id: number; ok: false; error: string };

/** A thread's memory ceiling (MB): far above any real report, low enough that a pathological file stops there. */
const MAX_HEAP_MB = 1536;

/**
 * Each thread is handed several files at once and analyses them in order, so it never waits for the writing
 * thread to hand it the next (the writer is busy for a while each time it commits a batch).
 */
export class DerivePool {
  /** Each thread's files, in the order it analyses them: the first is the one in progress. */
  private readonly threads = new Map<Worker, Task[]>();
  private closed = false;
  private ids = 0;

  constructor(
    readonly size: number,
    private readonly spawnThread: (resourceLimits: { maxOldGenerationSizeMb: number }) => Worker,
  ) {
    for (let i = 0; i < size; i++) this.start();
  }

  private start(): void {
    const w = this.spawnThread({ maxOldGenerationSizeMb: MAX_HEAP_MB });
    w.unref();
    const tasks: Task[] = [];
    this.threads.set(w, tasks);
    w.on('message', (m: Answer) => {
      const i = tasks.findIndex((t) => t.id === m.id);
      if (i < 0) return;
      const [t] = tasks.splice(i, 1);
      if (m.ok) t.resolve(m.derived);
      else t.reject(new Error(m.error));
    });
    let failure: Error | null = null;
    w.on('error', (e) => {
      failure = new Error((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? '文件过于复杂，分析时内存不足' : e.message);
    });
    w.on('exit', () => {
      this.threads.delete(w);
      // The file in progress is the one that ended the thread; the others queued behind it go to a new one.
      const [current, ...rest] = tasks.splice(0);
      current?.reject(failure ?? new Error('分析线程意外退出'));
      if (this.closed) {
        for (const t of rest) t.reject(new Error('分析线程已关闭'));
        return;
      }
      this.start();
      for (const t of rest) this.assign(t);
    });
  }

  run(req: DeriveRequest): Promise<Derived> {
    return new Promise((resolve, reject) => this.assign({ id: ++this.ids, req, resolve, reject }));
  }

  /** To the thread with the fewest files waiting. */
  private assign(t: Task): void {
    let best: [Worker, Task[]] | null = null;
    for (const e of this.threads) if (!best || e[1].length < best[1].length) best = e;
    if (!best) return t.reject(new Error('分析线程已关闭'));
    best[1].push(t);
    best[0].postMessage({ id: t.id, req: t.req });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.threads.keys()].map((w) => w.terminate()));
  }
}

/** The `derive` role: answer each request with the derived file, one file at a time, in the order received. */
export function serveDerive(): void {
  let chain = Promise.resolve();
  parentPort!.on('message', ({ id, req }: { id: number; req: DeriveRequest }) => {
    chain = chain.then(() =>
      deriveRequest(req).then(
        (derived) => parentPort!.postMessage({ id, ok: true, derived }),
        (e) => parentPort!.postMessage({ id, ok: false, error: (e as Error).message }),
      ),
    );
  });
}
