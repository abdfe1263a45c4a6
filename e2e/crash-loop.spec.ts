/**
 * Never lose work (issue 7): the host is killed with SIGKILL at random moments — while the user types and
 * right after Ctrl+S — 20 times in a row. After every crash the reopened app offers the recovered draft,
 * which holds every sentence typed before the last confirmed autosave; and no draft file or backup on
 * disk is ever corrupt or empty. Seeded, so a failing round reproduces.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDraftFile } from '../electron/core/draft/file-format';
import { chineseNumeral } from '../electron/core/draft/model';
import { blockLocator, blockTexts, caretToEnd } from './flows';
import { expect, test } from './host-fixture';
import { rng } from '../bench/rng';

const ROUNDS = 20;


const roundName = (i: number) => `第${chineseNumeral(i)}轮`;

test(`${ROUNDS} 次随机时刻强制结束宿主进程（输入中、保存中），每次都能恢复且文件完好`, async ({ page, server, shot }) => {
  test.setTimeout(15 * 60_000);
  const random = rng(20261124);
  await page.goto(server.url);
  await page.getByRole('button', { name: '新建草稿…' }).click();
  await page.getByRole('button', { name: '空白草稿' }).click();
  await caretToEnd(page, 0);
  await page.keyboard.type('崩溃演练稿');
  await caretToEnd(page, 1);

  const confirmed: string[] = []; // sentences known to be in an autosave
  for (let round = 1; round <= ROUNDS; round++) {
    const sentence = `${roundName(round)}已自动保存的句子。`;
    // The body is the last block and wraps over several lines: Ctrl+End, not End, reaches its end.
    await blockLocator(page, 1).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(sentence);
    await expect(page.getByTestId('save-state')).toContainText('已自动保存', { timeout: 20_000 });
    confirmed.push(sentence);

    const duringSave = round % 2 === 0;
    if (duringSave) {
      // Ctrl+S, then the power goes at a random moment of the save.
      await page.keyboard.press('Control+s');
      // Until it has been saved once, the draft is named first (the 另存为 dialog, prefilled from its title).
      const naming = page.getByTestId('save-name-dialog');
      if (await naming.waitFor({ timeout: 1500 }).then(() => true, () => false)) await naming.getByLabel('草稿名称').press('Enter');
      await page.waitForTimeout(Math.floor(random() * 60));
    } else {
      // Keep typing (not yet autosaved) and crash at a random moment of it.
      const typing = page.keyboard.type(`${roundName(round)}崩溃时还在输入的文字`, { delay: 15 }).catch(() => undefined);
      await page.waitForTimeout(Math.floor(random() * 250));
      void typing;
    }
    await server.kill();
    await page.waitForTimeout(50);
    const url = await server.restart();
    await page.goto(url);

    const dialog = page.getByTestId('recovery-dialog');
    await expect(page.getByRole('button', { name: '新建草稿…' })).toBeEnabled({ timeout: 30_000 });
    const offered = await dialog.waitFor({ state: 'visible', timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    if (offered) {
      // Newest first: this round's copy.
      await dialog.getByRole('button', { name: '恢复' }).first().click();
    } else {
      // A save that completed just before the kill leaves nothing to recover: the saved file holds the text.
      expect(duringSave, `round ${round}: no recovery offered after a crash while typing`).toBe(true);
      await page.locator('.recent').getByRole('button').first().click();
    }
    await expect(page.locator('[data-slate-editor="true"]')).toBeVisible();
    const body = (await blockTexts(page)).join('\n');
    for (const s of confirmed) expect(body, `round ${round}: lost “${s}”`).toContain(s);
    if (round === 1 || round === ROUNDS) await shot(`round-${round}-recovered`);

    // Every draft file and backup on disk parses as a whole draft, at every round.
    const dir = path.join(server.dataDir, 'drafts');
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => /\.gwdraft(\.bak)?$/.test(f));
    } catch {
      /* nothing saved yet */
    }
    for (const f of files) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      expect(text.length, `round ${round}: ${f} is empty`).toBeGreaterThan(0);
      const parsed = parseDraftFile(text);
      expect(parsed.ok, `round ${round}: ${f} is corrupt`).toBe(true);
    }
  }
});
