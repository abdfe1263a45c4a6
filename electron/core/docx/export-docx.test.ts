/**
 * Export checked by real readers: python-docx (structure, fonts, sizes, indents, grid, footers)
 * and LibreOffice → PDF → poppler (pages, text, where things land on the page, page-1 PNG).
 */
import JSZip from 'jszip';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineText, numberHeadings } from '../draft/model';
import { exportDocx } from './export-docx';
import { sampleDraft } from './fixtures/sample-draft';
import { hasPythonDocx, hasSoffice, hasXmllint, readWithPythonDocx, renderWithLibreOffice, schemaErrors, squash } from './fixtures/readers';
import { type FormatProfile, GBT9704_PROFILE, layoutOf } from '../format/profile';
import { PAGE, TITLE_CHARS_PER_LINE } from '../format/gbt9704';

const MM_PER_PT = 25.4 / 72;

describe('exportDocx highlighting', () => {
  async function documentXml(highlightIssues: boolean) {
    const zip = await JSZip.loadAsync(await exportDocx(sampleDraft(), { highlightIssues }));
    return zip.file('word/document.xml')!.async('string');
  }
  it('highlights unfilled placeholders and check marks only when asked', async () => {
    const plain = await documentXml(false);
    expect(plain).toContain('【年份】');
    expect(plain).not.toContain('w:highlight');
    const marked = await documentXml(true);
    const highlighted = [...marked.matchAll(/<w:r>(?:(?!<\/w:r>).)*<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(highlighted).toEqual(['【年份】', '2026']);
  });
});

describe('exportDocx tabs', () => {
  it('writes the tab between a pasted table row’s cells as Word’s tab, not a character in the text', async () => {
    const draft = sampleDraft();
    draft.content.push({ type: 'paragraph', children: [{ text: '职工培训\t970项\t5%' }] });
    const xml = await JSZip.loadAsync(await exportDocx(draft)).then((z) => z.file('word/document.xml')!.async('string'));
    expect(xml).toContain('<w:t xml:space="preserve">职工培训</w:t><w:tab/><w:t xml:space="preserve">970项</w:t><w:tab/><w:t xml:space="preserve">5%</w:t>');
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*\t/);
  });
});

describe('exportDocx title lines', () => {
  it('splits a long title with a highlighted year into lines and keeps the mark on the year only', async () => {
    const draft = sampleDraft();
    draft.content[0] = { type: 'title', children: [{ text: '在' }, { text: '2024', check: '年份' }, { text: '年全县党外知识分子联谊会第一届理事会第一次全体会议上的讲话' }] };
    const zip = await JSZip.loadAsync(await exportDocx(draft, { highlightIssues: true }));
    const xml = await zip.file('word/document.xml')!.async('string');
    const title = /<w:p>(?:(?!<\/w:p>).)*<w:pStyle w:val="Title"\/>(?:(?!<\/w:p>).)*<\/w:p>/.exec(xml)![0];
    const runs = [...title.matchAll(/<w:r>((?:(?!<\/w:r>).)*)<\/w:r>/g)].map((m) => ({
      br: m[1].includes('<w:br/>'),
      hl: m[1].includes('<w:highlight w:val="yellow"/>'),
      text: /<w:t[^>]*>([^<]*)<\/w:t>/.exec(m[1])?.[1] ?? '',
    }));
    expect(runs.map((r) => r.text).join('')).toBe('在2024年全县党外知识分子联谊会第一届理事会第一次全体会议上的讲话');
    expect(runs.filter((r) => r.hl).map((r) => r.text)).toEqual(['2024']);
    expect(runs.filter((r) => r.br)).toHaveLength(1);
    const lines = runs.reduce<string[]>((ls, r) => (r.br ? [...ls, r.text] : [...ls.slice(0, -1), (ls[ls.length - 1] ?? '') + r.text]), []);
    expect(lines).toEqual(['在2024年全县党外知识分子联谊会', '第一届理事会第一次全体会议上的讲话']);
  });
});

describe('exportDocx title breaks the user placed', () => {
  it('keeps a Shift+Enter break in the title as a line break and writes no newline character', async () => {
    const draft = sampleDraft();
    draft.content[0] = { type: 'title', children: [{ text: '市人力资源和社会保障局\n' }, { text: '2025', check: '年份' }, { text: '年工作总结' }] };
    const zip = await JSZip.loadAsync(await exportDocx(draft, { highlightIssues: true }));
    const xml = await zip.file('word/document.xml')!.async('string');
    const title = /<w:p>(?:(?!<\/w:p>).)*<w:pStyle w:val="Title"\/>(?:(?!<\/w:p>).)*<\/w:p>/.exec(xml)![0];
    const runs = [...title.matchAll(/<w:r>((?:(?!<\/w:r>).)*)<\/w:r>/g)].map((m) => ({ br: m[1].includes('<w:br/>'), text: /<w:t[^>]*>([^<]*)<\/w:t>/.exec(m[1])?.[1] ?? '' }));
    expect(runs).toEqual([
      { br: false, text: '市人力资源和社会保障局' },
      { br: true, text: '2025' },
      { br: false, text: '年工作总结' },
    ]);
    expect(title).not.toContain('\n');
  });
});

describe.skipIf(!hasPythonDocx)('python-docx reads the export (skipped only if /usr/bin/python3 cannot import docx; .ci/run installs python3-docx)', () => {
  it('has the GB/T 9704 page, fonts, sizes, indents, grid and page-number footers', async () => {
    const draft = sampleDraft();
    const doc = readWithPythonDocx(await exportDocx(draft, { highlightIssues: true }));

    // Page: A4, margins 37/35/28/26 mm, 22-line grid.
    expect(doc.sections).toHaveLength(1);
    const s = doc.sections[0];
    expect([s.pageWidth, s.pageHeight]).toEqual([11906, 16838]);
    expect([s.top, s.bottom, s.left, s.right]).toEqual([2098, 1984, 1587, 1474]);
    expect(Math.round(((s.pageWidth - s.left - s.right) / 1440) * 25.4)).toBe(156);
    expect(Math.round(((s.pageHeight - s.top - s.bottom) / 1440) * 25.4)).toBe(225);
    expect(s.docGrid?.type).toBe('lines');
    expect(Number(s.docGrid?.linePitch)).toBe(579);
    expect(Math.floor((s.pageHeight - s.top - s.bottom) / Number(s.docGrid?.linePitch))).toBe(22);

    // Footers: PAGE field between 一字线, 宋体 14 pt; odd right / even left, one character in.
    expect(doc.oddAndEvenPages).toBe(true);
    for (const [footer, align, side] of [
      [s.oddFooter, 'RIGHT (2)', 'right'],
      [s.evenFooter, 'LEFT (0)', 'left'],
    ] as const) {
      expect(footer.fields.map((f) => f.trim())).toEqual(['PAGE']);
      expect(footer.text.replace(/\s/g, '')).toBe('——');
      const p = footer.paragraphs[0];
      expect(p.alignment).toBe(align);
      expect(p.ind[side]).toBe(280);
      for (const r of p.runs) {
        expect(r.size).toBe(14);
        expect(r.fonts).toMatchObject({ ascii: '宋体', eastAsia: '宋体', hAnsi: '宋体' });
      }
    }

    // One Word paragraph per block, in order, headings carrying their computed numbers.
    const markers = numberHeadings(draft.content);
    expect(doc.paragraphs.map((p) => p.text.replace(/\n/g, ''))).toEqual(draft.content.map((b, i) => markers[i] + inlineText(b.children)));

    const expectRuns = (p: (typeof doc.paragraphs)[0], eastAsia: string, size: number, bold: boolean | null) => {
      expect(p.runs.length).toBeGreaterThan(0);
      for (const r of p.runs) {
        expect(r.fonts.eastAsia).toBe(eastAsia);
        expect(r.fonts.ascii).toBe('Times New Roman');
        expect(r.size).toBe(size);
        if (bold !== null) expect(!!r.bold).toBe(bold);
      }
    };
    const [title, salutation, firstBody] = doc.paragraphs;
    // Title: 2号 小标宋, centred, no indent, split at a word boundary into lines ≤ 20 characters.
    expect(title.style).toBe('Title');
    expect(title.alignment).toBe('CENTER (1)');
    expect(title.firstLineIndent ?? 0).toBe(0);
    expectRuns(title, '方正小标宋简体', 22, false);
    const titleLines = title.text.split('\n');
    expect(titleLines.length).toBe(2);
    for (const l of titleLines) expect(l.length).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE);
    expect(titleLines[0].endsWith('县级')).toBe(true);
    // 称呼: flush left.
    expect(salutation.alignment).toBe('LEFT (0)');
    expect(salutation.ind.firstLineChars ?? 0).toBe(0);
    expect(salutation.firstLineIndent ?? 0).toBe(0);
    expectRuns(salutation, '仿宋_GB2312', 16, false);
    // Body: 3号 仿宋, indent two characters, exact 28.95 pt lines, tightened to 28 characters a line.
    expect(firstBody.ind.firstLineChars).toBe(200);
    expect(firstBody.firstLineIndent).toBe(640);
    expect(firstBody.lineSpacing).toBe(579);
    expect(firstBody.lineRule).toBe('EXACTLY (4)');
    expect(firstBody.widowControl).toBe(false);
    expect(firstBody.alignment).toBe('JUSTIFY (3)');
    expectRuns(firstBody, '仿宋_GB2312', 16, false);
    for (const r of firstBody.runs) expect(r.charSpacing).toBe(-5);
    expect(28 * (320 + firstBody.runs[0].charSpacing!)).toBeLessThanOrEqual(s.pageWidth - s.left - s.right);
    expect(firstBody.runs.filter((r) => r.highlight === 'yellow').map((r) => r.text)).toEqual(['【年份】', '2026']);

    // Headings: 一、黑体 （一）楷体 1.仿宋加粗 （1）仿宋, all indented two characters.
    const byText = (prefix: string) => doc.paragraphs.find((p) => p.text.startsWith(prefix))!;
    const h1 = byText('一、过去一年');
    expect(h1.style).toBe('Heading 1');
    expectRuns(h1, '黑体', 16, false);
    const h2 = byText('（一）广泛开展');
    expect(h2.style).toBe('Heading 2');
    expectRuns(h2, '楷体_GB2312', 16, false);
    const h3 = byText('1.健全竞赛机制');
    expect(h3.style).toBe('Heading 3');
    expectRuns(h3, '仿宋_GB2312', 16, true);
    const h4 = byText('（1）强化成果转化');
    expect(h4.style).toBe('Heading 4');
    expectRuns(h4, '仿宋_GB2312', 16, false);
    for (const h of [h1, h2, h3, h4]) expect(h.ind.firstLineChars).toBe(200);
    expect(byText('（二）大力推进')).toBeTruthy();
    expect(byText('二、今年工会')).toBeTruthy();
    // The 段首句 keeps its bold.
    const lead = byText('深入开展劳动竞赛。');
    expect(lead.runs[0]).toMatchObject({ text: '深入开展劳动竞赛。', bold: true });
    expect(lead.runs[1].bold).toBeFalsy();

    // Styles name the same fonts, with outline levels for Word's navigation pane.
    expect(doc.styles['Normal'].fonts.eastAsia).toBe('仿宋_GB2312');
    expect(doc.styles['Normal'].size).toBe(16);
    expect(doc.styles['Heading 1'].outlineLevel).toBe(0);
    expect(doc.styles['Heading 4'].outlineLevel).toBe(3);
    expect(doc.styles['Title'].fonts.eastAsia).toBe('方正小标宋简体');
  });

  it('names a fallback chain for every 公文 font in the font table', async () => {
    const zip = await JSZip.loadAsync(await exportDocx(sampleDraft()));
    const table = await zip.file('word/fontTable.xml')!.async('string');
    expect(table).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋,FangSong,STFangsong"\/>/);
    expect(table).toMatch(/<w:font w:name="楷体_GB2312"><w:altName w:val="楷体,KaiTi,STKaiti"\/>/);
    expect(table).toMatch(/<w:font w:name="黑体"><w:altName w:val="SimHei,STHeiti"\/>/);
    expect(table).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="方正小标宋_GBK,华文中宋,STZhongsong,宋体,SimSun"\/>/);
    expect(table).toMatch(/<w:font w:name="仿宋_GB2312">(?:(?!<\/w:font>).)*<w:charset w:val="86"\/>/);
  });

  it('has a style sheet of its own, document properties and a footer off the line grid', async () => {
    const draft = sampleDraft();
    const zip = await JSZip.loadAsync(await exportDocx(draft, { author: '县委办公室 张三', now: new Date('2027-01-15T08:00:00Z') }));
    const styles = await zip.file('word/styles.xml')!.async('string');
    const ids = [...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.sort()).toEqual(['DefaultParagraphFont', 'EndnoteReference', 'FootnoteReference', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Normal', 'Salutation', 'Title']);
    // No library leftovers: no colour but black, no italics, no theme fonts.
    expect(styles).not.toMatch(/w:color w:val="(?!000000)/);
    expect(styles).not.toMatch(/<w:i\/>|<w:i w:val="(1|true)"/);
    expect(styles).not.toContain('Theme');
    // Every style the parts use is defined.
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith('word/') && n.endsWith('.xml'))) {
      const xml = await zip.file(name)!.async('string');
      for (const m of xml.matchAll(/<w:[pr]Style w:val="([^"]+)"/g)) expect(ids, `${name} uses ${m[1]}`).toContain(m[1]);
    }
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:title>关于进一步加强和改进新时代县级党外知识分子联谊会工作的实施意见</dc:title>');
    expect(core).toContain('<dc:creator>县委办公室 张三</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>县委办公室 张三</cp:lastModifiedBy>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2027-01-15T08:00:00Z</dcterms:modified>');
    expect(core).not.toContain('Un-named');
    for (const name of ['word/footer1.xml', 'word/footer2.xml']) {
      expect(await zip.file(name)!.async('string')).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:snapToGrid w:val="0"\/><w:spacing /);
    }
  });

  it('titles a draft started from a skeleton by its filled title, an unfilled placeholder as its label', async () => {
    const draft = sampleDraft();
    draft.content[0] = { type: 'title', children: [{ text: '关于做好' }, { type: 'placeholder', label: '年份', children: [{ text: '2027' }] }, { text: '年' }, { type: 'placeholder', label: '事项', children: [{ text: '' }] }, { text: '的通知' }] };
    const zip = await JSZip.loadAsync(await exportDocx(draft));
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:title>关于做好2027年【事项】的通知</dc:title>');
    expect(core).not.toContain('<dc:creator>');
  });
});

describe.skipIf(!hasXmllint)('the export is valid against the ISO/IEC 29500 transitional schemas (xmllint; .ci/run installs libxml2-utils)', () => {
  it('validates every part of the sample, with and without highlighting, in every profile variant', async () => {
    const variants = [
      {},
      { highlightIssues: true, author: '办公室' },
      { profile: { ...GBT9704_PROFILE, pageNumbers: 'center' as const, heading3Bold: false, margins: { top: 35, bottom: 33, left: 27, right: 25 } } },
      { profile: { ...GBT9704_PROFILE, pageNumbers: 'none' as const } },
    ];
    for (const v of variants) expect(schemaErrors(await exportDocx(sampleDraft(), v))).toEqual([]);
  });

  it('catches a property out of schema order (the check can fail)', async () => {
    const zip = await JSZip.loadAsync(await exportDocx(sampleDraft()));
    const styles = await zip.file('word/styles.xml')!.async('string');
    zip.file('word/styles.xml', styles.replace('<w:widowControl w:val="0"/><w:snapToGrid w:val="0"/>', '<w:snapToGrid w:val="0"/><w:widowControl w:val="0"/>'));
    const broken = schemaErrors(await zip.generateAsync({ type: 'uint8array' }));
    expect(broken.map((p) => p.name)).toEqual(['word/styles.xml']);
    expect(broken[0].errors.join('\n')).toContain('widowControl');
  });
});

describe.skipIf(!hasSoffice)('LibreOffice renders the export (skipped only if soffice or poppler-utils are missing; .ci/run installs them)', () => {
  it('lays out a 公文: A4, 22 lines of 28 characters, all text, page numbers on alternating sides', async () => {
    const draft = sampleDraft();
    const r = renderWithLibreOffice(await exportDocx(draft, { highlightIssues: true }), 'gongwen-sample');
    expect(r.pageSize).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);

    // Every block's text is in the PDF, in order. Page numbers cut through text at page breaks, and
    // LibreOffice hangs a line-final comma into the margin where pdftotext may drop it, so compare
    // the characters other than punctuation.
    const bare = (s: string) => squash(s).replace(/[，。、；：！？]/g, '');
    const all = bare(squash(r.text).replace(/—\d+—/g, ''));
    const markers = numberHeadings(draft.content);
    let from = 0;
    for (const [i, b] of draft.content.entries()) {
      const want = bare(markers[i] + inlineText(b.children));
      const at = all.indexOf(want, from);
      expect(at, `block ${i} "${want.slice(0, 20)}…"`).toBeGreaterThanOrEqual(from);
      from = at + want.length;
    }

    // Expected page count from the grid: the title's lines + one blank line, then each block takes
    // ceil((indent + characters) / 28) lines, 22 lines a page.
    const titleLines = 2 + 1;
    const lines = draft.content.slice(1).reduce((n, b, k) => {
      const chars = [...(markers[k + 1] + inlineText(b.children))].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1), 0);
      return n + Math.ceil((chars + (b.type === 'salutation' ? 0 : 2)) / 28);
    }, titleLines);
    const expectedPages = Math.ceil(lines / 22);
    expect(r.pages).toBeGreaterThanOrEqual(2);
    expect(Math.abs(r.pages - expectedPages)).toBeLessThanOrEqual(1);

    const pt = (twips: number) => twips / 20;
    // A full page holds 22 lines of 28 characters (page 2 is all body text).
    const rows = new Map<number, string>();
    for (const w of r.words.filter((w) => w.page === 2 && w.yMax < pt(PAGE.height - PAGE.bottom) + 2)) {
      const y = Math.round(w.yMin);
      rows.set(y, (rows.get(y) ?? '') + w.text);
    }
    expect(rows.size).toBe(22);
    const lengths = [...rows.values()].map((t) => [...t].length);
    expect(lengths.filter((n) => n === 28).length).toBeGreaterThanOrEqual(10);
    // 28 plus at most a punctuation mark hung into the margin.
    expect(Math.max(...lengths)).toBeLessThanOrEqual(29);

    // Page numbers: — n — on every page, odd ones one character in from the right edge of the
    // 版心, even ones one character in from the left.
    const textLeft = pt(PAGE.left);
    const textRight = pt(PAGE.width - PAGE.right);
    for (let page = 1; page <= r.pages; page++) {
      const words = r.words.filter((w) => w.page === page);
      const num = words.filter((w) => w.text.includes(String(page)) && w.yMin > pt(PAGE.height - PAGE.bottom));
      expect(num.length, `page number on page ${page}`).toBeGreaterThan(0);
      const line = words.filter((w) => Math.abs(w.yMin - num[0].yMin) < 3);
      const left = Math.min(...line.map((w) => w.xMin));
      const right = Math.max(...line.map((w) => w.xMax));
      expect(line.map((w) => w.text).join('').replace(/\s/g, '')).toBe(`—${page}—`);
      if (page % 2) expect(Math.abs(textRight - 14 - right)).toBeLessThan(4);
      else expect(Math.abs(left - (textLeft + 14))).toBeLessThan(4);
      // 一字线上距版心下边缘 7 mm: the dashes sit mid-line, so the line's centre is ~7 mm below the 版心.
      const below = ((num[0].yMin + num[0].yMax) / 2 - pt(PAGE.height - PAGE.bottom)) * MM_PER_PT;
      expect(Math.abs(below - 7)).toBeLessThan(1.5);
    }

    // Body text starts at the top margin and the left margin; indented lines start two characters in.
    const p1 = r.words.filter((w) => w.page === 1);
    expect(Math.min(...p1.map((w) => w.yMin)) * MM_PER_PT).toBeGreaterThan(35);
    expect(Math.min(...p1.map((w) => w.yMin)) * MM_PER_PT).toBeLessThan(45);
    const body = r.words.find((w) => w.page === 1 && w.text.startsWith('这次全委会议'))!;
    expect(Math.abs(body.xMin - (textLeft + 32))).toBeLessThan(3);
    const sal = r.words.find((w) => w.page === 1 && w.text.startsWith('各位委员'))!;
    expect(Math.abs(sal.xMin - textLeft)).toBeLessThan(3);
    // Title centred on the 版心.
    const titleWord = r.words.find((w) => w.page === 1 && w.text.startsWith('关于'))!;
    const titleLine = p1.filter((w) => Math.abs(w.yMin - titleWord.yMin) < 3);
    const mid = (Math.min(...titleLine.map((w) => w.xMin)) + Math.max(...titleLine.map((w) => w.xMax))) / 2;
    expect(Math.abs(mid - (textLeft + textRight) / 2)).toBeLessThan(6);

    expect(existsSync(r.pngPath)).toBe(true);
  });
});

describe.skipIf(!hasSoffice)('LibreOffice renders a unit profile (skipped only if soffice or poppler-utils are missing)', () => {
  it('keeps its margins, whole lines, centred page numbers 7 mm under the 版心, and the title lines as split', async () => {
    const profile: FormatProfile = { ...GBT9704_PROFILE, name: '某县办细则', margins: { top: 35, bottom: 33, left: 27, right: 25 }, pageNumbers: 'center' };
    const l = layoutOf(profile);
    const draft = sampleDraft();
    draft.content[0] = { type: 'title', children: [{ text: '市人力资源和社会保障局2025年工作总结和2026年工作安排' }] };
    const r = renderWithLibreOffice(await exportDocx(draft, { profile }), 'unit-profile');
    const pt = (twips: number) => twips / 20;
    const bottomOfText = pt(l.height - l.bottom);
    // Every full page has 22 rows, the first one at the top margin (glyph tops sit ~2 mm under the line top).
    const rowsOf = (page: number) => {
      const rows = new Map<number, string>();
      for (const w of r.words.filter((w) => w.page === page && w.yMax < bottomOfText + 2)) rows.set(Math.round(w.yMin), (rows.get(Math.round(w.yMin)) ?? '') + w.text);
      return rows;
    };
    const full = rowsOf(2);
    expect(full.size).toBe(22);
    const firstTop = Math.min(...full.keys()) * MM_PER_PT;
    expect(firstTop - 35).toBeGreaterThan(0);
    expect(firstTop - 35).toBeLessThan(4);
    // The left edge of 称呼 is the left margin.
    const sal = r.words.find((w) => w.page === 1 && w.text.startsWith('各位委员'))!;
    expect(Math.abs(sal.xMin * MM_PER_PT - 27)).toBeLessThan(1);
    // The title's two lines are the ones splitTitle chose: the issuing body alone on the first.
    const p1 = rowsOf(1);
    const titleRows = [...p1.entries()].sort((a, b) => a[0] - b[0]).slice(0, 2).map(([, t]) => t);
    expect(titleRows).toEqual(['市人力资源和社会保障局', '2025年工作总结和2026年工作安排']);
    // Page numbers: centred under the 版心 on every page, their middle 7 mm below it.
    const centre = pt(l.left + l.textWidth / 2);
    for (let page = 1; page <= r.pages; page++) {
      const num = r.words.filter((w) => w.page === page && w.yMin > bottomOfText && w.text.includes(String(page)));
      expect(num.length, `page number on page ${page}`).toBeGreaterThan(0);
      const line = r.words.filter((w) => w.page === page && Math.abs(w.yMin - num[0].yMin) < 3);
      const mid = (Math.min(...line.map((w) => w.xMin)) + Math.max(...line.map((w) => w.xMax))) / 2;
      expect(Math.abs(mid - centre) * MM_PER_PT).toBeLessThan(1.5);
      const below = ((num[0].yMin + num[0].yMax) / 2 - bottomOfText) * MM_PER_PT;
      expect(Math.abs(below - 7)).toBeLessThan(1.5);
    }
  });
});
