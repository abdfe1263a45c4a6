/**
 * The browser adapter in real Chromium against the real browser host server: token handling, service calls,
 * file picking, saving into the host's drafts folder, .docx download, corpus import.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDraftFile } from '#core/draft/file-format';
import { emptyDraft } from '#core/draft/model';
import { startServer, type RunningServer } from '../../electron/host/server';
import { syntheticArchive } from '../../bench/synthetic-archive';
import { realEngines } from '../../electron/services/engines';
import { createServices } from '../../electron/services/services';

const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
let tmp: string;
let srv: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gw-bhost-'));
  const web = path.join(tmp, 'web');
  mkdirSync(web);
  writeFileSync(path.join(tmp, 'entry.ts'), `import { createBrowserHost } from ${JSON.stringify(path.join(__dirname, 'browser-host'))};\n(window as any).host = createBrowserHost();\n`);
  await build({ entryPoints: [path.join(tmp, 'entry.ts')], outfile: path.join(web, 'main.js'), bundle: true, platform: 'browser', format: 'iife', logLevel: 'error' });
  writeFileSync(path.join(web, 'index.html'), '<!doctype html><meta charset="utf-8"><body><script src="main.js"></script></body>');
  const services = await createServices({ dataDir: path.join(tmp, 'data'), assetsDir: path.join(ROOT, 'assets'), host: 'browser', version: 't', ...realEngines });
  srv = await startServer({ api: services.api, apiFor: services.apiFor, rendererDir: web, port: 0 });
  browser = await chromium.launch({ executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  page = await browser.newPage({ acceptDownloads: true });
  await page.goto(srv.url);
});
afterAll(async () => {
  await browser?.close();
  await srv?.close();
  rmSync(tmp, { recursive: true, force: true });
});

type Win = { host: Record<string, (...a: unknown[]) => Promise<unknown>> };

describe('browser HostApi adapter (Chromium)', () => {
  it('takes the token from the fragment, removes it from the address bar and keeps it across reloads', async () => {
    expect(page.url()).toBe(`http://127.0.0.1:${srv.port}/`);
    expect(await page.evaluate(() => (window as unknown as Win).host.startup())).toMatchObject({ host: 'browser' });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as Win).host.prefsGet())).toMatchObject({ favourites: [] });
  });

  it('a page without the token gets a Chinese refusal, as a HostError with its code', async () => {
    const other = await browser.newPage();
    await other.goto(`http://127.0.0.1:${srv.port}/#token=wrong`);
    const err = await other.evaluate(() => (window as unknown as Win).host.prefsGet().then(() => null, (e: Error & { code: string }) => ({ name: e.name, message: e.message, code: e.code })));
    expect(err).toMatchObject({ name: 'HostError', message: expect.stringMatching(/拒绝访问/), code: 'FORBIDDEN' });
    await other.close();
  });

  it('Ctrl+S without options sends no null for them; a refused save and an unreachable host reject with their codes', async () => {
    const draft = emptyDraft(new Date('2026-01-01T00:00:00Z'));
    const saved = (await page.evaluate((d) => (window as unknown as Win).host.saveAs(d, '无选项保存'), draft)) as { path: string };
    expect(await page.evaluate(([d, p]) => (window as unknown as Win).host.draftSave(d, p), [draft, saved.path] as const)).toMatchObject({ ok: true });
    const bad = await page.evaluate(() => (window as unknown as Win).host.draftRecoveryClaim('no-such-copy').then(() => null, (e: Error & { code: string }) => e.code));
    expect(bad).toBe('NOT_FOUND');
    const gone = await page.evaluate(async () => {
      const original = window.fetch;
      window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      try {
        return await (window as unknown as Win).host.prefsGet().then(() => null, (e: Error & { code: string }) => [e.code, e.message]);
      } finally {
        window.fetch = original;
      }
    });
    expect(gone).toEqual(['UNAVAILABLE', '无法连接到本机服务，请确认公文起草助手仍在运行']);
  });

  it('two tabs: neither is offered the other’s autosave; a reloaded tab is offered its own', async () => {
    const a = await browser.newPage();
    const b = await browser.newPage();
    for (const p of [a, b]) await p.goto(srv.url);
    const draft = emptyDraft(new Date('2026-04-04T00:00:00Z'));
    draft.content[0] = { type: 'title', children: [{ text: '甲标签页正在写的稿子' }] };
    await a.evaluate((d) => (window as unknown as Win).host.draftAutosave(d, null), draft);
    const offeredToB = () => b.evaluate(() => (window as unknown as Win).host.draftRecovery()) as Promise<{ draft: { content: { children: { text: string }[] }[] } } | null>;
    expect(await offeredToB()).toBe(null);
    // Tab A reloads (F5): its old page says goodbye on pagehide, and the new page is offered the text.
    await a.reload();
    const back = (await a.evaluate(() => (window as unknown as Win).host.draftRecovery())) as { draft: typeof draft } | null;
    expect(back?.draft.content[0]).toEqual(draft.content[0]);
    // Claimed by the reloaded tab A: still not offered to B.
    expect(await offeredToB()).toBe(null);
    await a.close({ runBeforeUnload: false });
    await b.close();
  });

  it('saveAs writes into the drafts folder; pickAndOpen reads a picked file; cancelling gives null', async () => {
    const draft = emptyDraft(new Date('2026-01-01T00:00:00Z'));
    draft.content[0] = { type: 'title', children: [{ text: '浏览器里保存的草稿' }] };
    const saved = (await page.evaluate((d) => (window as unknown as Win).host.saveAs(d, '浏览器草稿'), draft)) as { ok: boolean; path: string };
    expect(saved).toMatchObject({ ok: true, path: path.join(tmp, 'data', 'drafts', '浏览器草稿.gwdraft'), name: '浏览器草稿', warnings: [] });
    expect(parseDraftFile(readFileSync(saved.path, 'utf8'))).toEqual({ ok: true, draft });

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.evaluate(() => void ((window as unknown as { opened: unknown }).opened = (window as unknown as Win).host.pickAndOpen()))]);
    expect(chooser.isMultiple()).toBe(false);
    await chooser.setFiles(saved.path);
    const opened = await page.evaluate(() => (window as unknown as { opened: Promise<unknown> }).opened);
    expect(opened).toEqual({ ok: true, draft, path: null, name: '浏览器草稿', warnings: [], version: null, openElsewhere: false });

    const [c2] = await Promise.all([page.waitForEvent('filechooser'), page.evaluate(() => void ((window as unknown as { opened: unknown }).opened = (window as unknown as Win).host.pickAndOpen()))]);
    await c2.setFiles([]);
    expect(await page.evaluate(() => (window as unknown as { opened: Promise<unknown> }).opened)).toBe(null);
  });

  it('exportDocxToUser downloads <name>.docx', async () => {
    const draft = emptyDraft(new Date('2026-01-01T00:00:00Z'));
    draft.content[0] = { type: 'title', children: [{ text: '导出' }] };
    const [download, result] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate((d) => (window as unknown as Win).host.exportDocxToUser(d, { highlightIssues: true }, '年度报告'), draft),
    ]);
    expect(result).toEqual({ ok: true, path: '年度报告.docx', name: '年度报告' });
    expect(download.suggestedFilename()).toBe('年度报告.docx');
    const file = path.join(tmp, 'dl.docx');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });

  it('pickAndImportCorpus sends several picked files, GBK included', async () => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.evaluate(() => void ((window as unknown as { imp: unknown }).imp = (window as unknown as Win).host.pickAndImportCorpus()))]);
    expect(chooser.isMultiple()).toBe(true);
    const empty = path.join(tmp, '空.txt');
    writeFileSync(empty, '');
    await chooser.setFiles([path.join(ROOT, 'electron', 'core', 'corpus', 'fixtures', 'mini-plan.gbk.txt'), empty]);
    const r = (await page.evaluate(() => (window as unknown as { imp: Promise<unknown> }).imp)) as { imported: number; issues: { file: string; severity: string }[] };
    expect(r.imported).toBe(1);
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.file)).toEqual(['空.txt']);
    const data = (await page.evaluate(() => (window as unknown as Win).host.corpusData())) as { summary: { documents: { fileName: string; builtIn: boolean }[] } };
    expect(data.summary.documents.filter((d) => !d.builtIn).map((d) => d.fileName)).toEqual(['mini-plan.gbk.txt']);
  });

  it('pickAndStartCorpusImport sends a picked folder in chunks and the job’s progress can be polled to the end', async () => {
    const folder = path.join(tmp, '往年材料');
    mkdirSync(path.join(folder, '2023'), { recursive: true });
    const files = syntheticArchive(130, 31, 800);
    files.forEach((f, i) => writeFileSync(path.join(folder, i % 2 ? '2023' : '', f.name), f.text));
    writeFileSync(path.join(folder, '说明.pdf'), 'not a report');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.evaluate(() => void ((window as unknown as { job: unknown }).job = (window as unknown as Win).host.pickAndStartCorpusImport({ folder: true }))),
    ]);
    await chooser.setFiles(folder);
    const job = (await page.evaluate(() => (window as unknown as { job: Promise<unknown> }).job)) as { id: string; total: number; state: string; done: number; imported: number };
    expect(job).toMatchObject({ total: 130, state: 'running' });
    let status = job as { state: string; done: number; imported: number; total: number };
    const seen = new Set<number>();
    for (let i = 0; i < 600 && status.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await page.evaluate((id) => (window as unknown as Win).host.corpusImportStatus(id), job.id)) as typeof status;
      seen.add(status.done);
    }
    expect(status).toMatchObject({ state: 'done', done: 130, imported: 130, total: 130 });
    expect(seen.size).toBeGreaterThan(2); // progress was visible along the way
    const docs = (await page.evaluate(() => (window as unknown as Win).host.corpusDocuments({ query: 'report-', limit: 500, sort: 'imported', desc: false }))) as {
      total: number;
      documents: { fileName: string }[];
    };
    expect(docs.total).toBe(130);
    // Imported in path order, as Electron's worker reads a folder, whatever order the browser listed them in.
    const inPathOrder = files.map((f, i) => (i % 2 ? '2023/' : '') + f.name).sort().map((p) => p.split('/').pop());
    expect(docs.documents.map((d) => d.fileName.split(/[\\/]/).pop())).toEqual(inPathOrder);
  });
});
