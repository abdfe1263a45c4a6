/**
 * Issue 15's story, start to finish, as a city 总工会 secretary drafts the 2027 工作报告 in the browser host, at
 * 1366×768 and at 1024×700: a new draft from the 年度工作报告 skeleton, its placeholders filled (the title by
 * IME), a phrase found by search and filled, a library section inserted and its 待核对 marks confirmed, a Word
 * paste, 审稿 and 修正, save (named), close and reopen, export to Word. Every step is kept as a screenshot
 * (test-results/e2e/daily-flow-*), and at each one every toolbar command is within reach.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { blockLocator, blockTexts, caretToEnd, draftValue, exportWordFromDialog, imeType, paste, saveWithName, toolbarButton } from './flows';
import { expect, test } from './host-fixture';

/** Nothing the toolbar offers is outside the window. */
async function everythingInReach(page: Page, width: number): Promise<void> {
  const boxes = await page.getByRole('toolbar').locator('.tb-group > button, .tb-group > select, .tb-end > button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
  expect(Math.max(...boxes)).toBeLessThanOrEqual(width);
}

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
];

for (const size of SIZES) {
  test(`2027 工作报告 from skeleton to Word at ${size.width}×${size.height}`, async ({ page, server, shot }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(size);
    await page.goto(server.url);
    await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
    await shot('start');

    // 新建 from the 年度工作报告 skeleton.
    await page.getByRole('button', { name: '新建草稿…' }).click();
    const picker = page.getByTestId('skeleton-picker');
    await picker.getByRole('option', { name: /年度工作报告/ }).click();
    await shot('skeleton-picker');
    await picker.getByRole('button', { name: '用此骨架新建' }).click();
    await expect(picker).toBeHidden();
    await expect(page.getByTestId('unfilled-count')).toHaveText('4');
    await everythingInReach(page, size.width);
    await shot('new-draft');

    // The caret is in the title's placeholder: the year typed, the words by IME; Tab through the rest.
    await page.keyboard.insertText('2027年');
    await imeType(page, ['g', 'gong', 'gongzuo', 'gongzuobaogao'], '工作报告');
    await expect.poll(async () => (await blockTexts(page))[0]).toBe('2027年工作报告');
    await page.keyboard.press('Tab');
    await page.keyboard.insertText('各位代表');
    await page.keyboard.press('Tab');
    await page.keyboard.insertText('2026');
    await page.keyboard.press('Tab');
    await page.keyboard.insertText('2027');
    await expect(page.getByTestId('unfilled-count')).toHaveText('0');
    // The opening, by IME.
    await caretToEnd(page, 2);
    await imeType(page, ['x', 'xian', 'xianzai'], '现在');
    await page.keyboard.insertText('，我代表市总工会常委会作工作报告，请予审议。');
    await expect(page.getByTestId('guidance')).toContainText('已写 21 字');
    await shot('placeholders-filled');

    const content = () => draftValue(page).then((v) => v.content);
    const reviewAt = async () => (await content()).findIndex((b) => b.type === 'heading' && b.role === 'review');

    // A phrase about 劳模 in the review section: found by search (全部 has them when 本节 does not), filled.
    await caretToEnd(page, (await reviewAt()) + 1);
    const phrases = page.getByTestId('phrase-panel');
    await phrases.getByLabel('搜索常用语').fill('劳模');
    await expect(phrases.getByTestId('phrase-count')).toHaveText(/条/);
    const phrase = phrases.getByTestId('phrase-item').first();
    await expect(phrase).toContainText('劳模');
    await phrase.locator('.phrase-text').click();
    await expect.poll(async () => (await blockTexts(page))[(await reviewAt()) + 1]).toContain('劳模');
    await page.keyboard.insertText('。');
    await expect(page.getByTestId('unfilled-count')).toHaveText('0');
    await shot('phrase-inserted');

    // A library section under 主要任务; its specifics arrive 待核对 and are confirmed for the section at once.
    // (The paragraph the skeleton left for the tasks, after the one for 总体要求 that opens the part.)
    const tasks = (await content()).findIndex((b) => b.type === 'paragraph' && (b as { role?: string }).role === 'tasks');
    await caretToEnd(page, tasks);
    await page.getByRole('tab', { name: '段落库' }).click();
    const lib = page.getByTestId('section-library');
    // The library offers the sections of past reports that play the same part (本节) first.
    await expect(lib.getByLabel('按部分筛选')).toHaveValue('current');
    const checks = page.getByTestId('check-count');
    let marked = 0;
    for (let i = 0; i < 12 && !marked; i++) {
      await lib.getByTestId('library-item').nth(i).click();
      // One part without sub-headings: 全部核对无误 confirms the marks of the part the caret is in.
      if ((await lib.locator('.lib-preview .pv-h').count()) > 1) continue;
      const before = (await content()).length;
      await lib.getByRole('button', { name: '插入到光标处' }).click();
      await expect.poll(async () => (await content()).length).toBeGreaterThan(before);
      const toastText = await page.locator('.toast').innerText();
      if (/待核对/.test(toastText)) {
        expect(toastText).toContain('点击橙色标记逐一核对');
        await expect.poll(async () => Number(await checks.innerText())).toBeGreaterThan(0);
        marked = Number(await checks.innerText());
      } else await page.keyboard.press('Control+z');
    }
    expect(marked).toBeGreaterThan(0);
    await expect(page.getByTestId('unfilled-count')).toHaveText('0');
    await shot('library-inserted');
    await page.getByRole('tab', { name: /审稿/ }).click();
    await page.getByRole('button', { name: '全部核对无误' }).click();
    await expect(page.locator('.toast')).toHaveText(`已核对 ${marked} 处`);
    await expect(checks).toHaveText('0');
    await shot('checks-confirmed');

    // A Word paste at the end of the review section's text: footnote marks gone, cells apart.
    await caretToEnd(page, (await reviewAt()) + 1);
    await page.keyboard.press('Enter');
    const html = readFileSync(path.join(__dirname, 'fixtures/word-clipboard.html'), 'utf8');
    await paste(page, { 'text/html': html, 'text/plain': '全年服务职工群众12万人次[1]，职工满意率达98%。' });
    await expect.poll(async () => (await blockTexts(page)).join('\n')).toContain('全年服务职工群众12万人次，职工满意率达98%。');
    expect((await blockTexts(page)).join('\n')).not.toMatch(/\[1\]/);
    await shot('word-pasted');

    // A sentence with straight quotes, typed; 审稿 → 修正 pairs them.
    await caretToEnd(page, (await reviewAt()) + 1);
    await page.keyboard.insertText('坚持"两个毫不动摇"。');
    const quotes = page.locator('[data-testid="finding"][data-rule="punctuation"]').filter({ hasText: '半角引号' });
    await expect(quotes).toHaveCount(2);
    await shot('review');
    for (let left = 2; left > 0; left--) {
      await quotes.first().getByRole('button', { name: /修正/ }).click();
      await expect(quotes).toHaveCount(left - 1);
    }
    await expect.poll(async () => (await blockTexts(page))[(await reviewAt()) + 1]).toContain('坚持“两个毫不动摇”。');
    await shot('fixed');

    // Save: named in the 另存为 dialog (prefilled from the title).
    await saveWithName(page);
    await expect(page.getByTestId('save-state')).toContainText('已保存');
    await expect(page.getByTestId('status-bar')).toContainText('2027年工作报告');
    const saved = await content();
    await shot('saved');

    // Close and reopen from the start screen's recent list.
    await page.reload();
    const recent = page.locator('.recent').getByRole('button', { name: /2027年工作报告/ }).first();
    await expect(recent).toBeVisible({ timeout: 30_000 });
    await shot('reopen-list');
    await recent.click();
    // The page's draft hook exists once the editor is there (expect.poll does not retry a throwing callback).
    await expect(page.locator('[data-slate-editor="true"]')).toBeVisible();
    await expect.poll(content).toEqual(saved);
    await expect(page.getByTestId('unfilled-count')).toHaveText('0');
    await expect(checks).toHaveText('0');
    await everythingInReach(page, size.width);
    await shot('reopened');

    // Export to Word (from 更多 at 1024 wide): nothing left to fill or check, so the dialog offers 导出 Word at once.
    const download = await exportWordFromDialog(page);
    expect(download.suggestedFilename()).toBe('2027年工作报告.docx');
    expect(readFileSync(await download.path()).subarray(0, 2).toString()).toBe('PK');
    await expect(blockLocator(page, 0)).toHaveText('2027年工作报告');
    await shot('exported');
  });
}
