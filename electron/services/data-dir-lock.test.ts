import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock, LOCK_FILE, type DataDirLock } from './data-dir-lock';

const dirs: string[] = [];
const locks: DataDirLock[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'gw-lock-'));
  dirs.push(d);
  return d;
};
let live: ChildProcess;
let deadPid: number;
beforeAll(async () => {
  live = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  const dead = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  deadPid = dead.pid!;
  await new Promise((r) => dead.once('exit', r));
});
afterAll(() => live.kill('SIGKILL'));
afterEach(() => {
  for (const l of locks.splice(0)) l.release();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const holderFile = (dir: string, pid: number, extra: object = {}) =>
  writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid, hostname: os.hostname(), host: 'browser', startedAt: '2026-01-01T00:00:00Z', ...extra }));

describe('data directory lock', () => {
  it('the first taker holds it; a second is told who (with the browser host’s URL); release lets the next one in', () => {
    const d = tmp();
    const a = acquireDataDirLock(d, { host: 'browser' });
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    locks.push(a.lock);
    a.lock.setUrl('http://127.0.0.1:1234/#token=t');
    // In-process second taker (a second services instance by mistake) is refused too.
    const b = acquireDataDirLock(d, { host: 'electron' });
    expect(b).toMatchObject({ ok: false, holder: { pid: process.pid, host: 'browser' } });
    a.lock.release();
    expect(existsSync(path.join(d, LOCK_FILE))).toBe(false);
    const c = acquireDataDirLock(d, { host: 'electron' });
    expect(c.ok).toBe(true);
    if (c.ok) locks.push(c.lock);
  });

  it('a running process’s lock is respected; a dead one’s (crash, SIGKILL) is taken over', () => {
    const held = tmp();
    holderFile(held, live.pid!, { url: 'http://127.0.0.1:9/#token=x' });
    expect(acquireDataDirLock(held, { host: 'browser' })).toEqual({ ok: false, holder: expect.objectContaining({ pid: live.pid, url: 'http://127.0.0.1:9/#token=x' }) });

    const stale = tmp();
    holderFile(stale, deadPid, { url: 'http://127.0.0.1:4321/#token=crashed' });
    const r = acquireDataDirLock(stale, { host: 'browser' });
    expect(r.ok).toBe(true);
    if (r.ok) locks.push(r.lock);
    expect(JSON.parse(readFileSync(path.join(stale, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    // Who held it is passed on, so a restarted browser host can listen where the crashed one did.
    expect(r.ok && r.previous).toMatchObject({ pid: deadPid, host: 'browser', url: 'http://127.0.0.1:4321/#token=crashed' });
  });

  it('only a browser host’s own kind of address is passed on (it may be opened from a dialog)', () => {
    for (const [url, kept] of [
      ['http://127.0.0.1:39517/#token=abc_-1', true],
      ['http://localhost:8080/#token=x', true],
      ['file:///etc/passwd', false],
      ['http://evil.example/#token=x', false],
      ['javascript:alert(1)', false],
      ['http://127.0.0.1:1/x#token=a', false],
    ] as const) {
      const d = tmp();
      holderFile(d, live.pid!, { url });
      const r = acquireDataDirLock(d, { host: 'electron' });
      expect(r.ok ? 'taken' : r.holder.url, url).toBe(kept ? url : undefined);
    }
  });

  it('junk in the lock file (a crash while writing it on a file system without hard links) counts as stale', () => {
    const d = tmp();
    writeFileSync(path.join(d, LOCK_FILE), '{"pid": 12');
    const r = acquireDataDirLock(d, { host: 'browser' });
    expect(r.ok).toBe(true);
    if (r.ok) locks.push(r.lock);
  });

  it('a lock from another machine (a shared network folder) is respected', () => {
    const d = tmp();
    writeFileSync(path.join(d, LOCK_FILE), JSON.stringify({ pid: deadPid, hostname: 'another-pc', host: 'electron', startedAt: '' }));
    expect(acquireDataDirLock(d, { host: 'browser' })).toMatchObject({ ok: false, holder: { hostname: 'another-pc' } });
  });

  it('of many processes starting at once on one directory, exactly one gets it', async () => {
    const d = tmp();
    // Each process holds what it got until every one has answered (stdin closes then): on a loaded machine the
    // starts spread over seconds, and a holder that had already exited would rightly count as stale.
    const script = `
      const { acquireDataDirLock } = require(${JSON.stringify(path.join(__dirname, 'data-dir-lock.ts'))});
      const r = acquireDataDirLock(process.argv[1], { host: 'browser' });
      process.stdout.write(r.ok ? 'got' : 'refused');
      process.stdin.resume();
      process.stdin.on('end', () => process.exit(0));`;
    const children = Array.from({ length: 8 }, () => spawn(process.execPath, ['--import', 'tsx', '-e', script, d], { stdio: ['pipe', 'pipe', 'inherit'] }));
    const outs = await Promise.all(
      children.map(
        (p) =>
          new Promise<string>((resolve) => {
            let out = '';
            p.stdout!.on('data', (c) => {
              out += c;
              if (out === 'got' || out === 'refused') resolve(out);
            });
            p.on('exit', () => resolve(out));
          }),
      ),
    );
    for (const p of children) p.stdin!.end();
    await Promise.all(children.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.on('exit', r)))));
    expect(outs.filter((o) => o === 'got')).toHaveLength(1);
    expect(outs.filter((o) => o === 'refused')).toHaveLength(7);
  });
});
