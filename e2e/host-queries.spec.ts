/**
 * The host answers queries; the page never receives the whole corpus (issue 12, item 3): from start to a
 * draft with phrases, the section library searched and ranked near the caret, and 复用率, the page asks for
 * skeletons, phrases, sections and sentences — never corpusData.
 */
import type { Page } from '@playwright/test';
import { caretToEnd, createFromWorkReportSkeleton, draftValue } from './flows';
import { expect, test } from './host-fixture';

function countCalls(page: Page): Map<string, number> {
  const calls = new Map<string, number>();
  page.on('request', (r) => {
    const m = /\/api\/(\w+)$/.exec(new URL(r.url()).pathname);
    if (m) calls.set(m[1], (calls.get(m[1]) ?? 0) + 1);
  });
  return calls;
}

test('段落库：搜索、按光标处内容排序、分页；整个过程页面从不请求 corpusData', async ({ page, server, shot }) => {
  const calls = countCalls(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await createFromWorkReportSkeleton(page, shot);
  await expect(page.getByTestId('phrase-item').first()).toBeVisible();

  // The caret in 主要任务: the library offers that part's sections, named by document and first sentence.
  const v = await draftValue(page);
  const tasks = v.content.findIndex((b) => b.type === 'heading' && b.role === 'tasks');
  await caretToEnd(page, tasks + 1);
  await page.getByRole('tab', { name: '段落库' }).click();
  const lib = page.getByTestId('section-library');
  const items = lib.getByTestId('library-item');
  await expect(items.first()).toBeVisible();
  await expect(lib.locator('.lib-count')).toContainText(/共 \d+ 段，与光标处内容相近的在前/);
  await expect(items.first()).toContainText('总工会全委会上的讲话');
  expect((await items.first().locator('.lib-first').innerText()).length).toBeGreaterThan(4);

  // A search: every entry has the words in its heading or opening sentences; another word, another list.
  await lib.getByLabel('按部分筛选').selectOption({ label: '全部部分' });
  const unfiltered = await lib.locator('.lib-count').innerText();
  await lib.getByLabel('搜索段落').fill('劳动竞赛');
  await expect(lib.locator('.lib-count')).not.toHaveText(unfiltered);
  await expect(lib.locator('.lib-count')).toContainText(/共 \d+ 段/);
  // Each entry shows where the words are: in its heading, its first sentence, or an excerpt around them.
  // (The list may draw a frame after the count: polled until the entries are the search's.)
  await expect.poll(async () => {
    const found = await items.allInnerTexts();
    return found.length > 0 && found.every((t) => t.includes('劳动竞赛'));
  }).toBe(true);
  await shot('library-search');
  // Two characters (the words a secretary types most: 维权, 安全) search the subheadings and opening sentences
  // too, not only the parts' own headings; each entry shows where.
  await lib.getByLabel('搜索段落').fill('维权');
  await expect.poll(async () => {
    const found = await items.allInnerTexts();
    const heads = await items.locator('.lib-head').allInnerTexts();
    return found.length > 0 && found.every((t) => t.includes('维权')) && heads.some((h) => !h.includes('维权'));
  }).toBe(true);
  await lib.getByLabel('搜索段落').fill('没有这样的段落标题啊');
  await expect(lib.getByText('没有找到含“没有这样的段落标题啊”的段落。')).toBeVisible();
  await expect(items).toHaveCount(0);
  await lib.getByLabel('搜索段落').fill('');
  await expect.poll(() => items.count()).toBeGreaterThan(0);

  // Pick one, preview, insert.
  await items.first().click();
  await expect(items.first()).toHaveAttribute('aria-selected', 'true');
  await expect(lib.getByLabel('段落预览')).toBeVisible();
  const before = (await draftValue(page)).content.length;
  await lib.getByRole('button', { name: '插入到光标处' }).click();
  await expect.poll(async () => (await draftValue(page)).content.length).toBeGreaterThan(before);
  // 复用率: the inserted section is the archive's own text, asked of the host sentence by sentence.
  await expect(page.getByTestId('reuse-ratio')).toContainText(/[1-9]\d*%/);

  expect(calls.get('corpusSkeletons') ?? 0).toBeGreaterThan(0);
  expect(calls.get('corpusPhrases') ?? 0).toBeGreaterThan(0);
  expect(calls.get('corpusSections') ?? 0).toBeGreaterThan(0);
  expect(calls.get('corpusReuse') ?? 0).toBeGreaterThan(0);
  expect(calls.get('corpusData') ?? 0).toBe(0);
});
