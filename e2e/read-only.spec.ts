/**
 * A read-only window (another instance has the data directory, `--read-only`): a banner says so and what to do;
 * 保存/另存为 are off and nothing is autosaved; the other instance's recovery copies are not offered here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { blockLocator, blockTexts, savedBlankDraft } from './flows';
import { expect, screenshotStep, test } from './host-fixture';

function startReadOnly(dataDir: string): Promise<{ proc: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [path.resolve(__dirname, '../dist/host/server.js'), '--port', '0', '--data-dir', dataDir, '--read-only'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    proc.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /GONGWEN_HOST_URL=(\S+)/.exec(out);
      if (m) resolve({ proc, url: m[1] });
    });
    proc.on('exit', (code) => reject(new Error(`read-only host exited (${code}): ${out}`)));
  });
}

test('只读模式：横幅说明，不能保存，不提供另一实例的恢复副本', async ({ page, server }) => {
  test.setTimeout(120_000);
  // The instance that has the directory: a saved draft, then unsaved changes autosaved (a live recovery copy).
  await savedBlankDraft(page, server.url, '只读演练', '已保存的文字。');
  await page.keyboard.insertText('未保存的文字。');
  await expect(page.getByTestId('save-state')).toContainText('已自动保存', { timeout: 20_000 });

  const ro = await startReadOnly(server.dataDir);
  try {
    const r = await page.context().newPage();
    await r.goto(ro.url);
    const banner = r.getByTestId('read-only-banner');
    await expect(banner).toContainText('只读模式');
    await expect(banner).toContainText('不能保存');
    await expect(r.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
    await r.waitForTimeout(1000);
    await expect(r.getByTestId('recovery-dialog')).toHaveCount(0);
    await expect(r.getByTestId('recovery-list')).toHaveCount(0);

    // It can open and read; saving is off, and typing is not autosaved.
    await r.locator('.recent').getByRole('button', { name: '只读演练' }).click();
    await expect(r.getByTestId('status-bar')).toContainText('只读演练');
    await expect.poll(async () => (await blockTexts(r))[1]).toBe('已保存的文字。');
    await expect(r.getByRole('button', { name: '保存', exact: true })).toBeDisabled();
    await expect(r.getByRole('button', { name: '另存为' })).toBeDisabled();
    await blockLocator(r, 1).click();
    await r.keyboard.press('Control+End');
    await r.keyboard.insertText('只读窗口里的修改。');
    await r.keyboard.press('Control+s');
    await r.waitForTimeout(4500);
    await expect(r.getByTestId('save-state')).toHaveText('有未保存的修改');
    await screenshotStep(r, test.info(), 'read-only');
  } finally {
    ro.proc.kill('SIGKILL');
  }
});

