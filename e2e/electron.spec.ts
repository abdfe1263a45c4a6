/**
 * The same drafting flows through Electron (Playwright's _electron), when an Electron binary exists.
 * This machine cannot download it, so the suite then reports the specs as skipped with the reason.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, test, type TestInfo } from '@playwright/test';
import { createFromWorkReportSkeleton, insertLibrarySectionAndClearMarks, insertPhraseAndFill, reorderSections, typeChineseWithIme } from './flows';
import { screenshotStep } from './host-fixture';

const SKIP_REASON = 'Electron 二进制文件不可用（本机无法下载），Electron 端用例已跳过 / Electron binary unavailable: skipped';

/**
 * The binary `require('electron')` would name, found the same way (node_modules/electron/path.txt, or
 * ELECTRON_OVERRIDE_DIST_PATH) but without calling it: since Electron 36, requiring the package tries to
 * download a missing binary, which here only fails slowly. Null when no binary is on disk.
 */
function electronBinary(): string | null {
  try {
    const pkgDir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(pkgDir, 'path.txt');
    const rel = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
    const full = process.env.ELECTRON_OVERRIDE_DIST_PATH ? path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, rel) : path.join(pkgDir, 'dist', rel);
    return existsSync(full) ? full : null;
  } catch {
    return null;
  }
}

test('Electron：骨架新建、输入法、常用语、段落库、调整顺序', async ({}, testInfo: TestInfo) => {
  const bin = electronBinary();
  test.skip(!bin, SKIP_REASON);
  const root = path.resolve(__dirname, '..');
  // A fresh data directory, as for the browser-host specs: no settings, drafts or recovery from earlier runs.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-electron-e2e-'));
  const app = await electron.launch({ executablePath: bin!, args: [path.join(root, 'dist/electron/main.js')], cwd: root, env: { ...process.env, GONGWEN_DATA_DIR: dataDir } });
  try {
    const page = await app.firstWindow();
    let n = 0;
    const shot = (name: string) => screenshotStep(page, testInfo, `${String(++n).padStart(2, '0')}-${name}`);
    await createFromWorkReportSkeleton(page, shot);
    await typeChineseWithIme(page, shot);
    await insertPhraseAndFill(page, shot);
    await insertLibrarySectionAndClearMarks(page, shot);
    await reorderSections(page, shot);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
