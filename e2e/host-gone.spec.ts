/**
 * When the local service has gone (the host process died), saving says so in Chinese and the text stays in
 * the page; the failure is not an uncaught error that nobody sees.
 */
import { blockLocator, blockTexts, saveWithName } from './flows';
import { expect, test } from './host-fixture';

test('本机服务中断时保存：提示“未能保存”及原因，正文仍在', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await page.getByRole('button', { name: '新建草稿…' }).click();
  await page.getByRole('button', { name: '空白草稿' }).click();
  await blockLocator(page, 1).click();
  await page.keyboard.insertText('服务中断前写下的文字。');
  await server.kill();
  await saveWithName(page, '服务中断稿');
  await expect(page.getByRole('alert')).toContainText('未能保存：无法连接到本机服务');
  // The name dialog stays open with her name in it, to try again.
  await expect(page.getByTestId('save-name-dialog').getByLabel('草稿名称')).toHaveValue('服务中断稿');
  await page.keyboard.press('Escape');
  expect((await blockTexts(page))[1]).toBe('服务中断前写下的文字。');
  await expect(page.getByTestId('save-state')).toHaveText('有未保存的修改');
});
