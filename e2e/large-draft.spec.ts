/**
 * A long draft (6,000 blocks here; the limit is 100,000) opens a screenful first and the rest in slices
 * (renderer/app/progressive-load.ts): the whole draft reaches the page, its headings are numbered, opening it
 * is not an edit, and a save pressed while it is still arriving writes every block. Speed is measured in
 * bench/open-large.ts, not here.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDraftFile, serializeDraft } from '../electron/core/draft/file-format';
import { chineseNumeral } from '../electron/core/draft/model';
import { largeDraft } from '../bench/large-draft';
import { saveWithName } from './flows';
import { expect, test } from './host-fixture';

const BLOCKS = 6000;

test('长草稿分批载入：全部段落到齐、标题编号、不算修改、载入中保存也完整', async ({ page, server }) => {
  test.setTimeout(180_000);
  const file = path.join(server.dataDir, '长草稿.gwdraft');
  writeFileSync(file, serializeDraft(largeDraft(BLOCKS)));
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '打开…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.locator('[data-slate-editor="true"] [data-block]').first()).toBeVisible({ timeout: 60_000 });
  // Saved at once, while the rest is still arriving: the file has every block.
  await saveWithName(page);
  await expect(page.getByRole('status').filter({ hasText: '已保存为' })).toBeVisible({ timeout: 60_000 });
  const saved = readdirSync(path.join(server.dataDir, 'drafts')).filter((f) => f.endsWith('.gwdraft'));
  expect(saved).toHaveLength(1);
  const r = parseDraftFile(readFileSync(path.join(server.dataDir, 'drafts', saved[0]), 'utf8'));
  expect(r.ok && r.draft.content.length).toBe(BLOCKS);

  // Every block reaches the page; the last heading is numbered; nothing counts as edited.
  await expect(page.locator('[data-slate-editor="true"] [data-block]')).toHaveCount(BLOCKS, { timeout: 120_000 });
  const headings = BLOCKS / 25;
  await expect(page.locator('[data-slate-editor="true"] [data-block="heading"]').last()).toHaveAttribute('data-num', `${chineseNumeral(headings)}、`, { timeout: 30_000 });
  await expect(page.getByTestId('outline-item')).toHaveCount(headings, { timeout: 60_000 });
  await expect(page.getByTestId('save-state')).toContainText('已保存');
  const value = await page.evaluate(() => (window as unknown as { __gongwen: { getValue(): { content: unknown[] } } }).__gongwen.getValue().content.length);
  expect(value).toBe(BLOCKS);
});

