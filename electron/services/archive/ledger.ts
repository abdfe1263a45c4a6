/**
 * The ledger: what the user did to the archive, one JSON line per act (import, remove, reset, restore,
 * correct), appended and never edited. With the originals it is the archive's record; the database is
 * rebuilt from the two by replaying it. The database remembers how many ledger bytes it has applied
 * (meta `ledger_offset`, written in the same transaction as the act), so a start after a crash replays
 * exactly the acts the database missed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentCorrections } from './corrections';

export type LedgerOp =
  | { op: 'import'; hash: string; name: string; ext: string; size: number; at: string }
  | { op: 'remove'; keys: string[]; token: string; at: string }
  /** Every imported document live at that point is removed under `token`. */
  | { op: 'reset'; token: string; at: string }
  | { op: 'restore'; token?: string; keys?: string[]; at: string }
  | { op: 'correct'; key: string; corrections: DocumentCorrections | null; at: string };

export interface LedgerEntry {
  op: LedgerOp;
  /** Byte offset just after this line. */
  end: number;
}

export class Ledger {
  private dirMade = false;

  constructor(readonly file: string) {}

  size(): number {
    try {
      return fs.statSync(this.file).size;
    } catch {
      return 0;
    }
  }

  exists(): boolean {
    return fs.existsSync(this.file);
  }

  /** Append one act; returns the ledger's new size. */
  append(op: LedgerOp): number {
    return this.appendAll([op]);
  }

  /** Append acts in one write (an import batch's lines); returns the ledger's new size. */
  appendAll(ops: LedgerOp[]): number {
    if (!this.dirMade) {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      this.dirMade = true;
    }
    const fd = fs.openSync(this.file, 'a+', 0o600);
    try {
      // A line torn by a crash has no newline; start a fresh line so the next act is readable.
      const size = fs.fstatSync(fd).size;
      let prefix = '';
      if (size > 0) {
        const last = Buffer.alloc(1);
        fs.readSync(fd, last, 0, 1, size - 1);
        if (last[0] !== 0x0a) prefix = '\n';
      }
      const data = Buffer.from(prefix + ops.map((op) => JSON.stringify(op) + '\n').join(''));
      fs.writeSync(fd, data);
      return size + data.length;
    } finally {
      fs.closeSync(fd);
    }
  }

  /** Make the appended acts durable (called at the end of a job and after each command). */
  sync(): void {
    let fd: number | undefined;
    try {
      fd = fs.openSync(this.file, 'r+');
      fs.fsyncSync(fd);
    } catch {
      // No ledger yet.
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }

  /** sync() on libuv's threads (during an import, so writing goes on meanwhile). */
  async syncInBackground(): Promise<void> {
    let h: fs.promises.FileHandle | undefined;
    try {
      h = await fs.promises.open(this.file, 'r+');
      await h.sync();
    } catch {
      // No ledger yet.
    } finally {
      await h?.close();
    }
  }

  /** The complete, readable acts from byte `offset` on (a torn or unreadable line is skipped). */
  readFrom(offset = 0): LedgerEntry[] {
    let buf: Buffer;
    try {
      buf = fs.readFileSync(this.file);
    } catch {
      return [];
    }
    const out: LedgerEntry[] = [];
    let start = offset;
    while (start < buf.length) {
      const nl = buf.indexOf(0x0a, start);
      if (nl < 0) break; // torn last line: the act never completed
      const line = buf.subarray(start, nl).toString('utf8');
      start = nl + 1;
      if (!line.trim()) continue;
      try {
        const op = JSON.parse(line) as LedgerOp;
        if (op && typeof op === 'object' && typeof op.op === 'string') out.push({ op, end: start });
      } catch {
        // A damaged line loses that one act, not the ledger.
      }
    }
    return out;
  }

  /** Replace the ledger with `ops` (compaction), atomically. */
  rewrite(ops: LedgerOp[]): number {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = this.file + '.tmp';
    const data = ops.map((o) => JSON.stringify(o) + '\n').join('');
    const fd = fs.openSync(tmp, 'w', 0o600);
    try {
      fs.writeSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, this.file);
    return Buffer.byteLength(data);
  }
}
