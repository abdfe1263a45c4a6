/**
 * The 公文 elements as a secretary adds them (issue 14): a 实施方案 with 附件说明, 署名, 成文日期 and 版记 and a
 * run-in heading, and a 讲话稿 with its byline — built through the 公文要素 menu and typing, exported, rendered by
 * LibreOffice, and measured on the PDF (mm from the page's top-left, pdftotext -bbox). Page PNGs are kept under
 * test-results/e2e-docx/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { ARTIFACTS, hasSoffice, hasXmllint, horizontalRules, type PdfWord, renderWithLibreOffice, schemaErrors } from '../electron/core/docx/fixtures/readers';
import { inlineText } from '../electron/core/draft/model';
import { blockLocator, blockTexts, caretToEnd, draftValue, toolbarButton } from './flows';
import { expect, test } from './host-fixture';

const MM = 25.4 / 72;
const mm = (pt: number) => pt * MM;

async function newFromSkeleton(page: Page, label: RegExp): Promise<void> {
  await page.getByRole('button', { name: '新建草稿…' }).click();
  const picker = page.getByTestId('skeleton-picker');
  await picker.getByRole('option', { name: label }).click();
  await picker.getByRole('button', { name: '用此骨架新建' }).click();
  await expect(picker).toBeHidden();
}

/** Opens 公文要素 ▾ and chooses an item. */
async function menu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: '公文要素 ▾' }).click();
  await page.getByRole('menu', { name: '公文要素' }).getByRole('menuitem', { name: item }).click();
}

/** Fills the placeholder labelled `label` in block `i` by clicking it and typing. */
async function fillPlaceholder(page: Page, label: string, text: string): Promise<void> {
  await page.locator(`.page-body .ph-empty[data-label="${label}"]`).first().click();
  await page.keyboard.type(text);
}

/** 导出Word through the export dialog (which also says which fonts this machine lacks); returns the file. */
async function exportWord(page: Page, shot?: (name: string) => Promise<void>): Promise<Uint8Array> {
  await (await toolbarButton(page, '导出Word')).click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-fonts')).not.toContainText('正在检查');
  await expect(dialog.getByLabel('版式细则')).toHaveValue('GB/T 9704-2012');
  await shot?.('export-dialog');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^导出 Word$|仍然导出/ }).click()]);
  return new Uint8Array(readFileSync(await download.path()));
}

const wordsOn = (words: PdfWord[], page: number) => words.filter((w) => w.page === page);
/** The words of one printed line containing `text` (same baseline), left to right. */
function lineOf(words: PdfWord[], text: string): PdfWord[] {
  const hit = words.find((w) => w.text.includes(text));
  expect(hit, `“${text}” on the rendered page`).toBeTruthy();
  return words.filter((w) => w.page === hit!.page && Math.abs(w.yMax - hit!.yMax) < 1).sort((a, b) => a.xMin - b.xMin);
}
const left = (ws: PdfWord[]) => mm(Math.min(...ws.map((w) => w.xMin)));
const right = (ws: PdfWord[]) => mm(Math.max(...ws.map((w) => w.xMax)));
const top = (ws: PdfWord[]) => mm(Math.min(...ws.map((w) => w.yMin)));

test('实施方案：用“公文要素”插入附件说明、落款和版记，写段首标题，导出后版式符合 GB/T 9704', async ({ page, server, shot }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(server.url);
  await newFromSkeleton(page, /实施方案/);

  // The genre brings its 落款 as placeholders at the end.
  let v = await draftValue(page);
  const kinds = v.content.map((b) => b.type);
  expect(kinds.slice(-2)).toEqual(['signature', 'date']);
  await expect(page.locator('[data-block="signature"] .ph-empty')).toHaveAttribute('data-label', '发文机关署名');
  await expect(page.locator('[data-block="date"] .ph-empty')).toHaveAttribute('data-label', '成文日期');
  await shot('plan-new');

  await fillPlaceholder(page, '标题', '某某县人民政府关于加快推进农村人居环境整治提升工作的实施方案');
  await fillPlaceholder(page, '主送机关', '各乡镇人民政府，县直各单位');
  v = await draftValue(page);
  const opening = v.content.findIndex((b) => b.type === 'paragraph');
  await caretToEnd(page, opening);
  await page.keyboard.type('为深入贯彻落实上级关于农村人居环境整治提升的部署要求，结合我县实际，制定本方案。');

  // A run-in heading typed as a secretary types it: “1.” + heading part + 。 + body, then Enter.
  v = await draftValue(page);
  const org = v.content.findIndex((b) => b.type === 'heading' && b.role === 'organization');
  await caretToEnd(page, org + 1);
  await page.keyboard.type('1.加强组织领导。各乡镇、各部门要成立工作专班，主要负责同志亲自抓，确保各项任务落到实处。');
  await page.keyboard.press('Enter');
  await page.keyboard.type('2.强化督导考核。县委督查室要定期督查，对工作不力的单位通报批评。');
  await page.keyboard.press('Enter');
  v = await draftValue(page);
  const runIns = v.content.filter((b) => b.type === 'heading' && b.runIn);
  expect(runIns.map((b) => inlineText(b.children).slice(0, 7))).toEqual(['加强组织领导。', '强化督导考核。']);
  // The outline shows the heading part only; the page draws the body part as body text.
  await expect(page.getByTestId('outline-item').filter({ hasText: '加强组织领导' })).toHaveCount(1);
  await expect(page.getByTestId('outline-item').filter({ hasText: '各乡镇' })).toHaveCount(0);
  const runInBlock = page.locator('.b-runin').first();
  await expect(runInBlock).toHaveAttribute('data-num', '1.');
  expect(await runInBlock.locator('.ri-body').first().evaluate((e) => getComputedStyle(e).fontWeight)).toBe('400');
  await runInBlock.scrollIntoViewIfNeeded();
  await shot('plan-run-in');

  // 附件说明 through the menu.
  await menu(page, '附件说明…');
  let dialog = page.getByTestId('gw-attachments');
  await dialog.getByLabel('附件名称', { exact: true }).fill('某某县农村人居环境整治提升重点任务分工表\n某某县农村人居环境整治提升工作考核办法（试行）');
  await shot('plan-attachments-dialog');
  await dialog.getByRole('button', { name: '插入' }).click();
  await expect(page.locator('[data-block="attachment"]')).toHaveCount(2);
  await expect(page.locator('[data-block="attachment"]').first()).toHaveAttribute('data-prefix', '附件：1.');

  // 落款: the menu dialog replaces the genre's placeholders.
  await menu(page, '落款（署名和成文日期）…');
  dialog = page.getByTestId('gw-closing');
  // Ten characters: longer than the date by two or more, so 署名右空二字 and the date starts two characters right of it (7.3.5.2).
  await dialog.getByLabel('发文机关署名', { exact: true }).fill('某某县人民政府办公室');
  await dialog.getByLabel('成文日期', { exact: true }).fill('2027年1月15日');
  await dialog.getByRole('button', { name: '更新' }).click();
  await expect(page.locator('[data-block="signature"]')).toHaveText('某某县人民政府办公室');
  await expect(page.locator('[data-block="date"]')).toHaveText('2027年1月15日');

  // 版记 (抄送, 印发).
  await menu(page, '版记（抄送、印发）…');
  dialog = page.getByTestId('gw-imprint');
  await dialog.getByLabel('抄送机关', { exact: true }).fill('县委办公室\n县人大常委会办公室\n县政协办公室');
  await dialog.getByLabel('印发机关', { exact: true }).fill('某某县人民政府办公室');
  await dialog.getByLabel('印发日期', { exact: true }).fill('2027年1月16日');
  await dialog.getByRole('button', { name: '插入' }).click();
  await expect(page.locator('[data-block="copyTo"]')).toHaveText('县委办公室，县人大常委会办公室，县政协办公室。');

  v = await draftValue(page);
  expect(v.content.map((b) => b.type).slice(-6)).toEqual(['attachment', 'attachment', 'signature', 'date', 'copyTo', 'printed']);
  // The page draws them as printed: 署名 right-aligned two characters in, the date's first character two characters right of the 署名's.
  const sig = await page.locator('[data-block="signature"]').boundingBox();
  const date = page.locator('[data-block="date"]');
  await date.scrollIntoViewIfNeeded();
  await shot('plan-closing');
  const charPx = 21.3;
  const sigText = await page.locator('[data-block="signature"]').evaluate((e) => {
    const r = document.createRange();
    r.selectNodeContents(e);
    const b = r.getBoundingClientRect();
    return { left: b.left, right: b.right };
  });
  const dateText = await date.evaluate((e) => {
    const r = document.createRange();
    r.selectNodeContents(e);
    const b = r.getBoundingClientRect();
    return { left: b.left, right: b.right };
  });
  expect(sig).toBeTruthy();
  expect(Math.abs(sig!.x + sig!.width - 2 * charPx - sigText.right)).toBeLessThan(3);
  expect(Math.abs(dateText.left - sigText.left - 2 * charPx)).toBeLessThan(4);

  // Export and render.
  const docx = await exportWord(page, shot);
  if (hasXmllint) expect(schemaErrors(docx)).toEqual([]);
  test.skip(!hasSoffice, 'LibreOffice and poppler are needed to render the export');
  const r = renderWithLibreOffice(docx, 'e2e-plan', { allPages: true });
  const words = r.words;
  const last = r.pages;
  // 附件说明: “附件：1.” two characters in (28 + 11.3 mm).
  const att = lineOf(words, '附件');
  expect(left(att)).toBeCloseTo(28 + 11.3, 0);
  // 署名 右空二字: its right end at 184 − 2 characters (11.1 mm) = 172.9.
  const sLine = lineOf(words, '某某县人民政府办公室').filter((w) => /某某县人民政府办公室/.test(w.text));
  expect(right(sLine)).toBeGreaterThan(171.9);
  expect(right(sLine)).toBeLessThan(173.9);
  // 成文日期: its first character two characters right of the 署名's.
  const d = lineOf(words, '2027');
  const dateStart = left(d.filter((w) => w.yMax > sLine[0].yMax));
  expect(dateStart - left(sLine)).toBeGreaterThan(10.1);
  expect(dateStart - left(sLine)).toBeLessThan(12.6);
  // 版记 on the last page: 抄送 left 28 + one 4号 character (4.9 mm), 印发 right end 184 − 4.9.
  const cc = lineOf(wordsOn(words, last), '抄送');
  expect(left(cc)).toBeCloseTo(32.9, 0);
  const printed = lineOf(wordsOn(words, last), '印发');
  expect(right(printed)).toBeCloseTo(179.1, 0);
  // The 版记 at the foot of the last page between three rules as wide as the 版心, the last on its lower edge.
  const rules = horizontalRules(r.pdfPath, last);
  expect(rules).toHaveLength(3);
  expect(Math.abs(rules[2].y - 262)).toBeLessThan(3);
  for (const x of rules) expect(x.x1 - x.x0).toBeGreaterThan(154);
  // The run-in heading's heading part and its body on the rendered page, in order.
  expect(r.text.replace(/\s+/g, '')).toContain('加强组织领导。');

  // 导出PDF: LibreOffice's pages of the same file, the run-in heading on one line with its body.
  await page.getByRole('button', { name: '导出PDF' }).click();
  const pdfDialog = page.getByTestId('export-dialog');
  await expect(pdfDialog.getByTestId('export-fonts')).not.toContainText('正在检查');
  const [pdfDownload] = await Promise.all([page.waitForEvent('download', { timeout: 100_000 }), pdfDialog.getByRole('button', { name: /^导出 PDF$|仍然导出/ }).click()]);
  expect(pdfDownload.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfPath = path.join(ARTIFACTS, 'e2e-plan-exported.pdf');
  await pdfDownload.saveAs(pdfPath);
  const pdfText = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  expect(pdfText).toMatch(/1\.加强组织领导。各乡镇/);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, path.join(ARTIFACTS, 'e2e-plan-exported-page')]);
  console.log(
    `plan: 附件 x ${left(att).toFixed(1)}; 署名 right ${right(sLine).toFixed(1)} left ${left(sLine).toFixed(1)}; 日期 start ${dateStart.toFixed(1)}; 抄送 x ${left(cc).toFixed(1)}; 印发 right ${right(printed).toFixed(1)} (page ${last}, top ${top(cc).toFixed(1)})`,
  );
});

test('讲话稿：标题下居中写讲话人和日期，导出后居中、楷体', async ({ page, server, shot }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(server.url);
  await newFromSkeleton(page, /^讲话/);
  let v = await draftValue(page);
  expect(v.content.map((b) => b.type).slice(0, 3)).toEqual(['title', 'byline', 'byline']);
  await fillPlaceholder(page, '标题', '在全县2027年经济工作会议上的讲话');
  await menu(page, '讲话人和日期…');
  const dialog = page.getByTestId('gw-byline');
  await dialog.getByLabel('讲话人', { exact: true }).fill('县委书记  张三');
  await dialog.getByLabel('讲话日期', { exact: true }).fill('2027年1月15日');
  await shot('speech-byline-dialog');
  await dialog.getByRole('button', { name: '更新' }).click();
  await expect(page.locator('[data-block="byline"]')).toHaveText(['县委书记  张三', '（2027年1月15日）']);
  await fillPlaceholder(page, '称呼', '同志们');
  v = await draftValue(page);
  const opening = v.content.findIndex((b) => b.type === 'paragraph');
  await caretToEnd(page, opening);
  await page.keyboard.type('这次会议的主要任务是，全面贯彻上级经济工作会议精神，总结2026年经济工作，部署2027年重点任务。');
  await blockLocator(page, 0).scrollIntoViewIfNeeded();
  await shot('speech-page');
  // Centred under the title, 楷体.
  const title = await page.locator('[data-block="title"]').boundingBox();
  const by = await page.locator('[data-block="byline"]').first().evaluate((e) => {
    const r = document.createRange();
    r.selectNodeContents(e);
    const b = r.getBoundingClientRect();
    return { centre: (b.left + b.right) / 2, font: getComputedStyle(e).fontFamily };
  });
  expect(Math.abs(by.centre - (title!.x + title!.width / 2))).toBeLessThan(4);
  expect(by.font).toMatch(/KaiTi|楷体/);

  const docx = await exportWord(page);
  if (hasXmllint) expect(schemaErrors(docx)).toEqual([]);
  test.skip(!hasSoffice, 'LibreOffice and poppler are needed to render the export');
  const r = renderWithLibreOffice(docx, 'e2e-speech', { allPages: true });
  const speaker = lineOf(r.words, '县委书记');
  const dated = lineOf(r.words, '（2027');
  const centre = (ws: PdfWord[]) => (left(ws) + right(ws)) / 2;
  expect(centre(speaker)).toBeCloseTo(106, 0);
  expect(centre(dated)).toBeCloseTo(106, 0);
  const salutation = lineOf(r.words, '同志们');
  // One blank line (10.2 mm pitch) between the date line and 称呼: 2 rows.
  expect(top(salutation) - top(dated)).toBeGreaterThan(19);
  expect(top(salutation) - top(dated)).toBeLessThan(22);
  console.log(`speech: speaker centre ${centre(speaker).toFixed(1)}, date centre ${centre(dated).toFixed(1)}, 称呼 ${(top(salutation) - top(dated)).toFixed(1)} mm below the date line; pages ${path.basename(r.pngPath)}`);
});

test('版头：插入发文机关标志和发文字号（发文字号写错时有提示），红头和红线排在版心上部', async ({ page, server, shot }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(server.url);
  await newFromSkeleton(page, /实施方案/);
  await fillPlaceholder(page, '标题', '关于印发《某某县农村人居环境整治提升实施方案》的通知');
  await menu(page, '版头（红头）…');
  const dialog = page.getByTestId('gw-header');
  await dialog.getByLabel('发文机关标志', { exact: true }).fill('某某县人民政府办公室文件');
  await dialog.getByLabel('发文字号', { exact: true }).fill('某政办发[2027]第1号');
  // GB/T 9704 7.2.5: 〔〕, no 第 — said, not stopped.
  await expect(dialog).toContainText('六角括号');
  await expect(dialog).toContainText('不加“第”字');
  await shot('header-dialog-hint');
  await dialog.getByLabel('发文字号', { exact: true }).fill('某政办发〔2027〕1号');
  await expect(dialog).not.toContainText('六角括号');
  await dialog.getByLabel('份号', { exact: true }).fill('000001');
  await dialog.getByRole('button', { name: '插入' }).click();
  const v = await draftValue(page);
  expect(v.content.map((b) => b.type).slice(0, 4)).toEqual(['headerLine', 'issuerMark', 'docNumber', 'title']);
  const mark = page.locator('[data-block="issuerMark"]');
  expect(await mark.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(224, 0, 0)');
  await blockLocator(page, 0).scrollIntoViewIfNeeded();
  await shot('header-page');

  const docx = await exportWord(page);
  if (hasXmllint) expect(schemaErrors(docx)).toEqual([]);
  test.skip(!hasSoffice, 'LibreOffice and poppler are needed to render the export');
  const r = renderWithLibreOffice(docx, 'e2e-header', { allPages: true });
  // 7.2.4: the mark's top 35 mm under the 版心's (37 + 35 = 72 mm), centred; the red rule under the 发文字号.
  const m = lineOf(r.words, '某某县人民政府办公室文件');
  expect(Math.abs(top(m) - 72)).toBeLessThan(2.5);
  expect(Math.abs((left(m) + right(m)) / 2 - 106)).toBeLessThan(1.5);
  const no = lineOf(r.words, '某政办发');
  const rules = horizontalRules(r.pdfPath, 1).filter((x) => x.y < top(lineOf(r.words, '关于印发')));
  expect(rules).toHaveLength(1);
  // 7.2.6 the rule 4 mm under the 发文字号 (its 16 pt line's bottom is 5.6 mm under its top).
  expect(Math.abs(rules[0].y - (top(no) + 5.6) - 4)).toBeLessThan(1.2);
  expect(rules[0].x1 - rules[0].x0).toBeGreaterThan(154);
  console.log(`header: mark top ${top(m).toFixed(1)}, centre ${((left(m) + right(m)) / 2).toFixed(1)}; 发文字号 top ${top(no).toFixed(1)}; red rule at ${rules[0].y.toFixed(1)} mm, ${(rules[0].x1 - rules[0].x0).toFixed(1)} mm wide`);
});

test('单位细则：另存为新细则、导出时使用、分享为文件再导入；导出按细则排版', async ({ page, server, shot }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(server.url);
  await newFromSkeleton(page, /实施方案/);
  await fillPlaceholder(page, '标题', '某某县关于做好春耕生产工作的实施方案');
  await (await toolbarButton(page, '导出Word')).click();
  const exportDialog = page.getByTestId('export-dialog');
  await exportDialog.getByRole('button', { name: '管理单位细则…' }).click();
  const fp = page.getByTestId('format-profiles');
  await expect(fp.getByRole('option', { name: /GB\/T 9704-2012/ })).toHaveAttribute('aria-selected', 'true');
  // GB/T 9704 itself cannot be changed: the save button saves a new profile once it has a name of its own.
  await fp.getByLabel('细则名称').fill('某某县委办细则');
  await fp.getByLabel('正文字体').fill('仿宋');
  await fp.getByLabel('页码', { exact: true }).selectOption('center');
  await fp.getByLabel('页边距上（天头）').fill('5');
  await expect(fp).toContainText('页边距“上（天头）”应在 10–60 毫米之间');
  await expect(fp.getByRole('button', { name: '保存为新细则' })).toBeDisabled();
  await fp.getByLabel('页边距上（天头）').fill('35');
  await shot('profile-edit');
  await fp.getByRole('button', { name: '保存为新细则' }).click();
  await expect(fp.getByRole('option', { name: /某某县委办细则/ })).toContainText('导出使用');
  // Shared as a file …
  const [file] = await Promise.all([page.waitForEvent('download'), fp.getByRole('button', { name: '导出细则文件' }).click()]);
  expect(file.suggestedFilename()).toBe('某某县委办细则.细则.json');
  const shared = path.join(test.info().outputPath('shared.细则.json'));
  await file.saveAs(shared);
  // … and read back by a colleague (here: the same list, so the name gets “（导入）”).
  const chooser = page.waitForEvent('filechooser');
  await fp.getByRole('button', { name: '导入细则文件…' }).click();
  await (await chooser).setFiles(shared);
  await expect(fp.getByRole('option', { name: '某某县委办细则（导入）' })).toBeVisible();
  await fp.getByRole('option', { name: '某某县委办细则（导入）' }).click();
  await fp.getByRole('button', { name: '删除' }).click();
  await expect(fp.getByRole('option', { name: '某某县委办细则（导入）' })).toHaveCount(0);
  // 导出时使用: back to GB/T 9704, then the unit's again.
  await fp.getByRole('option', { name: /GB\/T 9704-2012/ }).click();
  await fp.getByRole('button', { name: '导出时使用' }).click();
  await expect(fp.getByRole('option', { name: /GB\/T 9704-2012/ })).toContainText('导出使用');
  await fp.getByRole('option', { name: /某某县委办细则/ }).click();
  await fp.getByRole('button', { name: '导出时使用' }).click();
  await expect(fp.getByRole('option', { name: /某某县委办细则/ })).toContainText('导出使用');
  await fp.getByRole('button', { name: '关闭' }).click();
  await expect(exportDialog.getByLabel('版式细则')).toHaveValue('某某县委办细则');
  await shot('export-with-profile');
  const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: /^导出 Word$|仍然导出/ }).click()]);
  const docx = new Uint8Array(readFileSync(await download.path()));
  if (hasXmllint) expect(schemaErrors(docx)).toEqual([]);
  const zip = await JSZip.loadAsync(docx);
  const doc = await zip.file('word/document.xml')!.async('string');
  expect(doc).toMatch(/w:eastAsia="仿宋"/);
  expect(doc).toMatch(/<w:pgMar w:top="1984"/);
  // Centred page numbers: one footer, not odd/even.
  expect(Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n))).toHaveLength(1);
});
