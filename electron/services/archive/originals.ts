/**
 * The originals: every imported file kept byte for byte, named by its content hash
 * (`<dataDir>/archive/originals/ab/abcdef….txt`), so the store never depends on the user's file name (a
 * name of 80 Chinese characters, or one that is just `.txt`, is a column in the database, not a path), the
 * same content is kept once, and a file can be checked against its name at any time.
 *
 * Files rather than blobs in the database: a damaged database is rebuilt from these, so they must not
 * share its fate. Writes are atomic (temp file, rename), so a killed import leaves either the whole file or
 * none. They are flushed to disk in groups (flush(): at the end of an import and every few seconds of one, while it goes on),
 * not one by one: an fdatasync per file cost more than analysing the file on a busy disk, and a power cut
 * in between loses at most the last seconds of an import whose source files the user still has.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The extension kept on disk: lower case, letters and digits only, so no user text reaches the path. */
export function safeExt(ext: string): string {
  const e = ext.toLowerCase();
  return /^\.[a-z0-9]{1,10}$/.test(e) ? e : '';
}

export class Originals {
  /** Written since the last flush. */
  private unsynced: string[] = [];
  /** Shard directories made or being made (a mkdir per file cost as much as the write; several files of one shard are staged at once). */
  private readonly making = new Map<string, Promise<void>>();

  constructor(readonly dir: string) {}

  pathOf(hash: string, ext: string): string {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error(`bad content hash: ${hash.slice(0, 80)}`);
    return path.join(this.dir, hash.slice(0, 2), hash + safeExt(ext));
  }

  has(hash: string, ext: string): boolean {
    return fs.existsSync(this.pathOf(hash, ext));
  }

  read(hash: string, ext: string): Uint8Array {
    return new Uint8Array(fs.readFileSync(this.pathOf(hash, ext)));
  }

  /**
   * The first half of keeping an original, ahead of time and off this thread: the bytes in a temp file beside
   * where they will be kept, written on libuv's threads while the file is analysed. Creating a file is the slow part of
   * keeping one (about 1 ms on a virtual disk, more under an antivirus: as much as the file's database rows),
   * and an import's writer thread is its bottleneck; place() then only renames. A temp file never counts as
   * an original: one left by a kill or a cancel is deleted at the next start (list()), or by discard().
   */
  async stage(hash: string, ext: string, bytes: Uint8Array): Promise<Staged> {
    const file = this.pathOf(hash, ext);
    const dir = path.dirname(file);
    let made = this.making.get(dir);
    if (!made) {
      made = fs.promises.mkdir(dir, { recursive: true }).then(
        () => undefined,
        (e) => {
          this.making.delete(dir);
          throw e;
        },
      );
      this.making.set(dir, made);
    }
    await made;
    const tmp = tempPath(dir, hash);
    try {
      await fs.promises.writeFile(tmp, bytes, { flag: 'wx', mode: 0o600 });
    } catch (e) {
      await fs.promises.rm(tmp, { force: true });
      throw e;
    }
    return { tmp, file };
  }

  /** The second half: a staged file kept under its hash (a no-op, bar removing the temp file, when it is already there). */
  place(s: Staged): void {
    if (fs.existsSync(s.file)) fs.rmSync(s.tmp, { force: true });
    else {
      fs.renameSync(s.tmp, s.file);
      this.unsynced.push(s.file);
    }
  }

  /** A staged file that will not be kept (its import was cancelled or failed). */
  discard(s: Staged): void {
    fs.rm(s.tmp, { force: true }, () => undefined);
  }

  /**
   * Make every original written since the last flush durable (its data, then the directory entries). The
   * fsyncs run on libuv's threads, several at once (the file system commits them together), so an import
   * goes on analysing and writing meanwhile. A file written meanwhile waits for the next flush.
   */
  async flush(): Promise<void> {
    const files = this.unsynced;
    this.unsynced = [];
    const dirs = new Set<string>();
    let next = 0;
    const lane = async () => {
      while (next < files.length) {
        const f = files[next++];
        if (await syncFile(f, false)) dirs.add(path.dirname(f));
      }
    };
    await Promise.all(Array.from({ length: Math.min(FSYNC_LANES, files.length) }, lane));
    await Promise.all([...dirs].map((d) => syncFile(d, true)));
  }

  remove(hash: string, ext: string): void {
    fs.rmSync(this.pathOf(hash, ext), { force: true });
  }

  /** Every kept original as { hash, ext }; temp files of a killed write are deleted on the way. */
  list(): { hash: string; ext: string }[] {
    const out: { hash: string; ext: string }[] = [];
    let shards: string[];
    try {
      shards = fs.readdirSync(this.dir);
    } catch {
      return out;
    }
    for (const shard of shards) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      const d = path.join(this.dir, shard);
      for (const name of fs.readdirSync(d)) {
        if (name.endsWith('.tmp')) {
          fs.rmSync(path.join(d, name), { force: true });
          continue;
        }
        const m = /^([0-9a-f]{64})(\.[a-z0-9]{1,10})?$/.exec(name);
        if (m) out.push({ hash: m[1], ext: m[2] ?? '' });
      }
    }
    return out;
  }
}

/** A file staged for keeping: its temp name, and the name it is kept under. */
export interface Staged {
  tmp: string;
  file: string;
}

function tempPath(dir: string, hash: string): string {
  return path.join(dir, `.${hash}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** fsyncs in flight at once during a flush (libuv runs four by default). */
const FSYNC_LANES = 4;

/** fdatasync a file (fsync a directory); false when it is gone (purged since) or cannot be opened (a directory on Windows: NTFS journals the rename). */
async function syncFile(p: string, dir: boolean): Promise<boolean> {
  let h: fs.promises.FileHandle | undefined;
  try {
    h = await fs.promises.open(p, 'r');
    if (dir) await h.sync();
    else await h.datasync();
    return true;
  } catch {
    return false;
  } finally {
    await h?.close();
  }
}
