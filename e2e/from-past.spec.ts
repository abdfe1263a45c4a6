/**
 * 以往年材料为底稿 and 往年怎么写 (issue 17) in Debian's Chromium against the browser host: two provinces' 2026
 * 政府工作报告 imported into the archive; a 2027 draft started from one of them in the new-draft dialog; the
 * summary of what was moved on and marked, 逐处核对 stepping through the marks; two 【完成情况】 filled; on a
 * task heading, 往年怎么写 lists the other report's passages, 对照 shows one beside this draft's text and 插入
 * puts it in with its specifics marked; the 审稿 panel says what 与去年对照 found. At 1366×768 and 1024×700.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { blockTexts, draftValue, importIntoArchive } from './flows';
import { expect, test } from './host-fixture';

const REAL = path.resolve(__dirname, '../electron/core/corpus/fixtures/real');
const REPORTS = ['01-fujian-gwr-2026.txt', '04-guangdong-gwr-2026.txt'];

/** The development set's files, imported as the corpus manager's 导入 does. */
const importReal = (page: Page, files: string[]) => importIntoArchive(page, files.map((f) => path.join(REAL, f)));

for (const size of [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
]) {
  test(`以往年材料为底稿、往年怎么写（${size.width}×${size.height}）`, async ({ page, server, shot }) => {
    await page.setViewportSize(size);
    await page.goto(server.url);
    await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
    await importReal(page, REPORTS);

    // The new-draft dialog's entry opens the chooser; the archive's annual reports are listed with their year.
    await page.getByRole('button', { name: '新建草稿…' }).click();
    await page.getByTestId('skeleton-picker').getByTestId('from-past-entry').click();
    const chooser = page.getByTestId('from-past-dialog');
    await expect(chooser).toBeVisible();
    const list = chooser.getByRole('listbox', { name: '往年材料' });
    await expect(list.getByRole('option').filter({ hasText: '2026年' })).toHaveCount(2);
    await chooser.getByLabel('查找往年材料').fill('福建');
    const fujian = list.getByRole('option').filter({ hasText: '福建' });
    await expect(fujian).toHaveCount(1);
    await expect(list.getByRole('option')).toHaveCount(1);
    await fujian.click();
    await expect(chooser.getByLabel('新报告年份')).toHaveValue('2027');
    await shot('chooser');
    await chooser.getByRole('button', { name: '据此新建' }).click();

    // The summary: 2026 moved on to 2027, marks counted by kind.
    const summary = page.getByTestId('from-past-summary');
    await expect(summary).toBeVisible();
    await expect(summary).toContainText('2026年→2027年');
    const fills = Number((await summary.getByTestId('count-fill').innerText()).replace(/\D/g, ''));
    expect(fills).toBeGreaterThanOrEqual(2);
    expect(Number((await summary.getByTestId('count-specific').innerText()).replace(/\D/g, ''))).toBeGreaterThan(10);
    await shot('summary');
    await summary.getByRole('button', { name: '逐处核对' }).click();
    await expect(summary).toBeHidden();

    const v = await draftValue(page);
    expect(v.meta.reportYear).toBe(2027);
    expect(v.meta.fromPast?.tasks.length).toBeGreaterThan(3);

    // 逐处核对: each step selects a mark in the page; 上一处 goes back to it.
    const stepper = page.getByTestId('mark-stepper');
    await expect(stepper).toBeVisible();
    await expect(page.getByTestId('stepper-count')).toHaveText(/^第 1 \/ \d+ 处$/);
    const first = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(first.length).toBeGreaterThan(0);
    await stepper.getByRole('button', { name: '下一处' }).click();
    await expect(page.getByTestId('stepper-count')).toHaveText(/^第 2 \/ \d+ 处$/);
    await stepper.getByRole('button', { name: '上一处' }).click();
    await expect(page.getByTestId('stepper-count')).toHaveText(/^第 1 \/ \d+ 处$/);
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(first);
    // The same from the keyboard, with the caret in the page: F8, Shift+F8.
    await page.keyboard.press('F8');
    await expect(page.getByTestId('stepper-count')).toHaveText(/^第 2 \/ \d+ 处$/);
    await page.keyboard.press('Shift+F8');
    await expect(page.getByTestId('stepper-count')).toHaveText(/^第 1 \/ \d+ 处$/);
    await shot('stepper');

    // Two 【完成情况】 filled (each click on an empty placeholder puts the caret in it); the second repeats last year's target.
    const done = ['全年地区生产总值增长5.6%，完成年度目标。', '城镇新增就业50万人，完成年度目标。'];
    for (const text of done) {
      await page.locator('.ph-empty[data-label="完成情况"]').first().click();
      await page.keyboard.insertText(text);
    }
    await expect.poll(async () => (await blockTexts(page)).filter((t) => done.some((d) => t.includes(d))).length).toBe(2);
    await expect(page.locator('.ph-empty[data-label="完成情况"]')).toHaveCount(fills - 2 - (await page.locator('.ph-empty[data-label="主要指标完成情况"]').count()));
    await shot('filled');

    // 往年怎么写 on a task heading: the other report's passages (the source itself is left out).
    const now = await draftValue(page);
    const taskIndex = now.content.findIndex((b, i) => b.type === 'heading' && b.level === 2 && i > now.content.findIndex((h) => h.type === 'heading' && h.role === 'tasks'));
    expect(taskIndex).toBeGreaterThan(0);
    await page.locator(`[data-slate-editor="true"] [data-block]`).nth(taskIndex).click();
    await page.getByRole('tab', { name: '往年怎么写' }).click();
    const panel = page.getByTestId('past-passages');
    await expect(panel).toBeVisible();
    const items = panel.getByTestId('past-passage');
    await expect(items.first()).toBeVisible();
    // Guangdong's report is titled just 政府工作报告; Fujian's (the source) is left out.
    await expect(items.first()).toContainText('《政府工作报告》2026年');
    await expect(items.filter({ hasText: '《2026年福建省政府工作报告》' })).toHaveCount(0);
    await expect(panel.locator('.fp-pp-query')).toContainText(await page.locator('[data-slate-editor="true"] [data-block]').nth(taskIndex).innerText().then((t) => t.replace(/^（[一二三四五六七八九十]+）/, '').trim().slice(0, 6)));
    // Four tabs fit the side column, none cut off (at 1024 the labels overlapped before the counts became badges).
    const clipped = await page.getByRole('tab').evaluateAll((tabs) => tabs.filter((t) => t.scrollWidth > t.clientWidth + 1).map((t) => t.textContent));
    expect(clipped).toEqual([]);
    await shot('past-passages');

    // 对照: the passage beside this draft's heading.
    const withSpecifics = items.filter({ has: page.locator('mark.fp-specific') }).first();
    await withSpecifics.getByRole('button', { name: '对照' }).click();
    const compare = page.getByTestId('past-compare');
    await expect(compare).toContainText('本稿');
    await expect(compare).toContainText('往年');
    await shot('compare');

    // 插入 from there: the passage goes in with its specifics marked to check; a heading at the end of the
    // caret's section, so the text under the caret's heading stays under it.
    const beforeInsert = (await draftValue(page)).content;
    await compare.getByRole('button', { name: '插入' }).click();
    await expect.poll(async () => (await draftValue(page)).content.length).toBeGreaterThan(beforeInsert.length);
    const afterInsert = (await draftValue(page)).content;
    const at = afterInsert.findIndex((b, i) => JSON.stringify(b) !== JSON.stringify(beforeInsert[i]));
    const inserted = afterInsert[at];
    expect(inserted.children.some((c) => 'text' in c && c.check)).toBe(true);
    expect(afterInsert[taskIndex + 1]).toEqual(beforeInsert[taskIndex + 1]);
    if (inserted.type === 'heading') {
      expect(at).toBeGreaterThan(taskIndex + 1);
      expect(beforeInsert[at]?.type).toBe('heading');
    }
    await shot('inserted');

    // 审稿: the 与去年对照 note and its findings.
    await page.getByRole('tab', { name: /审稿/ }).click();
    await expect(page.getByTestId('against-last-year-note')).toContainText('与去年对照');
    // Last year's target typed as this year's result: 与去年对照 asks for this year's figure.
    const same = page.locator('[data-testid="finding"][data-rule="against-last-year"]').filter({ hasText: '城镇新增就业50' });
    await expect(same).toHaveCount(1);
    await expect(same).toContainText('请换成今年的数据');
    await expect(page.getByTestId('against-last-year-note')).toContainText('1 处数字与去年相同');
    await page.locator('[data-testid="finding-group"][data-rule="placeholders"] .ck-group-toggle').click();
    await same.click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('50');
    await shot('review');
  });
}

test('以往年材料为底稿：按骨架的文种列出；在所选文种中查不到时改在全部文种中查找，并说明', async ({ page, server, shot }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await importReal(page, [...REPORTS, '27-sxyz-shuzhi-yangpeiqiong-2025.txt', '28-sxyz-shuzhi-sunhongliang-2020.txt', '29-sxyz-shuzhi-yuqihong-2019.txt']);
  // The skeletons are derived again once the import is done (in the background): a later start shows them.
  const picker = page.getByTestId('skeleton-picker');
  await expect(async () => {
    await page.reload();
    await page.getByRole('button', { name: '新建草稿…' }).click();
    await expect(picker.getByRole('option', { name: /述职报告/ })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });

  // 述职报告 chosen in the new-draft dialog: the chooser lists 述职报告.
  await picker.getByRole('option', { name: /述职报告/ }).click();
  await picker.getByTestId('from-past-entry').click();
  const chooser = page.getByTestId('from-past-dialog');
  const list = chooser.getByRole('listbox', { name: '往年材料' });
  await expect(chooser.getByLabel('文种')).toHaveValue('debrief');
  await expect(list.getByRole('option')).toHaveCount(3);

  // 年度工作报告 chosen, then 述职 searched for: nothing there, so every genre is searched, and the list says so.
  await chooser.getByLabel('文种').selectOption('annual-report');
  await expect(list.getByRole('option').filter({ hasText: '福建' })).toHaveCount(1);
  await chooser.getByLabel('查找往年材料').fill('述职');
  await expect(chooser.getByRole('status')).toHaveText('年度工作报告中没有标题或文件名含“述职”的材料，已改为在全部文种中查找。');
  await expect(chooser.getByLabel('文种')).toHaveValue('');
  // (The third 述职 is titled by its speaker's name: no 述职 in its title or file name.)
  await expect(list.getByRole('option')).toHaveText([/2025年度述职述廉述德述法报告/, /2020年度述职述廉报告/]);
  await shot('widened');
});

test('以往年材料为底稿：打开一个不在语料库中的文件；读不出的文件说明原因，对话框留着', async ({ page, server, shot }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await page.getByRole('button', { name: '新建草稿…' }).click();
  await page.getByTestId('skeleton-picker').getByTestId('from-past-entry').click();
  const chooser = page.getByTestId('from-past-dialog');

  // A .docx that is not one: said in Chinese, nothing made, the chooser stays for another try.
  const bad = testInfo.outputPath('坏文件.docx');
  writeFileSync(bad, 'not a zip');
  await chooser.getByTestId('from-past-file').setInputFiles(bad);
  await expect(chooser.getByTestId('from-past-source')).toContainText('坏文件.docx');
  await chooser.getByRole('button', { name: '据此新建' }).click();
  await expect(chooser.getByRole('alert')).toContainText('无法以《坏文件.docx》为底稿');
  await expect(chooser).toBeVisible();
  await expect(page.locator('[data-slate-editor="true"]')).toHaveCount(0);
  await shot('bad-file');

  // Guangdong's 2026 report as a .txt: the year is found in it, the draft made for 2027.
  await chooser.getByTestId('from-past-file').setInputFiles(path.join(REAL, '04-guangdong-gwr-2026.txt'));
  await expect(chooser.getByRole('alert')).toHaveCount(0);
  await chooser.getByLabel('新报告年份').fill('2027');
  await chooser.getByRole('button', { name: '据此新建' }).click();
  const summary = page.getByTestId('from-past-summary');
  await expect(summary).toContainText('2026年→2027年');
  await summary.getByRole('button', { name: '稍后核对' }).click();
  const v = await draftValue(page);
  expect(v.meta.reportYear).toBe(2027);
  expect(v.meta.fromPast?.tasks.length).toBeGreaterThan(3);
  expect((await blockTexts(page)).some((t) => t.includes('2027年'))).toBe(true);
  await expect(page.getByTestId('mark-stepper')).toBeVisible();
  await shot('from-file');
});

test('语料库中阅读一份材料时，“以此为底稿新建…”打开底稿对话框并已选中它', async ({ page, server, shot }) => {
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await importReal(page, [REPORTS[0]]);
  await page.getByRole('button', { name: '语料库' }).click();
  const dialog = page.getByTestId('corpus-dialog');
  const row = dialog.getByTestId('corpus-row').filter({ hasText: '福建' });
  await expect(row).toHaveCount(1, { timeout: 30_000 });
  await row.locator('.cm-title').click();
  const reader = dialog.getByTestId('corpus-reader');
  await reader.getByRole('button', { name: '以此为底稿新建…' }).click();
  await expect(dialog).toBeHidden();
  const chooser = page.getByTestId('from-past-dialog');
  await expect(chooser).toBeVisible();
  await shot('from-corpus-reader');
  await chooser.getByRole('button', { name: '据此新建' }).click();
  await expect(page.getByTestId('from-past-summary')).toBeVisible({ timeout: 30_000 });
  const v = await draftValue(page);
  expect(v.meta.fromPast?.sourceYear).toBe(2026);
  expect((await blockTexts(page)).join('\n')).toContain('2027');
});

test('开始页：“以去年的材料为底稿起草…”和“导入本单位往年材料…”各自打开对应的对话框', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await page.getByRole('button', { name: '以去年的材料为底稿起草…' }).click();
  const chooser = page.getByTestId('from-past-dialog');
  await expect(chooser).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(chooser).toBeHidden();
  await page.getByRole('button', { name: '导入本单位往年材料…' }).click();
  await expect(page.getByTestId('corpus-dialog')).toBeVisible();
});
