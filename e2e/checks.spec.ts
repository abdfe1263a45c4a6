/**
 * 审稿 in Debian's Chromium against the browser host: errors typed into a draft (the seed corpus's own
 * 办结率达1000% and half-width !) are listed in the review panel under their rule; clicking an item selects
 * exactly the offending text in the editor; “修正” fixes it and the item goes away; a sentence copied from
 * the archive raises the reuse ratio in the status bar.
 */
import { blockTexts, caretToEnd, createFromWorkReportSkeleton, draftValue } from './flows';
import { expect, test } from './host-fixture';

const selectionText = (page: import('@playwright/test').Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

test('审稿：面板按规则列出问题，点击定位到原文，一键修正；复用率随抄录句子上升', async ({ page, server, shot }) => {
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await createFromWorkReportSkeleton(page, shot);

  // Into the body of the review section: two of the seed corpus's own errors.
  const v = await draftValue(page);
  const target = v.content.findIndex((b) => b.type === 'heading' && b.role === 'review') + 1;
  await caretToEnd(page, target);
  await page.keyboard.insertText('信访案件办结率达1000%。这是全县的一件盛事!');
  await expect.poll(async () => (await blockTexts(page))[target]).toContain('办结率达1000%。这是全县的一件盛事!');

  await page.getByRole('tab', { name: /审稿/ }).click();
  const rate = page.locator('[data-testid="finding"][data-rule="figures"]').filter({ hasText: '1000%' });
  await expect(rate).toHaveCount(1);
  await expect(rate).toContainText('不能超过100%');
  const bang = page.locator('[data-testid="finding"][data-rule="punctuation"]').filter({ hasText: '半角叹号' });
  await expect(bang).toHaveCount(1);
  // Each group shows its Chinese label and count.
  await expect(page.locator('[data-testid="finding-group"][data-rule="figures"] .ck-group-title')).toContainText('可疑数字');
  await shot('review-panel');

  // Click → the editor selects exactly the flagged text.
  await rate.click();
  await expect.poll(() => selectionText(page)).toBe('1000%');
  await shot('jumped-to-rate');
  await bang.click();
  await expect.poll(() => selectionText(page)).toBe('!');

  // 修正 → full-width ！ in the document, and the finding is gone.
  await bang.getByRole('button', { name: '修正：改为全角！' }).click();
  await expect.poll(async () => (await blockTexts(page))[target]).toContain('这是全县的一件盛事！');
  await expect(bang).toHaveCount(0);
  await expect(rate).toHaveCount(1);
  await shot('fixed');

  // Reuse ratio: a sentence copied verbatim from the built-in archive (the seed corpus) raises it.
  const ratio = page.getByTestId('reuse-ratio');
  await expect(ratio).toHaveText(/^\d+%$/);
  const before = Number((await ratio.innerText()).replace('%', ''));
  await caretToEnd(page, target);
  await page.keyboard.insertText(
    '深入推动全市厂务公开民主管理化进程，开展创建厂务公开民主管理示范单位活动，不断规范公有制企事业单位职代会制度及工作程序，推进非公有制企业区域性、行业性职代会建设。',
  );
  await expect.poll(async () => Number((await ratio.innerText()).replace('%', ''))).toBeGreaterThan(before);
  await shot('reuse-ratio');
});
