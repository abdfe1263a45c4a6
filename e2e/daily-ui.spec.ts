/**
 * The daily flow without friction (issue 15), the UI's side, in Debian's Chromium against the browser host:
 * a blank draft takes what is typed at once; 本节写作提示 counts the opening and the last section right;
 * 另存为 asks for a name and never overwrites; the window works down to 1024×700; phrase search does not
 * hide what 全部 has and says how many; the browser host shows keys that reach the page; 审稿's 修正 refuses
 * a stale fix, 全部核对无误 ends a section's marks, 不再提示 and her own word pairs live in 设置.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { blockLocator, blockTexts, caretToEnd, createFromWorkReportSkeleton, draftValue, openDraft } from './flows';
import { expect, test } from './host-fixture';

const toast = (page: Page) => page.locator('.toast');
const guidance = (page: Page) => page.getByTestId('guidance');

async function start(page: Page, url: string, size = { width: 1366, height: 768 }): Promise<void> {
  await page.setViewportSize(size);
  await page.goto(url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
}

async function newBlank(page: Page): Promise<void> {
  await page.getByRole('button', { name: '新建', exact: true }).click();
  await page.getByRole('button', { name: '空白草稿' }).click();
  await expect(page.getByTestId('skeleton-picker')).toBeHidden();
}

test('空白草稿: the caret is in the title under a visible hint, at the top; what is typed at once is kept; an empty draft is not saved', async ({ page, server, shot }) => {
  await start(page, server.url);
  await createFromWorkReportSkeleton(page, shot);
  // The previous draft scrolled down…
  await page.locator('.scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect.poll(() => page.locator('.scroller').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await newBlank(page);
  // …the new one starts at the top, its title saying what goes there.
  await expect.poll(() => page.locator('.scroller').evaluate((el) => el.scrollTop)).toBe(0);
  const hint = () => blockLocator(page, 0).evaluate((el) => getComputedStyle(el, '::before').content);
  expect(await hint()).toBe('"在此输入标题"');
  await expect(page.locator('[data-slate-editor="true"]')).toBeFocused();
  await shot('blank-draft');
  // Ctrl+S with nothing written says so instead of saving an empty 未命名草稿.
  await page.keyboard.press('Control+s');
  await expect(toast(page)).toContainText('草稿还是空的');
  await expect(page.getByTestId('save-name-dialog')).toBeHidden();
  // Typed right away, without a click: into the title.
  await page.keyboard.type('2027年工作报告');
  await expect.poll(async () => (await blockTexts(page))[0]).toBe('2027年工作报告');
  expect(await hint()).toBe('none');
  await shot('title-typed');
});

test('本节写作提示: the opening counts what is written before the first heading; body under the last subsection is that section’s, not 结尾', async ({ page, server, shot }) => {
  await start(page, server.url);
  await createFromWorkReportSkeleton(page, shot);
  // The opening paragraph (after title and 称呼).
  await caretToEnd(page, 2);
  await page.keyboard.insertText('现在，我代表市总工会常委会作工作报告，请予审议。');
  await expect(guidance(page).locator('.tag')).toHaveText(/开头/);
  await expect(guidance(page)).toContainText('已写 21 字');
  await shot('opening-counted');
  // The last section: a subsection with two paragraphs of body under it.
  const content = (await draftValue(page)).content;
  const tasks = content.findIndex((b) => b.type === 'heading' && b.role === 'tasks');
  await caretToEnd(page, tasks + 1);
  await page.keyboard.insertText('（一）加强职工思想政治引领');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('深入开展习近平新时代中国特色社会主义思想学习教育。');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('组织职工宣讲二百场，覆盖职工十万人次。');
  await expect.poll(async () => (await draftValue(page)).content[tasks + 1]).toMatchObject({ type: 'heading', level: 2 });
  await expect(guidance(page).locator('.tag')).toHaveText(/主要任务/);
  await expect(guidance(page).locator('.warn')).toHaveCount(0);
  // The section's 汉字, its headings included (as the corpus counts 常见篇幅).
  const v = await draftValue(page);
  const han = (s: string) => [...s].filter((c) => /\p{Script=Han}/u.test(c)).length;
  const section = v.content.slice(tasks).map((b) => b.children.map((c) => ('text' in c ? c.text : c.children.map((t) => t.text).join(''))).join(''));
  await expect(guidance(page)).toContainText(`已写 ${section.reduce((n, t) => n + han(t), 0)} 字`);
  await shot('last-section-counted');
});

test('另存为 asks for a name, prefilled from the title; a taken name is said and the free one offered; nothing is overwritten', async ({ page, server, shot }) => {
  await start(page, server.url);
  await newBlank(page);
  await page.keyboard.type('2027年工作报告');
  await caretToEnd(page, 1);
  await page.keyboard.type('第一份。');
  await page.getByRole('button', { name: '另存为' }).click();
  const dialog = page.getByTestId('save-name-dialog');
  await expect(dialog.getByLabel('草稿名称')).toHaveValue('2027年工作报告');
  await shot('name-asked');
  await dialog.getByLabel('草稿名称').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(toast(page)).toContainText('已保存为“2027年工作报告”');

  await caretToEnd(page, 1);
  await page.keyboard.type('第二份。');
  await page.getByRole('button', { name: '另存为' }).click();
  await dialog.getByLabel('草稿名称').press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('已有名为“2027年工作报告”的草稿，换个名字，或保存为“2027年工作报告（2）”。');
  await shot('name-taken');
  await dialog.getByRole('button', { name: '保存为“2027年工作报告（2）”' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('status-bar')).toContainText('2027年工作报告（2）');
  const dir = path.join(server.dataDir, 'drafts');
  expect(readdirSync(dir).filter((f) => f.endsWith('.gwdraft')).sort()).toEqual(['2027年工作报告.gwdraft', '2027年工作报告（2）.gwdraft']);
  expect(readFileSync(path.join(dir, '2027年工作报告.gwdraft'), 'utf8')).not.toContain('第二份');
  expect(readFileSync(path.join(dir, '2027年工作报告（2）.gwdraft'), 'utf8')).toContain('第一份。第二份。');
});

test('1024×700: 导出Word and 公文要素 in the bar, every other button in reach (更多), a readable page; columns fold and stay folded', async ({ page, server, shot }) => {
  await start(page, server.url, { width: 1024, height: 700 });
  await createFromWorkReportSkeleton(page, shot);
  // The window's title names the app: on a narrow window the bar's room goes to the buttons.
  await expect(page.locator('.brand')).toBeHidden();
  for (const name of ['设置', '快捷键', '新建', '保存', '导出Word', '查找替换', '公文要素 ▾']) {
    const b = await page.getByRole('toolbar').getByRole('button', { name, exact: true }).boundingBox();
    expect(b, name).not.toBeNull();
    expect(b!.x + b!.width, name).toBeLessThanOrEqual(1024);
  }
  const toolbar = await page.getByRole('toolbar').boundingBox();
  expect(toolbar!.height).toBeLessThan(48);
  // What did not fit is one click away.
  await page.getByRole('button', { name: '更多 ▾' }).click();
  await expect(page.getByTestId('toolbar-more').getByRole('button', { name: '导出PDF' })).toBeVisible();
  await shot('more-menu');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('toolbar-more')).toBeHidden();
  // The page's text column: at least 20 characters of 仿宋 16pt (21.3px).
  const textWidth = () => page.locator('.page-body').evaluate((el) => el.clientWidth - parseFloat(getComputedStyle(el).paddingLeft) - parseFloat(getComputedStyle(el).paddingRight));
  expect(await textWidth()).toBeGreaterThanOrEqual(20 * 21.3);
  // Fold the outline: the page gets its room; after a reload it is still folded.
  const before = await textWidth();
  await page.getByRole('button', { name: '收起大纲' }).click();
  await expect(page.getByRole('button', { name: '显示大纲' })).toBeVisible();
  await expect.poll(textWidth).toBeGreaterThan(before);
  await shot('outline-folded');
  await page.reload();
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await newBlank(page);
  await expect(page.getByRole('button', { name: '显示大纲' })).toBeVisible();
  await page.getByRole('button', { name: '显示大纲' }).click();
  await expect(page.getByRole('navigation', { name: '大纲' })).toBeVisible();
  // The outline's edge dragged 50px wider; the side panel's edge by keyboard (→ narrows it); both are kept.
  const width = (sel: string) => () => page.locator(sel).evaluate((el) => Math.round(el.getBoundingClientRect().width));
  const left = await width('.left')();
  const edge = (await page.getByRole('separator', { name: '调整大纲宽度' }).boundingBox())!;
  await page.mouse.move(edge.x + edge.width / 2, edge.y + 200);
  await page.mouse.down();
  await page.mouse.move(edge.x + edge.width / 2 + 25, edge.y + 200);
  await page.mouse.move(edge.x + edge.width / 2 + 50, edge.y + 200);
  await page.mouse.up();
  await expect.poll(width('.left')).toBe(left + 50);
  const right = await width('.right')();
  await page.getByRole('separator', { name: '调整右侧面板宽度' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(width('.right')).toBe(right - 16);
  await shot('columns-resized');
  await page.reload();
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await newBlank(page);
  await expect.poll(width('.left')).toBe(left + 50);
  await expect.poll(width('.right')).toBe(right - 16);
  // The page still has its readable width.
  expect(await textWidth()).toBeGreaterThanOrEqual(20 * 21.3);
});

test('1366×768 and 1920×1080: the 大纲 shows whole headings', async ({ page, server, shot }) => {
  await start(page, server.url);
  await createFromWorkReportSkeleton(page, shot);
  for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    const cut = await page.locator('.ol-text').evaluateAll((els) => els.filter((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
    expect(cut, `${size.width}`).toEqual([]);
    const texts = await page.locator('.ol-text').allInnerTexts();
    expect(texts.some((t) => t.includes('总体要求和主要任务'))).toBe(true);
    await shot(`outline-${size.width}`);
  }
});

test('常用语: a search with nothing in 本节 shows 全部’s matches and says so; the list says how many and shows more', async ({ page, server, shot }) => {
  await start(page, server.url);
  await newBlank(page);
  const panel = page.getByTestId('phrase-panel');
  const count = panel.getByTestId('phrase-count');
  // 全部, no query: how many there are — asked of the host, which has the whole archive (the page holds its top phrases only).
  const asked = page.waitForRequest((r) => r.url().endsWith('/api/corpusPhrases'));
  await panel.getByRole('tab', { name: '全部' }).click();
  await asked;
  await expect(count).toHaveText(/^共 \d+ 条$/);
  const total = Number(/\d+/.exec(await count.innerText())![0]);
  const items = panel.getByTestId('phrase-item');
  await expect(items).toHaveCount(Math.min(total, 80));
  if (total > 80) {
    await panel.getByRole('button', { name: `显示更多（还有 ${total - 80} 条）` }).click();
    await expect(items).toHaveCount(Math.min(total, 160));
  }
  // A word that 全部 has but the opening's phrases do not.
  const words = ['劳模', '职工', '工会', '服务'];
  let word = '';
  let inAll = 0;
  for (const w of words) {
    await panel.getByLabel('搜索常用语').fill(w);
    await expect(count).toHaveText(/共 \d+ 条|以下是/);
    const all = Number(/\d+/.exec(await count.innerText())?.[0] ?? 0);
    await panel.getByRole('tab', { name: /本节/ }).click();
    await expect(count).toHaveText(/共 \d+ 条|以下是/);
    if ((await count.innerText()).includes('以下是')) {
      word = w;
      inAll = all;
      break;
    }
    await panel.getByRole('tab', { name: '全部' }).click();
  }
  expect(word, 'a word found in 全部 but not in 本节（开头）').not.toBe('');
  await expect(count).toHaveText(`本节（开头）没有含“${word}”的语句，以下是全部语句中的 ${inAll} 条。`);
  await expect(items.first()).toContainText(word);
  await expect(panel.getByText('没有找到匹配的语句')).toHaveCount(0);
  await shot('search-fell-back');
});

test('in the browser host the keys shown are keys that reach the page: 新建 Alt+N, 打开 Alt+O', async ({ page, server, shot }) => {
  await start(page, server.url);
  await expect(page.getByRole('toolbar').getByRole('button', { name: '新建', exact: true })).toHaveAttribute('title', '新建草稿（Alt+N）');
  await expect(page.getByRole('toolbar').getByRole('button', { name: '打开', exact: true })).toHaveAttribute('title', '打开草稿或 Word 文件（Alt+O）');
  await page.getByRole('button', { name: '快捷键' }).click();
  const keys = page.getByTestId('keys-dialog');
  await expect(keys.locator('[data-command="draft.new"] kbd')).toHaveText('Alt+N');
  await expect(keys.locator('[data-command="draft.open"] kbd')).toHaveText('Alt+O');
  await expect(keys.locator('kbd').filter({ hasText: /^Ctrl\+[NO]$/ })).toHaveCount(0);
  await expect(keys).toContainText('Ctrl+N、Ctrl+T、Ctrl+W 由浏览器自己使用');
  await shot('keys-dialog');
  await keys.getByRole('button', { name: '知道了' }).click();
  await page.keyboard.press('Alt+n');
  await expect(page.getByTestId('skeleton-picker')).toBeVisible();
});

test('审稿: a fix offered before an earlier fix moved the text is refused, not misapplied, and the list is checked again', async ({ page, server, shot }, testInfo) => {
  await start(page, server.url);
  await openDraft(page, testInfo.outputPath('修正.gwdraft'), [
    { type: 'title', children: [{ text: '2027年工作报告' }] },
    { type: 'paragraph', children: [{ text: '学习会议精神[1]要落实,抓好工作。' }] },
  ]);
  await page.getByRole('tab', { name: /审稿/ }).click();
  const leftover = page.locator('[data-testid="finding"][data-rule="leftovers"]');
  const comma = page.locator('[data-testid="finding"][data-rule="punctuation"]').filter({ hasText: ',' });
  await expect(leftover).toHaveCount(1);
  await expect(comma).toHaveCount(1);
  await shot('two-fixes');
  // Both 修正 at once, before the panel could re-check: the second one's offsets are stale.
  await page.evaluate(() => {
    const fixes = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="finding"] .ck-fix')].filter((b) => b.textContent === '修正');
    const mark = fixes.find((b) => b.closest('[data-rule="leftovers"]'))!;
    const commaFix = fixes.find((b) => b.closest('[data-rule="punctuation"]') && b.closest('li')!.textContent!.includes(','))!;
    mark.click();
    commaFix.click();
  });
  await expect.poll(async () => (await blockTexts(page))[1]).toBe('学习会议精神要落实,抓好工作。');
  await expect(toast(page)).toContainText('审稿结果已更新');
  // The re-checked list offers the comma at its new place.
  await expect(comma).toHaveCount(1);
  await comma.getByRole('button', { name: /修正/ }).click();
  await expect.poll(async () => (await blockTexts(page))[1]).toBe('学习会议精神要落实，抓好工作。');
});

test('全部核对无误: the section at the caret, or the selection; 已核对 n 处', async ({ page, server, shot }, testInfo) => {
  await start(page, server.url);
  const mark = (text: string) => ({ text, check: '请核对' });
  await openDraft(page, testInfo.outputPath('核对.gwdraft'), [
    { type: 'title', children: [{ text: '2027年工作报告' }] },
    { type: 'heading', level: 1, children: [{ text: '工作回顾' }] },
    { type: 'paragraph', children: [{ text: '全年新建' }, mark('12'), { text: '家职工之家，服务' }, mark('3万'), { text: '人次。' }] },
    { type: 'heading', level: 1, children: [{ text: '主要任务' }] },
    { type: 'paragraph', children: [{ text: '力争新增会员' }, mark('5000'), { text: '名。' }] },
  ]);
  const checks = page.getByTestId('check-count');
  await expect(checks).toHaveText('3');
  await caretToEnd(page, 2);
  await page.getByRole('tab', { name: /审稿/ }).click();
  await page.getByRole('button', { name: '全部核对无误' }).click();
  await expect(toast(page)).toHaveText('已核对 2 处');
  await expect(checks).toHaveText('1');
  await shot('section-confirmed');
  // The other section's mark, by selecting across it and Ctrl+Shift+Enter.
  await blockLocator(page, 4).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Control+Shift+Enter');
  await expect(toast(page)).toHaveText('已核对 1 处');
  await expect(checks).toHaveText('0');
  expect(JSON.stringify(await draftValue(page))).not.toContain('"check"');
});

test('易混词语: 不再提示 silences a word, 设置 brings it back; her own pair is checked with her note', async ({ page, server, shot }, testInfo) => {
  await start(page, server.url);
  await openDraft(page, testInfo.outputPath('词语.gwdraft'), [
    { type: 'title', children: [{ text: '2027年工作报告' }] },
    { type: 'paragraph', children: [{ text: '截止今年6月底，首府职工收入稳步增长。' }] },
  ]);
  await page.getByRole('tab', { name: /审稿/ }).click();
  const confusable = page.locator('[data-testid="finding"][data-rule="confusables"]');
  await expect(confusable).toHaveCount(1);
  await expect(confusable).toContainText('截至');
  await confusable.getByRole('button', { name: '不再提示：截止→截至' }).click();
  await expect(confusable).toHaveCount(0);
  await expect(toast(page)).toContainText('“截止→截至”不再提示');
  await shot('muted');

  // 设置: the muted word is listed and can come back; her pair 首府 → 全市 is added.
  await page.getByRole('button', { name: '设置' }).click();
  const settings = page.getByTestId('settings-dialog');
  await expect(settings.getByTestId('muted-word')).toHaveText(/截止→截至/);
  await settings.getByRole('button', { name: '恢复提示：截止→截至' }).click();
  await expect(settings.getByTestId('muted-word')).toHaveCount(0);
  await settings.getByRole('button', { name: '＋ 添加一条' }).click();
  await settings.getByLabel('第 1 行易错写法').fill('首府');
  await settings.getByLabel('第 1 行正确写法').fill('首府');
  await expect(settings.locator('.warn')).toContainText('第 1 行：易错写法与正确写法相同');
  await expect(settings.getByRole('button', { name: '保存设置' })).toBeDisabled();
  await settings.getByLabel('第 1 行正确写法').fill('全市');
  await settings.getByLabel('第 1 行说明').fill('本市不称首府');
  await shot('settings-pairs');
  await settings.getByRole('button', { name: '保存设置' }).click();
  await expect(settings).toBeHidden();
  await expect(confusable).toHaveCount(2);
  await expect(confusable.filter({ hasText: '首府' })).toContainText('“首府”应为“全市”：本市不称首府（自定义词表）');
  await confusable.filter({ hasText: '首府' }).getByRole('button', { name: /修正/ }).click();
  await expect.poll(async () => (await blockTexts(page))[1]).toBe('截止今年6月底，全市职工收入稳步增长。');
  // Kept by the host: after a reload 设置 still has her pair.
  await page.reload();
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await page.getByRole('button', { name: '设置' }).click();
  await expect(page.getByTestId('settings-dialog').getByLabel('第 1 行易错写法')).toHaveValue('首府');
});
