/**
 * Files the operating system asks the app to open (a double-clicked .gwdraft — Electron only): the page takes
 * them at start and whenever main says more have come, with the unsaved-changes guard. Electron itself cannot
 * run on this machine, so the page gets a stand-in for the preload's object (`window.gongwenHost`, kind
 * 'electron') that forwards every service call to the browser host and hands out open requests the test queues
 * — the renderer code under test is the real one, through its real Electron adapter.
 */
import { SERVICE_METHODS } from '../electron/api';
import { serializeDraft } from '../electron/core/draft/file-format';
import { emptyDraft, type Draft } from '../electron/core/draft/model';
import { blockLocator, blockTexts } from './flows';
import { expect, test } from './host-fixture';

function draftFile(name: string, body: string): { name: string; b64: string } {
  const d: Draft = emptyDraft();
  d.content = [
    { type: 'title', children: [{ text: name }] },
    { type: 'paragraph', children: [{ text: body }] },
  ];
  return { name: `${name}.gwdraft`, b64: Buffer.from(serializeDraft(d)).toString('base64') };
}

/** Runs in the page before the app: the stand-in preload object. */
function fakeElectronPreload({ methods, queued }: { methods: readonly string[]; queued: { name: string; b64: string }[] }) {
  const token = /token=([^&]+)/.exec(location.hash)?.[1] ?? '';
  const session = crypto.randomUUID();
  const call = async (method: string, args: unknown[]) => {
    const res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Gongwen-Token': token, 'X-Gongwen-Session': session },
      body: JSON.stringify(args),
    });
    const body = await res.json();
    // As the preload does: a plain object, since an Error loses its code crossing contextBridge.
    if (!res.ok) throw { name: 'HostError', message: body.error, code: body.code };
    return body.result;
  };
  const queue = [...queued];
  const listeners: (() => void)[] = [];
  const h: Record<string, unknown> = { kind: 'electron' };
  for (const m of methods) h[m] = (...args: unknown[]) => call(m, args);
  h.takeOpenRequests = () => Promise.all(queue.splice(0).map((f) => call('draftParse', [{ name: f.name, bytes: { $bytes: f.b64 } }])));
  h.onOpenRequest = (l: () => void) => {
    listeners.push(l);
    return () => listeners.splice(listeners.indexOf(l), 1);
  };
  for (const m of ['pickAndOpen', 'saveAs', 'exportDocxToUser', 'pickAndImportCorpus']) h[m] = async () => null;
  (window as unknown as { gongwenHost: unknown }).gongwenHost = h;
  (window as unknown as { __os: unknown }).__os = {
    request(f: { name: string; b64: string }) {
      queue.push(f);
      for (const l of listeners) l();
    },
  };
}

test('系统要求打开的草稿（双击 .gwdraft）：启动时打开，之后再来的先问未保存的修改', async ({ page, server }) => {
  await page.addInitScript(fakeElectronPreload, { methods: SERVICE_METHODS, queued: [draftFile('双击打开的草稿', '启动时就该打开的正文。')] });
  await page.goto(server.url);
  await expect(page.getByTestId('status-bar')).toContainText('双击打开的草稿', { timeout: 30_000 });
  expect((await blockTexts(page))[1]).toBe('启动时就该打开的正文。');

  // Unsaved changes, then another file from the OS: asked first; 返回 keeps this draft.
  await blockLocator(page, 1).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('尚未保存的修改。');
  await page.evaluate((f) => (window as unknown as { __os: { request(f: unknown): void } }).__os.request(f), draftFile('第二个文件', '第二个文件的正文。'));
  const ask = page.getByRole('dialog', { name: '放弃修改？' });
  await ask.getByRole('button', { name: '返回' }).click();
  await expect(page.getByRole('alert')).toContainText('没有打开“第二个文件”');
  expect((await blockTexts(page))[1]).toBe('启动时就该打开的正文。尚未保存的修改。');

  // The next one, with 放弃修改并继续: opened.
  await page.evaluate((f) => (window as unknown as { __os: { request(f: unknown): void } }).__os.request(f), draftFile('第三个文件', '第三个文件的正文。'));
  await ask.getByRole('button', { name: '放弃修改并继续' }).click();
  await expect(page.getByTestId('status-bar')).toContainText('第三个文件');
  expect((await blockTexts(page))[1]).toBe('第三个文件的正文。');
});
