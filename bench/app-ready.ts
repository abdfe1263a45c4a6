/**
 * App-ready benchmark (browser host): what a secretary waits for after launching — the skeleton picker
 * listed, then a new work-report draft showing its phrase panel with phrases — and the page's JS heap then.
 *
 * Two data directories, started in turn in the same run, both as later starts (settled first: see settled()):
 * one with the seed alone (the floor) and one holding a synthetic archive of `reports` documents
 * (bench/synthetic-archive.ts, imported once and kept in the temporary folder between runs). Each run is a
 * fresh host process and browser context, the context opened while the host starts (as Electron opens its
 * window while its services start). Measured from the host's spawn (host start → first phrases visible) and
 * from the page's navigation start; the heap is the renderer's used JS heap after a garbage collection (CDP), with phrases visible.
 * The bench clicks twice (新建草稿…, 用此骨架新建); its own reaction time, from a button painted to the click
 * arriving (50–100 ms a click through Playwright on this machine), is measured in the page and reported apart.
 * Targets (issue 12): phrases visible ≤ 1 s (median) from host start, the bench's reaction time aside, and
 * heap ≤ 60 MB with 10,000 documents.
 *   npx tsx bench/app-ready.ts [--runs N] [--reports N]
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { archiveFolder } from './archive';
import { launchBenchBrowser } from './browser';
import { summarize, writeResult } from './lib';

export const TARGET_MS = 1000;
export const TARGET_HEAP_MB = 60;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Start the built browser host on a data dir; resolves with its URL line. */
export function startHost(dataDir: string): Promise<{ proc: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [path.join(ROOT, 'dist/host/server.js'), '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /GONGWEN_HOST_URL=(\S+)/.exec(out);
      if (m) resolve({ proc, url: m[1] });
    });
    proc.on('exit', (code) => reject(new Error(`browser host exited (${code}): ${out}`)));
  });
}

/**
 * A data directory whose archive holds `reports` synthetic reports, imported once (through the built worker,
 * as bench/archive.ts does) and kept in the temporary folder: later runs open it as a later start would.
 */
export function archiveDataDir(reports: number, log: (s: string) => void): string {
  const dir = path.join(os.tmpdir(), `gongwen-archive-data-${reports}`);
  const done = path.join(dir, '.complete');
  if (existsSync(done)) return settled(dir, log);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const folder = archiveFolder(reports);
  log(`  导入 ${reports} 篇合成材料（只做一次，保留在 ${dir}）……`);
  const worker = path.join(ROOT, 'dist', 'host', 'archive-worker.js');
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'archive-import.ts'), folder, dir, ...(existsSync(worker) ? [worker] : [])], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  log(`  ${out.trim().split('\n').pop()}`);
  writeFileSync(done, '');
  return settled(dir, log);
}

/**
 * The data directory brought up to date before any timed start: whatever a start does in the background once
 * (the seed's first import; re-deriving an archive kept from an older engine, minutes for 10,000 documents) is
 * done here, to its end. Timed starts are killed once measured, so work of that kind would otherwise start
 * again in every one of them and be measured as the cost of a later start.
 */
export function settled(dir: string, log: (s: string) => void): string {
  const t = performance.now();
  const worker = path.join(ROOT, 'dist', 'host', 'archive-worker.js');
  const options = { dataDir: dir, assetsDir: path.join(ROOT, 'assets'), ...(existsSync(worker) ? { workerScript: { file: worker, typescript: false } } : {}) };
  const script = `const { CorpusService } = require(${JSON.stringify(path.join(ROOT, 'electron/services/corpus-service.ts'))});
    const c = new CorpusService(${JSON.stringify(options)});
    c.data().then(() => c.idle()).then(() => c.close());`;
  execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const ms = performance.now() - t;
  if (ms > 5000) log(`  数据目录已更新（后台工作做完：${(ms / 1000).toFixed(0)} s）`);
  return dir;
}

type Stats = ReturnType<typeof summarize>;

export interface StartFigures {
  /** Host spawned → skeletons listed / phrases visible (wall clock in this process). */
  hostSkeletonsMs: Stats;
  hostPhrasesMs: Stats;
  /**
   * Host start → phrases visible, less the bench's own reaction time: from each of the two buttons it clicks
   * being painted (enabled) to its click arriving in the page (WATCH_THE_ROBOT). What the app takes, which is what
   * a user's launch costs whatever their speed at clicking; the target is judged on it.
   */
  hostPhrasesAppMs: Stats;
  /** The bench's reaction time so taken out (both clicks). */
  robotMs: Stats;
  /** The page's navigation start → skeletons listed / phrases visible (performance.now in the page). */
  skeletonsVisibleMs: Stats;
  phrasesVisibleMs: Stats;
  /** The renderer's used JS heap with phrases visible, after a GC, and as found (before it). */
  heapMB: Stats;
  heapBeforeGcMB: Stats;
  /** After 复用率 has appeared and a second of idle time (a page that builds indexes in idle time has built them). */
  heapSettledMB: Stats;
  /** Whether the page asked for corpusData (it must not). */
  corpusDataRequests: number;
}

export interface AppReadyResult {
  name: 'app-ready';
  loadAverage: number;
  /** The seed alone (a later start of a directory holding only the seed): the floor. */
  seed: StartFigures;
  archive: StartFigures & { reports: number };
  /** archive ÷ seed medians: what the archive's size costs, whatever the machine's load. */
  ratios: { hostPhrases: number; phrasesVisible: number; heap: number; heapSettled: number };
  /** Kept for the summary's row names: the seed's page-side figures. */
  skeletonsVisibleMs: Stats;
  phrasesVisibleMs: Stats;
  targetMs: number;
  targetHeapMB: number;
  pass: boolean;
}

interface Sample {
  hostSkeletons: number;
  hostPhrases: number;
  hostPhrasesApp: number;
  robot: number;
  skeletons: number;
  phrases: number;
  heap: number;
  heapBefore: number;
  heapSettled: number;
  corpusData: number;
}

/** Page-clock times (ms) the init script records: when each button the bench clicks was first painted, usable, and the clicks' arrival. */
interface RobotMarks {
  shown: { start?: number; picker?: number };
  clicks: number[];
}

/**
 * Runs in the page before its own code (addInitScript). Records the frame that first paints each button the
 * bench is about to click, enabled (the start screen's 新建草稿…; the picker's 用此骨架新建 with the skeletons
 * listed), and when each click arrived: a pointerdown's timeStamp is when the browser received the input, so a
 * page busy with its own work when the click comes is still counted against the page.
 * Plain JavaScript in a string: tsx compiles this file with helpers (`__name`) that do not exist in the page.
 */
const WATCH_THE_ROBOT = `(() => {
  const marks = { shown: {}, clicks: [] };
  window.__robot = marks;
  addEventListener('pointerdown', (e) => marks.clicks.push(e.timeStamp), true);
  const enabled = (label) => [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === label && !b.disabled);
  const tests = { start: () => enabled('新建草稿…'), picker: () => enabled('用此骨架新建') && !!document.body && document.body.textContent.includes('年度工作报告') };
  const seen = new Set();
  const observer = new MutationObserver(() => {
    for (const [k, test] of Object.entries(tests)) {
      if (seen.has(k) || !test()) continue;
      seen.add(k);
      requestAnimationFrame((frame) => (marks.shown[k] = frame));
    }
    if (seen.size === Object.keys(tests).length) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['disabled'] });
})();`;

/** The bench's reaction time in one start; 0 (all of it counted as the app's) when a mark is missing. */
function robotMs(m: RobotMarks): number {
  const { start, picker } = m.shown;
  const [c1, c2] = m.clicks;
  if (start === undefined || picker === undefined || c1 === undefined || c2 === undefined) return 0;
  return Math.max(0, c1 - start) + Math.max(0, c2 - picker);
}

export async function startOnce(browser: Browser, dataDir: string): Promise<Sample> {
  const t0 = performance.now();
  // The window opens while the services start, as Electron's main process does (app ready → BrowserWindow at
  // once, the services beside it); it loads the page as soon as the host says where. Opening a browser context
  // costs Playwright 150–400 ms on this machine: counted after the host's start it was a third of the figure.
  const [{ proc, url }, { ctx, page }] = await Promise.all([
    startHost(dataDir),
    browser.newContext({ viewport: { width: 1366, height: 768 } }).then(async (ctx) => ({ ctx, page: await ctx.newPage() })),
  ]);
  let corpusData = 0;
  page.on('request', (r) => void (r.url().endsWith('/api/corpusData') && corpusData++));
  await page.addInitScript({ content: WATCH_THE_ROBOT });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByRole('button', { name: '新建草稿…' }).click();
    await page.getByRole('button', { name: '用此骨架新建' }).waitFor();
    await page.getByText('年度工作报告').first().waitFor();
    const hostSkeletons = performance.now() - t0;
    const skeletons = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: '用此骨架新建' }).click();
    await page.getByTestId('phrase-item').first().waitFor();
    const hostPhrases = performance.now() - t0;
    const phrases = await page.evaluate(() => performance.now());
    const robot = robotMs(await page.evaluate(() => (window as unknown as { __robot: RobotMarks }).__robot));
    const cdp = await ctx.newCDPSession(page);
    const before = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    // Settled: 复用率 shown in the status bar (whatever the page builds or asks for it is done), then 1 s of idle work.
    await page.getByTestId('reuse-ratio').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    await cdp.send('HeapProfiler.collectGarbage');
    const settled = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { hostSkeletons, hostPhrases, hostPhrasesApp: hostPhrases - robot, robot, skeletons, phrases, heap: after.usedSize / 1048576, heapBefore: before.usedSize / 1048576, heapSettled: settled.usedSize / 1048576, corpusData };
  } finally {
    await ctx.close();
    proc.kill('SIGKILL');
    await new Promise<void>((r) => (proc.exitCode !== null || proc.signalCode !== null ? r() : proc.once('exit', () => r())));
  }
}

function figures(samples: Sample[]): StartFigures {
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const mb = (xs: number[]) => {
    const s = summarize(xs);
    return { ...s, median: r1(s.median), p95: r1(s.p95), min: r1(s.min), max: r1(s.max) };
  };
  return {
    hostSkeletonsMs: summarize(samples.map((s) => s.hostSkeletons)),
    hostPhrasesMs: summarize(samples.map((s) => s.hostPhrases)),
    hostPhrasesAppMs: summarize(samples.map((s) => s.hostPhrasesApp)),
    robotMs: summarize(samples.map((s) => s.robot)),
    skeletonsVisibleMs: summarize(samples.map((s) => s.skeletons)),
    phrasesVisibleMs: summarize(samples.map((s) => s.phrases)),
    heapMB: mb(samples.map((s) => s.heap)),
    heapBeforeGcMB: mb(samples.map((s) => s.heapBefore)),
    heapSettledMB: mb(samples.map((s) => s.heapSettled)),
    corpusDataRequests: samples.reduce((n, s) => n + s.corpusData, 0),
  };
}

export async function runAppReadyBench(opts: { runs?: number; reports?: number; write?: boolean; log?: (s: string) => void } = {}): Promise<AppReadyResult> {
  const runs = opts.runs ?? 7;
  const reports = opts.reports ?? 10_000;
  const log = opts.log ?? console.log;
  const loadAverage = Math.round(os.loadavg()[0] * 10) / 10;
  log(`（负载 ${loadAverage}，${os.cpus().length} 核：本机为共享机器，计时随负载变化；同轮只含内置语料的启动为基准）`);
  const archiveDir = archiveDataDir(reports, log);
  const browser = await launchBenchBrowser();
  const seedDir = settled(mkdtempSync(path.join(os.tmpdir(), 'gongwen-ready-')), log);
  const seed: Sample[] = [];
  const big: Sample[] = [];
  try {
    // One start of each untimed: the disk cache and the browser's first context are then the same for both (both
    // directories are settled: every timed start is a later start).
    for (const warm of [true, false]) {
      for (let i = 0; i < (warm ? 1 : runs); i++) {
        const a = await startOnce(browser, seedDir);
        const b = await startOnce(browser, archiveDir);
        if (warm) continue;
        seed.push(a);
        big.push(b);
        const f = (s: Sample) => `启动→常用语 ${s.hostPhrasesApp.toFixed(0)} ms（含测试点击反应 ${s.hostPhrases.toFixed(0)} ms；页面 ${s.phrases.toFixed(0)} ms），堆 ${s.heap.toFixed(1)} MB（稳定后 ${s.heapSettled.toFixed(1)} MB）`;
        log(`  第 ${i + 1}/${runs} 轮：内置语料 ${f(a)}；${reports} 篇 ${f(b)}`);
      }
    }
  } finally {
    await browser.close();
    rmSync(seedDir, { recursive: true, force: true });
  }
  const s = figures(seed);
  const a = { ...figures(big), reports };
  const ratio = (x: number, y: number) => Math.round((x / y) * 100) / 100;
  const ratios = { hostPhrases: ratio(a.hostPhrasesAppMs.median, s.hostPhrasesAppMs.median), phrasesVisible: ratio(a.phrasesVisibleMs.median, s.phrasesVisibleMs.median), heap: ratio(a.heapMB.median, s.heapMB.median), heapSettled: ratio(a.heapSettledMB.median, s.heapSettledMB.median) };
  const pass = a.hostPhrasesAppMs.median <= TARGET_MS && Math.max(a.heapMB.median, a.heapSettledMB.median) <= TARGET_HEAP_MB && a.corpusDataRequests === 0;
  const result: AppReadyResult = { name: 'app-ready', loadAverage, seed: s, archive: a, ratios, skeletonsVisibleMs: s.skeletonsVisibleMs, phrasesVisibleMs: s.phrasesVisibleMs, targetMs: TARGET_MS, targetHeapMB: TARGET_HEAP_MB, pass };
  log(
    `  中位数：内置语料 启动→常用语 ${s.hostPhrasesAppMs.median.toFixed(0)} ms（含测试点击反应 ${s.hostPhrasesMs.median.toFixed(0)} ms），堆 ${s.heapMB.median} MB；${reports} 篇 ${a.hostPhrasesAppMs.median.toFixed(0)} ms（含测试点击反应 ${a.hostPhrasesMs.median.toFixed(0)} ms，×${ratios.hostPhrases}），堆 ${a.heapMB.median} MB（×${ratios.heap}），稳定后 ${a.heapSettledMB.median} MB（×${ratios.heapSettled}）；corpusData 请求 ${a.corpusDataRequests + s.corpusDataRequests} 次`,
  );
  if (opts.write !== false) await writeResult('app-ready', result);
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (k: string) => {
    const i = process.argv.indexOf(k);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  void runAppReadyBench({ runs: arg('--runs'), reports: arg('--reports') }).then((r) => console.log(JSON.stringify(r, null, 2)));
}
