/**
 * 常用语's 本节 is this part of this kind of document: a 工作计划's opening is offered what 工作计划 open with, not the
 * 各位代表 / 同志们 of the archive's speeches; 全部 still has everything. Three real 工作计划 imported beside the seed.
 */
import path from 'node:path';
import { importIntoArchive } from './flows';
import { expect, test } from './host-fixture';

const FIXTURES = path.resolve(__dirname, '../electron/core/corpus/fixtures');
const PLANS = ['real/30-sxyz-tuanwei-gongzuo-jihua-2009.txt', 'heldout/batch5/e03-jinshucailiao-shisiwu-silu-2022.txt', 'heldout/batch6/g02-hrbeu-chuanbo-keyan-silu-2022.txt'];

test('常用语 本节 in a 工作计划 offers what plans say there, not a speech’s 称呼; 全部 has both', async ({ page, server, shot }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await importIntoArchive(page, PLANS.map((f) => path.join(FIXTURES, f)));
  // The skeletons are derived again after an import; the page asks for them when it starts.
  await expect
    .poll(async () => {
      await page.reload();
      await page.getByRole('button', { name: '新建草稿…' }).click();
      const picker = page.getByTestId('skeleton-picker');
      await picker.waitFor();
      const has = await picker.getByRole('option', { name: /工作要点\/工作计划/ }).count();
      if (!has) await page.keyboard.press('Escape');
      return has;
    }, { timeout: 30_000 })
    .toBeGreaterThan(0);
  await page.getByTestId('skeleton-picker').getByRole('option', { name: /工作要点\/工作计划/ }).click();
  await page.getByRole('button', { name: '用此骨架新建' }).click();

  const panel = page.getByTestId('phrase-panel');
  const items = panel.getByTestId('phrase-item');
  await expect(panel.getByRole('tab', { name: '本节（开头）' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByTestId('phrase-count')).toHaveText(/^共 \d+ 条$/);
  await expect(items.first()).toBeVisible();
  const here = await items.allInnerTexts();
  expect(here.some((t) => /各位代表|同志们/.test(t)), here.join(' | ')).toBe(false);
  await shot('plan-opening-phrases');

  await panel.getByRole('tab', { name: '全部' }).click();
  await panel.getByLabel('搜索常用语').fill('同志们');
  await expect(items.first()).toContainText('同志们');
});
