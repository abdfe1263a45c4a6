/**
 * Opening a large draft (browser host): N blocks (headings every 25, paragraphs of ~70 汉字) picked with 打开,
 * timed from the file chooser to the first block painted, to the page answering a keystroke, and until the
 * analysis pass has filled the outline; with the longest main-thread task (PerformanceObserver longtask) —
 * what decides whether the tab “freezes”. Reported, no target.
 *   npx tsx bench/open-large.ts [--sizes 20000,50000,100000]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serializeDraft } from '../electron/core/draft/file-format';
import { startHost } from './app-ready';
import { launchBenchBrowser } from './browser';
import { largeDraft } from './large-draft';
import { writeResult } from './lib';

const sizesArg = process.argv[process.argv.indexOf('--sizes') + 1];
const sizes = process.argv.includes('--sizes') ? sizesArg.split(',').map(Number) : [20_000, 50_000, 100_000];

async function main(): Promise<void> {
  const browser = await launchBenchBrowser();
  const rows: Record<string, unknown>[] = [];
  for (const n of sizes) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-large-'));
    const file = path.join(dataDir, `大型草稿${n}.gwdraft`);
    writeFileSync(file, serializeDraft(largeDraft(n)));
    const { proc, url } = await startHost(dataDir);
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    try {
      await page.goto(url);
      await page.getByRole('button', { name: '新建草稿…' }).waitFor();
      await page.evaluate(() => {
        const w = window as unknown as { __long: number[] };
        w.__long = [];
        new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
      });
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: '打开…' }).click();
      const t0 = await page.evaluate(() => performance.now());
      await (await chooser).setFiles(file);
      await page.locator('[data-slate-editor="true"] [data-block]').first().waitFor({ timeout: 600_000 });
      const painted = (await page.evaluate(() => performance.now())) - t0;
      // A keystroke's answer: the page is not frozen once a timer set now runs.
      const answered = (await page.evaluate(() => new Promise<number>((r) => setTimeout(() => r(performance.now()), 0)))) - t0;
      await page.getByTestId('outline-item').first().waitFor({ timeout: 600_000 });
      const outlined = (await page.evaluate(() => performance.now())) - t0;
      // Every block in the page (a long draft arrives in slices), then the analysis of the whole text.
      await page.waitForFunction((n) => document.querySelectorAll('[data-slate-editor="true"] [data-block]').length >= n, n, { timeout: 600_000, polling: 200 });
      const loaded = (await page.evaluate(() => performance.now())) - t0;
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="outline-item"]').length >= Math.floor(n / 25), n, { timeout: 600_000, polling: 200 });
      const analysed = (await page.evaluate(() => performance.now())) - t0;
      // Typing once everything is in: key → the character in the page.
      await page.locator('[data-slate-editor="true"] [data-block]').nth(1).click();
      const key = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const el = document.querySelector('[data-slate-editor="true"]')!;
            const a = performance.now();
            new MutationObserver((_m, o) => {
              o.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - a));
            }).observe(el, { subtree: true, characterData: true, childList: true });
            el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: '字', bubbles: true, cancelable: true }));
          }),
      );
      await page.waitForTimeout(2500);
      const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
      const parse = await page.evaluate(() => {
        const e = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/api/draftParse')) as PerformanceResourceTiming | undefined;
        return e ? { start: e.startTime, end: e.responseEnd } : null;
      });
      const row = { blocks: n, paintedMs: Math.round(painted), answeredMs: Math.round(answered), outlineMs: Math.round(outlined), allBlocksMs: Math.round(loaded), analysedMs: Math.round(analysed), keyToPaintMs: Math.round(key), longestTaskMs: Math.round(Math.max(0, ...long)), longTasksMs: Math.round(long.reduce((a, b) => a + b, 0)), parseRequestMs: parse ? Math.round(parse.end - parse.start) : null, parseAnsweredMs: parse ? Math.round(parse.end - t0) : null };
      console.log(JSON.stringify(row));
      rows.push(row);
    } finally {
      await page.context().close();
      proc.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  await browser.close();
  await writeResult('open-large', { note: 'noisy: a shared 2-core machine', rows });
}

if (process.argv[1]?.endsWith('open-large.ts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
