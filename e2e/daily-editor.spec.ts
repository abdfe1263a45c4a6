/**
 * The daily flow without friction (issue 15), the editor's side, in Debian's Chromium against the browser host:
 * quotes fixed one at a time from 审稿 pair up; a 待核对 mark ends when its text is typed over or replaced;
 * a heading typed by hand becomes a heading on Enter (undo gives the typed number back); a Word paste leaves no
 * footnote marks, no bold on headings and no cells run together; an IME composing into an empty placeholder
 * does not show the placeholder's label beside the pinyin; a wrapping title is balanced; a .doc is answered
 * with what to do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { blockLocator, blockTexts, caretToEnd, createFromWorkReportSkeleton, draftValue, openDraft, paste } from './flows';
import { expect, test } from './host-fixture';

const YEAR = '年份（原文已隐去）：请填写实际年份';

const kinds = async (page: Page) => (await draftValue(page)).content.map((b) => (b.type === 'heading' ? `h${b.level}:` : `${b.type[0]}:`) + b.children.map((c) => ('text' in c ? c.text : c.children.map((t) => t.text).join(''))).join(''));

test.beforeEach(async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
});

test('审稿 → 修正 one quote at a time: 坚持"两个毫不动摇"。 becomes “两个毫不动摇”, never “…“', async ({ page, shot }, testInfo) => {
  await openDraft(page, testInfo.outputPath('引号.gwdraft'), [
    { type: 'title', children: [{ text: '2027年工作报告' }] },
    { type: 'paragraph', children: [{ text: '坚持"两个毫不动摇"。' }] },
  ]);
  await page.getByRole('tab', { name: /审稿/ }).click();
  const quotes = page.locator('[data-testid="finding"][data-rule="punctuation"]').filter({ hasText: '半角引号' });
  await expect(quotes).toHaveCount(2);
  await shot('two-quotes');
  // The first fix, then — after the panel has re-checked — the one left.
  await quotes.first().getByRole('button', { name: /修正：改为全角“/ }).click();
  await expect.poll(async () => (await blockTexts(page))[1]).toBe('坚持“两个毫不动摇"。');
  await expect(quotes).toHaveCount(1);
  await expect(quotes.first().getByRole('button', { name: /修正/ })).toHaveAccessibleName('修正：改为全角”');
  await quotes.first().getByRole('button', { name: /修正/ }).click();
  await expect.poll(async () => (await blockTexts(page))[1]).toBe('坚持“两个毫不动摇”。');
  await expect(quotes).toHaveCount(0);
  await expect(page.locator('[data-testid="finding"][data-rule="punctuation"]')).toHaveCount(0);
  await shot('quotes-fixed');
});

test('待核对 marks end with the edit: typing over 20××, 查找替换 of 首府; 待核对 everywhere', async ({ page, shot }, testInfo) => {
  await openDraft(page, testInfo.outputPath('核对.gwdraft'), [
    { type: 'title', children: [{ text: '2027年工作报告' }] },
    { type: 'paragraph', children: [{ text: '在' }, { text: '20××', check: YEAR }, { text: '年，' }, { text: '首府', check: '地名：请核对' }, { text: '职工收入稳步增长。' }] },
  ]);
  const checks = page.getByTestId('check-count');
  /** The marked runs of the draft (a run's page spans may be cut by review marks: count the model). */
  const marked = async () => (await draftValue(page)).content.flatMap((b) => b.children.filter((c) => 'text' in c && c.check).map((c) => ('text' in c ? c.text : '')));
  await expect(checks).toHaveText('2');
  expect(await marked()).toEqual(['20××', '首府']);
  // The review speaks of 待核对 as the status bar and the popover do.
  await page.getByRole('tab', { name: /审稿/ }).click();
  await expect(page.locator('[data-testid="finding-group"][data-rule="placeholders"] .ck-group-title')).toContainText('待核对');
  await expect(page.locator('[data-testid="finding"][data-rule="placeholders"]').filter({ hasText: '首府' })).toContainText('标记为待核对');
  await shot('two-marks');

  // Select the marked 20×× and type over it.
  await page.evaluate(() => {
    const spans = [...document.querySelectorAll('.page-body .chk')].filter((e) => '20××'.includes(e.textContent!));
    const text = (e: Element) => document.createTreeWalker(e, NodeFilter.SHOW_TEXT).nextNode()!;
    const r = document.createRange();
    r.setStart(text(spans[0]), 0);
    const last = text(spans[spans.length - 1]);
    r.setEnd(last, last.textContent!.length);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(r);
  });
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('20××');
  await page.keyboard.type('2027');
  await expect.poll(async () => (await blockTexts(page))[1]).toBe('在2027年，首府职工收入稳步增长。');
  expect(await marked()).toEqual(['首府']);
  await expect(checks).toHaveText('1');
  await shot('typed-over');

  // 查找替换 inside the other mark.
  await page.keyboard.press('Control+h');
  await page.getByLabel('查找内容').fill('首府');
  await page.getByLabel('替换为').fill('全市');
  await page.getByRole('button', { name: '全部替换' }).click();
  await expect.poll(async () => (await blockTexts(page))[1]).toBe('在2027年，全市职工收入稳步增长。');
  await expect(page.locator('.page-body .chk')).toHaveCount(0);
  await expect(checks).toHaveText('0');
  expect(JSON.stringify(await draftValue(page))).not.toContain('"check"');
  await shot('replaced');
});

test('a heading typed by hand becomes that level on Enter; undo gives the typed number back; choosing a level strips it', async ({ page, shot }) => {
  await createFromWorkReportSkeleton(page, shot);
  const v = await draftValue(page);
  const at = v.content.findIndex((b) => b.type === 'heading' && b.role === 'review') + 1;
  await caretToEnd(page, at);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('（一）突出政治引领');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await draftValue(page)).content[at + 1]).toEqual({ type: 'heading', level: 2, children: [{ text: '突出政治引领' }] });
  await expect(blockLocator(page, at + 1)).toHaveAttribute('data-num', '（一）');
  expect((await draftValue(page)).content[at + 2]).toMatchObject({ type: 'paragraph' });
  await shot('autoformatted');

  await page.keyboard.press('Control+z');
  // (Undo gives the paragraph back as it was, with the part the skeleton laid it out for.)
  await expect.poll(async () => (await draftValue(page)).content[at + 1]).toEqual({ type: 'paragraph', role: 'review', children: [{ text: '（一）突出政治引领' }] });
  await shot('undone');
  // 1.2万 at the start of a line stays 正文.
  await page.keyboard.insertText('1.2万名职工参加培训');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await draftValue(page)).content[at + 2]).toEqual({ type: 'paragraph', role: 'review', children: [{ text: '1.2万名职工参加培训' }] });
  // Choosing 二级标题 for the typed （一） line: one number, not （一）（一）.
  await caretToEnd(page, at + 1);
  await page.keyboard.press('Control+2');
  await expect.poll(async () => (await draftValue(page)).content[at + 1]).toEqual({ type: 'heading', level: 2, children: [{ text: '突出政治引领' }] });
  await expect(blockLocator(page, at + 1)).toHaveText('突出政治引领');
  await shot('level-chosen');
});

test('Word paste: no footnote marks or notes, no bold on a heading, table cells apart, list “1.” like typed “1.”', async ({ page, shot }, testInfo) => {
  await openDraft(page, testInfo.outputPath('粘贴.gwdraft'), [
    { type: 'title', children: [{ text: '2027年工作报告' }] },
    { type: 'paragraph', children: [{ text: '' }] },
  ]);
  await blockLocator(page, 1).click();
  const html = readFileSync(path.join(__dirname, 'fixtures/word-clipboard.html'), 'utf8');
  await paste(page, { 'text/html': html, 'text/plain': '一、2026年工作回顾\r\n（一）突出政治引领\r\n全年服务职工群众12万人次[1]，职工满意率达98%。\r\n' });
  await expect.poll(() => kinds(page)).toEqual([
    't:2027年工作报告',
    'h1:2026年工作回顾',
    'h2:突出政治引领',
    'p:全年服务职工群众12万人次，职工满意率达98%。',
    'h3:加强组织领导',
    'h3:强化工作保障',
    'p:职工书屋覆盖所有乡镇',
    'p:表格单元1\t表格单元2',
    'p:职工培训\t970项',
  ]);
  const json = JSON.stringify(await draftValue(page));
  expect(json).not.toMatch(/\[1\]|数据来源|"bold"/);
  await shot('word-pasted');
  // The table's rows read as two columns on the page, not one run of text: the second cells start at one x, well apart.
  const secondCell = (first: string) =>
    page.evaluate((first) => {
      const p = [...document.querySelectorAll('[data-slate-editor] [data-block="paragraph"]')].find((e) => e.textContent!.startsWith(first))!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf('\t');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const tab = r.getBoundingClientRect();
        return { tab: tab.width, x: tab.right };
      }
      return { tab: 0, x: 0 };
    }, first);
  const [a, b] = [await secondCell('表格单元1'), await secondCell('职工培训')];
  expect(a.tab).toBeGreaterThan(16);
  expect(b.tab).toBeGreaterThan(16);
  expect(Math.abs(a.x - b.x)).toBeLessThan(2);
});

test('IME composing into an empty placeholder hides its 【label】; a wrapping title is balanced', async ({ page, shot }) => {
  await createFromWorkReportSkeleton(page, shot);
  const ph = page.locator('.b-title .ph').first();
  await expect(ph).toHaveClass(/ph-empty/);
  await page.locator('.b-title .ph-empty').click();
  const cdp = await page.context().newCDPSession(page);
  for (const p of ['g', 'gong', 'gonghui']) await cdp.send('Input.imeSetComposition', { text: p, selectionStart: p.length, selectionEnd: p.length });
  // Mid-composition: the pinyin is on the page, the label is not.
  await expect(page.locator('.b-title')).toContainText('gonghui');
  await expect.poll(() => ph.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
  await expect(page.locator('.b-title')).not.toContainText('【');
  await shot('composing-in-placeholder');
  await cdp.send('Input.insertText', { text: '工会' });
  await cdp.detach();
  await expect.poll(async () => (await blockTexts(page))[0]).toBe('工会');
  await expect(page.locator('.b-title')).not.toContainText('gonghui');

  // A title one line and two characters long: the export balances it (title-lines.ts), the page must too.
  const perLine = await page.locator('.b-title').evaluate((el) => {
    const probe = document.createElement('span');
    probe.textContent = '国'.repeat(10);
    el.appendChild(probe);
    const w = probe.getBoundingClientRect().width / 10;
    probe.remove();
    const cs = getComputedStyle(el);
    return Math.floor((el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)) / w);
  });
  const base = '关于全市总工会第十五届委员会第三次全体会议暨职工代表大会工作情况的';
  const title = base.repeat(3).slice(0, perLine) + '报告';
  await page.locator('.b-title').click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(title.slice(2));
  await expect.poll(async () => (await blockTexts(page))[0]).toBe('工会' + title.slice(2));
  const lines = await page.locator('.b-title').evaluate((el) => {
    const tops: number[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < n.textContent!.length; i++) {
        if (!/\S/.test(n.textContent![i]) || n.textContent![i] === '\uFEFF') continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        tops.push(Math.round(r.getBoundingClientRect().top));
      }
    }
    const rows = new Map<number, number>();
    for (const t of tops) rows.set(t, (rows.get(t) ?? 0) + 1);
    return [...rows.values()];
  });
  await shot('balanced-title');
  expect(lines.length).toBe(2);
  // Without balancing the second line holds 报告 alone.
  expect(Math.min(...lines)).toBeGreaterThan(lines.reduce((a, b) => a + b) / 4);
});

test('opening a .doc says to save it as .docx in Word/WPS', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('旧报告.doc');
  writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开…' }).click()]);
  // The picker lists .doc files, so choosing one is possible (and answered), not just hidden.
  expect(await chooser.element().getAttribute('accept')).toContain('.doc,');
  await chooser.setFiles(file);
  await expect(page.getByText(/旧报告\.doc.*请在 Word\/WPS 中另存为 \.docx 后再打开/)).toBeVisible();
});
