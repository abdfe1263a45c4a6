/**
 * A Word document whose author numbered as 公文 often do — a list of 1. 2. resumed after a lead-in paragraph, and a
 * 方案's （一）（二） under 二、 run on as （三） under 三、 — opens with those numbers as written, and the 公文要素
 * menu sets or clears a heading's 编号从 1 重新开始 / 编号接续上一部分 (ticked when on); a number typed at a paragraph's
 * start counts in the headings' numbers as it is typed.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { p, plainDocx } from '../electron/core/docx/fixtures/plain-docx';
import { expect, test } from './host-fixture';

/** The numbers the page shows before its headings, in order. */
const headingNumbers = (page: Page) => page.locator('.page-body [data-block="heading"]').evaluateAll((hs) => hs.map((h) => h.getAttribute('data-num')));

async function menuItem(page: Page, name: string) {
  await page.getByRole('button', { name: '公文要素 ▾' }).click();
  return page.getByRole('menu', { name: '公文要素' }).getByRole('menuitemcheckbox', { name });
}

test('一份自己编号的 Word 文件：引导语后重新从 1 编号、跨部分接续编号，打开后照原样；公文要素菜单可改回', async ({ page, server, shot }, testInfo) => {
  const file = testInfo.outputPath('2025年某某工作方案.docx');
  const lines = ['2025年某某工作方案', '一、总体要求', '1.第一项', '2.第二项', '为此，要抓好以下工作：', '1.重点一', '2.重点二', '二、主要任务', '（一）扩大内需', '（二）稳定就业', '三、保障措施', '（三）加强领导'];
  writeFileSync(file, await plainDocx(lines.map((l) => p(l)).join('')));
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(server.url);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开…' }).click()]);
  await chooser.setFiles(file);
  await expect(page.locator('[data-slate-editor="true"]')).toBeVisible();
  await expect.poll(() => headingNumbers(page)).toEqual(['一、', '1.', '2.', '1.', '2.', '二、', '（一）', '（二）', '三、', '（三）']);

  // 重点一 restarts at 1 (ticked); choosing it again numbers it by its place: 3., and 重点二 4.
  await page.locator('.page-body [data-block="heading"]', { hasText: '重点一' }).click();
  const restart = await menuItem(page, '编号从 1 重新开始');
  await expect(restart).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('menu', { name: '公文要素' }).getByRole('menuitemcheckbox', { name: '编号接续上一部分' })).toHaveAttribute('aria-checked', 'false');
  await shot('numbering-menu');
  await restart.click();
  await expect.poll(() => headingNumbers(page)).toEqual(['一、', '1.', '2.', '3.', '4.', '二、', '（一）', '（二）', '三、', '（三）']);
  await expect(page.getByText('已恢复按顺序编号：此标题现为“3.”')).toBeVisible();

  // 加强领导 runs on from 稳定就业; cleared, it is the first under 三、 — and set again, （三） once more.
  await page.locator('.page-body [data-block="heading"]', { hasText: '加强领导' }).click();
  await (await menuItem(page, '编号接续上一部分')).click();
  await expect.poll(() => headingNumbers(page)).toEqual(['一、', '1.', '2.', '3.', '4.', '二、', '（一）', '（二）', '三、', '（一）']);
  await (await menuItem(page, '编号接续上一部分')).click();
  await expect.poll(() => headingNumbers(page)).toEqual(['一、', '1.', '2.', '3.', '4.', '二、', '（一）', '（二）', '三、', '（三）']);
  await expect(page.getByText('此标题的编号接续前一部分的同级标题：现为“（三）”')).toBeVisible();

  // A number typed at the start of a body paragraph counts as that item at once: 为此 typed as 3. makes 重点一 4.
  await page.locator('.page-body [data-block="paragraph"]', { hasText: '为此' }).click();
  await page.keyboard.press('Home');
  await page.keyboard.type('3.');
  await expect.poll(() => headingNumbers(page)).toEqual(['一、', '1.', '2.', '4.', '5.', '二、', '（一）', '（二）', '三、', '（三）']);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect.poll(() => headingNumbers(page)).toEqual(['一、', '1.', '2.', '3.', '4.', '二、', '（一）', '（二）', '三、', '（三）']);

  // In body text the two items are there but greyed.
  await page.locator('.page-body [data-block="paragraph"]', { hasText: '为此' }).click();
  await page.getByRole('button', { name: '公文要素 ▾' }).click();
  await expect(page.getByRole('menu', { name: '公文要素' }).getByRole('menuitemcheckbox', { name: '编号从 1 重新开始' })).toBeDisabled();
  await shot('numbering-menu-in-body');
});
