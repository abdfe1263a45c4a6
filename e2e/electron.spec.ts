/**
 * The same drafting flows through Electron (Playwright's _electron), when an Electron binary exists.
 * This machine cannot download it, so the suite then reports the specs as skipped with the reason.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron, test, type TestInfo } from '@playwright/test';
import { createFromWorkReportSkeleton, insertLibrarySectionAndClearMarks, insertPhraseAndFill, reorderSections, typeChineseWithIme } from './flows';
import { screenshotStep } from './host-fixture';

const SKIP_REASON = 'Electron 二进制文件不可用（本机无法下载），Electron 端用例已跳过 / Electron binary unavailable: skipped';

function electronBinary(): string | null {
  try {
    // The `electron` package exports the binary's path, and throws if its download never happened.
    const p = require('electron') as unknown;
    return typeof p === 'string' && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

test('Electron：骨架新建、输入法、常用语、段落库、调整顺序', async ({}, testInfo: TestInfo) => {
  const bin = electronBinary();
  test.skip(!bin, SKIP_REASON);
  const root = path.resolve(__dirname, '..');
  const app = await electron.launch({ executablePath: bin!, args: [path.join(root, 'dist/electron/main.js')], cwd: root });
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
  }
});
