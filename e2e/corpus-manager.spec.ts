/**
 * 语料库 as a user meets it in Chromium against the browser host: a folder imported with a progress bar
 * (files done of total, the file in hand) and a duplicate reported; an import cancelled, leaving what was
 * done; the list searched, filtered and sorted; documents removed and the removal undone; 恢复为内置语料
 * confirmed and undone; and a section's role corrected in a document, which changes the skeleton offered
 * for a new draft and the phrases offered for that role (issue 11). Screenshots at 1366×768 and 1024×700.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { caretToEnd, draftValue, toolbarButton } from './flows';
import { expect, screenshotStep, test } from './host-fixture';

const SEED = readFileSync(path.resolve(__dirname, '..', 'assets', 'seed-reports.txt'), 'utf8');
const HEADINGS = SEED.split('\n').filter((l) => l.startsWith('>')).map((l) => l.replace(/^>\s*[一二三四五六七八九十]+、/, '').trim());
const BODY = SEED.split('\n').filter((l) => /^\u3000\u3000/.test(l) && l.length > 40).map((l) => l.trim());

/** One past speech of about 6,000 characters recombined from the seed's headings and paragraphs (deterministic). */
function pastSpeech(n: number, seed: number): string {
  let x = (seed * 7919 + n * 104729) >>> 0;
  const next = () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const pick = <T>(a: T[]) => a[Math.floor(next() * a.length)];
  const lines = [`在${2014 + (n % 10)}年全县工作会议上的讲话`, '同志们：', pick(BODY)];
  for (const cn of ['一', '二', '三']) {
    lines.push(`${cn}、${pick(HEADINGS)}`);
    let chars = 0;
    while (chars < 1800) {
      const p = pick(BODY).replace(/\d+/g, (m) => String(Number(m) + n));
      lines.push(p);
      chars += p.length;
    }
  }
  lines.push(`同志们，让我们在新的一年里（第${n}次会议）再接再厉，奋发有为。`);
  return lines.join('\n');
}

/** A folder of `n` past speeches with Chinese names, plus a copy of the first under another name. */
function pastReports(testInfo: TestInfo, n: number, seed: number): string {
  const dir = testInfo.outputPath(`往年材料-${seed}`);
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= n; i++) writeFileSync(path.join(dir, `工作会议讲话-${String(i).padStart(3, '0')}.txt`), pastSpeech(i, seed));
  writeFileSync(path.join(dir, '工作会议讲话-001（副本）.txt'), pastSpeech(1, seed));
  return dir;
}

/** 语料库, from the toolbar or — when the window is narrow — from its 更多 menu. */
async function openManager(page: Page) {
  await (await toolbarButton(page, '语料库')).click();
  const dialog = page.getByTestId('corpus-dialog');
  await expect(dialog.getByTestId('corpus-total')).toHaveText(/共 \d+ 份/);
  return dialog;
}

const total = async (dialog: ReturnType<Page['getByTestId']>) => Number(/共 (\d+) 份/.exec((await dialog.getByTestId('corpus-total').textContent()) ?? '')![1]);

async function importFolder(page: Page, dialog: ReturnType<Page['getByTestId']>, dir: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: '导入文件夹…' }).click()]);
  await chooser.setFiles(dir);
}

/**
 * Holds the browser host's later chunks of an import (it sends a folder 100 files at a time) until `release`,
 * so a step that needs the import still running does not race a fast machine.
 */
async function holdLaterChunks(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/corpusImportAppend', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

async function ready(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
}

test('导入文件夹：进度条显示已完成/总数和当前文件，重复的文件被跳过并说明；之后可查找、筛选、移除并撤销、恢复为内置语料并撤销', async ({ page, server }, testInfo) => {
  test.setTimeout(240_000);
  const dir = pastReports(testInfo, 120, 7);
  // An office folder holds more than text and .docx: these are left out, and said once, not silently.
  writeFileSync(path.join(dir, '2009年工作总结.doc'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  writeFileSync(path.join(dir, '红头文件扫描件.pdf'), '%PDF-1.4\n');
  writeFileSync(path.join(dir, 'Thumbs.db'), 'x');
  // Word's lock file of an open report and a hidden file are no material at all: neither imported nor counted.
  writeFileSync(path.join(dir, '~$工作会议讲话-002.docx'), 'x');
  writeFileSync(path.join(dir, '.工作会议讲话-003.txt'), 'x');
  await page.setViewportSize({ width: 1366, height: 768 });
  await ready(page, server.url);
  const dialog = await openManager(page);
  const builtIn = await total(dialog);
  expect(builtIn).toBe(5);
  await screenshotStep(page, testInfo, '1366-manager-builtin');

  const release = await holdLaterChunks(page);
  await importFolder(page, dialog, dir);
  const progress = dialog.getByTestId('import-progress');
  await expect(progress).toBeVisible();
  // Files done of total (the folder's 121 files), and the file being analysed.
  await expect(progress.getByTestId('import-count')).toHaveText(/^([1-9]\d*)\/121$/);
  await expect(progress.getByTestId('import-current')).toHaveText(/正在分析：工作会议讲话-\d{3}.*\.txt/);
  await expect(progress.getByRole('progressbar', { name: '导入进度' })).toHaveAttribute('aria-valuemax', '121');
  await screenshotStep(page, testInfo, '1366-manager-importing');
  // The editor is not blocked meanwhile: the dialog can be closed, the status line carries the import on.
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('archive-activity').getByTestId('import-count')).toHaveText(/\/121$/);
  await screenshotStep(page, testInfo, '1366-activity-line');
  release();
  await openManager(page);

  const outcome = dialog.getByTestId('import-outcome');
  await expect(outcome).toContainText('导入完成：新增 120 份材料，1 份与已有材料内容相同，已跳过', { timeout: 180_000 });
  await expect(outcome.getByRole('list', { name: '导入问题' })).toContainText(/工作会议讲话-001（副本）\.txt：与(同批导入|已导入)的“工作会议讲话-001\.txt”内容相同，已跳过/);
  await expect(outcome.getByRole('list', { name: '导入问题' })).toContainText('另有 2 个文件不是 .txt、.md 或 .docx，未导入（.doc 1 个、.pdf 1 个）。旧版 Word（.doc）文件请先在 Word 或 WPS 中“另存为” .docx，再导入。');
  await expect(dialog.getByTestId('corpus-total')).toHaveText('共 125 份');
  await screenshotStep(page, testInfo, '1366-manager-imported');

  // Search by file name, then by genre and year (each with its count).
  await dialog.getByLabel('按标题或文件名查找').fill('讲话-017');
  await expect(dialog.getByTestId('corpus-total')).toHaveText('共 1 份');
  await expect(dialog.getByTestId('corpus-row')).toHaveCount(1);
  await expect(dialog.getByTestId('corpus-row')).toContainText('工作会议讲话-017.txt');
  await dialog.getByLabel('按标题或文件名查找').fill('');
  await expect(dialog.getByTestId('corpus-total')).toHaveText('共 125 份');
  const genreSelect = dialog.getByLabel('文种');
  const speech = (await genreSelect.locator('option').allTextContents()).find((t) => t.startsWith('讲话'))!;
  const speeches = Number(/（(\d+)）/.exec(speech)![1]);
  expect(speeches).toBeGreaterThan(2);
  await genreSelect.selectOption({ label: speech });
  await expect(dialog.getByTestId('corpus-total')).toHaveText(`共 ${speeches} 份`);
  // Every genre is offered, the new ones too.
  for (const g of ['工作总结', '述职报告', '致辞', '工作要点/工作计划']) expect((await genreSelect.locator('option').allTextContents()).some((t) => t.startsWith(g))).toBe(true);
  await genreSelect.selectOption({ index: 0 });
  const yearSelect = dialog.getByLabel('年份');
  const yearOption = (await yearSelect.locator('option').allTextContents())[1];
  const [, y, yn] = /(\d{4}) 年（(\d+)）/.exec(yearOption)!;
  await yearSelect.selectOption({ label: yearOption });
  await expect(dialog.getByTestId('corpus-total')).toHaveText(`共 ${yn} 份`);
  await expect(dialog.getByTestId('corpus-row').first()).toContainText(y);
  await yearSelect.selectOption({ index: 0 });

  // Sort by file name: the copy's name sorts after the first file's.
  await dialog.getByRole('columnheader', { name: '文件' }).getByRole('button').click();
  await expect(dialog.getByRole('columnheader', { name: /文件/ })).toHaveAttribute('aria-sort', 'ascending');
  // The seed's five documents share one title; each shows its number in the file.
  await expect(dialog.getByTestId('corpus-row').first().locator('.cm-file')).toHaveText('seed-reports.txt第1篇');
  await expect(dialog.getByTestId('corpus-row').nth(5).locator('.cm-file')).toHaveText('工作会议讲话-001.txt');

  // Scroll the virtualised list to the end: the last rows are fetched and drawn.
  await dialog.getByTestId('corpus-list').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(dialog.getByTestId('corpus-row').filter({ hasText: '工作会议讲话-120.txt' })).toBeVisible();
  expect(await dialog.getByTestId('corpus-row').count()).toBeLessThan(80);
  await dialog.getByTestId('corpus-list').evaluate((el) => (el.scrollTop = 0));

  // Remove two documents, then undo.
  await dialog.getByLabel('按标题或文件名查找').fill('讲话-00');
  await expect(dialog.getByTestId('corpus-total')).toHaveText('共 9 份');
  const rows = dialog.getByTestId('corpus-row');
  await rows.nth(0).getByRole('checkbox').check();
  await rows.nth(1).getByRole('checkbox').check();
  await dialog.getByRole('button', { name: '移除所选（2）' }).click();
  await expect(dialog.getByTestId('corpus-total')).toHaveText('共 7 份');
  const undo = dialog.getByTestId('corpus-undo');
  await expect(undo).toContainText('已移除 2 份材料');
  await screenshotStep(page, testInfo, '1366-manager-removed');
  await undo.getByRole('button', { name: '撤销' }).click();
  await expect(dialog.getByTestId('corpus-total')).toHaveText('共 9 份');
  await expect(undo).toBeHidden();
  // One document removed from its reader (opened by a double-click on its row, as in a file list): back to the list, with an undo.
  await rows.nth(2).locator('.cm-file').dblclick();
  const reader = dialog.getByTestId('corpus-reader');
  await reader.getByRole('button', { name: '从语料库移除' }).click();
  await expect(reader).toBeHidden();
  await expect(dialog.getByTestId('corpus-total')).toHaveText('共 8 份');
  await expect(undo).toContainText('已移除 1 份材料');
  await undo.getByRole('button', { name: '撤销' }).click();
  await expect(dialog.getByTestId('corpus-total')).toHaveText('共 9 份');
  await dialog.getByLabel('按标题或文件名查找').fill('');

  // 恢复为内置语料 asks first; “取消” keeps everything.
  await dialog.getByRole('button', { name: '恢复为内置语料' }).click();
  const ask = page.getByRole('dialog', { name: '恢复为内置语料' });
  await expect(ask).toContainText('将从语料库中移除导入的 120 份材料，只保留内置语料');
  await expect(ask).toContainText('关闭语料库窗口前可以撤销');
  await screenshotStep(page, testInfo, '1366-reset-confirm');
  await ask.getByRole('button', { name: '取消' }).click();
  await expect(dialog.getByTestId('corpus-total')).toHaveText('共 125 份');
  await dialog.getByRole('button', { name: '恢复为内置语料' }).click();
  await ask.getByRole('button', { name: '移除导入的材料' }).click();
  await expect(dialog.getByTestId('corpus-total')).toHaveText('共 5 份');
  await expect(undo).toContainText('已恢复为内置语料（移除了导入的 120 份材料）');
  await undo.getByRole('button', { name: '撤销' }).click();
  await expect(dialog.getByTestId('corpus-total')).toHaveText('共 125 份');
});

test('取消导入：已处理的文件保留，其余未导入，列表与结果一致', async ({ page, server }, testInfo) => {
  test.setTimeout(240_000);
  const dir = pastReports(testInfo, 200, 11);
  await page.setViewportSize({ width: 1024, height: 700 });
  await ready(page, server.url);
  const dialog = await openManager(page);
  // The files after the first hundred are held back, so 取消 comes while the import runs, however fast it is.
  const release = await holdLaterChunks(page);
  await importFolder(page, dialog, dir);
  const progress = dialog.getByTestId('import-progress');
  await expect(progress.getByTestId('import-count')).toHaveText(/^([1-9]\d*)\/201$/);
  await screenshotStep(page, testInfo, '1024-manager-importing');
  await progress.getByRole('button', { name: '取消' }).click();
  release();
  const outcome = dialog.getByTestId('import-outcome');
  await expect(outcome).toContainText(/已取消导入。已处理 (\d+)\/201 个文件：新增 (\d+) 份材料.*其余 (\d+) 个文件未导入/, { timeout: 60_000 });
  const m = /已处理 (\d+)\/201 个文件：新增 (\d+) 份材料.*其余 (\d+) 个文件未导入/.exec((await outcome.textContent())!)!;
  const [done, added, rest] = [Number(m[1]), Number(m[2]), Number(m[3])];
  expect(done).toBeLessThan(201);
  expect(done + rest).toBe(201);
  await expect(dialog.getByTestId('corpus-total')).toHaveText(`共 ${5 + added} 份`);
  await screenshotStep(page, testInfo, 'cancelled');
  // Importing the folder again adds exactly the rest; what was imported is recognised.
  await dialog.getByRole('button', { name: '知道了' }).click();
  await importFolder(page, dialog, dir);
  await expect(outcome).toContainText(`导入完成：新增 ${200 - added} 份材料，${added + 1} 份与已有材料内容相同，已跳过`, { timeout: 180_000 });
  await expect(dialog.getByTestId('corpus-total')).toHaveText('共 205 份');
});

/** A host query, as the page itself would make it (the token the page was opened with). */
async function api<T>(page: Page, method: string, args: unknown[]): Promise<T> {
  return page.evaluate(
    async ([m, a]) => {
      const res = await fetch(`/api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Gongwen-Token': sessionStorage.getItem('gongwen-host-token') ?? '' }, body: JSON.stringify(a) });
      return (await res.json()).result;
    },
    [method, args] as const,
  ) as Promise<T>;
}

interface ApiPhrase {
  text: string;
  role: string;
  docCount: number;
  sources: { docId: string; sectionPath: string[] }[];
}

test('更正：在语料库中改一节的作用，新建草稿的骨架和常用语面板随之改变', async ({ page, server }, testInfo) => {
  const DOC = 'seed-reports.txt#1';
  const SECTION = '围绕科学发展，积极推进联谊会各项工作';
  await page.setViewportSize({ width: 1366, height: 768 });
  await ready(page, server.url);
  // The phrases only that section gives, as the host ranks them (with the role it was read as).
  const ofSection = async (role?: string) =>
    (await api<{ phrases: ApiPhrase[] }>(page, 'corpusPhrases', [{ role, limit: 500 }])).phrases
      .filter((p) => p.docCount === 1 && p.sources[0]?.docId === DOC && p.sources[0].sectionPath[0]?.includes(SECTION) && !p.text.includes('{'))
      .map((p) => p.text);
  const before = await ofSection();
  expect(before.length).toBeGreaterThan(0);
  expect(await ofSection('review')).toEqual([]);

  // A new 年度工作报告 draft, the caret in its review part: the panel offers 回顾 phrases, none of that section's.
  await page.getByRole('button', { name: '新建草稿…' }).click();
  const picker = page.getByTestId('skeleton-picker');
  await picker.getByRole('option', { name: /成立大会致辞/ }).click();
  await expect(picker.getByLabel('骨架预览')).not.toContainText('回顾/成绩');
  await picker.getByRole('option', { name: /年度工作报告/ }).click();
  await picker.getByRole('button', { name: '用此骨架新建' }).click();
  await page.locator('.b-h1').first().click();
  const panel = page.getByTestId('phrase-panel');
  await expect(panel.getByRole('tab', { name: /本节（回顾）/ })).toHaveAttribute('aria-selected', 'true');
  const search = panel.getByLabel('搜索常用语');
  // (A search with nothing in 本节 falls back to 全部 and says so: the phrase may show, but not as 回顾's.)
  for (const t of before) {
    await search.fill(t);
    await expect(panel.getByTestId('phrase-count')).toContainText(`本节（回顾）没有含“${t}”的语句`);
  }
  await search.fill('');

  // The correction: in 语料库, open the 成立大会致辞 and say that section is a review of the work done.
  const dialog = await openManager(page);
  await dialog.getByLabel('文种').selectOption({ label: '成立大会致辞（1）' });
  await expect(dialog.getByTestId('corpus-total')).toHaveText('共 1 份');
  await dialog.getByTestId('corpus-row').getByRole('button').first().click();
  const reader = dialog.getByTestId('corpus-reader');
  await expect(reader.getByLabel('文种')).toHaveValue('inaugural');
  const role = reader.getByLabel(`“${SECTION}”的作用`);
  await expect(role).toHaveValue('tasks');
  await expect(reader.getByLabel('原文')).toContainText(`二、${SECTION}主要任务/重点工作`);
  await screenshotStep(page, testInfo, '1366-reader');
  await role.selectOption({ label: '回顾/成绩' });
  await expect(reader.getByTestId('correction-state')).toHaveText('已更正，骨架、常用语和段落库已随之更新');
  await expect(role).toHaveValue('review');
  await expect(reader.getByLabel('原文')).toContainText(`二、${SECTION}回顾/成绩`);
  await page.setViewportSize({ width: 1024, height: 700 });
  await screenshotStep(page, testInfo, '1024-reader-corrected');
  await reader.getByRole('button', { name: '← 返回列表' }).click();
  await expect(dialog.getByTestId('corpus-row').filter({ hasText: '已更正' })).toHaveCount(1);
  await screenshotStep(page, testInfo, '1024-manager');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await page.setViewportSize({ width: 1366, height: 768 });

  // The archive now gives that section's phrases as 回顾 phrases; the skeleton of 成立大会致辞 has a 回顾 part, and a
  // new 成立大会致辞's 回顾 is offered them in 本节 (本节 is that part in the draft's own kind of document).
  const after = await ofSection('review');
  const both = after.filter((t) => before.includes(t));
  expect(both.length).toBeGreaterThan(0);
  await page.getByRole('button', { name: '新建', exact: true }).click();
  await picker.getByRole('option', { name: /成立大会致辞/ }).click();
  await expect(picker.getByLabel('骨架预览')).toContainText('回顾/成绩');
  await screenshotStep(page, testInfo, '1366-skeleton-after-correction');
  await picker.getByRole('button', { name: '用此骨架新建' }).click();
  await expect(picker).toBeHidden();
  const v = await draftValue(page);
  await caretToEnd(page, v.content.findIndex((b) => b.type === 'paragraph' && b.role === 'review'));
  await expect(panel.getByRole('tab', { name: /本节（回顾）/ })).toHaveAttribute('aria-selected', 'true');
  for (const t of after) {
    await search.fill(t);
    await expect(panel.getByTestId('phrase-item').filter({ hasText: t }).first()).toBeVisible();
    await expect(panel.getByTestId('phrase-count')).toHaveText(/^共 \d+ 条$/);
  }

  // Leaving the document out: its phrases are no longer offered; taking it back in brings them back.
  const again = await openManager(page);
  await again.getByLabel('文种').selectOption({ label: '成立大会致辞（1）' });
  await again.getByTestId('corpus-row').locator('.cm-title').click();
  await reader.getByLabel('不用于提取常用语、骨架和段落库').check();
  await expect(reader.getByTestId('correction-state')).toHaveText('已更正，骨架、常用语和段落库已随之更新');
  expect(await ofSection('review')).toEqual([]);
  await reader.getByRole('button', { name: '← 返回列表' }).click();
  await expect(again.getByTestId('corpus-row')).toContainText('不参与提取');
  await again.getByTestId('corpus-row').locator('.cm-title').click();
  await reader.getByLabel('不用于提取常用语、骨架和段落库').uncheck();
  await expect(reader.getByTestId('correction-state')).toHaveText('已更正，骨架、常用语和段落库已随之更新');
  expect(await ofSection('review')).toEqual(after);
});
