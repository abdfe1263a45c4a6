/**
 * The 公文 elements around the body, exported and measured where they land: LibreOffice → PDF → poppler (mm
 * from the page's top-left), the file against the ISO/IEC 29500 schemas, and python-docx reading it back.
 * The rendered pages are kept in test-results/artifacts/ (closing-*-page-N.png).
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { PAGE } from '../format/gbt9704';
import { exportDocx } from './export-docx';
import { noticeDraft, speechDraft } from './fixtures/closing-drafts';
import { hasPythonDocx, hasSoffice, hasXmllint, horizontalRules, readWithPythonDocx, renderWithLibreOffice, schemaErrors, type Rendered } from './fixtures/readers';

let imprintFigures = '';

const MM = 25.4 / 72;
const CHAR_MM = (315 / 20) * MM; // a body character as laid out (16 pt − 0.25 pt run spacing)
const LEFT = (PAGE.left / 20) * MM; // 28
const RIGHT = ((PAGE.width - PAGE.right) / 20) * MM; // 184
const TOP = (PAGE.top / 20) * MM; // 37

/** The rendered rows of a page: text, left and right ends, top, in mm. */
function rows(r: Rendered, page: number) {
  const m = new Map<number, { text: string; x0: number; x1: number; y: number }>();
  for (const w of r.words.filter((w) => w.page === page)) {
    const y = Math.round(w.yMin);
    const e = m.get(y) ?? { text: '', x0: Infinity, x1: 0, y: w.yMin * MM };
    m.set(y, { text: e.text + w.text, x0: Math.min(e.x0, w.xMin * MM), x1: Math.max(e.x1, w.xMax * MM), y: e.y });
  }
  return [...m.values()].sort((a, b) => a.y - b.y);
}
/** The last row matching `re`, on whichever page. */
const anyRow = (r: Rendered, re: RegExp) => {
  for (let p = r.pages; p >= 1; p--) {
    const found = rows(r, p).filter((x) => re.test(x.text)).pop();
    if (found) return found;
  }
  throw new Error(`no row ${re}`);
};
const row = (r: Rendered, page: number, re: RegExp) => {
  const found = rows(r, page).find((x) => re.test(x.text));
  if (!found) throw new Error(`no row ${re} on page ${page}: ${rows(r, page).map((x) => x.text).join(' / ')}`);
  return found;
};

describe.skipIf(!hasXmllint)('the elements are valid WordprocessingML', () => {
  it('every variant of the notice and the speech passes the schema', async () => {
    // A 发文机关标志 wider than the 版心 is narrowed (w:w); a run-in heading both ways.
    const longMark = noticeDraft();
    const mark = longMark.content.find((b) => b.type === 'issuerMark')!;
    mark.children = [{ text: '中共某某县委办公室某某县人民政府办公室联合文件' }];
    const runIn = speechDraft();
    runIn.content.push({ type: 'heading', level: 3, runIn: true, children: [{ text: '加强组织领导。各单位要成立专班。' }] });
    for (const d of [noticeDraft(), noticeDraft({ seal: true, signer: '张三' }), noticeDraft({ header: 'reserve', signatories: ['甲局', '乙局'] }), speechDraft(), longMark, runIn]) {
      expect(schemaErrors(await exportDocx(d))).toEqual([]);
    }
    expect(schemaErrors(await exportDocx(runIn, { runIn: 'one-paragraph', author: '张三', highlightIssues: true }))).toEqual([]);
    const xml = await (await JSZip.loadAsync(await exportDocx(longMark))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:w w:val="\d+"\/>/);
  });
});

describe.skipIf(!hasPythonDocx)('python-docx reads the elements back', () => {
  it('with their styles, alignment, indents and the red 发文机关标志', async () => {
    const doc = readWithPythonDocx(await exportDocx(noticeDraft()));
    const by = (start: string) => doc.paragraphs.find((p) => p.text.startsWith(start))!;
    expect(by('某某县人民政府办公室文件').style).toBe('发文机关标志');
    expect(by('附件：1.').style).toBe('附件说明');
    expect(by('附件：1.').ind.left).toBe(6 * 320);
    expect(by('2.某某县').ind.left).toBe(6 * 320);
    expect(by('2027年1月15日').style).toBe('成文日期');
    expect(by('（此件公开发布）').style).toBe('附注');
    expect(by('抄送：').style).toBe('抄送');
    expect(by('抄送：').runs[0].size).toBe(14);
    const zip = await JSZip.loadAsync(await exportDocx(noticeDraft()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:color w:val="FF0000"\/>(?:(?!<\/w:r>).)*某某县人民政府办公室文件/);
    expect(xml).toMatch(/<w:framePr [^>]*w:vAnchor="margin"[^>]*w:yAlign="bottom"/);
  });
});

describe.skipIf(!hasSoffice)('LibreOffice lays the elements out as GB/T 9704 asks (skipped only without soffice + poppler)', () => {
  it('a 实施方案 notice: 版头, 附件说明, 署名 and 成文日期, 附注, 版记', async () => {
    const r = renderWithLibreOffice(await exportDocx(noticeDraft()), 'closing-notice', { allPages: true });
    // 版头 (7.2): 份号 and 紧急程度 顶格 on the first lines; the mark's top 35 mm under the 版心's, centred, red.
    const copyNo = row(r, 1, /^000001$/);
    expect(Math.abs(copyNo.x0 - LEFT)).toBeLessThan(0.5);
    expect(copyNo.y - TOP).toBeLessThan(4);
    const mark = row(r, 1, /^某某县人民政府办公室文件$/);
    expect(Math.abs(mark.y - (TOP + 35))).toBeLessThan(2.5);
    expect(Math.abs((mark.x0 + mark.x1) / 2 - (LEFT + RIGHT) / 2)).toBeLessThan(1.5);
    // 发文字号 two lines under the mark, centred; the title two lines under the red rule.
    const num = row(r, 1, /某政办发〔2027〕1号/);
    expect(Math.abs((num.x0 + num.x1) / 2 - (LEFT + RIGHT) / 2)).toBeLessThan(1.5);
    expect(num.y - mark.y).toBeGreaterThan(25);
    expect(num.y - mark.y).toBeLessThan(45);
    const title = row(r, 1, /^某某县人民政府办公室$/);
    expect(title.y - num.y).toBeGreaterThan(25);
    // The body is on page 1; the closing elements on the last page.
    const last = r.pages;
    // 附件说明 (7.3.6): 左空二字 “附件：”; a wrapped name lines up with the name's first character; the second
    // item's number under the first's.
    const a1 = row(r, last, /^附件：1\./);
    expect(Math.abs(a1.x0 - (LEFT + 2 * CHAR_MM))).toBeLessThan(0.8);
    const lastRows = rows(r, last);
    const wrapped = lastRows[lastRows.findIndex((x) => x.y === a1.y) + 1];
    expect(Math.abs(wrapped.x0 - (LEFT + 6 * CHAR_MM))).toBeLessThan(0.8);
    const a2 = row(r, last, /^2\.某某县/);
    expect(Math.abs(a2.x0 - (LEFT + 5 * CHAR_MM))).toBeLessThan(0.8);
    // 署名 右空二字, one blank line under the 附件说明; the date's first character two characters right of it.
    const sig = anyRow(r, /^某某县人民政府办公室$/);
    expect(Math.abs(RIGHT - sig.x1 - 2 * CHAR_MM)).toBeLessThan(0.8);
    const date = row(r, last, /^2027年1月15日$/);
    expect(Math.abs(date.x0 - sig.x0 - 2 * CHAR_MM)).toBeLessThan(0.8);
    expect(Math.abs(date.y - sig.y - 10.2)).toBeLessThan(0.5);
    const lastAttachmentRow = rows(r, last).filter((x) => x.y < sig.y).pop()!;
    expect(Math.abs(sig.y - lastAttachmentRow.y - 2 * 10.2)).toBeLessThan(0.8);
    // 附注 (7.3.7): 居左空二字, in brackets, on the line under the date.
    const note = row(r, last, /^（此件公开发布）$/);
    expect(Math.abs(note.x0 - (LEFT + 2 * CHAR_MM))).toBeLessThan(0.8);
    expect(Math.abs(note.y - date.y - 10.2)).toBeLessThan(0.5);
    // 版记 (7.4): 抄送 左空一字 at 4号 (14 pt ≈ 4.94 mm), 印发机关 左空一字 and 印发日期 右空一字 on one line.
    const imprintChar = 14 * MM;
    const copy = row(r, last, /^抄送：/);
    expect(Math.abs(copy.x0 - (LEFT + imprintChar))).toBeLessThan(0.8);
    const printed = row(r, last, /印发$/);
    expect(Math.abs(printed.x0 - (LEFT + imprintChar))).toBeLessThan(0.8);
    expect(Math.abs(RIGHT - printed.x1 - imprintChar)).toBeLessThan(0.8);
    expect(printed.y).toBeGreaterThan(copy.y);
    // …at the foot of the last page, between three rules as wide as the 版心: the last on the 版心's lower edge
    // (37 + 225 = 262 mm), the first and last 粗线 and the one between thinner.
    const rules = horizontalRules(r.pdfPath, last);
    expect(rules).toHaveLength(3);
    for (const x of rules) {
      expect(Math.abs(x.x0 - LEFT)).toBeLessThan(0.8);
      expect(Math.abs(x.x1 - RIGHT)).toBeLessThan(0.8);
    }
    expect(rules[0].y).toBeLessThan(copy.y);
    expect(rules[1].y).toBeGreaterThan(copy.y);
    expect(rules[1].y).toBeLessThan(printed.y);
    expect(rules[2].y).toBeGreaterThan(printed.y);
    expect(Math.abs(rules[2].y - (TOP + 225))).toBeLessThan(3);
    expect(rules[0].thickness).toBeGreaterThan(rules[1].thickness);
    expect(rules[2].thickness).toBeGreaterThan(rules[1].thickness);
    imprintFigures = `版记 rules at ${rules.map((x) => `${x.y.toFixed(1)} mm (${x.thickness.toFixed(2)} mm)`).join(', ')}; 抄送 at ${copy.y.toFixed(1)}, 印发 at ${printed.y.toFixed(1)}`;
    console.log(imprintFigures);
  });

  it('a run-in heading for the PDF (one paragraph): the heading part and the body on one line, the body not bold', async () => {
    const d = speechDraft();
    d.content.push({ type: 'heading', level: 3, runIn: true, children: [{ text: '加强组织领导。各乡镇、各部门要成立工作专班，确保各项任务落到实处。' }] });
    const bytes = await exportDocx(d, { runIn: 'one-paragraph' });
    const r = renderWithLibreOffice(bytes, 'closing-run-in');
    const line = anyRow(r, /^1\.加强组织领导。各乡镇/);
    expect(Math.abs(line.x0 - (LEFT + 2 * CHAR_MM))).toBeLessThan(0.8);
    const doc = readWithPythonDocx(bytes);
    const p = doc.paragraphs.find((x) => x.text.startsWith('1.加强组织领导'))!;
    expect(p.style).toBe('Heading 3');
    expect(p.runs.find((x) => x.text.startsWith('各乡镇'))!.bold).toBe(false);
    expect(p.runs.find((x) => x.text.startsWith('加强组织领导'))!.bold).toBe(true);
  });

  it('with a seal: the date 右空四字 and the 署名 centred over it', async () => {
    const r = renderWithLibreOffice(await exportDocx(noticeDraft({ seal: true, header: 'none' })), 'closing-sealed', { allPages: true });
    const sig = anyRow(r, /^某某县人民政府办公室$/);
    const date = anyRow(r, /^2027年1月15日$/);
    expect(Math.abs(RIGHT - date.x1 - 4 * CHAR_MM)).toBeLessThan(0.8);
    expect(Math.abs((sig.x0 + sig.x1) / 2 - (date.x0 + date.x1) / 2)).toBeLessThan(1.5);
  });

  it('a date longer than the 署名: the date 右空二字, the 署名 two characters to its left', async () => {
    const r = renderWithLibreOffice(await exportDocx(noticeDraft({ header: 'none', signatories: ['县委办'] })), 'closing-short');
    const sig = anyRow(r, /^县委办$/);
    const date = anyRow(r, /^2027年1月15日$/);
    expect(Math.abs(RIGHT - date.x1 - 2 * CHAR_MM)).toBeLessThan(0.8);
    expect(Math.abs(date.x0 - sig.x0 - 2 * CHAR_MM)).toBeLessThan(1.5);
  });

  it('a 讲话稿: the speaker and the date under the title, 楷体, centred, no blank line between', async () => {
    const r = renderWithLibreOffice(await exportDocx(speechDraft()), 'closing-speech', { allPages: true });
    const title = row(r, 1, /^在全县2027年经济工作会议上的讲话$/);
    const speaker = row(r, 1, /^县委书记/);
    const date = row(r, 1, /^（2027年1月15日）$/);
    const salutation = row(r, 1, /^同志们：$/);
    for (const x of [title, speaker, date]) expect(Math.abs((x.x0 + x.x1) / 2 - (LEFT + RIGHT) / 2)).toBeLessThan(1.5);
    expect(speaker.y - title.y).toBeLessThan(13);
    expect(Math.abs(date.y - speaker.y - 10.2)).toBeLessThan(0.8);
    // One blank line, then 称呼.
    expect(Math.abs(salutation.y - date.y - 2 * 10.2)).toBeLessThan(1);
    const zip = await JSZip.loadAsync(await exportDocx(speechDraft()));
    expect(await zip.file('word/document.xml')!.async('string')).toMatch(/<w:pStyle w:val="Byline"\/>(?:(?!<\/w:p>).)*w:eastAsia="楷体_GB2312"/);
  });
});
