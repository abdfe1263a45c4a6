/**
 * Files the operating system hands the app to open: a double-clicked `.gwdraft` (or a .docx dropped on the
 * icon) arrives in `process.argv` at first start, in the second instance's argv (forwarded to the first by
 * Electron's single-instance lock), or — on macOS — as an `open-file` event. Main queues them until the
 * window's page takes them (HostApi.takeOpenRequests).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const OPENABLE = /\.(gwdraft|docx)$/i;

/** The files named in a command line (switches and the app's own path skipped), made absolute against `cwd`. */
export function filesFromArgv(argv: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const a of argv.slice(1)) {
    if (a.startsWith('-') || !OPENABLE.test(a)) continue;
    const abs = path.resolve(cwd, a);
    try {
      if (existsSync(abs) && statSync(abs).isFile() && !out.includes(abs)) out.push(abs);
    } catch {
      /* unreadable: the open itself would say so, but there is nothing to open */
    }
  }
  return out;
}

export class OpenQueue {
  private readonly waiting: string[] = [];

  add(paths: readonly string[]): boolean {
    let added = false;
    for (const p of paths) {
      if (!OPENABLE.test(p)) continue;
      this.waiting.push(path.resolve(p));
      added = true;
    }
    return added;
  }

  /** Everything waiting, each once. */
  takeAll(): string[] {
    return this.waiting.splice(0);
  }
}
