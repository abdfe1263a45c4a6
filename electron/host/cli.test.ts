/**
 * The browser host as a process (the bundled CLI, as `npm start` runs it): one host per data directory, a
 * second start sent to the first, --read-only, a stale lock after SIGKILL, and a first start on a disk that
 * cannot be written — which must still start, and say why, with no stack trace.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDraft } from '../core/draft/model';
import { nativeModulesOutside } from '../test-support/bundle-with-fake-electron';

const ROOT = path.resolve(__dirname, '..', '..');
let tmp: string;
let server: string;
const running: ChildProcess[] = [];

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gw-cli-'));
  const app = path.join(tmp, 'app');
  mkdirSync(path.join(app, 'assets'), { recursive: true });
  mkdirSync(path.join(app, 'dist', 'renderer'), { recursive: true });
  cpSync(path.join(ROOT, 'assets', 'seed-reports.txt'), path.join(app, 'assets', 'seed-reports.txt'));
  writeFileSync(path.join(app, 'dist', 'renderer', 'index.html'), '<!doctype html><title>公文起草助手</title>');
  server = path.join(app, 'dist', 'host', 'server.js');
  await build({ entryPoints: [path.join(__dirname, 'cli.ts')], outfile: server, bundle: true, platform: 'node', format: 'cjs', target: ['node20'], logLevel: 'error', plugins: [nativeModulesOutside] });
});
afterAll(() => {
  for (const p of running) p.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

interface Started {
  proc: ChildProcess;
  url: string | null;
  exitCode: number | null;
  stderr: () => string;
}

/** Starts the host (on any free port unless `--port` is among `extra`, or `extra` starts with 'no-port'); resolves on its URL line (or its exit). */
function start(dataDir: string, ...extra: string[]): Promise<Started> {
  const port = extra[0] === 'no-port' ? (extra.shift(), []) : ['--port', '0'];
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [server, ...port, '--data-dir', dataDir, ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
    running.push(proc);
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no URL in 30 s:\n${out}\n${err}`)), 30_000);
    let settled = false;
    const done = (url: string | null, exitCode: number | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ proc, url, exitCode, stderr: () => err });
    };
    proc.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /GONGWEN_HOST_URL=(\S+)/.exec(out);
      if (m) done(m[1], proc.exitCode);
    });
    proc.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
    proc.on('exit', (code) => {
      const m = /GONGWEN_HOST_URL=(\S+)/.exec(out);
      done(m ? m[1] : null, code);
    });
  });
}
const exited = (p: ChildProcess) => new Promise<number | null>((r) => (p.exitCode !== null || p.signalCode !== null ? r(p.exitCode) : p.once('exit', (c) => r(c))));

async function call(url: string, method: string, args: unknown[]): Promise<{ status: number; body: { result?: unknown; error?: string; code?: string } }> {
  const u = new URL(url);
  const token = /token=([^&]+)/.exec(u.hash)![1];
  const r = await fetch(`${u.origin}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Gongwen-Token': token }, body: JSON.stringify(args) });
  return { status: r.status, body: (await r.json()) as { result?: unknown; error?: string; code?: string } };
}

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('browser host process', () => {
  it('a second host on the same data directory sends the user to the first, which keeps it', async () => {
    const dataDir = path.join(tmp, 'shared');
    const first = await start(dataDir);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
    const second = await start(dataDir);
    expect(await exited(second.proc)).toBe(0);
    expect(second.url).toBe(first.url);
    expect(second.stderr()).toMatch(/另一个浏览器模式的公文起草助手（进程 \d+）正在使用数据目录/);
    // The first is still the only writer, and it works.
    expect((await call(first.url!, 'prefsToggleFavourite', ['p1'])).status).toBe(200);

    // --read-only serves the same directory beside it, writing nothing.
    const ro = await start(dataDir, '--read-only');
    expect(ro.url).not.toBe(first.url);
    const info = await call(ro.url!, 'startup', []);
    expect(info.body.result).toMatchObject({ readOnly: true });
    expect((await call(ro.url!, 'prefsGet', [])).body.result).toMatchObject({ favourites: ['p1'] });
    const refused = await call(ro.url!, 'draftAutosave', [emptyDraft(), null]);
    expect(refused).toMatchObject({ status: 400, body: { code: 'READ_ONLY_INSTANCE', error: expect.stringMatching(/只读模式/) } });
    ro.proc.kill('SIGTERM');

    // Killed like a crash: the next start finds the lock stale and takes over.
    first.proc.kill('SIGKILL');
    await exited(first.proc);
    const third = await start(dataDir);
    expect(third.url).not.toBe(first.url);
    expect(JSON.parse(readFileSync(path.join(dataDir, 'instance.lock'), 'utf8'))).toMatchObject({ pid: third.proc.pid, url: third.url });

    // Started again without --port after a crash: at the crashed host's address, so its open tabs reach it again.
    third.proc.kill('SIGKILL');
    await exited(third.proc);
    const fourth = await start(dataDir, 'no-port');
    expect(fourth.url).toBe(third.url);
    expect((await call(fourth.url!, 'prefsGet', [])).status).toBe(200);
    // A clean stop releases the lock: the next start gets a fresh address.
    fourth.proc.kill('SIGTERM');
    await exited(fourth.proc);
    const fifth = await start(dataDir, 'no-port');
    expect(fifth.url).not.toBe(third.url);
    fifth.proc.kill('SIGTERM');
    await exited(fifth.proc);
  });

  it('a data directory that cannot be written still starts, says why, and shows no stack trace', async () => {
    const notADir = path.join(tmp, 'a-file');
    writeFileSync(notADir, 'x');
    const s = await start(notADir);
    expect(s.url).not.toBe(null);
    expect(s.stderr()).toMatch(/本次对设置、收藏和自定短语的修改将不会保存/);
    noStackTrace(s.stderr());
    const r = await call(s.url!, 'draftAutosave', [emptyDraft(), null]);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatch(/^自动保存失败：/);
    s.proc.kill('SIGTERM');
  });

  it('the first start on a full disk starts, says so, and autosave reports the full disk', async (ctx) => {
    const mnt = path.join(tmp, 'full');
    mkdirSync(mnt);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt], { stdio: 'ignore' });
    } catch {
      ctx.skip(); // needs root (CI containers run as root; a developer machine may not)
      return;
    }
    try {
      try {
        execFileSync('dd', ['if=/dev/zero', `of=${path.join(mnt, 'filler')}`, 'bs=4k'], { stdio: 'ignore' });
      } catch {
        /* dd stops with ENOSPC: the disk is full */
      }
      const s = await start(path.join(mnt, 'data'));
      expect(s.url).not.toBe(null);
      expect(s.stderr()).toMatch(/磁盘空间已满/);
      noStackTrace(s.stderr());
      const r = await call(s.url!, 'draftAutosave', [emptyDraft(), null]);
      expect(r).toMatchObject({ status: 400, body: { code: 'DISK_FULL', error: expect.stringMatching(/^自动保存失败：磁盘空间已满/) } });
      const saved = await call(s.url!, 'draftSaveNew', [emptyDraft(), '满盘上的稿子']);
      expect(saved.body.result).toMatchObject({ ok: false, code: 'DISK_FULL' });
      s.proc.kill('SIGTERM');
      await exited(s.proc);
    } finally {
      execFileSync('umount', [mnt], { stdio: 'ignore' });
    }
  });
});
