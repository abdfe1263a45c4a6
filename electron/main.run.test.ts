/**
 * Runs the real bundled main process under Node against a recording stand-in for `electron`
 * (test-support/fake-electron.cjs): window options, request filtering and every IPC path — sender check,
 * argument validation, dialogs, file confinement — with the real services behind them.
 */
import { bundleWithFakeElectron } from './test-support/bundle-with-fake-electron';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_METHODS } from './api';
import { parseDraftFile, serializeDraft } from './core/draft/file-format';
import { emptyDraft } from './core/draft/model';

const ROOT = path.resolve(__dirname, '..');
const INDEX = path.join(ROOT, 'dist', 'renderer', 'index.html');
type Envelope = { ok: boolean; result?: unknown; error?: string };
type Handler = (event: unknown, ...args: unknown[]) => Promise<Envelope>;
interface Rec {
  handlers: Map<string, Handler>;
  menuTemplates: { label?: string; role?: string; submenu?: { role?: string }[] }[][];
  applicationMenu: unknown;
  appEvents: Map<string, (...a: unknown[]) => void>;
  windows: {
    opts: { webPreferences: Record<string, unknown> };
    loaded: string | null;
    events: Map<string, () => void>;
    focused: number;
    webContents: { id: number; sent: unknown[][]; events: Map<string, (e: { preventDefault(): void }) => void> };
  }[];
  sandboxEnabled: boolean;
  dialogQueue: unknown[];
  messageBoxAnswers: number[];
  messageBoxes: { message: string; buttons: string[] }[];
  permissionHandler: (wc: unknown, p: string, cb: (ok: boolean) => void) => void;
  beforeRequest: (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
  headersReceived: (d: { responseHeaders: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void;
  startupError?: string;
  quitCalled: boolean;
}

let tmp: string;
let rec: Rec;
/** A draft named on the command line at first start (as a double-click on a .gwdraft does). */
let argvFile: string;
const argvBefore = process.argv;
// The window's page: sender is its webContents (the stand-in numbers them from 1).
const own = { senderFrame: { url: pathToFileURL(INDEX).href + '#/', parent: null }, sender: { id: 1 } };
const call = (ch: string, ...args: unknown[]) => rec.handlers.get(ch)!(own, ...args);

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gw-main-'));
  const out = path.join(tmp, 'bundle', 'dist', 'electron', 'main.js');
  await bundleWithFakeElectron(path.join(__dirname, 'main.ts'), out);
  // The bundle finds its app root by walking up to assets/seed-reports.txt: give it the packaged layout.
  const bundleRoot = path.join(tmp, 'bundle');
  mkdirSync(path.join(bundleRoot, 'assets'), { recursive: true });
  cpSync(path.join(ROOT, 'assets', 'seed-reports.txt'), path.join(bundleRoot, 'assets', 'seed-reports.txt'));
  process.env.GONGWEN_DATA_DIR = path.join(tmp, 'data');
  argvFile = path.join(tmp, '双击打开的草稿.gwdraft');
  const d = emptyDraft(new Date('2026-01-01T00:00:00Z'));
  d.content[0] = { type: 'title', children: [{ text: '双击打开' }] };
  writeFileSync(argvFile, serializeDraft(d));
  process.argv = [...argvBefore, '--some-switch', argvFile];
  createRequire(import.meta.url)(out);
  process.argv = argvBefore;
  rec = (globalThis as unknown as { __fakeElectron: Rec }).__fakeElectron;
  for (let i = 0; i < 100 && rec.windows.length === 0 && !rec.startupError; i++) await new Promise((r) => setTimeout(r, 20));
  expect(rec.startupError).toBeUndefined();
  own.senderFrame.url = pathToFileURL(path.join(bundleRoot, 'dist', 'renderer', 'index.html')).href + '#/';
});
afterAll(() => {
  delete process.env.GONGWEN_DATA_DIR;
  // The last test quits, which stops the archive's worker; retried all the same, in case a test before it failed.
  rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

describe('bundled Electron main (with a recording electron stand-in)', () => {
  it('opens one sandboxed, isolated window on the built renderer', () => {
    expect(rec.sandboxEnabled).toBe(true);
    expect(rec.windows).toHaveLength(1);
    const w = rec.windows[0];
    expect(w.opts.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(w.loaded).toBe(path.join(tmp, 'bundle', 'dist', 'renderer', 'index.html'));
    expect(w.opts.webPreferences.preload).toBe(path.join(tmp, 'bundle', 'dist', 'electron', 'preload.js'));
  });

  it('registers every service method and the six dialogs, nothing else', () => {
    expect([...rec.handlers.keys()].sort()).toEqual([...SERVICE_METHODS, 'dialog:open', 'dialog:saveAs', 'dialog:exportDocx', 'dialog:exportPdf', 'dialog:importCorpus', 'dialog:importCorpusStart', 'host:takeOpenRequests'].sort());
  });

  it('refuses calls from any other page or from a subframe', async () => {
    const h = rec.handlers.get('prefsGet')!;
    expect((await h(own)).ok).toBe(true);
    for (const ev of [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'file:///tmp/evil/index.html', parent: null } },
      { senderFrame: { url: own.senderFrame.url, parent: {} } },
      { senderFrame: null },
    ]) {
      const r = await h(ev);
      expect(r).toEqual({ ok: false, error: '拒绝访问：调用来源不符', code: 'FORBIDDEN' });
    }
  });

  it('validates arguments with Chinese errors', async () => {
    const r = await call('prefsSetSettings', { speechRate: -1 });
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/^参数无效/);
    expect(r).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect((await call('draftSave', { meta: {}, content: 'x' }, '/tmp/a')).ok).toBe(false);
    expect((await call('dialog:saveAs', 42, 'x')).ok).toBe(false);
  });

  it('saves only where the user chose in a dialog, and reopens from the recent list', async () => {
    const draft = emptyDraft(new Date('2026-01-01T00:00:00Z'));
    draft.content[0] = { type: 'title', children: [{ text: '讲话稿' }] };
    const target = path.join(tmp, '我的文档', '讲话稿');
    rec.dialogQueue.push({ canceled: false, filePath: target });
    const saved = await call('dialog:saveAs', draft, '讲话稿');
    expect(saved).toMatchObject({ ok: true, result: { ok: true, path: target + '.gwdraft', name: '讲话稿', warnings: [] } });
    expect(parseDraftFile(readFileSync(target + '.gwdraft', 'utf8')).ok).toBe(true);
    const reopened = await call('draftOpenRecent', target + '.gwdraft');
    expect((reopened.result as { ok: boolean }).ok).toBe(true);

    const elsewhere = path.join(tmp, 'other.gwdraft');
    writeFileSync(elsewhere, serializeDraft(draft));
    expect((await call('draftOpenRecent', elsewhere)).result).toMatchObject({ ok: false });
    expect((await call('draftSave', draft, elsewhere)).result).toMatchObject({ ok: false });
    expect((await call('draftSaveNew', draft, 'x')).ok).toBe(false);

    rec.dialogQueue.push({ canceled: true, filePaths: [] });
    expect(await call('dialog:open')).toEqual({ ok: true, result: null });
    rec.dialogQueue.push({ canceled: false, filePaths: [elsewhere] });
    const opened = await call('dialog:open');
    expect(opened.result).toMatchObject({ ok: true, path: elsewhere, name: 'other' });
  });

  it('exports .docx to the chosen place', async () => {
    const draft = emptyDraft(new Date('2026-01-01T00:00:00Z'));
    draft.content[0] = { type: 'title', children: [{ text: '导出测试' }] };
    const target = path.join(tmp, '导出');
    rec.dialogQueue.push({ canceled: false, filePath: target });
    const r = await call('dialog:exportDocx', draft, { highlightIssues: false }, '导出');
    expect(r).toEqual({ ok: true, result: { ok: true, path: target + '.docx', name: '导出' } });
    expect(readFileSync(target + '.docx').subarray(0, 2).toString()).toBe('PK');
  });

  it('blocks remote content and local files outside the renderer, adds the CSP, denies permissions', () => {
    const verdict = (url: string) => {
      let cancel = false;
      rec.beforeRequest({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(verdict('https://cdn.example/x.js')).toBe(true);
    expect(verdict('http://127.0.0.1:8080/')).toBe(true);
    expect(verdict('file:///etc/passwd')).toBe(true);
    expect(verdict(pathToFileURL(path.join(tmp, 'bundle', 'dist', 'renderer', 'main.js')).href)).toBe(false);
    expect(verdict('data:image/png;base64,AAAA')).toBe(false);
    let headers: Record<string, string[]> = {};
    rec.headersReceived({ responseHeaders: {} }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy'][0]).toMatch(/script-src 'self'/);
    let granted: boolean | undefined;
    rec.permissionHandler(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
  });

  it('remembers the window size and position in the settings store on close', () => {
    rec.windows[0].events.get('close')!();
    const store = JSON.parse(readFileSync(path.join(tmp, 'data', 'settings.json'), 'utf8'));
    expect(store.windowState).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: false });
  });

  it('locks down every web contents: no navigation, no new windows, no webviews', () => {
    const events = new Map<string, (e: { preventDefault(): void }) => void>();
    let openHandler: (() => { action: string }) | undefined;
    const contents = { on: (ev: string, fn: (e: { preventDefault(): void }) => void) => events.set(ev, fn), setWindowOpenHandler: (fn: () => { action: string }) => (openHandler = fn) };
    rec.appEvents.get('web-contents-created')!({}, contents);
    for (const ev of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      events.get(ev)!({ preventDefault: () => (prevented = true) });
      expect(prevented, ev).toBe(true);
    }
    expect(openHandler!()).toEqual({ action: 'deny' });
  });

  it('asks before closing a window whose renderer holds a change not yet autosaved', () => {
    const onPrevent = rec.windows[0].webContents.events.get('will-prevent-unload')!;
    const attempt = (answer: number) => {
      rec.messageBoxAnswers.push(answer);
      let allowed = false;
      onPrevent({ preventDefault: () => (allowed = true) });
      return allowed;
    };
    expect(attempt(1)).toBe(false); // 返回编辑: the window stays
    expect(attempt(0)).toBe(true); // 仍然关闭
    expect(rec.messageBoxes.at(-1)!.buttons).toEqual(['仍然关闭', '返回编辑']);
    expect(rec.messageBoxes.at(-1)!.message).toMatch(/没有自动保存/);
  });

  it('recovery copies belong to the page that wrote them until it goes away (reload or closed window)', async () => {
    const other = { ...own, sender: { id: 99 } }; // another page
    const d = emptyDraft(new Date('2026-02-02T00:00:00Z'));
    d.content[0] = { type: 'title', children: [{ text: '窗口一的草稿' }] };
    const saved = await call('draftAutosave', d, null);
    expect(saved).toMatchObject({ ok: true, result: { openElsewhere: false } });
    const list = (ev: unknown) => rec.handlers.get('draftRecoveryList')!(ev).then((r) => (r.result as { id: string }[]).map((x) => x.id));
    expect(await list(own)).toEqual([]);
    expect(await list(other)).toEqual([]); // window 1's page is open: nothing to offer
    const id = (saved.result as { recoveryId: string }).recoveryId;
    const denied = await rec.handlers.get('draftClearRecovery')!(other, id);
    expect(denied).toMatchObject({ ok: false, code: 'RECOVERY_IN_USE' });
    // Window 1 reloads: its old page is gone, so what it autosaved is offered.
    rec.windows[0].webContents.events.get('did-navigate')!({ preventDefault() {} });
    expect(await list(other)).toEqual([id]);
    expect((await rec.handlers.get('draftRecoveryClaim')!(other, id)).ok).toBe(true);
    expect(await list(own)).toEqual([]); // claimed by the other page now
    expect((await rec.handlers.get('draftClearRecovery')!(other, id)).ok).toBe(true);
  });

  it('opens the draft named on the command line at first start, once', async () => {
    const r = await call('host:takeOpenRequests');
    expect(r).toMatchObject({ ok: true, result: [{ ok: true, path: argvFile, name: '双击打开的草稿', version: expect.any(String) }] });
    expect((await call('host:takeOpenRequests')).result).toEqual([]);
    // It was granted: Ctrl+S may save over it.
    expect((await call('draftSave', emptyDraft(), argvFile)).result).toMatchObject({ ok: true });
  });

  it('a second start with a draft opens it in this window and brings the window forward', async () => {
    const file = path.join(tmp, '第二次启动.gwdraft');
    writeFileSync(file, serializeDraft(emptyDraft(new Date('2026-01-01T00:00:00Z'))));
    const w = rec.windows[0];
    const focusedBefore = w.focused;
    rec.appEvents.get('second-instance')!({}, ['/opt/gongwen/gongwen-drafter', '--allow-file-access-from-files', '第二次启动.gwdraft', 'missing.gwdraft'], tmp);
    expect(w.webContents.sent).toContainEqual(['host:openRequest']);
    expect(w.focused).toBeGreaterThan(focusedBefore);
    const r = await call('host:takeOpenRequests');
    expect((r.result as { path: string }[]).map((x) => x.path)).toEqual([file]);
  });

  it('macOS open-file opens the file too', async () => {
    const file = path.join(tmp, '访达打开.gwdraft');
    writeFileSync(file, serializeDraft(emptyDraft(new Date('2026-01-01T00:00:00Z'))));
    let prevented = false;
    rec.appEvents.get('open-file')!({ preventDefault: () => (prevented = true) }, file);
    expect(prevented).toBe(true);
    expect(((await call('host:takeOpenRequests')).result as { path: string }[]).map((x) => x.path)).toEqual([file]);
  });

  it('the installed app has a menu without Reload and Developer Tools', () => {
    expect(rec.applicationMenu).toBeDefined();
    const roles = rec.menuTemplates.at(-1)!.flatMap((m) => [m.role, ...(m.submenu ?? []).map((x) => x.role)]).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
    for (const r of ['reload', 'forceReload', 'toggleDevTools']) expect(roles).not.toContain(r);
  });

  it('holds the data directory while running; quitting closes the archive, then lets go and quits', async () => {
    const lock = path.join(tmp, 'data', 'instance.lock');
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid, host: 'electron' });
    let prevented = 0;
    const quitEvent = { preventDefault: () => void prevented++ };
    rec.quitCalled = false;
    rec.appEvents.get('will-quit')!(quitEvent);
    // The quit waits for the archive's worker: the lock is still held until it has stopped.
    expect(prevented).toBe(1);
    expect(() => readFileSync(lock)).not.toThrow();
    for (let i = 0; i < 500 && !rec.quitCalled; i++) await new Promise((r) => setTimeout(r, 20));
    expect(rec.quitCalled).toBe(true);
    expect(() => readFileSync(lock)).toThrow();
    // The quit it asked for again goes through.
    rec.appEvents.get('will-quit')!(quitEvent);
    expect(prevented).toBe(1);
  });
});
