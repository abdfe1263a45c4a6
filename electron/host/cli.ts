/**
 * `node dist/host/server.js [--port N] [--data-dir DIR] [--open] [--read-only]`: the browser host.
 * Prints exactly one line `GONGWEN_HOST_URL=http://127.0.0.1:PORT/#token=TOKEN` on stdout once listening
 * (the e2e suite and start.mjs parse it; keep it stable); everything else goes to stderr.
 *
 * One host per data directory (data-dir-lock.ts): a second start on a directory another browser host holds
 * prints that host's line instead (and opens it with --open) and exits 0 — the user lands in the running
 * instance; if an Electron window holds it, it says so and exits 3. `--read-only` serves the directory
 * without taking it (nothing is written).
 *
 * A host started after one that crashed on the same directory (its lock left behind) listens at that one's
 * address — same port, same token — unless `--port` says otherwise, so the tabs still open on the old address
 * reach it again: their unsaved text is saved as soon as the service is back (renderer/features/files/saving.ts).
 * The token was already in the lock file; it is no more exposed for being reused.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findAppRoot } from '../app-root';
import { acquireDataDirLock, describeHolder, type DataDirLock, type LockHolder } from '../services/data-dir-lock';
import { fsErrorMessage } from '../services/fs-errors';
import { createServices } from '../services/services';
import { realEngines } from '../services/engines';
import { startServer } from './server';

declare const __APP_VERSION__: string | undefined;

interface Args {
  /** Undefined: not given (a crashed predecessor's port, else any free one). */
  port?: number;
  dataDir: string;
  open: boolean;
  readOnly: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    dataDir: process.env.GONGWEN_DATA_DIR || path.join(os.homedir(), '.config', 'gongwen-drafter'),
    open: false,
    readOnly: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--port') a.port = Number(argv[++i]);
    else if (k === '--data-dir') a.dataDir = path.resolve(argv[++i] ?? '');
    else if (k === '--open') a.open = true;
    else if (k === '--read-only') a.readOnly = true;
    else if (k === '--help' || k === '-h') {
      process.stderr.write('用法 / usage: server.js [--port N] [--data-dir DIR] [--open] [--read-only]\n');
      process.exit(0);
    } else fail(`未知参数 / unknown argument: ${k}`);
  }
  if (a.port !== undefined && (!Number.isInteger(a.port) || a.port < 0 || a.port > 65535)) fail('--port 需要 0–65535 之间的整数 / --port needs an integer 0–65535');
  return a;
}

function fail(msg: string): never {
  process.stderr.write(msg + '\n');
  process.exit(2);
}

/** dist/host/server.js → the repo (or packaged app) root holding dist/renderer and assets/. */
function appRoot(): string {
  return findAppRoot(__dirname) ?? fail('找不到 assets/seed-reports.txt / cannot find the app folder');
}

/**
 * Takes the data directory, or hands the user to the instance that has it (and exits). Null lock: go on without
 * one. `previous`: the address of a browser host that crashed holding it.
 */
function takeDataDir(args: Args): { lock: DataDirLock | null; previous?: { port: number; token: string } } {
  let r;
  try {
    r = acquireDataDirLock(args.dataDir, { host: 'browser' });
  } catch (e) {
    // A directory where not even the lock can be written (full or read-only disk): start anyway and say so;
    // the services report each failed write with its own message.
    process.stderr.write(`[notice] ${fsErrorMessage(e, '锁定数据目录', args.dataDir)}\n`);
    return { lock: null };
  }
  if (r.ok) return { lock: r.lock, previous: addressOf(r.previous) };
  const h = r.holder;
  process.stderr.write(describeHolder(h, args.dataDir) + '\n');
  if (h.host === 'browser' && h.url) {
    process.stderr.write(`公文起草助手已在运行，请使用这个地址（只读查看请加 --read-only 另行启动）/ already running at:\n`);
    process.stdout.write(`GONGWEN_HOST_URL=${h.url}\n`);
    if (args.open) openInBrowser(h.url);
    process.exit(0);
  }
  process.stderr.write('请切换到已打开的公文起草助手窗口；如只想查看，可加 --read-only 参数启动 / another instance holds the data directory; use it, or start with --read-only\n');
  process.exit(3);
}

function addressOf(h: LockHolder | undefined): { port: number; token: string } | undefined {
  if (!h?.url || h.host !== 'browser' || h.hostname !== os.hostname()) return undefined;
  const u = new URL(h.url);
  const token = /token=([A-Za-z0-9_-]+)/.exec(u.hash)?.[1];
  return token ? { port: Number(u.port), token } : undefined;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = appRoot();
  const rendererDir = path.join(root, 'dist', 'renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) fail(`界面尚未构建，请先运行 npm run build / renderer not built: ${rendererDir}`);
  const { lock, previous } = args.readOnly ? { lock: null } : takeDataDir(args);
  const services = await createServices({
    dataDir: args.dataDir,
    assetsDir: path.join(root, 'assets'),
    host: 'browser',
    version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev',
    readOnly: args.readOnly ? { notice: '以只读方式打开（--read-only）：可以查看和打开草稿，但不能保存、自动保存或修改设置与语料。' } : undefined,
    ...realEngines,
  });
  for (const n of (await services.api.startup()).notices) process.stderr.write(`[notice] ${n}\n`);
  const listen = (port: number, token?: string) => startServer({ api: services.api, apiFor: services.apiFor, rendererDir, port, token });
  let running;
  try {
    // Where the crashed host was, if that port is still free; else a fresh address.
    running = args.port === undefined && previous ? await listen(previous.port, previous.token).catch(() => listen(0)) : await listen(args.port ?? 0);
  } catch (e) {
    lock?.release();
    fail(`无法监听 127.0.0.1:${args.port ?? 0}（${(e as NodeJS.ErrnoException).code ?? e}）/ cannot listen`);
  }
  lock?.setUrl(running.url);
  process.stdout.write(`GONGWEN_HOST_URL=${running.url}\n`);
  // Warm the archive (its pages, the prepared statements) while the browser loads the page: the page's first
  // questions are the skeletons and a page of phrases. The corpus itself is never sent (issue 12).
  void services.api.corpusSkeletons().then(() => services.api.corpusPhrases({ limit: 1 })).catch(() => undefined);
  process.stderr.write(`公文起草助手（浏览器模式${args.readOnly ? '，只读' : ''}）数据目录 / data dir: ${args.dataDir}\n`);
  if (args.open) openInBrowser(running.url);
  // As the Electron main quits: the archive's worker is stopped between transactions before the lock goes.
  const stop = () => void running.close().then(() => services.corpus.close().catch(() => undefined)).then(() => process.exit(0));
  process.on('exit', () => lock?.release());
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

export function openInBrowser(url: string): void {
  const cmd = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  try {
    const p = spawn(cmd, args, { stdio: 'ignore', detached: true });
    p.on('error', () => process.stderr.write(`无法自动打开浏览器，请手动访问上面的地址 / open the URL above in a browser\n`));
    p.unref();
  } catch {
    process.stderr.write('无法自动打开浏览器，请手动访问上面的地址 / open the URL above in a browser\n');
  }
}

main().catch((e) => {
  // A start that fails (e.g. a full disk) ends with one line saying why, not a stack trace.
  process.stderr.write(`公文起草助手无法启动：${(e as NodeJS.ErrnoException)?.code ? fsErrorMessage(e, '启动') : ((e as Error)?.message ?? e)}\n`);
  if (process.env.GONGWEN_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? e}\n`);
  process.exit(1);
});
