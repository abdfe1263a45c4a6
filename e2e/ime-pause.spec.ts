/**
 * A pinyin composition survives a pause: a user who stops to choose a candidate for longer than the analysis
 * waits (300 ms) must not have the composition cancelled by the review marks being redrawn around it — that
 * left the pinyin letters in the text. The analysis pass waits until the composition ends.
 */
import { blockTexts, blockLocator } from './flows';
import { expect, test } from './host-fixture';

test('输入法：选字时停顿超过分析间隔，拼音不被打断、不进入正文', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await page.getByRole('button', { name: '新建草稿…' }).click();
  await page.getByRole('button', { name: '空白草稿' }).click();
  await blockLocator(page, 1).click();
  // A repeated 的 is a review finding: the paragraph carries a mark the analysis redraws after each edit.
  await page.keyboard.insertText('这是我们的的重要任务。');
  await expect(page.locator('.page-body .rv')).toHaveCount(1);
  await page.evaluate(() => {
    const w = window as unknown as { __ends: number };
    w.__ends = 0;
    document.addEventListener('compositionend', () => w.__ends++, true);
  });

  const cdp = await page.context().newCDPSession(page);
  // An edit (its text node loses its marks until the next pass), then a composition that lasts past the pause.
  await page.keyboard.insertText('好');
  await cdp.send('Input.imeSetComposition', { text: 'gong', selectionStart: 4, selectionEnd: 4 });
  await page.waitForTimeout(1500);
  await cdp.send('Input.insertText', { text: '工' });
  await expect.poll(() => page.evaluate(() => (window as unknown as { __ends: number }).__ends)).toBe(1);
  await expect.poll(async () => (await blockTexts(page))[1]).toBe('这是我们的的重要任务。好工');
  // And the marks come back once the composition is over.
  await expect(page.locator('.page-body .rv')).toHaveCount(1);
  await cdp.detach();
});
