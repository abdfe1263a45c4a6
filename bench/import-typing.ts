/**
 * Typing while a folder of .docx imports (issue 12: "a folder of 1,000 .docx imports while the editor stays
 * responsive"), as a user would do it in the browser host: a draft open, 语料库 → 导入文件夹… with the folder,
 * the manager closed, and writing goes on while the progress line at the bottom counts the files.
 *
 * Measured in the page, key by key, exactly as bench/typing.ts does (keydown → the frame after the next rAF,
 * each key sent after the previous one has painted):
 *   - the floor: the same keys in the same draft just before the import (what this machine costs anyway);
 *   - during the import: keys until the import has ended;
 *   - the page's long tasks (≥ 50 ms) during the import, and the import's own pace (files and MB per second).
 * Afterwards the draft must hold every key typed, and the archive every file.
 *
 * Target: keydown → paint p95 ≤ 100 ms during the import (the RAIL model's bound for an answer to input to
 * feel immediate), reported with its ratio to the floor. On two cores the import's analysis and writing
 * threads take both cores, so this measures how the page and the host share them with the import.
 *
 * The folder is made once from the synthetic archive (bench/synthetic-archive.ts) as .docx files marked up as
 * Word saves a typed report (`docxFolder` in bench/synthetic-archive.ts), and kept under the system's temp folder.
 *   npx tsx bench/import-typing.ts [--docs N]
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { startHost } from './app-ready';
import { launchBenchBrowser } from './browser';
import { summarize, writeResult } from './lib';
import { docxFolder } from './synthetic-archive';
import { blankDraftWith, caretToEndOfMiddle, installKeyProbe, longReportText, settleKeys, typePlainKeys } from './typing';

export const TARGET_P95_MS = 100;

export interface ImportTypingResult {
  name: 'import-typing';
  docs: number;
  folderMB: number;
  /** Keys typed before the import (the floor) and during it. */
  floor: ReturnType<typeof summarize>;
  during: ReturnType<typeof summarize>;
  ratioToFloor: number;
  /** The page's long tasks (≥ 50 ms) while the import ran: how many, the longest, and their share of the time. */
  longTasks: { count: number; maxMs: number; busyShare: number; at: { s: number; ms: number }[] };
  import: { seconds: number; filesPerSecond: number; MBps: number };
  /** Every key typed is in the draft, and every file is in the archive. */
  keysKept: boolean;
  archiveDocs: number;
  targetMs: number;
  pass: boolean;
}

// A string, not a function (see typing.ts): long tasks from now on, and whether the import line is showing.
const WATCH = `(() => {
  window.__long = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
})()`;

const importShowing = (page: Page) => page.evaluate(() => !!document.querySelector('[data-testid="archive-activity"] [data-testid="import-progress"]'));

export async function runImportTypingBench(opts: { docs?: number; write?: boolean; log?: (s: string) => void } = {}): Promise<ImportTypingResult> {
  const log = opts.log ?? console.log;
  const docs = opts.docs ?? 1000;
  const folder = await docxFolder(docs, log);
  const files = readdirSync(folder).filter((f) => f.endsWith('.docx'));
  const folderMB = files.reduce((n, f) => n + statSync(path.join(folder, f)).size, 0) / 1048576;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-import-typing-'));
  const host = await startHost(dataDir);
  const browser = await launchBenchBrowser(['--disable-gpu-vsync', '--disable-frame-rate-limit']);
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(host.url);
    // A working draft of about 8,000 characters.
    const editor = await blankDraftWith(page, longReportText(8000));
    const caret = () => caretToEndOfMiddle(page, editor.locator('.b-para'));
    const lettersInDraft = () =>
      page.evaluate(() => {
        const v = (window as unknown as { __gongwen: { getValue(): { content: { children: { text?: string }[] }[] } } }).__gongwen.getValue();
        return v.content.reduce((n, b) => n + b.children.reduce((m, c) => m + (c.text?.match(/[a-z]/g)?.length ?? 0), 0), 0);
      });
    const pasted = await lettersInDraft();
    await caret();
    await page.waitForTimeout(1000);
    const floor = await typePlainKeys(page, 150);
    const keysBefore = 10 + 150;

    // 语料库 → 导入文件夹… → the folder; then the manager is closed and writing goes on.
    await page.getByRole('button', { name: '语料库' }).click();
    const dialog = page.getByTestId('corpus-dialog');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: '导入文件夹…' }).click()]);
    await page.evaluate(WATCH);
    const t0 = performance.now();
    const pageT0 = await page.evaluate(() => performance.now());
    await chooser.setFiles(folder);
    await dialog.getByTestId('import-progress').waitFor();
    await dialog.getByRole('button', { name: '关闭' }).click();
    await caret();
    await installKeyProbe(page);
    let typed = 0;
    while (await importShowing(page)) {
      await page.keyboard.press(String.fromCharCode(97 + (typed % 26)));
      typed++;
      await settleKeys(page, typed);
      if (typed > 20_000) throw new Error('the import did not end');
    }
    if (!typed) throw new Error('the import had ended before typing resumed: nothing was measured (a larger folder is needed)');
    const seconds = (performance.now() - t0) / 1000;
    const pageT1 = await page.evaluate(() => performance.now());
    const during = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat.slice());
    const long = (await page.evaluate(() => (window as unknown as { __long: [number, number][] }).__long)).filter(([s]) => s >= pageT0);

    // Nothing lost: the typed keys are in the draft (a…z repeating, so its letters are counted), the files in the archive.
    const letters = (await lettersInDraft()) - pasted;
    const keysKept = letters === keysBefore + typed;
    await page.getByRole('button', { name: '语料库' }).click();
    await page.waitForFunction(() => /共 [\d,]+ 份/.test(document.querySelector('[data-testid="corpus-total"]')?.textContent ?? ''));
    const totalText = (await dialog.getByTestId('corpus-total').textContent()) ?? '';
    const archiveDocs = Number(/共 ([\d,]+) 份/.exec(totalText)?.[1]?.replace(/,/g, '') ?? 0);

    const f = summarize(floor);
    const d = summarize(during);
    const result: ImportTypingResult = {
      name: 'import-typing',
      docs,
      folderMB: round2(folderMB),
      floor: f,
      during: d,
      ratioToFloor: round2(d.median / f.median),
      longTasks: { count: long.length, maxMs: Math.round(Math.max(0, ...long.map(([, ms]) => ms))), busyShare: round2(long.reduce((n, [, ms]) => n + ms, 0) / (pageT1 - pageT0)), at: long.map(([t, ms]) => ({ s: round2((t - pageT0) / 1000), ms: Math.round(ms) })) },
      import: { seconds: round2(seconds), filesPerSecond: round2(docs / seconds), MBps: round2(folderMB / seconds) },
      keysKept,
      archiveDocs,
      targetMs: TARGET_P95_MS,
      pass: d.p95 <= TARGET_P95_MS && keysKept,
    };
    log(`import of ${docs} .docx (${folderMB.toFixed(1)} MB) while typing: ${seconds.toFixed(1)} s, ${result.import.filesPerSecond} files/s, ${result.import.MBps} MB/s; archive now ${archiveDocs} documents`);
    log(`  keys before the import (floor): p50 ${f.median.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms (${f.runs} keys)`);
    log(
      `  keys during the import: p50 ${d.median.toFixed(1)} ms (${result.ratioToFloor}× the floor), p95 ${d.p95.toFixed(1)} ms, max ${d.max.toFixed(1)} ms (${d.runs} keys) — target p95 ≤ ${TARGET_P95_MS} ms: ${d.p95 <= TARGET_P95_MS ? 'MEETS' : 'MISSES'}`,
    );
    log(`  the page's long tasks (s after the folder was picked: ms): ${long.map(([t, ms]) => `${((t - pageT0) / 1000).toFixed(1)}: ${Math.round(ms)}`).join(', ') || 'none'}`);
    log(`  page long tasks during the import: ${long.length}, longest ${result.longTasks.maxMs} ms, ${(result.longTasks.busyShare * 100).toFixed(0)}% of the time; every key kept: ${result.keysKept ? 'yes' : `NO (${letters} of ${keysBefore + typed})`}`);
    if (opts.write !== false) log(`written ${await writeResult('import-typing', { date: new Date().toISOString(), ...result })}`);
    return result;
  } finally {
    await browser.close();
    host.proc.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const i = process.argv.indexOf('--docs');
  runImportTypingBench({ docs: i > 0 ? Number(process.argv[i + 1]) : undefined }).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
