/**
 * .docx → draft: our own exports (round trip), a Word document with automatic multi-level
 * numbering, one numbered by hand without styles, and the files that must be refused.
 */
import { AlignmentType, Document, HeadingLevel as DocxHeading, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Draft, inlineText, numberHeadings } from '../draft/model';
import { exportDocx } from './export-docx';
import { longReport } from './fixtures/seed-draft';
import { hasPythonDocx, hasSoffice, PYTHON } from './fixtures/readers';
import { plainDocx, p } from './fixtures/plain-docx';
import { sampleDraft } from './fixtures/sample-draft';
import { importDocx } from './import-docx';
import { docxToText } from '../corpus/import';
import { readDocument } from './ooxml-read';
import { ERRORS, LIMITS } from './zip-guard';

const seedText = readFileSync(new URL('../../../assets/seed-reports.txt', import.meta.url), 'utf8');

/** What "same structure and text" means: block kinds, heading levels and plain text, in order. */
const shape = (d: Draft) => d.content.map((b) => [b.type, b.type === 'heading' ? b.level : 0, inlineText(b.children)] as const);

async function imported(bytes: Uint8Array) {
  const r = await importDocx(bytes);
  if (!r.ok) throw new Error(`import failed: ${r.error}`);
  return r;
}

describe('round trip', () => {
  it('export → import gives back the draft: title, 称呼, heading levels, paragraphs, bold, placeholders', async () => {
    const draft = sampleDraft();
    const r = await imported(await exportDocx(draft, { highlightIssues: true }));
    expect(r.warnings).toEqual([]);
    expect(shape(r.draft)).toEqual(shape(draft));
    // The unfilled placeholder comes back as a placeholder; the 段首句 stays bold.
    const first = r.draft.content[2];
    expect(first.children.find((n) => 'type' in n)).toEqual({ type: 'placeholder', label: '年份', children: [{ text: '' }] });
    const lead = r.draft.content.find((b) => inlineText(b.children).startsWith('深入开展劳动竞赛'))!;
    expect(lead.children[0]).toEqual({ text: '深入开展劳动竞赛。', bold: true });
    expect(lead.children.slice(1).some((n) => 'bold' in n && n.bold)).toBe(false);
  });

  it('export → import → export writes the same paragraphs, styles and text', async () => {
    const first = await exportDocx(sampleDraft());
    const again = await exportDocx((await imported(first)).draft);
    const paragraphs = async (bytes: Uint8Array) => {
      const zip = await JSZip.loadAsync(bytes);
      const doc = readDocument(await zip.file('word/document.xml')!.async('string'), await zip.file('word/styles.xml')!.async('string'), null);
      // Bold per character, so the same formatting split into runs differently still compares equal.
      return doc.paragraphs.map((p) => [p.styleName, p.lines.map((l) => l.map((r) => r.text).join('')).join('\n'), p.lines.flat().map((r) => (r.bold ? 'B' : '-').repeat(r.text.length)).join('')]);
    };
    expect(await paragraphs(again)).toEqual(await paragraphs(first));
  });

  it("keeps a title break the user placed and drops the ones the exporter chose, so export → import → export is stable", async () => {
    const titleOf = (d: Draft) => inlineText(d.content[0].children);
    // Automatic breaks: the imported title has none and re-exports with the same lines.
    const auto = sampleDraft();
    const back = (await imported(await exportDocx(auto))).draft;
    expect(titleOf(back)).toBe(titleOf(auto));
    // A break the user placed where the exporter would not: kept through any number of round trips.
    const placed = sampleDraft();
    placed.content[0] = { type: 'title', children: [{ text: '关于进一步加强和改进新时代\n县级党外知识分子联谊会工作的实施意见' }] };
    const once = await exportDocx(placed);
    const again = (await imported(once)).draft;
    expect(titleOf(again)).toBe('关于进一步加强和改进新时代\n县级党外知识分子联谊会工作的实施意见');
    const twice = await exportDocx(again);
    const titleXml = async (b: Uint8Array) => /<w:p>(?:(?!<\/w:p>).)*<w:pStyle w:val="Title"\/>(?:(?!<\/w:p>).)*<\/w:p>/.exec(await (await JSZip.loadAsync(b)).file('word/document.xml')!.async('string'))![0];
    expect(await titleXml(twice)).toBe(await titleXml(once));
  });

  it('keeps a 40,000-character report built from the seed corpus intact', async () => {
    const draft = longReport(seedText, 40_000);
    const r = await imported(await exportDocx(draft));
    expect(shape(r.draft)).toEqual(shape(draft));
  });
});

describe('Word documents', () => {
  it('reads levels from automatic multi-level numbering (一、 （一） 1. （1）) and a centred title', async () => {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'gongwen',
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING_THOUSAND, text: '%1、', alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
              { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
              { level: 3, format: LevelFormat.DECIMAL, text: '（%4）', alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '2025年度工作总结', size: 44 })] }),
            new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '（2025年12月30日）', size: 32 })] }),
            new Paragraph({ children: [new TextRun('同志们：')] }),
            new Paragraph({ children: [new TextRun('　　一年来，我们坚持稳中求进工作总基调。')] }),
            new Paragraph({ heading: DocxHeading.HEADING_1, numbering: { reference: 'gongwen', level: 0 }, children: [new TextRun('主要工作成效')] }),
            new Paragraph({ numbering: { reference: 'gongwen', level: 1 }, children: [new TextRun('经济运行稳中向好')] }),
            new Paragraph({ children: [new TextRun({ text: '主要指标好于预期。', bold: true }), new TextRun('地区生产总值增长百分之五点二。')] }),
            new Paragraph({ numbering: { reference: 'gongwen', level: 2 }, children: [new TextRun('工业生产')] }),
            new Paragraph({ numbering: { reference: 'gongwen', level: 3 }, children: [new TextRun('规模以上工业')] }),
            new Paragraph({ numbering: { reference: 'gongwen', level: 1 }, children: [new TextRun('民生保障有力有效')] }),
            new Paragraph({ heading: DocxHeading.HEADING_1, numbering: { reference: 'gongwen', level: 0 }, children: [new TextRun('明年工作安排')] }),
            new Paragraph({ children: [new TextRun('全力以赴抓好各项工作落实。')] }),
          ],
        },
      ],
    });
    const r = await imported(new Uint8Array(await Packer.toArrayBuffer(doc)));
    expect(shape(r.draft)).toEqual([
      ['title', 0, '2025年度工作总结'],
      // A centred date line under the title is its byline (GB/T 9704 讲话稿 layout), not body text.
      ['byline', 0, '（2025年12月30日）'],
      ['salutation', 0, '同志们：'],
      ['paragraph', 0, '一年来，我们坚持稳中求进工作总基调。'],
      ['heading', 1, '主要工作成效'],
      ['heading', 2, '经济运行稳中向好'],
      ['paragraph', 0, '主要指标好于预期。地区生产总值增长百分之五点二。'],
      ['heading', 3, '工业生产'],
      ['heading', 4, '规模以上工业'],
      ['heading', 2, '民生保障有力有效'],
      ['heading', 1, '明年工作安排'],
      ['paragraph', 0, '全力以赴抓好各项工作落实。'],
    ]);
    expect(r.draft.content[6].children[0]).toEqual({ text: '主要指标好于预期。', bold: true });
  });

  it('reads hand-typed markers without styles, keeps run-in headings run-in, drops deleted text, flattens tables', async () => {
    const body = [
      p('关于开展安全生产大检查的', '<w:jc w:val="center"/>'),
      `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="44"/></w:rPr><w:t>通知</w:t></w:r></w:p>`,
      p('各乡镇、各部门：'),
      p('　　为切实做好安全生产工作，现就有关事项通知如下。'),
      p('　　一、检查范围'),
      p('　　（一）重点行业'),
      p('1.加强组织领导。各单位要成立由主要负责同志任组长的领导小组，明确责任分工，确保检查工作有序开展。'),
      p('(1)危险化学品'),
      p('　　2024年全市共检查企业1.5万家，发现隐患3200处。'),
      `<w:p><w:r><w:t>整改率达到</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>百分之九十</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>百分之九十八</w:t></w:r></w:ins><w:r><w:t>。</w:t></w:r></w:p>`,
      `<w:tbl><w:tr><w:tc>${p('表内文字')}</w:tc></w:tr></w:tbl>`,
      p('二、工作要求'),
    ].join('');
    const r = await imported(await plainDocx(body));
    expect(shape(r.draft)).toEqual([
      // A title typed as two paragraphs is one title; where its author broke it is kept (the export keeps it too).
      ['title', 0, '关于开展安全生产大检查的\n通知'],
      ['salutation', 0, '各乡镇、各部门：'],
      ['paragraph', 0, '为切实做好安全生产工作，现就有关事项通知如下。'],
      ['heading', 1, '检查范围'],
      ['heading', 2, '重点行业'],
      // A run-in heading stays one block (heading part up to the 。, the body on the same line).
      ['heading', 3, '加强组织领导。各单位要成立由主要负责同志任组长的领导小组，明确责任分工，确保检查工作有序开展。'],
      ['heading', 4, '危险化学品'],
      ['paragraph', 0, '2024年全市共检查企业1.5万家，发现隐患3200处。'],
      ['paragraph', 0, '整改率达到百分之九十八。'],
      ['paragraph', 0, '表内文字'],
      ['heading', 1, '工作要求'],
    ]);
    expect(r.draft.content.find((b) => b.type === 'heading' && b.level === 3)).toMatchObject({ runIn: true });
    expect(r.warnings.join('\n')).toMatch(/1 个表格/);
    expect(r.warnings.join('\n')).toMatch(/修订/);
  });

  it('keeps a web page\'s furniture above the title as it was, takes the title after it, and says so', async () => {
    const body = ['下载', '打印', '【字号 大 中 小】', '来源：某某市人民政府网', '2025年某某市政府工作报告', '各位代表：', '现在，我代表市人民政府，向大会报告工作。'].map((l) => p(l)).join('');
    const r = await imported(await plainDocx(body));
    expect(shape(r.draft)).toEqual([
      ['paragraph', 0, '下载'],
      ['paragraph', 0, '打印'],
      ['paragraph', 0, '【字号 大 中 小】'],
      ['paragraph', 0, '来源：某某市人民政府网'],
      ['title', 0, '2025年某某市政府工作报告'],
      ['salutation', 0, '各位代表：'],
      ['paragraph', 0, '现在，我代表市人民政府，向大会报告工作。'],
    ]);
    expect(r.warnings).toContain('开头 4 行像是网页上的按钮或来源信息（如“下载”），不是正文，已照原样保留在标题之前，可删除。');
    // Kept as plain text: the page's 【字号 大 中 小】 is not a placeholder left to fill in.
    expect(r.draft.content[2].children).toEqual([{ text: '【字号 大 中 小】' }]);
    // The archive reads the same file without the note (it drops such lines itself, and counts them).
    const t = await docxToText(await plainDocx(body));
    expect(t.ok && t.warnings).toEqual([]);
  });

  it("keeps the author's numbers where a list restarts after a lead-in paragraph or runs on across parts, and through an export", async () => {
    const body = [
      p('某某工作方案'),
      p('一、总体要求'),
      p('1.第一项'),
      p('2.第二项'),
      p('为此，要抓好以下工作：'),
      p('1.重点一'),
      p('2.重点二'),
      p('二、主要任务'),
      p('（一）扩大内需'),
      p('（二）稳定就业'),
      p('三、保障措施'),
      p('（三）加强领导'),
    ].join('');
    const want = ['一、', '1.', '2.', '', '1.', '2.', '二、', '（一）', '（二）', '三、', '（三）'];
    const r = await imported(await plainDocx(body));
    expect(numberHeadings(r.draft.content).slice(1)).toEqual(want);
    const again = await imported(await exportDocx(r.draft));
    expect(numberHeadings(again.draft.content).slice(1)).toEqual(want);
  });
});

/** Converts our export with LibreOffice to another format (another program's writer). */
function convertWithLibreOffice(bytes: Uint8Array, filter: string, ext: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'lo-conv-'));
  const profile = mkdtempSync(join(tmpdir(), 'lo-'));
  try {
    writeFileSync(join(dir, 'in.docx'), bytes);
    spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', join(dir, 'out'), join(dir, 'in.docx')], { timeout: 110_000, env: { ...process.env, HOME: profile } });
    return new Uint8Array(readFileSync(join(dir, 'out', `in.${ext}`)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

describe('Strict Open XML', () => {
  it('reads a document saved in the ISO 29500 Strict namespace', async () => {
    const zip = await JSZip.loadAsync(await exportDocx(sampleDraft()));
    for (const part of ['word/document.xml', 'word/styles.xml']) {
      const xml = await zip.file(part)!.async('string');
      zip.file(part, xml.replace('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'));
    }
    const r = await imported(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(shape(r.draft)).toEqual(shape(sampleDraft()));
  });
});

/** Our export of the sample draft with its document.xml replaced by `xml`. */
async function withDocumentXml(xml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await exportDocx(sampleDraft()));
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const body = (prefix: string, paras: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${prefix}:document xmlns:${prefix}="${W_NS}"><${prefix}:body>${paras
    .map((t) => `<${prefix}:p><${prefix}:r><${prefix}:t xml:space="preserve">${t}</${prefix}:t></${prefix}:r></${prefix}:p>`)
    .join('')}</${prefix}:body></${prefix}:document>`;

describe('the XML of a part', () => {
  it('is read by namespace, not by prefix: WordprocessingML bound to ns0 reads as with w', async () => {
    const paras = ['关于做好安全生产工作的通知', '各乡镇：', '现将有关事项通知如下。'];
    const a = await imported(await withDocumentXml(body('w', paras)));
    const b = await imported(await withDocumentXml(body('ns0', paras)));
    expect(shape(b.draft)).toEqual(shape(a.draft));
    expect(shape(b.draft).map((x) => x[2])).toEqual(paras);
  });

  it('decodes character references, predefined entities and CDATA', async () => {
    const r = await imported(await withDocumentXml(body('w', ['标题', '&#x4E00;是&lt;要&gt;&amp;&quot;两手抓&quot;，<![CDATA[二是<抓落实>]]>。'])));
    expect(shape(r.draft).map((x) => x[2])).toContain('一是<要>&"两手抓"，二是<抓落实>。');
  });

  it('refuses a part that is not well-formed, or that declares entities, as a damaged file (nothing expanded)', async () => {
    expect(await importDocx(await withDocumentXml(body('w', ['标题', '正文']).replace('</w:body>', '')))).toEqual({ ok: false, error: ERRORS.corrupt });
    const laughs = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${body('w', ['标题', '&b;&b;&b;']).replace(/^<\?xml[^>]*\?>/, '')}`;
    expect(await importDocx(await withDocumentXml(laughs))).toEqual({ ok: false, error: ERRORS.corrupt });
  });
});

describe('plain documents', () => {
  it('takes a short unstyled first line as the title, not a first sentence', async () => {
    const docx = async (lines: string[]) =>
      new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children: lines.map((t) => new Paragraph({ children: [new TextRun(t)] })) }] })));
    const a = await imported(await docx(['关于做好2025年元旦春节期间有关工作的通知', '各乡镇：', '现将有关事项通知如下。']));
    expect(shape(a.draft).map((b) => b[0])).toEqual(['title', 'salutation', 'paragraph']);
    const b = await imported(await docx(['今年以来，全县上下认真贯彻落实各项决策部署。', '一、主要成效']));
    expect(shape(b.draft)).toEqual([
      ['title', 0, ''],
      ['paragraph', 0, '今年以来，全县上下认真贯彻落实各项决策部署。'],
      ['heading', 1, '主要成效'],
    ]);
    expect(b.warnings).toContain('没有识别出文稿标题，请在第一行补上标题。');
    const c = await imported(await docx(['关于开展节前安全检查的通知', '现将有关事项通知如下：', '一、检查时间']));
    expect(shape(c.draft).map((x) => x[0])).toEqual(['title', 'paragraph', 'heading']);
  });

  it('reads an item number typed before the title (a piece taken from a compilation) as a .txt is read: the title', async () => {
    const docx = async (lines: string[]) =>
      new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children: lines.map((t) => new Paragraph({ children: [new TextRun(t)] })) }] })));
    const body = '2019年上半年，本人担任阳明中学党总支委员，分管学校后勤、财务、工会等工作。现将有关情况汇报如下：';
    const a = await imported(await docx(['3.俞奇弘（党委委员、副校长）', body, '一、自觉提高理论修养']));
    expect(shape(a.draft)).toEqual([
      ['title', 0, '俞奇弘（党委委员、副校长）'],
      ['paragraph', 0, body],
      ['heading', 1, '自觉提高理论修养'],
    ]);
    // A first heading numbered 1, or one with a heading under it, is a heading.
    const b = await imported(await docx(['1.加强组织领导', body]));
    expect(shape(b.draft)[1]).toEqual(['heading', 3, '加强组织领导']);
    const c = await imported(await docx(['三、主要任务', '（一）加强组织领导', body]));
    expect(shape(c.draft).slice(1, 3)).toEqual([
      ['heading', 1, '主要任务'],
      ['heading', 2, '加强组织领导'],
    ]);
  });

  it('warns about Word list numbering that is not a heading level', async () => {
    const doc = new Document({
      numbering: { config: [{ reference: 'list', levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)', alignment: AlignmentType.LEFT }] }] },
      sections: [
        {
          children: [
            new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('工作方案')] }),
            new Paragraph({ numbering: { reference: 'list', level: 0 }, children: [new TextRun('第一项工作')] }),
            new Paragraph({ numbering: { reference: 'list', level: 0 }, children: [new TextRun('第二项工作')] }),
          ],
        },
      ],
    });
    const r = await imported(new Uint8Array(await Packer.toArrayBuffer(doc)));
    expect(shape(r.draft)).toEqual([
      ['title', 0, '工作方案'],
      ['paragraph', 0, '第一项工作'],
      ['paragraph', 0, '第二项工作'],
    ]);
    expect(r.warnings).toContain('有 2 段使用了 Word 自动编号但不是公文标题层次，导入后这些段落没有编号，请核对。');
  });
});

describe.skipIf(!hasPythonDocx)('a document written with Word\'s own template (python-docx; skipped only without it)', () => {
  it('reads Title, Heading 1/2 with typed markers and List Number numbering at the right levels', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyw-'));
    try {
      const out = join(dir, 'word.docx');
      const r = spawnSync(PYTHON, [fileURLToPath(new URL('./fixtures/write_word_style.py', import.meta.url)), out], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const doc = await imported(new Uint8Array(readFileSync(out)));
      expect(shape(doc.draft)).toEqual([
        ['title', 0, '关于加强基层工会建设的意见'],
        ['salutation', 0, '各基层工会：'],
        ['paragraph', 0, '为进一步加强基层工会建设，提出如下意见。'],
        ['heading', 1, '总体要求'],
        ['paragraph', 0, '坚持以职工为中心的工作导向。'],
        ['heading', 2, '基本原则'],
        ['heading', 3, '突出重点，分类指导'],
        ['heading', 3, '因地制宜，务求实效'],
        ['heading', 1, '主要任务'],
        ['paragraph', 0, '健全组织体系。推动基层工会规范化建设。'],
      ]);
      expect(doc.draft.content[9].children[0]).toEqual({ text: '健全组织体系。', bold: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!hasSoffice)('files written by another program (LibreOffice; skipped only without soffice)', () => {
  it('a .docx re-saved by LibreOffice imports with the same structure and text', async () => {
    const resaved = convertWithLibreOffice(await exportDocx(sampleDraft()), 'docx:MS Word 2007 XML', 'docx');
    const r = await imported(resaved);
    expect(shape(r.draft)).toEqual(shape(sampleDraft()));
  });

  it('a real Word 97-2003 .doc and a real PDF are refused with their messages', async () => {
    const bytes = await exportDocx(sampleDraft());
    const doc = convertWithLibreOffice(bytes, 'doc:MS Word 97', 'doc');
    expect(await importDocx(doc)).toEqual({ ok: false, error: ERRORS.ole });
    const pdf = convertWithLibreOffice(bytes, 'pdf', 'pdf');
    expect(await importDocx(pdf)).toEqual({ ok: false, error: ERRORS.notZip });
  });
});

describe('files that must be refused with a Chinese message', () => {
  const expectError = async (bytes: Uint8Array, error: string) => {
    const r = await importDocx(bytes);
    expect(r).toEqual({ ok: false, error });
    expect(error).toMatch(/[\u4e00-\u9fff]/);
  };

  it('zero-byte file', () => expectError(new Uint8Array(0), ERRORS.empty));

  it('encrypted Word file / legacy .doc (OLE compound file)', async () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expectError(bytes, ERRORS.ole);
  });

  it('not a zip: a PDF and a text file renamed to .docx', async () => {
    await expectError(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), ERRORS.notZip);
    await expectError(new TextEncoder().encode('关于开展安全生产大检查的通知'), ERRORS.notZip);
  });

  it('truncated download and damaged compressed data', async () => {
    const good = await exportDocx(sampleDraft());
    await expectError(good.slice(0, Math.floor(good.length / 2)), ERRORS.corrupt);
    // Flip bytes inside word/document.xml's compressed data (the local header is left alone).
    const zip = await JSZip.loadAsync(good);
    const docOffset = findLocalHeader(good, 'word/document.xml');
    const damaged = good.slice();
    for (let i = docOffset + 200; i < docOffset + 400; i++) damaged[i] ^= 0x5a;
    expect(zip.file('word/document.xml')).toBeTruthy();
    await expectError(damaged, ERRORS.corrupt);
  });

  it('a zip that is not a Word document', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', '不是文档');
    await expectError(await zip.generateAsync({ type: 'uint8array' }), ERRORS.notWord);
  });

  it('over-large file', async () => {
    const bytes = new Uint8Array(LIMITS.maxFileBytes + 1);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    const r = await importDocx(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/文件过大（50\.0 MB），超过了 50 MB 的导入上限/);
  });

  it('zip bomb: refused from the declared sizes before anything is inflated', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document>' + ' '.repeat(20 * 1024 * 1024) + '</w:document>');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    // 20 MB that deflates to ~20 KB: a ratio no real document has.
    expect(bytes.length).toBeLessThan(LIMITS.maxFileBytes / 50);
    await expectError(bytes, ERRORS.bomb);
    // Nothing was inflated: with its deflated data made garbage (which inflating would call damaged), the
    // file is still refused as a bomb, from the declared sizes alone.
    bytes.fill(0xff, findLocalHeader(bytes, 'word/document.xml'), findLocalHeader(bytes, 'word/document.xml') + 1000);
    await expectError(bytes, ERRORS.bomb);
  });

  it('zip bomb that lies about its size: inflation stops at the cap', async () => {
    // Declares 10 KB uncompressed in both headers but inflates to 160 MB.
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', ' '.repeat(LIMITS.maxEntryUncompressed + 10 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
    patchDeclaredSize(bytes, 'word/document.xml', 10 * 1024);
    await expectError(bytes, ERRORS.bomb);
  });
});

function findLocalHeader(bytes: Uint8Array, name: string): number {
  const enc = new TextEncoder().encode(name);
  for (let i = 0; i + 30 < bytes.length; i++) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 3 && bytes[i + 3] === 4) {
      const len = bytes[i + 26] | (bytes[i + 27] << 8);
      if (len === enc.length && enc.every((c, k) => bytes[i + 30 + k] === c)) return i + 30 + len;
    }
  }
  throw new Error(`${name} not found`);
}

/** Rewrites an entry's uncompressed size in its local header and central directory record. */
function patchDeclaredSize(bytes: Uint8Array, name: string, size: number) {
  const enc = new TextEncoder().encode(name);
  const put = (at: number) => {
    bytes[at] = size & 0xff;
    bytes[at + 1] = (size >> 8) & 0xff;
    bytes[at + 2] = (size >> 16) & 0xff;
    bytes[at + 3] = (size >>> 24) & 0xff;
  };
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b) continue;
    if (bytes[i + 2] === 3 && bytes[i + 3] === 4) {
      const len = bytes[i + 26] | (bytes[i + 27] << 8);
      if (len === enc.length && enc.every((c, k) => bytes[i + 30 + k] === c)) put(i + 22);
    } else if (bytes[i + 2] === 1 && bytes[i + 3] === 2) {
      const len = bytes[i + 28] | (bytes[i + 29] << 8);
      if (len === enc.length && enc.every((c, k) => bytes[i + 46 + k] === c)) put(i + 24);
    }
  }
}
