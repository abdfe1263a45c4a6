/**
 * The user flows, written once against a Playwright Page so the browser-host spec and the Electron spec
 * run the same steps. Every assertion reads the document model through the read-only test hook
 * `window.__gongwen.getValue()` or what the user sees — never component internals.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { BLOCK_SELECTOR } from '../electron/core/draft/blocks';
import { serializeDraft } from '../electron/core/draft/file-format';
import { type BlockElement, type Draft, inlineText } from '../electron/core/draft/model';

export type Shot = (name: string) => Promise<void>;

/** Imports files (full paths) into the archive through the host's API, as the corpus manager's 导入 does. */
export async function importIntoArchive(page: Page, files: string[]): Promise<void> {
  const wire = files.map((f) => ({ name: path.basename(f), bytes: { $bytes: readFileSync(f).toString('base64') } }));
  const r = await page.evaluate(async (w) => {
    const res = await fetch('/api/corpusImport', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Gongwen-Token': sessionStorage.getItem('gongwen-host-token') ?? '' },
      body: JSON.stringify([w]),
    });
    return (await res.json()) as { result?: { imported: number } };
  }, wire);
  expect(r.result?.imported).toBe(files.length);
}

export async function draftValue(page: Page): Promise<Draft> {
  return page.evaluate(() => (window as unknown as { __gongwen: { getValue(): Draft } }).__gongwen.getValue());
}

export async function blockTexts(page: Page): Promise<string[]> {
  return (await draftValue(page)).content.map((b: BlockElement) => inlineText(b.children));
}

const META = { createdAt: '2026-01-05T00:00:00.000Z', updatedAt: '2026-01-05T00:00:00.000Z' };

/** Writes `content` to `file` as a draft and opens it through the start screen's 打开… (the browser's file chooser). */
export async function openDraft(page: Page, file: string, content: BlockElement[]): Promise<void> {
  const draft: Draft = { meta: META, content };
  writeFileSync(file, serializeDraft(draft));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开…' }).click()]);
  await chooser.setFiles(file);
  await expect(page.locator('[data-slate-editor="true"]')).toBeVisible();
  await expect.poll(async () => (await draftValue(page)).content).toEqual(content);
}

/** A paste into the page with these clipboard types, as the browser delivers one. */
export async function paste(page: Page, types: Record<string, string>): Promise<void> {
  await page.evaluate((t) => {
    const editor = document.querySelector('[data-slate-editor="true"]')!;
    const dt = new DataTransfer();
    for (const [k, v] of Object.entries(t)) dt.setData(k, v);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, types);
}

/** Top-level block i of the page (blocks may sit inside render chunks, so select by the attribute every block view carries). */
export const blockLocator = (page: Page, i: number) => page.locator(`[data-slate-editor="true"] ${BLOCK_SELECTOR}`).nth(i);

/** Puts the caret at the end of top-level block i, as a click at its end would. */
export async function caretToEnd(page: Page, i: number): Promise<void> {
  await blockLocator(page, i).click();
  await page.keyboard.press('End');
}

/**
 * Ctrl+S; a draft never saved is named first (the browser host's 另存为 dialog, prefilled from its title):
 * `name` replaces the suggestion, Enter saves.
 */
export async function saveWithName(page: Page, name?: string): Promise<void> {
  await page.keyboard.press('Control+s');
  const dialog = page.getByTestId('save-name-dialog');
  await expect(dialog).toBeVisible();
  if (name !== undefined) await dialog.getByLabel('草稿名称').fill(name);
  await dialog.getByLabel('草稿名称').press('Enter');
}

export async function createFromWorkReportSkeleton(page: Page, shot: Shot): Promise<void> {
  await page.getByRole('button', { name: '新建草稿…' }).click();
  const picker = page.getByTestId('skeleton-picker');
  await expect(picker).toBeVisible();
  await picker.getByRole('option', { name: /年度工作报告/ }).click();
  await expect(picker.getByLabel('骨架预览')).toContainText('年度工作报告');
  await shot('skeleton-picker');
  await picker.getByRole('button', { name: '用此骨架新建' }).click();
  await expect(picker).toBeHidden();
  const v = await draftValue(page);
  expect(v.meta.genre).toBe('annual-report');
  // Two parts, as in a real report: 回顾 ending with the problems paragraph, 主要任务 opening with the 总体要求
  // paragraph — numbered 一、二、 by the editor (not stored in the text).
  const headings = v.content.filter((b) => b.type === 'heading');
  expect(headings.map((h) => (h.type === 'heading' ? h.role : ''))).toEqual(['review', 'tasks']);
  expect(v.content.map((b) => (b.type === 'heading' ? b.role : b.type))).toEqual(['title', 'salutation', 'paragraph', 'review', 'paragraph', 'paragraph', 'tasks', 'paragraph', 'paragraph', 'paragraph']);
  await expect(page.locator('.b-h1')).toHaveCount(2);
  expect(await page.locator('.b-h1').evaluateAll((els) => els.map((e) => e.getAttribute('data-num')))).toEqual(['一、', '二、']);
  await expect(page.getByTestId('outline-item')).toHaveCount(2);
  await expect(page.getByTestId('guidance')).toBeVisible();
  // The empty paragraphs say what goes there (the problems paragraph at the end of 回顾, the 总体要求 one opening 主要任务).
  expect(v.content.map((b) => (b.type === 'paragraph' ? (b as { role?: string }).role : null)).filter(Boolean)).toEqual(['opening', 'review', 'problems', 'requirements', 'tasks', 'closing']);
  await expect(page.locator('.b-para[data-hint^="在此写问题和不足"]')).toHaveCount(1);
  await expect(page.locator('.b-para[data-hint^="在此写总体要求"]')).toHaveCount(1);
  // Corpus patterns show their specifics as 【chips】, never raw braces.
  await expect(page.getByTestId('guidance')).not.toContainText('{');
  await shot('draft-from-skeleton');
}

/** Composes Chinese with CDP IME events, exactly what a pinyin IME sends. */
export async function imeType(page: Page, pinyinSteps: string[], commit: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (const p of pinyinSteps) await cdp.send('Input.imeSetComposition', { text: p, selectionStart: p.length, selectionEnd: p.length });
  await cdp.send('Input.insertText', { text: commit });
  await cdp.detach();
}

export async function typeChineseWithIme(page: Page, shot: Shot): Promise<void> {
  // The opening paragraph (after title and 称呼).
  await caretToEnd(page, 2);
  await imeType(page, ['g', 'go', 'gon', 'gong'], '工作');
  await imeType(page, ['b', 'ba', 'bao', 'baog', 'baogao'], '报告');
  await page.keyboard.type('，');
  await imeType(page, ['t', 'to', 'ton', 'tong'], '同志们');
  await expect.poll(async () => (await blockTexts(page))[2]).toBe('工作报告，同志们');
  const all = (await blockTexts(page)).join('\n');
  expect(all.split('工作报告').length - 1).toBe(1);
  expect(all).not.toMatch(/[a-z]/);

  // Into the title's placeholder: clicking its 【标题】 puts the caret inside; composition fills it.
  await page.locator('.b-title .ph-empty').click();
  await imeType(page, ['n', 'nian', 'niandu'], '年度');
  await imeType(page, ['gongzuo'], '工作');
  await expect.poll(async () => (await blockTexts(page))[0]).toBe('年度工作');

  // And into a heading's placeholder: the number stays computed, the text gets exactly the committed 汉字.
  const h1 = page.locator('.b-h1').first();
  const headingIndex = (await draftValue(page)).content.findIndex((b) => b.type === 'heading');
  const headingBefore = (await blockTexts(page))[headingIndex];
  await h1.locator('.ph-empty').click();
  await imeType(page, ['e', 'er', 'erl', 'erli'], '二〇二五');
  await expect.poll(async () => (await blockTexts(page))[headingIndex]).toBe(headingBefore.replace(/【[^】]+】/, '二〇二五'));
  await expect(h1).toHaveAttribute('data-num', '一、');
  await shot('ime-typed');
}

export async function insertPhraseAndFill(page: Page, shot: Shot): Promise<void> {
  // Into the body of the review section (一、), where the panel offers 回顾 phrases.
  const texts = await blockTexts(page);
  const v = await draftValue(page);
  const reviewHeading = v.content.findIndex((b) => b.type === 'heading' && b.role === 'review');
  await caretToEnd(page, reviewHeading + 1);
  const panel = page.getByTestId('phrase-panel');
  await expect(panel.getByRole('tab', { name: /本节（回顾）/ })).toHaveAttribute('aria-selected', 'true');
  let item = panel.getByTestId('phrase-item').filter({ has: page.locator('.ph-chip') }).first();
  if ((await item.count()) === 0) {
    await panel.getByRole('tab', { name: '全部' }).click();
    item = panel.getByTestId('phrase-item').filter({ has: page.locator('.ph-chip') }).first();
  }
  await expect(item).toBeVisible();
  const n = await item.locator('.ph-chip').count();
  expect(n).toBeGreaterThan(0);
  // Source on hover.
  expect(await item.getAttribute('title')).toMatch(/来源：/);
  // Instant search: the first few characters of the phrase find it.
  const phraseText = await item.locator('.phrase-text').innerText();
  const runs = (phraseText.replace(/【[^】]*】/g, '，').match(/[\u4e00-\u9fff]+/g) ?? [phraseText]).sort((a, b) => b.length - a.length);
  const probe = runs[0].slice(0, 4);
  await panel.getByLabel('搜索常用语').fill(probe);
  await expect(panel.getByTestId('phrase-item').first()).toContainText(probe);
  await shot('phrase-search');
  await panel.getByLabel('搜索常用语').fill('');
  await item.locator('.phrase-text').click();
  const before = (await blockTexts(page))[reviewHeading + 1];
  expect(before).toContain('【');
  await shot('phrase-inserted');
  // The caret is in the first placeholder; Tab moves through the rest.
  for (let i = 0; i < n; i++) {
    await page.keyboard.type(`填${i + 1}`);
    if (i < n - 1) await page.keyboard.press('Tab');
  }
  const after = (await blockTexts(page))[reviewHeading + 1];
  for (let i = 0; i < n; i++) expect(after).toContain(`填${i + 1}`);
  expect(after.match(/【/g)?.length ?? 0).toBe((before.match(/【/g)?.length ?? 0) - n);
  expect(texts.length).toBe((await blockTexts(page)).length);
  await shot('phrase-filled');
}

export async function insertLibrarySectionAndClearMarks(page: Page, shot: Shot): Promise<void> {
  const v = await draftValue(page);
  const tasks = v.content.findIndex((b) => b.type === 'heading' && b.role === 'tasks');
  await caretToEnd(page, tasks + 1);
  await page.getByRole('tab', { name: '段落库' }).click();
  const lib = page.getByTestId('section-library');
  await lib.getByLabel('按部分筛选').selectOption({ label: '全部部分' });
  // The host's answer to that filter has come (the count line says 正在查找…… until then).
  await expect(lib.locator('.lib-count')).toContainText(/共 \d+ 段/);
  const items = lib.getByTestId('library-item');
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  const checks = page.getByTestId('check-count');
  let inserted = false;
  // Pick a section that carries specifics (years, numbers, 届次…) so there are marks to clear.
  for (let i = 0; i < Math.min(count, 12) && !inserted; i++) {
    await items.nth(i).click();
    await expect(lib.getByLabel('段落预览')).toBeVisible();
    // One part without sub-headings (a whole 主要任务 of sixty marks is not what this step is about).
    if ((await lib.locator('.lib-preview .pv-h').count()) > 1) continue;
    // The text grows (a one-paragraph part may take the place of the empty paragraph at the caret).
    const charsBefore = (await blockTexts(page)).join('').length;
    await lib.getByRole('button', { name: '插入到光标处' }).click();
    await expect.poll(async () => (await blockTexts(page)).join('').length).toBeGreaterThan(charsBefore);
    await expect.poll(async () => Number(await checks.innerText()), { timeout: 3000 }).toBeGreaterThanOrEqual(0);
    if ((await page.locator('.page-body .chk').count()) > 0) inserted = true;
    else await page.keyboard.press('Control+z');
  }
  expect(inserted).toBe(true);
  await expect.poll(async () => Number(await checks.innerText())).toBeGreaterThan(0);
  await shot('library-inserted');
  // First mark: click it, the popover says why, 核对无误 clears it.
  // Counted by the status bar: a mark across a copied sentence's edge (复用率's tint) is drawn as two pieces.
  const marks = Number(await checks.innerText());
  await page.locator('.page-body .chk').first().click();
  await expect(page.locator('.check-pop')).toBeVisible();
  await shot('check-popover');
  await page.locator('.check-pop').getByRole('button', { name: '核对无误' }).click();
  await expect(checks).toHaveText(String(marks - 1));
  // The rest one by one from the status bar's 待核对 button.
  for (let left = marks - 1; left > 0; left--) {
    await page.getByTestId('status-bar').getByRole('button', { name: /待核对/ }).click();
    await page.locator('.check-pop').getByRole('button', { name: '核对无误' }).click();
    await expect(checks).toHaveText(String(left - 1));
  }
  await expect(page.locator('.page-body .chk')).toHaveCount(0);
  await expect(checks).toHaveText('0');
  const json = JSON.stringify(await draftValue(page));
  expect(json).not.toContain('"check"');
  await shot('marks-cleared');
}

export async function reorderSections(page: Page, shot: Shot): Promise<void> {
  const top = page.locator('.ol-item.lv1');
  const names = async () => top.evaluateAll((els) => els.map((e) => e.querySelector('.ol-text')!.textContent));
  const before = await names();
  expect(before.length).toBeGreaterThanOrEqual(2);
  const strip = (s: string | null) => (s ?? '').replace(/^[一二三四五六七八九十]+、/, '');
  // Drag the second section onto the first: it becomes 一、 and the others renumber.
  const last = 1;
  await top.nth(last).dragTo(top.nth(0));
  await expect.poll(async () => (await names()).map(strip)).toEqual([strip(before[1]), strip(before[0]), ...before.slice(2).map(strip)]);
  expect((await names()).map((s) => /^[一二三四五六七八九十]+、/.exec(s ?? '')?.[0])).toEqual(before.map((_, i) => ['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、'][i]));
  const nums = await page.locator('.b-h1').evaluateAll((els) => els.map((e) => e.getAttribute('data-num') + (e.textContent ?? '')));
  // The outline shows an unfilled placeholder as 【年份】; the page draws it from its label (CSS), outside textContent.
  const pageText = (s: string | null) => strip(s).replace(/【[^】]*】/g, '').replace(/[\uFEFF\u00a0\s]/g, '');
  expect(nums[0].replace(/[\uFEFF\u00a0\s]/g, '')).toBe('一、' + pageText(before[last]));
  await shot('sections-reordered');
  // Clicking an outline entry puts the caret at that heading.
  await top.nth(1).locator('.ol-text').click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('.b-h1')?.textContent?.replace(/[\uFEFF\u00a0\s]/g, '') ?? '')).toBe(pageText(before[0]));
  // Keyboard-free alternative: ↓ moves it back down one place; undo restores the drag's order too.
  await top.nth(0).hover();
  await top.nth(0).getByRole('button', { name: /下移/ }).click();
  await expect.poll(async () => (await names()).map(strip).slice(0, 2)).toEqual([strip(before[0]), strip(before[last])]);
}

/** A toolbar command, from the bar or — when the window is narrow — from 更多. */
export async function toolbarButton(page: Page, name: string) {
  const bar = page.getByRole('toolbar');
  const direct = bar.locator('.tb-group:not(.tb-more), .tb-end').getByRole('button', { name, exact: true });
  if (await direct.count()) return direct;
  await bar.getByRole('button', { name: '更多 ▾' }).click();
  return page.getByTestId('toolbar-more').getByRole('button', { name, exact: true });
}


/** 导出Word through the export dialog (the toolbar or 更多): the download of its 导出 Word (or 仍然导出) button. */
export async function exportWordFromDialog(page: Page): Promise<import('@playwright/test').Download> {
  await (await toolbarButton(page, '导出Word')).click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-fonts')).not.toContainText('正在检查');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^导出 Word$|仍然导出/ }).first().click()]);
  return download;
}

/** A blank draft with a title and a first paragraph, saved under the name the 另存为 dialog suggests (its title). */
export async function savedBlankDraft(page: Page, url: string, title: string, body: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await page.getByRole('button', { name: '新建草稿…' }).click();
  await page.getByRole('button', { name: '空白草稿' }).click();
  await blockLocator(page, 0).click();
  await page.keyboard.insertText(title);
  await blockLocator(page, 1).click();
  await page.keyboard.insertText(body);
  await saveWithName(page);
  await expect(page.getByTestId('save-state')).toContainText('已保存');
}
