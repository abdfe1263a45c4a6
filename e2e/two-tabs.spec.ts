/**
 * Two tabs on one draft (issue 16): the second tab is told the draft is open elsewhere, and so is the first
 * at its next autosave; neither is offered the other's live text as a recovery copy. Both autosave; then the
 * second tab crashes and the service is killed: at the next start each tab's text is there to recover, listed
 * one by one (name, time, first line), and each copy can be restored or discarded.
 */
import { blockLocator, blockTexts, savedBlankDraft } from './flows';
import { expect, screenshotStep, test } from './host-fixture';

const ELSEWHERE = '已在另一个窗口或标签页中打开';

test('两个标签页编辑同一草稿：互相知道，各自的恢复副本都在，逐份恢复或放弃', async ({ page, server, shot }) => {
  test.setTimeout(180_000);
  // Tab A: a draft, saved, then edited (its recovery copy is held by A).
  await savedBlankDraft(page, server.url, '两个标签页', '共同的开头。');
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('甲标签页写的句子。');
  await expect(page.getByTestId('save-state')).toContainText('已自动保存', { timeout: 20_000 });

  // Tab B opens the same file from the recent list: it is told, and not offered A's live copy.
  const b = await page.context().newPage();
  await b.goto(server.url);
  await expect(b.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await b.locator('.recent').getByRole('button', { name: '两个标签页' }).click();
  await expect(b.getByRole('status').filter({ hasText: ELSEWHERE })).toBeVisible();
  await expect(b.getByTestId('recovery-dialog')).toHaveCount(0);
  await expect(b.getByTestId('recovery-list')).toHaveCount(0);
  expect((await blockTexts(b))[1]).toBe('共同的开头。');

  // Both write and autosave; A learns from its next autosave that B has the file too.
  await blockLocator(b, 1).click();
  await b.keyboard.press('Control+End');
  await b.keyboard.insertText('乙标签页写的句子。');
  await expect(b.getByTestId('save-state')).toContainText('已自动保存', { timeout: 20_000 });
  await blockLocator(page, 1).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('甲又写了一句。');
  await expect(page.getByTestId('save-state')).toContainText('已自动保存', { timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: ELSEWHERE })).toBeVisible();
  await shot('a-told');
  await screenshotStep(b, test.info(), '01-b-told');

  // B's renderer crashes (no goodbye), then the service is killed.
  const cdp = await b.context().newCDPSession(b);
  const crashed = b.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  await server.kill();
  const url = await server.restart();

  // A fresh tab: both drafts are there to recover, each with its own text.
  const c = await page.context().newPage();
  c.on('pageerror', (e) => {
    throw e;
  });
  await c.goto(url);
  const dialog = c.getByTestId('recovery-dialog');
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  const items = dialog.getByTestId('recovery-item');
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: '共同的开头。甲标签页写的句子。甲又写了一句。' })).toHaveCount(1);
  await expect(items.filter({ hasText: '共同的开头。乙标签页写的句子。' })).toHaveCount(1);
  await expect(items.first()).toContainText('两个标签页');
  await expect(items.first()).toContainText('自动保存于');
  await screenshotStep(c, test.info(), '02-recovery-list');

  // Discard A's (asked first), restore B's.
  await items.filter({ hasText: '甲又写了一句' }).getByRole('button', { name: '放弃' }).click();
  await c.getByRole('dialog', { name: '放弃这份草稿？' }).getByRole('button', { name: '放弃' }).click();
  await expect(items).toHaveCount(1);
  await items.getByRole('button', { name: '恢复' }).click();
  await expect(dialog).toBeHidden();
  expect((await blockTexts(c))[1]).toBe('共同的开头。乙标签页写的句子。');
  await expect(c.getByTestId('save-state')).toHaveText('已恢复，尚未保存');

  // The restored copy is this tab's now: another tab is not offered it.
  const d = await page.context().newPage();
  await d.goto(url);
  await expect(d.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await d.waitForTimeout(1000);
  await expect(d.getByTestId('recovery-dialog')).toHaveCount(0);
  await expect(d.getByTestId('recovery-list')).toHaveCount(0);
});
