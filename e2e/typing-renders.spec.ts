/**
 * Typing re-renders the page and nothing else: the first keystroke of a new draft changes the status bar's
 * save state (a text of its own) without re-rendering the window, the toolbar, the side columns, the status
 * bar or even the page component; later keystrokes leave the window, toolbar and side panels alone too. (That
 * keeps a key within a frame in a 40,000-character draft; bench/typing.ts measures the time itself.)
 *
 * "Re-rendered" is read from React's own bookkeeping: when a component renders, the elements it returns get
 * new props objects, which React stores on the DOM node; an element whose props object is the same one has not
 * been rendered again.
 */
import type { Page } from '@playwright/test';
import { blockLocator } from './flows';
import { expect, test } from './host-fixture';

const WATCHED = { window: '.app', toolbar: '.toolbar', outline: 'aside.left', panels: 'aside.right', status: '[data-testid="status-bar"]', page: '.page' };
type Name = keyof typeof WATCHED;

/** Remembers each watched element's current props object (page side). */
async function remember(page: Page): Promise<void> {
  await page.evaluate((watched) => {
    const w = window as unknown as { __props: Record<string, unknown> };
    w.__props = {};
    for (const [name, sel] of Object.entries(watched)) {
      const el = document.querySelector(sel)!;
      const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'))!;
      w.__props[name] = (el as unknown as Record<string, unknown>)[key];
    }
  }, WATCHED);
}

/** The watched elements whose component has rendered since `remember`. */
async function rerendered(page: Page): Promise<Name[]> {
  return page.evaluate((watched) => {
    const w = window as unknown as { __props: Record<string, unknown> };
    return Object.entries(watched)
      .filter(([name, sel]) => {
        const el = document.querySelector(sel)!;
        const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'))!;
        return (el as unknown as Record<string, unknown>)[key] !== w.__props[name];
      })
      .map(([name]) => name);
  }, WATCHED) as Promise<Name[]>;
}

test('输入时只重绘正文：首个按键只改动“保存状态”文字，不重绘窗口、工具栏、两侧面板与状态栏', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
  await page.getByRole('button', { name: '新建草稿…' }).click();
  await page.getByRole('button', { name: '空白草稿' }).click();
  // Settled: the reuse index is built (复用率 shows) and the pass after the caret's first placement has run.
  await expect(page.getByTestId('reuse-ratio')).toBeVisible({ timeout: 30_000 });
  await blockLocator(page, 1).click();
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('save-state')).toHaveText('未保存');

  await remember(page);
  await page.keyboard.press('x');
  // Read at once: the analysis pass that follows a pause (300 ms) may re-render the outline and status counts.
  expect(await rerendered(page)).toEqual([]);
  await expect(page.getByTestId('save-state')).toHaveText('有未保存的修改');

  await remember(page);
  await page.keyboard.type('yzabcdefgh');
  await expect.poll(() => page.evaluate(() => document.querySelector('.page-body')!.textContent)).toContain('xyzabcdefgh');
  // Whatever the passes after pauses re-rendered, the window, the toolbar and the side panels' frame were not.
  const after = await rerendered(page);
  for (const name of ['window', 'toolbar', 'panels'] as Name[]) expect(after).not.toContain(name);
});
