/**
 * App-ready benchmark (browser host): from navigation start until the skeleton picker is listed, and
 * until a new work-report draft shows its phrase panel with phrases — what a secretary waits for after
 * launching. Each run uses a fresh server process and browser context (cold). Target: ≤ 1 s.
 *   npx tsx bench/app-ready.ts [--runs N]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { summarize, writeResult } from './lib';

export const TARGET_MS = 1000;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Start the built browser host on a fresh data dir; resolves with its URL line. */
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

export interface AppReadyResult {
  name: 'app-ready';
  skeletonsVisibleMs: ReturnType<typeof summarize>;
  phrasesVisibleMs: ReturnType<typeof summarize>;
  targetMs: number;
  pass: boolean;
}

export async function runAppReadyBench(opts: { runs?: number; write?: boolean; log?: (s: string) => void } = {}): Promise<AppReadyResult> {
  const runs = opts.runs ?? 7;
  const log = opts.log ?? console.log;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const skel: number[] = [];
  const phr: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-ready-'));
      const { proc, url } = await startHost(dataDir);
      const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await ctx.newPage();
      try {
        await page.goto(url, { waitUntil: 'commit' });
        await page.getByRole('button', { name: '新建草稿…' }).click();
        await page.getByRole('button', { name: '用此骨架新建' }).waitFor();
        await page.getByText('年度工作报告').first().waitFor();
        const s = await page.evaluate(() => performance.now());
        await page.getByRole('button', { name: '用此骨架新建' }).click();
        await page.getByTestId('phrase-item').first().waitFor();
        const p = await page.evaluate(() => performance.now());
        skel.push(s);
        phr.push(p);
        log(`  app ready run ${i + 1}/${runs}: skeletons ${s.toFixed(0)} ms, phrases ${p.toFixed(0)} ms`);
      } finally {
        await ctx.close();
        proc.kill('SIGKILL');
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  const phrasesVisibleMs = summarize(phr);
  const result: AppReadyResult = { name: 'app-ready', skeletonsVisibleMs: summarize(skel), phrasesVisibleMs, targetMs: TARGET_MS, pass: phrasesVisibleMs.median <= TARGET_MS };
  if (opts.write !== false) await writeResult('app-ready', result);
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--runs');
  void runAppReadyBench({ runs: i > 0 ? Number(process.argv[i + 1]) : undefined }).then((r) => console.log(JSON.stringify(r, null, 2)));
}
