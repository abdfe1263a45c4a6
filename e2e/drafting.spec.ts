/**
 * The drafting flows in Debian's Chromium against the real browser host (fresh data directory per test):
 * skeleton → IME typing → phrase → library section and marks → reorder → save → reload → autosave
 * recovery after the server is SIGKILLed. Screenshots of each step are attached.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { serializeDraft } from '../electron/core/draft/file-format';
import { type BlockElement, GENRE_LABELS, inlineText } from '../electron/core/draft/model';
import {
  blockLocator,
  blockTexts,
  caretToEnd,
  createFromWorkReportSkeleton,
  draftValue,
  insertLibrarySectionAndClearMarks,
  insertPhraseAndFill,
  reorderSections,
  saveWithName,
  typeChineseWithIme,
} from './flows';
import { expect, test } from './host-fixture';

test('起草全流程：骨架新建、输入法、常用语、段落库、调整顺序、保存、重新打开、崩溃恢复', async ({ page, server, shot }) => {
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await shot('start');

  await createFromWorkReportSkeleton(page, shot);
  await typeChineseWithIme(page, shot);
  await insertPhraseAndFill(page, shot);
  await insertLibrarySectionAndClearMarks(page, shot);
  await reorderSections(page, shot);

  // Save (Ctrl+S on a new draft asks for its name, prefilled from its title, and saves it into the host's drafts folder).
  const saved = await draftValue(page);
  await saveWithName(page);
  await expect(page.getByTestId('save-name-dialog')).toBeHidden();
  await expect(page.getByTestId('save-state')).toContainText('已保存');
  await shot('saved');

  // Reload: the start screen lists the file; opening it gives back exactly what was saved.
  await page.reload();
  const recent = page.locator('.recent').getByRole('button').first();
  await expect(recent).toBeVisible();
  await expect(recent).toContainText('年度工作');
  const savedName = (await recent.innerText()).trim();
  await recent.click();
  await expect(page.locator('[data-slate-editor="true"]')).toBeVisible();
  await expect.poll(async () => (await draftValue(page)).content).toEqual(saved.content);
  await shot('reopened');

  // The toolbar's 最近 list opens it too (after a 新建 in between).
  await page.getByRole('button', { name: '新建', exact: true }).click();
  await page.getByRole('button', { name: '用此骨架新建' }).click();
  await page.getByLabel('最近打开').selectOption({ label: savedName });
  await expect.poll(async () => (await draftValue(page)).content).toEqual(saved.content);

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
  await expect(page.locator('[data-slate-editor="true"]')).toBeVisible();
  await expect.poll(() => blockTexts(page)).toEqual(beforeCrash);
  expect((await blockTexts(page))[2]).toContain('崩溃前的最后一句。');
  await shot('recovered');
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

// a–z and space reach the model through the app's own beforeinput handling (renderer/editor/typing-speed.ts),
// not Chromium's native insertion: mid-text, at the start of a text node, in bold, in a placeholder, in bursts.
test('英文字母与空格：正文中间、加粗、占位符内输入，不丢字不重字，可撤销', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: '新建草稿…' }).click();
  await page.getByRole('button', { name: '空白草稿' }).click();
  await caretToEnd(page, 1);
  // Seen after the editor's own handler (bubble phase on window): letters Chromium was left to insert itself.
  await page.evaluate(() => {
    const w = window as unknown as { __nativeLetters: string[] };
    w.__nativeLetters = [];
    window.addEventListener('beforeinput', (e) => e.inputType === 'insertText' && !e.defaultPrevented && w.__nativeLetters.push(e.data ?? ''));
  });
  await page.keyboard.type('GDP growth 5.2 percent');
  await expect.poll(async () => (await blockTexts(page))[1]).toBe('GDP growth 5.2 percent');
  // Into the middle of the text (after "GDP "), and at offset 0 of the paragraph.
  await page.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.type('total ');
  await page.keyboard.press('Home');
  await page.keyboard.type('a ');
  expect((await blockTexts(page))[1]).toBe('a GDP total growth 5.2 percent');
  // Bold, then plain again.
  await page.keyboard.press('End');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' bold');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' plain');
  expect((await draftValue(page)).content[1].children).toEqual([{ text: 'a GDP total growth 5.2 percent' }, { text: ' bold', bold: true }, { text: ' plain' }]);
  // A burst with no pause between keys.
  await page.keyboard.type(' the quick brown fox jumps over the lazy dog', { delay: 0 });
  expect((await blockTexts(page))[1]).toBe('a GDP total growth 5.2 percent bold plain the quick brown fox jumps over the lazy dog');
  expect(await page.evaluate(() => (window as unknown as { __nativeLetters: string[] }).__nativeLetters)).toEqual([]);
  // The letters undo like any other typing.
  for (let i = 0; i < 30; i++) await page.keyboard.press('Control+z');
  await expect.poll(async () => (await blockTexts(page)).join('')).toBe('');

  // Letters typed into a placeholder fill it (in a new draft from the skeleton; the blank one is given up).
  await page.getByRole('button', { name: '新建', exact: true }).click();
  await page.getByRole('button', { name: '放弃修改并继续' }).click();
  await page.getByRole('button', { name: '用此骨架新建' }).click();
  const v = await draftValue(page);
  const h = v.content.findIndex((b) => b.type === 'heading' && inlineText(b.children).startsWith('【年份】'));
  await page.locator('.b-h1').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('xyz w');
  expect((await draftValue(page)).content[h].children[1]).toEqual({ type: 'placeholder', label: '年份', children: [{ text: 'xyz w' }] });
});

// Off-screen blocks are skipped by the browser (content-visibility) and the caret is kept in view by the
// app's own scrolling (renderer/editor/typing-speed.ts): a long draft must still scroll, jump and follow typing.
test('长稿：滚到开头后继续输入，页面回到光标处；大纲跳转到远处章节', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: '新建草稿…' }).click();
  await page.getByRole('button', { name: '空白草稿' }).click();
  await caretToEnd(page, 1);
  const paras = Array.from({ length: 120 }, (_, i) => `${i % 10 === 0 ? `${'一二三四五六七八九十'[(i / 10) % 10]}、第${i / 10 + 1}部分\n` : ''}第${i + 1}段：坚持以人民为中心的发展思想，着力解决职工群众急难愁盼问题，推动各项工作落地见效。`).join('\n');
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    document.querySelector('[data-slate-editor="true"]')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, paras);
  await expect.poll(async () => (await blockTexts(page)).at(-1)).toContain('第120段');
  const scroller = page.locator('.scroller');
  const caretInView = () =>
    page.evaluate(() => {
      const r = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
      const box = document.querySelector('.scroller')!.getBoundingClientRect();
      return r.height > 0 && r.top >= box.top && r.bottom <= box.bottom;
    });
  // The caret is at the end; scroll to the top, then type: the page comes back to the caret.
  await scroller.evaluate((el) => (el.scrollTop = 0));
  expect(await caretInView()).toBe(false);
  await page.keyboard.type('ok');
  await page.keyboard.press('Enter');
  await page.keyboard.type('新的一段');
  await expect.poll(caretInView).toBe(true);
  expect((await blockTexts(page)).slice(-2)).toEqual([expect.stringMatching(/第120段.*ok$/), '新的一段']);
  // The outline jumps to a section far up; its heading is laid out and on screen.
  await page.locator('.ol-text', { hasText: '第3部分' }).click();
  const heading = page.locator('.b-h1', { hasText: '第3部分' });
  await expect(heading).toBeInViewport();
  expect(await heading.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(20);
});

test('查找替换、粘贴净化（含恶意 HTML）、导出前提示', async ({ page, server, shot }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: '新建草稿…' }).click();
  await page.getByRole('button', { name: '用此骨架新建' }).click();
  await caretToEnd(page, 2);
  await page.keyboard.type('我们要抓落实，抓');
  // The second 落实 is bold: a match may run across formatting.
  await page.keyboard.press('Control+b');
  await page.keyboard.type('落实');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('，再抓落实。');

  // Find/replace.
  await page.keyboard.press('Control+f');
  const bar = page.getByTestId('find-bar');
  await bar.getByLabel('查找内容').fill('抓落实');
  await expect(bar.locator('.find-count')).toHaveText('1/3');
  // The match across the bold boundary is highlighted in both of its pieces.
  await expect(page.locator('.page-body .hit, .page-body .hit-cur')).toHaveCount(4);
  await expect(page.locator('.page-body .hit strong')).toHaveText('落实');
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
  // In a window lower than the dialog's lists (missing fonts, many items to check), the lists scroll and the buttons stay in view.
  await page.setViewportSize({ width: 1366, height: 300 });
  await page.getByRole('button', { name: '导出Word' }).click();
  await expect(dialog.getByRole('button', { name: '仍然导出（高亮标出）' })).toBeInViewport({ ratio: 1 });
  await dialog.getByRole('button', { name: '停止导出' }).click();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: '导出Word' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-dialog').getByRole('button', { name: '仍然导出（高亮标出）' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const path = await download.path();
  expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
});

test('常用语面板：按本节角色切换、收藏、拖放插入、选中文字存为常用语；审稿：跳转与修正；状态栏', async ({ page, server, shot }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: '新建草稿…' }).click();
  await page.getByTestId('skeleton-picker').getByRole('option', { name: /年度工作报告/ }).click();
  await page.getByRole('button', { name: '用此骨架新建' }).click();
  const panel = page.getByTestId('phrase-panel');
  const v = await draftValue(page);

  // The panel follows what is written at the cursor: the 总体要求 paragraph opening the tasks part offers 总体要求
  // phrases, the tasks paragraph after it 主要任务 phrases; the guidance card speaks of the part (主要任务) in both.
  const tasks = v.content.findIndex((b) => b.type === 'heading' && b.role === 'tasks');
  await caretToEnd(page, tasks + 1);
  await expect(panel.getByRole('tab', { name: /本节（总体要求/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('guidance')).toContainText('主要任务');
  await caretToEnd(page, tasks + 2);
  await expect(panel.getByRole('tab', { name: /本节（主要任务）/ })).toHaveAttribute('aria-selected', 'true');
  const cats = await panel.getByTestId('phrase-item').locator('.tag').allInnerTexts();
  expect(cats.length).toBeGreaterThan(0);
  await expect(page.getByTestId('guidance')).toContainText('主要任务');
  await shot('tasks-section-phrases');

  // Star a phrase; it shows under 收藏 and survives a reload (stored by the host).
  const first = panel.getByTestId('phrase-item').first();
  const firstText = await first.locator('.phrase-text').innerText();
  await first.getByRole('button', { name: '收藏' }).click();
  await expect(first.getByRole('button', { name: '取消收藏' })).toBeVisible();
  await panel.getByRole('tab', { name: '收藏' }).click();
  await expect(panel.getByTestId('phrase-item')).toHaveCount(1);
  await expect(panel.getByTestId('phrase-item').first().locator('.phrase-text')).toHaveText(firstText);

  // Drag the favourite into the opening paragraph.
  await caretToEnd(page, 2);
  await panel.getByTestId('phrase-item').first().dragTo(blockLocator(page, 2));
  await expect.poll(async () => (await blockTexts(page)).join('\n')).toContain(firstText.replace(/【[^】]*】/g, '').slice(0, 6));
  await shot('phrase-dragged');

  // Select some text in the page and store it as the user's own phrase.
  await caretToEnd(page, 2);
  await page.keyboard.press('Enter');
  await page.keyboard.type('真抓实干、久久为功。');
  await page.keyboard.press('Shift+Home');
  // Slate reads the DOM selection on a throttle (100 ms); a user never clicks faster than that.
  await page.waitForTimeout(300);
  await panel.getByRole('tab', { name: '全部' }).click();
  await panel.getByRole('button', { name: /选中文字存为常用语/ }).click();
  await expect(panel.getByLabel('自选语句内容')).toHaveValue('真抓实干、久久为功。');
  await panel.getByLabel('新语句的分类').selectOption('四字短语');
  await panel.getByRole('button', { name: '保存为常用语' }).click();
  await panel.getByLabel('搜索常用语').fill('久久为功');
  await expect(panel.getByTestId('phrase-item').first()).toHaveAttribute('title', '自选语句');
  await shot('own-phrase');

  // 审稿: a half-width comma in Chinese text is found; clicking the finding selects it, 修正 fixes it.
  const now = await draftValue(page);
  // The problems paragraph: the second paragraph of the review part (after its body paragraph).
  const problemsNow = now.content.findIndex((b) => b.type === 'heading' && b.role === 'review') + 1;
  expect(now.content.slice(problemsNow, problemsNow + 3).map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'heading']);
  await caretToEnd(page, problemsNow + 1);
  await page.keyboard.type('我们的工作,还存在不足。');
  await page.getByRole('tab', { name: /审稿/ }).click();
  const review = page.getByRole('region', { name: '审稿' });
  const finding = review.getByRole('button', { name: /,|半角|逗号/ }).first();
  await expect(finding).toBeVisible();
  await shot('review');
  await finding.click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(',');
  await review.getByLabel('修正：改为全角，', { exact: true }).first().click();
  await expect.poll(async () => (await blockTexts(page))[problemsNow + 1]).toBe('我们的工作，还存在不足。');

  // Status bar: 字数 counts Chinese characters; speaking time at 220 字/分钟.
  const han = (await blockTexts(page)).filter((_, i) => i > 0).join('').match(/\p{Script=Han}/gu)?.length ?? 0;
  await expect.poll(async () => Number((await page.getByTestId('han-count').innerText()).replace(/,/g, ''))).toBeGreaterThanOrEqual(han - 40);
  await expect(page.getByLabel('讲话语速（字/分钟）')).toHaveValue('220');
  const t220 = await page.getByTestId('speech-time').innerText();
  await page.getByLabel('讲话语速（字/分钟）').fill('110');
  await page.getByLabel('讲话语速（字/分钟）').press('Enter');
  await expect(page.getByTestId('speech-time')).not.toHaveText(t220);
  const secs = (s: string) => { const m = /(\d+) 分 (\d+) 秒/.exec(s)!; return Number(m[1]) * 60 + Number(m[2]); };
  // Half the rate, twice the time (within rounding).
  expect(Math.abs(secs(await page.getByTestId('speech-time').innerText()) - 2 * secs(t220))).toBeLessThanOrEqual(2);
  // The settings dialog shows the stored rate and refuses out-of-range values.
  await page.getByRole('button', { name: '设置' }).click();
  const settings = page.getByTestId('settings-dialog');
  await expect(settings.getByRole('spinbutton').first()).toHaveValue('110');
  await settings.getByRole('spinbutton').nth(3).fill('0');
  await expect(settings.getByRole('button', { name: '保存设置' })).toBeDisabled();
  await settings.getByRole('spinbutton').nth(3).fill('5');
  await settings.getByRole('spinbutton').first().fill('220');
  await settings.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByLabel('讲话语速（字/分钟）')).toHaveValue('220');
  await expect(page.getByTestId('speech-time')).toHaveText(t220);
  await expect(page.getByTestId('reuse-ratio')).toBeVisible();
});

test('打开草稿文件、保存、导出纯文本、复制富文本', async ({ page, server, shot }, testInfo) => {
  const draft = {
    meta: { genre: 'speech' as const, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
    content: [
      { type: 'title' as const, children: [{ text: '在全县工会工作会议上的讲话' }] },
      { type: 'salutation' as const, children: [{ text: '同志们：' }] },
      { type: 'heading' as const, level: 1 as const, children: [{ text: '充分肯定成绩' }] },
      { type: 'paragraph' as const, children: [{ text: '过去一年，', bold: true }, { text: '全县工会工作取得新进展。' }] },
      { type: 'heading' as const, level: 1 as const, children: [{ text: '明确工作重点' }] },
      { type: 'paragraph' as const, children: [{ text: '今年要完成' }, { type: 'placeholder' as const, label: '数字', children: [{ text: '' }] }, { text: '项任务。' }] },
    ],
  };
  const file = testInfo.outputPath('讲话稿.gwdraft');
  writeFileSync(file, serializeDraft(draft));
  await page.goto(server.url);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开…' }).click()]);
  await chooser.setFiles(file);
  await expect(page.locator('[data-slate-editor="true"]')).toBeVisible();
  expect((await draftValue(page)).content).toEqual(draft.content);
  expect(await page.locator('.b-h1').evaluateAll((els) => els.map((e) => e.getAttribute('data-num')))).toEqual(['一、', '二、']);
  await expect(page.getByTestId('unfilled-count')).toHaveText('1');
  await shot('opened-file');

  // Fill the placeholder with Tab, then save.
  await caretToEnd(page, 0);
  await page.keyboard.press('Tab');
  await page.keyboard.type('12');
  expect((await blockTexts(page))[5]).toBe('今年要完成12项任务。');
  // A file picked in the browser has no path the host may write to: the first save names a draft of its own.
  await saveWithName(page);
  await expect(page.getByTestId('save-state')).toContainText('已保存');

  // 导出纯文本: numbered headings, two-character indents, Windows line ends, UTF-8 BOM.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出纯文本' }).click()]);
  expect(download.suggestedFilename()).toBe('在全县工会工作会议上的讲话.txt');
  const txt = readFileSync(await download.path(), 'utf8');
  expect(txt.charCodeAt(0)).toBe(0xfeff);
  expect(txt).toContain('\r\n');
  expect(txt).toContain('一、充分肯定成绩');
  expect(txt).toContain('今年要完成12项任务。');

  // 复制富文本: HTML (for Word/WPS) and plain text on the clipboard.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  await page.getByRole('button', { name: '复制富文本' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已复制全文' })).toBeVisible();
  const clip = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    const item = items[0];
    return { types: item.types, html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() };
  });
  expect(clip.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
  expect(clip.html).toContain('二、明确工作重点');
  expect(clip.html).not.toMatch(/<script/i);
  expect(clip.text).toContain('在全县工会工作会议上的讲话');
});

test('语料库：导入 GBK 编码的往年报告，段落库即可选用其中的部分', async ({ page, server, shot }, testInfo) => {
  const report = [
    '关于二〇二四年度机关党建工作的报告',
    '各位同志：',
    '一、二〇二四年机关党建工作回顾',
    '一年来，我们坚持以党的政治建设为统领，扎实推进机关党建各项工作，取得了明显成效。全年开展集中学习二十四次，组织专题党课十二场。',
    '二、存在的问题和不足',
    '对照新形势新任务新要求，机关党建工作还存在一些薄弱环节：一是理论学习深度不够，二是基层组织建设不够均衡。',
    '三、二〇二五年工作的总体要求',
    '二〇二五年机关党建工作的总体要求是：坚持稳中求进工作总基调，全面加强机关党的建设。',
    '四、二〇二五年的主要任务',
    '（一）深化理论武装。持续推进学习型机关建设，健全完善学习制度。',
    '（二）夯实基层基础。推进支部标准化规范化建设，选优配强支部书记。',
  ].join('\r\n');
  const file = testInfo.outputPath('机关党建报告-GBK.txt');
  // Real GBK bytes, as Windows-era archives hold them.
  writeFileSync(file, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: report }));
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await page.getByRole('button', { name: '语料库' }).click();
  const dialog = page.getByTestId('corpus-dialog');
  const total = dialog.getByTestId('corpus-total');
  await expect(total).toHaveText(/共 \d+ 份/);
  const before = Number(/\d+/.exec((await total.textContent())!)![0]);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: '导入文件…' }).click()]);
  await chooser.setFiles(file);
  await expect(dialog.getByTestId('import-outcome')).toContainText('导入完成：新增 1 份材料');
  await expect(total).toHaveText(`共 ${before + 1} 份`);
  const row = dialog.getByTestId('corpus-row').filter({ hasText: '机关党建报告-GBK.txt' });
  await expect(row).toContainText('机关党建');
  await expect(row).not.toContainText('内置');
  await shot('corpus-imported');
  await dialog.getByRole('button', { name: '关闭' }).click();

  // Its sections are now in the library.
  await page.getByRole('button', { name: '新建草稿…' }).click();
  await page.getByRole('button', { name: '用此骨架新建' }).click();
  await page.getByRole('tab', { name: '段落库' }).click();
  const lib = page.getByTestId('section-library');
  await lib.getByLabel('按部分筛选').selectOption({ label: '全部部分' });
  await expect(lib.getByTestId('library-item').filter({ hasText: '机关党建' }).first()).toBeVisible();
  await shot('library-has-imported');

  // Back to the built-in corpus.
  await page.getByRole('button', { name: '语料库' }).click();
  await dialog.getByRole('button', { name: '恢复为内置语料' }).click();
  await page.getByRole('dialog', { name: '恢复为内置语料' }).getByRole('button', { name: '移除导入的材料' }).click();
  await expect(total).toHaveText(`共 ${before} 份`);
});

test('占位符：方向键可进出占位符，点击【标签】即可填写，Backspace 删除空占位符', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: '新建草稿…' }).click();
  await page.getByRole('button', { name: '用此骨架新建' }).click();
  const v = await draftValue(page);
  const h = v.content.findIndex((b) => b.type === 'heading' && inlineText(b.children).startsWith('【年份】'));
  expect(h).toBeGreaterThan(0);
  // Caret at the start of the heading text, then → steps into the placeholder: typing fills it.
  await page.locator('.b-h1').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('2025');
  expect((await draftValue(page)).content[h].children).toEqual([
    { text: '' },
    { type: 'placeholder', label: '年份', children: [{ text: '2025' }] },
    expect.objectContaining({ text: expect.stringMatching(/^年/) }),
  ]);
  // → at the end of the value leaves the placeholder: what follows is ordinary text.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('度');
  const children = (await draftValue(page)).content[h].children;
  expect(children[1]).toEqual({ type: 'placeholder', label: '年份', children: [{ text: '2025' }] });
  expect(inlineText(children)).toMatch(/^2025年?度/);
  // An empty placeholder goes with Backspace.
  const title = page.locator('.b-title .ph-empty');
  await title.click();
  await page.keyboard.press('Backspace');
  await expect(page.locator('.b-title .ph')).toHaveCount(0);
});

test('新建草稿 by keyboard: ↓ chooses the next skeleton, Enter creates the draft from it', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: '新建草稿…' }).click();
  const picker = page.getByTestId('skeleton-picker');
  const options = picker.getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  const second = ((await options.nth(1).locator('.picker-name').textContent()) ?? '').trim();
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(picker.getByLabel('骨架预览')).toContainText(second);
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  const v = await draftValue(page);
  expect(GENRE_LABELS[v.meta.genre!]).toBe(second);
});
