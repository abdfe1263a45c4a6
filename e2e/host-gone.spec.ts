/**
 * The local service stops while the user saves (issue 16): the text stays in the page, the user is told in
 * Chinese (an alert that stays, and “本机服务未响应，正在重试…” in the status bar), and once the service is
 * started again — at the address the open tab knows, as a restart after a crash does — the save completes by
 * itself, with everything typed meanwhile.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDraftFile } from '../electron/core/draft/file-format';
import { inlineText } from '../electron/core/draft/model';
import { blockLocator, blockTexts, saveWithName } from './flows';
import { expect, test } from './host-fixture';

const RETRYING = '本机服务未响应，正在重试…';

function savedDrafts(dataDir: string): { file: string; texts: string[] }[] {
  const dir = path.join(dataDir, 'drafts');
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.gwdraft'));
  } catch {
    return [];
  }
  return names.map((f) => {
    const r = parseDraftFile(readFileSync(path.join(dir, f), 'utf8'));
    if (!r.ok) throw new Error(`${f}: ${r.error}`);
    return { file: f, texts: r.draft.content.map((b) => inlineText(b.children)) };
  });
}

async function newBlankDraft(page: import('@playwright/test').Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await page.getByRole('button', { name: '新建草稿…' }).click();
  await page.getByRole('button', { name: '空白草稿' }).click();
}

test('Ctrl+S 时本机服务中断：提示并保留正文，服务恢复后自动保存完成', async ({ page, server, shot }) => {
  test.setTimeout(180_000);
  await newBlankDraft(page, server.url);
  await blockLocator(page, 0).click();
  await page.keyboard.insertText('服务中断演练');
  await blockLocator(page, 1).click();
  await page.keyboard.insertText('第一次保存前的文字。');
  await saveWithName(page);
  await expect(page.getByTestId('save-state')).toContainText('已保存');
  expect(savedDrafts(server.dataDir)).toHaveLength(1);

  await page.keyboard.insertText('服务中断前写下的文字。');
  await server.kill();
  await page.keyboard.press('Control+s');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('未能保存：无法连接到本机服务');
  await expect(alert).toContainText('服务恢复后会自动保存');
  await expect(page.getByTestId('save-state')).toHaveText(RETRYING);
  // The text stays, and the user can go on writing while the service is away.
  await page.keyboard.insertText('服务中断期间写下的文字。');
  expect((await blockTexts(page))[1]).toBe('第一次保存前的文字。服务中断前写下的文字。服务中断期间写下的文字。');
  // The alert does not go away by itself.
  await page.waitForTimeout(9000);
  await expect(alert).toBeVisible();
  await shot('service-gone');

  await server.restart({ sameAddress: true });
  await expect(page.getByTestId('save-state')).toContainText('已保存', { timeout: 40_000 });
  await expect(alert).toBeHidden();
  await shot('saved-when-back');
  const saved = savedDrafts(server.dataDir);
  expect(saved.map((d) => d.texts[1])).toEqual(['第一次保存前的文字。服务中断前写下的文字。服务中断期间写下的文字。']);
});

test('新草稿第一次保存时本机服务中断：名称对话框保留她的名字，服务恢复后再按保存即可', async ({ page, server }) => {
  test.setTimeout(120_000);
  await newBlankDraft(page, server.url);
  await blockLocator(page, 1).click();
  await page.keyboard.insertText('还没有保存过的文字。');
  await server.kill();
  await saveWithName(page, '服务中断稿');
  const dialog = page.getByTestId('save-name-dialog');
  await expect(dialog.getByRole('alert')).toContainText('未能保存：无法连接到本机服务');
  // The name dialog stays open with her name in it, to try again; the text stays in the page.
  await expect(dialog.getByLabel('草稿名称')).toHaveValue('服务中断稿');
  expect((await blockTexts(page))[1]).toBe('还没有保存过的文字。');
  await server.restart({ sameAddress: true });
  await dialog.getByLabel('草稿名称').press('Enter');
  await expect(page.getByTestId('save-state')).toContainText('已保存', { timeout: 40_000 });
  await expect(dialog).toBeHidden();
  expect(savedDrafts(server.dataDir).map((d) => [d.file, d.texts[1]])).toEqual([['服务中断稿.gwdraft', '还没有保存过的文字。']]);
});
