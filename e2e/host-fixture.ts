/**
 * Fixtures: a browser-host server per test on a fresh data directory (parsed from its one
 * `GONGWEN_HOST_URL=` line), which a test can SIGKILL and restart on the same directory; and `shot`,
 * which keeps a screenshot of each step as a test artifact.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { launchChromium } from './chromium';

const ROOT = path.resolve(__dirname, '..');

export interface HostServer {
  url: string;
  dataDir: string;
  /** SIGKILL, like a crash or power cut: no shutdown handlers run. */
  kill(): Promise<void>;
  /**
   * Start again on the same data directory; returns (and sets) the new URL. `sameAddress`: as a user's restart
   * after a crash does (no --port), so the host listens where the killed one did and open tabs reach it again.
   */
  restart(opts?: { sameAddress?: boolean }): Promise<string>;
}

function start(dataDir: string, sameAddress = false): Promise<{ proc: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const port = sameAddress ? [] : ['--port', '0'];
    const proc = spawn(process.execPath, [path.join(ROOT, 'dist/host/server.js'), ...port, '--data-dir', dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`browser host did not start in 30 s:\n${out}\n${err}`));
    }, 30_000);
    proc.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /GONGWEN_HOST_URL=(\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, url: m[1] });
      }
    });
    proc.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser host exited (${code}) before printing its URL:\n${out}\n${err}`));
    });
  });
}

export const test = base.extend<{ server: HostServer; shot: (name: string) => Promise<void>; noPageErrors: void }>({
  // One Chromium per worker, as Playwright's own, without the browser's WebUI renderer in each new window
  // (e2e/chromium.ts): about 150 ms of a 2-core machine saved per test.
  browser: [
    async ({}, use) => {
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  // Every test: an uncaught exception or unhandled rejection in the page fails it, whatever the test checks.
  noPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await use();
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  server: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-'));
    let cur = await start(dataDir);
    const exited = (p: ChildProcess) => new Promise<void>((r) => (p.exitCode !== null || p.signalCode !== null ? r() : p.once('exit', () => r())));
    const server: HostServer = {
      url: cur.url,
      dataDir,
      async kill() {
        cur.proc.kill('SIGKILL');
        await exited(cur.proc);
      },
      async restart(opts = {}) {
        cur = await start(dataDir, opts.sameAddress);
        server.url = cur.url;
        return cur.url;
      },
    };
    await use(server);
    cur.proc.kill('SIGKILL');
    await exited(cur.proc);
    rmSync(dataDir, { recursive: true, force: true });
  },
  shot: async ({ page }, use, testInfo) => {
    let n = 0;
    await use(async (name: string) => {
      await screenshotStep(page, testInfo, `${String(++n).padStart(2, '0')}-${name}`);
    });
  },
});

export async function screenshotStep(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

export { expect };
