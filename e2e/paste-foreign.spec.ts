/**
 * Whatever enters the draft leaves it saveable (issue 16, first item): a fragment copied from another
 * Slate-based editor (its own clipboard type, or as a `data-slate-fragment` attribute in HTML), a phrase drag
 * carrying foreign nodes, and Enter after a heading. Each is followed by a real Ctrl+S through the browser host.
 */
import { BLOCK_SELECTOR } from '../electron/core/draft/blocks';
import { draftSchema } from '../electron/core/draft/schema';
import { blockTexts, caretToEnd, draftValue, paste, saveWithName } from './flows';
import { expect, test } from './host-fixture';

const encode = (fragment: unknown) => Buffer.from(encodeURIComponent(JSON.stringify(fragment)), 'latin1').toString('base64');

test('粘贴其他编辑器的片段、拖入异常常用语、标题后回车：草稿始终可以保存', async ({ page, server, shot }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: '新建草稿…' }).click();
  await page.getByRole('button', { name: '用此骨架新建' }).click();
  await expect(page.locator(`[data-slate-editor="true"] ${BLOCK_SELECTOR}`).first()).toBeVisible();

  // Enter at the end of a heading: the new block is 正文 (it used to keep the heading's level, refused by every save).
  const headingIndex = (await draftValue(page)).content.findIndex((b) => b.type === 'heading');
  await caretToEnd(page, headingIndex);
  await page.keyboard.press('Enter');
  await page.keyboard.type('标题后的正文');
  await expect.poll(async () => (await draftValue(page)).content[headingIndex + 1]).toEqual({ type: 'paragraph', children: [{ text: '标题后的正文' }] });

  // A fragment from another Slate-based editor: unknown marks (italic), unknown kinds (a list), an empty block.
  await caretToEnd(page, 2);
  const foreign = [
    { type: 'paragraph', children: [{ text: '外来斜体', italic: true, color: 'red' }] },
    { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: '外来列表项' }] }] },
    { type: 'heading-two', children: [] },
  ];
  await page.evaluate(
    ({ a, b }) => {
      const editor = document.querySelector('[data-slate-editor="true"]')!;
      const paste = (types: Record<string, string>) => {
        const dt = new DataTransfer();
        for (const [k, v] of Object.entries(types)) dt.setData(k, v);
        editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      };
      paste({ 'application/x-slate-fragment': a, 'text/plain': '外来斜体\n外来列表项' });
      // The same kind of fragment carried only as an attribute in HTML that has no text of its own.
      paste({ 'text/html': `<span data-slate-fragment="${b}"></span>` });
    },
    { a: encode(foreign), b: encode([{ type: 'paragraph', children: [{ text: '属性里的片段', underline: true }] }]) },
  );
  await expect.poll(async () => (await blockTexts(page)).join('|')).toContain('外来列表项');
  await expect.poll(async () => (await blockTexts(page)).join('|')).toContain('属性里的片段');

  // A phrase drag whose data carries foreign nodes.
  await caretToEnd(page, 2);
  await page.evaluate(() => {
    const editor = document.querySelector('[data-slate-editor="true"]')!;
    const dt = new DataTransfer();
    dt.setData('application/x-gongwen-inlines', JSON.stringify([{ text: '拖入', italic: true }, { type: 'mention', children: [{ text: '的短语' }] }]));
    editor.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await expect.poll(async () => (await blockTexts(page)).join('|')).toContain('拖入的短语');
  await shot('pasted-foreign');

  const v = await draftValue(page);
  expect(JSON.stringify(v)).not.toMatch(/italic|underline|color|numbered-list|list-item|mention|heading-two/);
  const checked = draftSchema.safeParse(v);
  expect(checked.success ? [] : checked.error.issues).toEqual([]);

  // The real save: Ctrl+S through the host, which validates the draft with the same schema.
  await saveWithName(page);
  await expect(page.getByTestId('save-state')).toContainText('已保存');
  await expect(page.getByTestId('save-state')).not.toContainText('失败');
});

test('Ctrl+A then a paste of several lines replaces the whole draft; Ctrl+Z brings the skeleton back', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: '新建草稿…' }).click();
  await page.getByRole('button', { name: '用此骨架新建' }).click();
  const before = await blockTexts(page);
  await caretToEnd(page, 3);
  await page.keyboard.press('Control+a');
  // The editor takes the browser's selection on its next selectionchange (throttled): a person pastes later than that.
  await page.waitForTimeout(300);
  await paste(page, { 'text/plain': '关于工作的报告\n一、第一部分\n正文一段。' });
  await expect.poll(() => blockTexts(page)).toEqual(['关于工作的报告', '第一部分', '正文一段。']);
  await page.keyboard.press('Control+z');
  await expect.poll(() => blockTexts(page)).toEqual(before);
});
