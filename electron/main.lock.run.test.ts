/**
 * Electron main when another instance (here: a browser host) holds the data directory: the user is asked, and
 * either goes to the running one or gets a read-only window. Runs the bundled main against the recording
 * electron stand-in, once per answer (each bundle is a fresh main process).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDraft } from './core/draft/model';
import { bundleWithFakeElectron } from './test-support/bundle-with-fake-electron';

const ROOT = path.resolve(__dirname, '..');
type Envelope = { ok: boolean; result?: unknown; error?: string; code?: string };
interface Rec {
  handlers: Map<string, (event: unknown, ...args: unknown[]) => Promise<Envelope>>;
  windows: unknown[];
  messageBoxAnswers: number[];
  messageBoxes: { message: string; detail?: string; buttons: string[] }[];
  openedExternally: string[];
  quitCalled: boolean;
  startupError?: string;
}

let tmp: string;
let holder: ChildProcess;
const URL_OF_RUNNING = 'http://127.0.0.1:39999/#token=running-instance';

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gw-main-lock-'));
  mkdirSync(path.join(tmp, 'bundle', 'assets'), { recursive: true });
  cpSync(path.join(ROOT, 'assets', 'seed-reports.txt'), path.join(tmp, 'bundle', 'assets', 'seed-reports.txt'));
  // A live process standing in for the browser host that holds the directory.
  holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
});
afterAll(() => {
  holder.kill('SIGKILL');
  delete process.env.GONGWEN_DATA_DIR;
  rmSync(tmp, { recursive: true, force: true });
});

async function startMain(name: string, answer: number): Promise<{ rec: Rec; dataDir: string }> {
  const dataDir = path.join(tmp, name);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path.join(dataDir, 'instance.lock'), JSON.stringify({ pid: holder.pid, hostname: os.hostname(), host: 'browser', url: URL_OF_RUNNING, startedAt: '2026-01-01T00:00:00Z' }));
  process.env.GONGWEN_DATA_DIR = dataDir;
  const out = path.join(tmp, 'bundle', 'dist', 'electron', `main-${name}.js`);
  await bundleWithFakeElectron(path.join(__dirname, 'main.ts'), out);
  createRequire(import.meta.url)(out);
  const rec = (globalThis as unknown as { __fakeElectron: Rec }).__fakeElectron;
  rec.messageBoxAnswers.push(answer);
  for (let i = 0; i < 150 && rec.windows.length === 0 && !rec.quitCalled && !rec.startupError; i++) await new Promise((r) => setTimeout(r, 20));
  expect(rec.startupError).toBeUndefined();
  return { rec, dataDir };
}

describe('Electron main with the data directory held by another instance', () => {
  it('“转到正在运行的公文起草助手” opens the running browser host and quits, touching nothing', async () => {
    const { rec, dataDir } = await startMain('forward', 0);
    expect(rec.messageBoxes[0].buttons).toEqual(['转到正在运行的公文起草助手', '以只读方式打开', '退出']);
    expect(rec.messageBoxes[0].detail).toContain(`进程 ${holder.pid}`);
    expect(rec.openedExternally).toEqual([URL_OF_RUNNING]);
    expect(rec.quitCalled).toBe(true);
    expect(rec.windows).toHaveLength(0);
    expect(JSON.parse(readFileSync(path.join(dataDir, 'instance.lock'), 'utf8')).pid).toBe(holder.pid);
  });

  it('“以只读方式打开” opens a window that can read but writes nothing, and says so', async () => {
    const { rec, dataDir } = await startMain('readonly', 1);
    expect(rec.windows).toHaveLength(1);
    const bundleIndex = path.join(tmp, 'bundle', 'dist', 'renderer', 'index.html');
    const own = { senderFrame: { url: pathToFileURL(bundleIndex).href, parent: null }, sender: { id: 1 } };
    const call = (ch: string, ...a: unknown[]) => rec.handlers.get(ch)!(own, ...a);
    const info = (await call('startup')).result as { readOnly: boolean; notices: string[] };
    expect(info.readOnly).toBe(true);
    expect(info.notices[0]).toMatch(/只读/);
    expect(await call('draftAutosave', emptyDraft(), null)).toMatchObject({ ok: false, code: 'READ_ONLY_INSTANCE' });
    expect(await call('prefsSetSettings', { speechRate: 200 })).toMatchObject({ ok: false, code: 'READ_ONLY_INSTANCE' });
    expect(await call('corpusReset')).toMatchObject({ ok: false, code: 'READ_ONLY_INSTANCE' });
    expect((await call('prefsGet')).ok).toBe(true);
    // The running instance's lock is left alone, and no settings file was created behind its back.
    expect(JSON.parse(readFileSync(path.join(dataDir, 'instance.lock'), 'utf8')).pid).toBe(holder.pid);
    expect(() => readFileSync(path.join(dataDir, 'settings.json'))).toThrow();
  });
});
