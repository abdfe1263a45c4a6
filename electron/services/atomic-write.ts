/**
 * Crash-safe file replacement. A save must never leave the user's file empty or half-written, even if the
 * process is killed mid-write or the machine loses power: we write a temp file in the same directory (so the
 * rename cannot cross file systems), fsync it, rename it over the target (atomic on POSIX and on NTFS via
 * MoveFileEx), then fsync the directory so the rename itself is durable.
 */
import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { backupPathFor, truncateBytes } from './file-names';
import { errnoCode, retryTransient } from './fs-errors';

export interface AtomicWriteOptions {
  /** Keep the file's previous content as its backup (`<file>.bak`, see backupPathFor), itself replaced atomically. */
  backup?: boolean;
}

export async function atomicWriteFile(file: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  if (opts.backup) {
    let previous: Buffer | null = null;
    try {
      previous = await retryTransient(() => fs.readFile(file));
    } catch (e) {
      if (errnoCode(e) !== 'ENOENT') throw e;
    }
    // An empty previous file is never worth keeping over an earlier good backup.
    if (previous && previous.byteLength > 0) await replaceFile(backupPathFor(file), previous);
  }
  await replaceFile(file, data);
}

/**
 * Temp names stay short whatever the target's name (a long name plus a suffix must not exceed 255 bytes) and
 * carry the pid, so a later start can tell a dead process's leftovers from a live one's.
 */
function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${truncateBytes(path.basename(file), 48)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes and fsyncs a new temp file next to `file`; returns its path. */
async function writeTemp(file: string, data: string | Uint8Array): Promise<string> {
  const tmp = tempPathFor(file);
  const handle = await fs.open(tmp, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (e) {
    await handle.close().catch(() => {});
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await handle.close();
  return tmp;
}

async function replaceFile(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = await writeTemp(file, data);
  try {
    // A scanner or sync tool holding the target for a moment is common on Windows; wait for it briefly.
    await retryTransient(() => fs.rename(tmp, file));
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await syncDir(path.dirname(file));
}

/**
 * Creates a file that did not exist, atomically and without ever replacing another: tries `nameFor(1)`,
 * `nameFor(2)`, … in `dir` and returns the path taken. The content appears whole or not at all (hard link of
 * a complete temp file, which fails if the name exists), so concurrent calls with one name get distinct files.
 */
export async function writeNewFile(dir: string, nameFor: (n: number) => string, data: string | Uint8Array, maxTries = 10_000): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  const tmp = await writeTemp(path.join(dir, nameFor(1)), data);
  try {
    for (let n = 1; n <= maxTries; n++) {
      const target = path.join(dir, nameFor(n));
      try {
        await linkExclusive(tmp, target);
      } catch (e) {
        if (errnoCode(e) === 'EEXIST') continue;
        throw e;
      }
      await syncDir(dir);
      return target;
    }
    throw Object.assign(new Error(`no free name in ${dir}`), { code: 'EEXIST' });
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

/** Hard link, or — on file systems without hard links (FAT, some network shares) — an exclusive copy. */
async function linkExclusive(from: string, to: string): Promise<void> {
  try {
    await fs.link(from, to);
  } catch (e) {
    const c = errnoCode(e);
    if (c !== 'EPERM' && c !== 'ENOTSUP' && c !== 'EOPNOTSUPP' && c !== 'ENOSYS' && c !== 'EXDEV') throw e;
    // Still exclusive (fails with EEXIST); not atomic as to content, which only a power cut would show.
    await fs.copyFile(from, to, constants.COPYFILE_EXCL);
  }
}

/** Directory fsync makes the rename durable; Windows cannot open directories, where NTFS journaling covers it. */
async function syncDir(dir: string): Promise<void> {
  let h: fs.FileHandle | undefined;
  try {
    h = await fs.open(dir, 'r');
    await h.sync();
  } catch {
    // EISDIR/EPERM on Windows; nothing more we can do.
  } finally {
    await h?.close().catch(() => {});
  }
}

/** Whether a process with this id is running (EPERM: it is, under another user). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errnoCode(e) === 'EPERM';
  }
}

/** Temp files a killed process left behind (`.<name>.<pid>.<hex>.tmp`); those of running processes are kept. */
export async function removeStaleTempFiles(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  let n = 0;
  for (const name of names) {
    const m = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name);
    if (!m || isProcessAlive(Number(m[1]))) continue;
    await fs.rm(path.join(dir, name), { force: true }).catch(() => {});
    n++;
  }
  return n;
}
