/**
 * One writer per data directory. Two hosts on one directory (a second `npm start`, or Electron next to a
 * browser host) would each keep settings, favourites and recovery copies in memory and overwrite the other's
 * writes; so the first one takes `<dataDir>/instance.lock` and a second one learns who holds it — to send the
 * user there, or to open read-only.
 *
 * The lock file is created whole or not at all (a complete temp file hard-linked into place), so it never
 * exists half-written. A lock whose process is gone (a crash, SIGKILL, power cut) is stale and taken over.
 */
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync, openSync, closeSync, writeSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { isProcessAlive } from './atomic-write';
import { errnoCode, logFailure } from './fs-errors';

export const LOCK_FILE = 'instance.lock';

export interface LockHolder {
  pid: number;
  hostname: string;
  host: 'electron' | 'browser';
  /** The browser host's address (with its token), where a second start can send the user. */
  url?: string;
  startedAt: string;
}

export interface DataDirLock {
  readonly file: string;
  /** Records the browser host's URL once it listens. */
  setUrl(url: string): void;
  release(): void;
}

/** `previous`: the holder of a stale lock this one took over (a host that crashed), if it could be read. */
export type LockResult = { ok: true; lock: DataDirLock; previous?: LockHolder } | { ok: false; holder: LockHolder };

/** Locks this process holds (a second acquire in the same process is refused, not mistaken for a stale lock). */
const heldHere = new Set<string>();

export interface AcquireOptions {
  /** Whether the holder is still running; default: its pid is alive (on this machine). */
  isAlive?: (h: LockHolder) => boolean;
}

export function acquireDataDirLock(dataDir: string, me: { host: 'electron' | 'browser' }, o: AcquireOptions = {}): LockResult {
  const file = path.join(dataDir, LOCK_FILE);
  mkdirSync(dataDir, { recursive: true });
  const isAlive = o.isAlive ?? defaultIsAlive;
  const info: LockHolder = { pid: process.pid, hostname: os.hostname(), host: me.host, startedAt: new Date().toISOString() };
  let previous: LockHolder | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (heldHere.has(file)) return { ok: false, holder: parseHolder(readOr(file, '') ?? '') ?? info };
    if (createExclusive(file, JSON.stringify(info))) {
      heldHere.add(file);
      return { ok: true, lock: makeLock(file, info), ...(previous && { previous }) };
    }
    const text = readOr(file, null);
    if (text === null) continue; // released meanwhile: try again
    const holder = parseHolder(text);
    if (holder && isAlive(holder)) return { ok: false, holder };
    previous = holder ?? undefined;
    // Stale (or unreadable junk): remove it, but only if it is still the very file we judged.
    if (readOr(file, null) === text) rmSync(file, { force: true });
  }
  throw Object.assign(new Error(`cannot take ${file}`), { code: 'EBUSY' });
}

function defaultIsAlive(h: LockHolder): boolean {
  // Another machine (a shared network folder): its processes cannot be seen from here, so trust the lock.
  if (h.hostname !== os.hostname()) return true;
  // Our own pid in a lock we do not hold is a leftover from an earlier process that had the same pid.
  if (h.pid === process.pid) return false;
  return isProcessAlive(h.pid);
}

/** Creates `file` with `data` if it does not exist; false if it does. */
function createExclusive(file: string, data: string): boolean {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, data, { mode: 0o600 });
  try {
    linkSync(tmp, file);
    return true;
  } catch (e) {
    const c = errnoCode(e);
    if (c === 'EEXIST') return false;
    if (c !== 'EPERM' && c !== 'ENOTSUP' && c !== 'EOPNOTSUPP' && c !== 'ENOSYS') throw e;
    // No hard links on this file system: exclusive create, then write (a crash in between leaves junk,
    // which the next start treats as stale).
    let fd: number;
    try {
      fd = openSync(file, 'wx', 0o600);
    } catch (e2) {
      if (errnoCode(e2) === 'EEXIST') return false;
      throw e2;
    }
    try {
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    return true;
  } finally {
    rmSync(tmp, { force: true });
  }
}

function makeLock(file: string, info: LockHolder): DataDirLock {
  let current = info;
  const ours = () => parseHolder(readOr(file, '') ?? '')?.pid === process.pid;
  return {
    file,
    setUrl(url) {
      current = { ...current, url };
      const tmp = `${file}.${process.pid}.url.tmp`;
      try {
        writeFileSync(tmp, JSON.stringify(current), { mode: 0o600 });
        renameSync(tmp, file);
      } catch (e) {
        rmSync(tmp, { force: true });
        logFailure('[lock] could not record the URL:', e);
      }
    },
    release() {
      if (!heldHere.delete(file)) return;
      try {
        if (ours()) rmSync(file, { force: true });
      } catch {
        /* a lock left behind is stale once we exit */
      }
    },
  };
}

function readOr<T>(file: string, fallback: T): string | T {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

/** Only the browser host's own kind of address: it may be opened in the user's browser from a dialog. */
const HOST_URL = /^http:\/\/(127\.0\.0\.1|localhost):\d{1,5}\/#token=[A-Za-z0-9_-]{1,200}$/;

function parseHolder(text: string): LockHolder | null {
  try {
    const v = JSON.parse(text) as Partial<LockHolder>;
    if (typeof v.pid !== 'number' || typeof v.hostname !== 'string' || (v.host !== 'electron' && v.host !== 'browser')) return null;
    return { pid: v.pid, hostname: v.hostname, host: v.host, url: typeof v.url === 'string' && HOST_URL.test(v.url) ? v.url : undefined, startedAt: typeof v.startedAt === 'string' ? v.startedAt : '' };
  } catch {
    return null;
  }
}

/** “另一个公文起草助手…正在使用数据目录…” for the dialog or the console. */
export function describeHolder(h: LockHolder, dataDir: string): string {
  const who = h.host === 'browser' ? '浏览器模式的公文起草助手' : '公文起草助手';
  const where = h.hostname !== os.hostname() ? `（在计算机 ${h.hostname} 上，进程 ${h.pid}）` : `（进程 ${h.pid}）`;
  return `另一个${who}${where}正在使用数据目录 ${dataDir}。同一数据目录同时只能由一个程序修改，以免设置、收藏和草稿互相覆盖。`;
}
