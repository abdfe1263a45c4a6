/**
 * The drafting flows in Debian's Chromium against the real browser host (fresh data directory per test):
 * skeleton → IME typing → phrase → library section and marks → reorder → save → reload → autosave
 * recovery after the server is SIGKILLed. Screenshots of each step are attached.
 */
import { type BlockElement, inlineText } from '../electron/core/draft/model';
import {
  blockTexts,
  caretToEnd,
  createFromWorkReportSkeleton,
  draftValue,
  insertLibrarySectionAndClearMarks,
  insertPhraseAndFill,
  reorderSections,
  typeChineseWithIme,
} from './flows';
import { expect, test } from './host-fixture';

test('起草全流程：骨架新建、输入法、常用语、段落库、调整顺序、保存、重新打开、崩溃恢复', async ({ page, server, shot }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await shot('start');

  await createFromWorkReportSkeleton(page, shot);
  await typeChineseWithIme(page, shot);
  await insertPhraseAndFill(page, shot);
  await insertLibrarySectionAndClearMarks(page, shot);
  await reorderSections(page, shot);

  // Save (Ctrl+S on a new draft saves it into the host's drafts folder under its title).
  const saved = await draftValue(page);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toContainText('已保存');
  await shot('saved');

  // Reload: the start screen lists the file; opening it gives back exactly what was saved.
  await page.reload();
  const recent = page.locator('.recent').getByRole('button').first();
  await expect(recent).toBeVisible();
  await expect(recent).toContainText('年度工作');
  await recent.click();
  await expect.poll(async () => (await draftValue(page)).content).toEqual(saved.content);
  await shot('reopened');

  // Edit, let autosave run, then kill the server (a crash): on restart the app offers to restore.
  await caretToEnd(page, 2);
  await page.keyboard.type('崩溃前的最后一句。');
  await expect(page.getByTestId('save-state')).toContainText('已自动保存', { timeout: 15_000 });
  const beforeCrash = await blockTexts(page);
  await server.kill();
  const url = await server.restart();
  await page.goto(url);
  const dialog = page.getByTestId('recovery-dialog');
  await expect(dialog).toBeVisible();
  await shot('recovery-offered');
  await dialog.getByRole('button', { name: '恢复' }).click();
  await expect.poll(() => blockTexts(page)).toEqual(beforeCrash);
  expect((await blockTexts(page))[2]).toContain('崩溃前的最后一句。');
  await shot('recovered');
  expect(errors).toEqual([]);
});

test('撤销/重做与快捷键：Ctrl+1～4 标题级别、Ctrl+B 加粗、Ctrl+Z/Y', async ({ page, server, shot }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: '新建草稿…' }).click();
  await page.getByRole('button', { name: '空白草稿' }).click();
  await caretToEnd(page, 1);
  await page.keyboard.type('加强组织领导');
  await page.keyboard.press('Control+1');
  await expect(page.locator('.b-h1')).toHaveAttribute('data-num', '一、');
  await page.keyboard.press('Enter');
  await page.keyboard.type('明确责任分工');
  await page.keyboard.press('Control+2');
  await expect(page.locator('.b-h2')).toHaveAttribute('data-num', '（一）');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('压实责任。');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('各单位要落实。');
  let v = await draftValue(page);
  expect(v.content.map((b) => b.type + (b.type === 'heading' ? b.level : ''))).toEqual(['title', 'heading1', 'heading2', 'paragraph']);
  expect(v.content[3].children).toEqual([{ text: '压实责任。', bold: true }, { text: '各单位要落实。' }]);
  await shot('levels-and-bold');
  await page.keyboard.press('Control+3');
  await expect(page.locator('.b-h3')).toHaveAttribute('data-num', '1.');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.b-h3')).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(page.locator('.b-h3')).toHaveCount(1);
  await page.keyboard.press('Control+3');
  await expect(page.locator('.b-h3')).toHaveCount(0);
  // Undo everything typed: back to the blank draft.
  for (let i = 0; i < 30; i++) await page.keyboard.press('Control+z');
  v = await draftValue(page);
  expect(v.content.map((b: BlockElement) => inlineText(b.children)).join('')).toBe('');
});

test('查找替换、粘贴净化（含恶意 HTML）、导出前提示', async ({ page, server, shot }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: '新建草稿…' }).click();
  await page.getByRole('button', { name: '用此骨架新建' }).click();
  await caretToEnd(page, 2);
  await page.keyboard.type('我们要抓落实，抓落实，再抓落实。');

  // Find/replace.
  await page.keyboard.press('Control+f');
  const bar = page.getByTestId('find-bar');
  await bar.getByLabel('查找内容').fill('抓落实');
  await expect(bar.locator('.find-count')).toHaveText('1/3');
  await expect(page.locator('.page-body .hit, .page-body .hit-cur')).toHaveCount(3);
  await bar.getByLabel('替换为').fill('促落实');
  await shot('find');
  await bar.getByRole('button', { name: '全部替换' }).click();
  expect((await blockTexts(page))[2]).toBe('我们要促落实，促落实，再促落实。');
  await bar.getByRole('button', { name: '关闭查找' }).click();

  // Paste hostile HTML through a real paste event: only permitted elements survive, nothing runs.
  await caretToEnd(page, 2);
  await page.keyboard.press('Enter');
  const hostile = `<html><head><style>p{color:red}</style><script>window.__pwned=1</script></head><body>
    <p class="MsoNormal" style="font-family:仿宋;color:red" onclick="window.__pwned=2">一、粘贴来的标题</p>
    <p><b>段首句加粗。</b>正文<a href="javascript:window.__pwned=3">链接</a><img src="x" onerror="window.__pwned=4"></p>
    <iframe src="https://example.invalid/"></iframe><img src="data:image/png;base64,${'A'.repeat(200_000)}"></body></html>`;
  await page.evaluate((html) => {
    const dt = new DataTransfer();
    dt.setData('text/html', html);
    dt.setData('text/plain', '一、粘贴来的标题\n段首句加粗。正文链接');
    document.querySelector('[data-slate-editor="true"]')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, hostile);
  await expect.poll(async () => (await blockTexts(page)).includes('粘贴来的标题')).toBe(true);
  const v = await draftValue(page);
  const i = v.content.findIndex((b) => inlineText(b.children) === '粘贴来的标题');
  expect(v.content[i]).toEqual({ type: 'heading', level: 1, children: [{ text: '粘贴来的标题' }] });
  expect(v.content[i + 1]).toEqual({ type: 'paragraph', children: [{ text: '段首句加粗。', bold: true }, { text: '正文链接' }] });
  const json = JSON.stringify(v);
  expect(json).not.toMatch(/script|iframe|onerror|onclick|javascript|style|img|base64/i);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('.page-body img, .page-body iframe, .page-body script, .page-body a').count()).toBe(0);
  await shot('pasted');

  // Export with unfilled placeholders: the dialog lists them; 停止导出 stops, 仍然导出 downloads a .docx.
  await page.getByRole('button', { name: '导出Word' }).click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toContainText('未填写');
  await shot('export-warning');
  await dialog.getByRole('button', { name: '停止导出' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: '导出Word' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-dialog').getByRole('button', { name: '仍然导出（高亮标出）' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
});
