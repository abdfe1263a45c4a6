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
}

/** Analyse and derive one file (in whichever thread runs it). */
export async function deriveRequest(r: DeriveRequest): Promise<Derived> {
  const { docs, issues } = await analyseFile(r.name, r.bytes);
  return {
    issues,
    docs: docs.map((d, i) => {
      const key = docKey(r.hash, i + 1, r.builtinName);
      return deriveDocument({ ...d, id: key }, i + 1, r.corrections[key] ?? null);
    }),
  };
}

/** How many analysis threads: the cores left once the host and the writing thread have theirs, at most four. */
export function analyserCount(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(0, Math.min(4, cores - 2));
}

interface Task {
  req: DeriveRequest;
  resolve(d: Derived): void;
  reject(e: Error): void;
}

/** A thread's memory ceiling (MB): far above any real report, low enough that a pathological file stops there. */
const MAX_HEAP_MB = 1536;

export class DerivePool {
  private readonly idle: Worker[] = [];
  private readonly queue: Task[] = [];
  private readonly busy = new Map<Worker, Task>();
  private closed = false;

  constructor(
    readonly size: number,
    private readonly spawnThread: (resourceLimits: { maxOldGenerationSizeMb: number }) => Worker,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.start());
  }

  private start(): Worker {
    const w = this.spawnThread({ maxOldGenerationSizeMb: MAX_HEAP_MB });
    w.unref();
    w.on('message', (m: { ok: true; derived: Derived } | { ok: false; error: string }) => {
      const t = this.busy.get(w);
      this.busy.delete(w);
      this.idle.push(w);
      if (t) {
        if (m.ok) t.resolve(m.derived);
        else t.reject(new Error(m.error));
      }
      this.next();
    });
    w.on('error', (e) => {
      const t = this.busy.get(w);
      this.busy.delete(w);
      t?.reject(new Error((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? '文件过于复杂，分析时内存不足' : e.message));
    });
    w.on('exit', () => {
      const t = this.busy.get(w);
      this.busy.delete(w);
      const i = this.idle.indexOf(w);
      if (i >= 0) this.idle.splice(i, 1);
      t?.reject(new Error('分析线程意外退出'));
      if (!this.closed) {
        this.idle.push(this.start());
        this.next();
      }
    });
    return w;
  }

  run(req: DeriveRequest): Promise<Derived> {
    return new Promise((resolve, reject) => {
      this.queue.push({ req, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const t = this.queue.shift()!;
      this.busy.set(w, t);
      w.postMessage(t.req);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }
}

/** The `derive` role: answer each request with the derived file. */
export function serveDerive(): void {
  parentPort!.on('message', (req: DeriveRequest) => {
    deriveRequest(req).then(
      (derived) => parentPort!.postMessage({ ok: true, derived }),
      (e) => parentPort!.postMessage({ ok: false, error: (e as Error).message }),
    );
  });
}
