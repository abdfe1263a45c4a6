/**
 * A file changed on disk by another program since the page opened it is not overwritten unasked (issue 16):
 * Ctrl+S asks — 比较 shows what differs, 覆盖 writes this text (the other version kept as .bak), 保留两份
 * saves this text as a new file and leaves the other untouched, 暂不保存 writes nothing and keeps the text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDraftFile, serializeDraft } from '../electron/core/draft/file-format';
import { inlineText } from '../electron/core/draft/model';
import { blockTexts, savedBlankDraft } from './flows';
import { expect, test } from './host-fixture';

const bodyOf = (file: string): string => {
  const r = parseDraftFile(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return inlineText(r.draft.content[1].children);
};

/** Another program rewrites the draft's body on disk. */
function changeOnDisk(file: string, body: string): void {
  const r = parseDraftFile(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(r.error);
  r.draft.content[1] = { type: 'paragraph', children: [{ text: body }] };
  writeFileSync(file, serializeDraft(r.draft));
}

test('磁盘上的文件被其他程序改过：保存前询问（比较、覆盖、保留两份、暂不保存）', async ({ page, server, shot }) => {
  test.setTimeout(120_000);
  await savedBlankDraft(page, server.url, '磁盘修改演练', '本页原来的文字。');
  const file = path.join(server.dataDir, 'drafts', '磁盘修改演练.gwdraft');
  expect(bodyOf(file)).toBe('本页原来的文字。');

  // 1. Changed on disk; 暂不保存 writes nothing and keeps the text.
  changeOnDisk(file, '其他程序改过的文字。');
  await page.keyboard.insertText('本页新加的文字。');
  await page.keyboard.press('Control+s');
  const dialog = page.getByTestId('changed-on-disk');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('被其他程序（或另一个窗口）修改并保存过');

  // 比较: what only the disk has is struck through, what only the page has is underlined.
  await dialog.getByRole('button', { name: '比较' }).click();
  const compare = dialog.getByTestId('compare');
  await expect(compare.locator('del')).toContainText(['其他程序改过']);
  await expect(compare.locator('ins')).toContainText(['本页原来']);
  await expect(compare.locator('[data-side="changed"]')).toContainText('本页新加的文字。');
  await shot('compare');
  await dialog.getByRole('button', { name: '暂不保存' }).click();
  await expect(dialog).toBeHidden();
  expect(bodyOf(file)).toBe('其他程序改过的文字。');
  await expect(page.getByTestId('save-state')).toHaveText('未保存：文件已被其他程序修改');
  expect((await blockTexts(page))[1]).toBe('本页原来的文字。本页新加的文字。');

  // 2. 覆盖: this text goes into the file, the other program's version into its .bak.
  await page.keyboard.press('Control+s');
  await dialog.getByRole('button', { name: '覆盖' }).click();
  await expect(page.getByTestId('save-state')).toContainText('已保存');
  expect(bodyOf(file)).toBe('本页原来的文字。本页新加的文字。');
  expect(bodyOf(file + '.bak')).toBe('其他程序改过的文字。');
  // Saved over once, the next save goes through without asking.
  await page.keyboard.insertText('再加一句。');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toContainText('已保存');
  await expect(dialog).toBeHidden();
  expect(bodyOf(file)).toBe('本页原来的文字。本页新加的文字。再加一句。');

  // 3. 保留两份: this text as a new file; the changed one is left as the other program wrote it.
  changeOnDisk(file, '其他程序第二次改的文字。');
  await page.keyboard.insertText('第三次的文字。');
  await page.keyboard.press('Control+s');
  await dialog.getByRole('button', { name: '保留两份' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存为' })).toContainText('磁盘修改演练（2）');
  expect(bodyOf(file)).toBe('其他程序第二次改的文字。');
  expect(bodyOf(path.join(server.dataDir, 'drafts', '磁盘修改演练（2）.gwdraft'))).toBe('本页原来的文字。本页新加的文字。再加一句。第三次的文字。');
  await expect(page.getByTestId('status-bar')).toContainText('磁盘修改演练（2）');
});
