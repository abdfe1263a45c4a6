/**
 * Crash-safe file replacement. A save must never leave the user's file empty or half-written, even if the
 * process is killed mid-write or the machine loses power: we write a temp file in the same directory (so the
 * rename cannot cross file systems), fsync it, rename it over the target (atomic on POSIX and on NTFS via
 * MoveFileEx), then fsync the directory so the rename itself is durable.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface AtomicWriteOptions {
  /** Keep the file's previous content as `<file>.bak` (itself replaced atomically). */
  backup?: boolean;
}

export async function atomicWriteFile(file: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  if (opts.backup) {
    let previous: Buffer | null = null;
    try {
      previous = await fs.readFile(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    // An empty previous file is never worth keeping over an earlier good backup.
    if (previous && previous.byteLength > 0) await replaceFile(file + '.bak', previous);
  }
  await replaceFile(file, data);
}

async function replaceFile(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
  try {
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await syncDir(dir);
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

/** Temp files a killed process left behind (`.<name>.<pid>.<hex>.tmp`); safe to delete at start. */
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
    if (!m || Number(m[1]) === process.pid) continue;
    await fs.rm(path.join(dir, name), { force: true });
    n++;
  }
  return n;
}
