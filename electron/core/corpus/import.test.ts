import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { SectionNode } from './types';
import { importFiles, splitDocuments } from './import';
import { DRAFT_WARNINGS, importDocx } from '../docx/import-docx';
import { importPaths, readInputFiles } from '../../services/corpus-files';

const fxPath = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const fx = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(fxPath(name))) });
const outline = (secs: SectionNode[]): unknown[] => secs.map((s) => [s.marker + s.heading, s.role ?? null, outline(s.children.filter((c): c is SectionNode => c.kind === 'section'))]);

async function makeDocx(paragraphs: Paragraph[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: paragraphs }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('importFiles', () => {
  it('gives the same structure for UTF-8, GBK and UTF-16 copies of one file', async () => {
    const names = ['mini-plan.utf8.txt', 'mini-plan.gbk.txt', 'mini-plan.utf16le-bom.txt', 'mini-plan.utf16le-nobom.txt', 'mini-plan.utf16be-nobom.txt'];
    const corpus = await importFiles(names.map(fx));
    expect(corpus.issues).toEqual([]);
    expect(corpus.documents).toHaveLength(5);
    const first = corpus.documents[0];
    expect(first.declaredTitle).toBe('关于开展青年文明号创建活动的实施方案');
    expect(first.genre).toBe('plan');
    expect(outline(first.sections)).toEqual([
      ['一、指导思想', 'requirements', []],
      ['二、主要任务', 'tasks', [['（一）加强思想引领', null, []], ['（二）强化岗位建功', null, [['1.开展技能比武', null, []], ['2.推进创新创效', null, [['（1）建立青年创新工作室', null, []]]]]]]],
      ['三、时间安排和方法步骤', 'steps', [['（一）动员部署阶段（3月1日至15日）', null, []], ['（二）总结提高阶段（6月1日至30日）', null, []]]],
      ['四、组织领导', 'organization', []],
    ]);
    for (const d of corpus.documents.slice(1)) expect(d.sections).toEqual(first.sections);
    // Mixed punctuation: display text keeps the original, analysis text is normalised.
    const runIn = (first.sections[1].children[0] as SectionNode).runIn;
    expect(runIn).toBe('组织青年职工开展学习活动，全年不少于12次！');
    const org = first.sections[3].children[0] as any;
    expect(org.text).toContain('一是明确责任分工;二是');
    expect(org.normalized).toContain('一是明确责任分工；二是');
    expect(org.enumerations).toEqual(['明确责任分工', '强化督促检查', '做好宣传引导']);
  });

  it('warns of a cut-off ending, not of a document that ends on its signature and date, an attachment or a heading', async () => {
    const body = ['寒假社会实践活动方案', '一、活动内容', '每班组织一次志愿服务活动，每人服务不少于4小时。', '二、工作要求', '各班要高度重视，确保活动安全有序开展。'];
    const file = (name: string, lines: string[]) => ({ name, bytes: new TextEncoder().encode(lines.join('\n')) });
    const corpus = await importFiles([
      file('签署.txt', [...body, '校团委 2021年1月17日']),
      file('截断.txt', [...body, '各班在开学后一周内将活动照片和']),
      file('截断2.txt', [...body, '各班要在开学后一周内，将活动照片和']),
      // As real documents end (none of them cut off): the issuer alone, a signer with their post, attachments'
      // names, a last numbered point kept as a heading (without its full stop).
      file('国务院.txt', [...body, '国务院']),
      file('职务.txt', [...body, '总经理：王敏敏']),
      file('附件.txt', [...body, '附2：', '（1）领导班子民主测评、个别谈话评价要点', '（2）领导干部民主测评、个别谈话评价要点']),
      file('附.txt', [...body, '附：《2021年度廉洁风险防控清单》']),
      file('标题.txt', [...body, '三、考核结果运用', '（三）年度考核结果与绩效考核、职称评聘等挂钩。']),
    ]);
    expect(corpus.issues.map((i) => [i.file, i.message])).toEqual([
      ['截断.txt', expect.stringMatching(/^末尾不完整/)],
      ['截断2.txt', expect.stringMatching(/^末尾不完整/)],
    ]);
  });

  it('reads Markdown: title from #, headings from ## or bold, half-width colon salutation', async () => {
    const corpus = await importFiles([fx('mixed-punct.md')]);
    const d = corpus.documents[0];
    expect(d.declaredTitle).toBe('在全区工会工作会议上的讲话');
    expect(d.salutation).toBe('同志们:');
    expect(d.genre).toBe('speech');
    expect(d.sections.map((s) => s.heading)).toEqual(['提高认识，增强做好工作的责任感', '突出重点，推动各项工作落地见效']);
    expect(d.closing[0].normalized).toBe('同志们，让我们团结一心，奋力谱写新篇章！');
  });

  it('imports a real .docx made here: typed markers, heading styles without markers, run-in heading', async () => {
    const bytes = await makeDocx([
      new Paragraph({ text: '关于加强职工技能培训的实施方案', heading: HeadingLevel.TITLE }),
      new Paragraph({ children: [new TextRun('为提升职工技能水平，特制定本方案。')] }),
      new Paragraph({ text: '指导思想', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ children: [new TextRun('以服务职工为中心，围绕中心、服务大局。')] }),
      new Paragraph({ text: '主要任务', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: '完善培训体系', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ children: [new TextRun({ text: '健全培训网络。', bold: true }), new TextRun('建立市、县两级培训基地20个。')] }),
      new Paragraph({ children: [new TextRun('(二)开展技能竞赛(5月1日至6月30日)。组织全市职工参加技能比武。')] }),
      new Paragraph({ children: [new TextRun('三、组织领导')] }),
      new Paragraph({ children: [new TextRun('成立工作领导小组，加强统筹协调。')] }),
    ]);
    const corpus = await importFiles([{ name: '培训方案.docx', bytes }]);
    expect(corpus.issues).toEqual([]);
    const d = corpus.documents[0];
    expect(d.declaredTitle).toBe('关于加强职工技能培训的实施方案');
    expect(d.genre).toBe('plan');
    expect(d.opening.map((p) => p.text)).toEqual(['为提升职工技能水平，特制定本方案。']);
    expect(outline(d.sections)).toEqual([
      ['一、指导思想', 'requirements', []],
      ['二、主要任务', 'tasks', [['（一）完善培训体系', null, []], ['（二）开展技能竞赛（5月1日至6月30日）', null, []]]],
      ['三、组织领导', 'organization', []],
    ]);
    const sub = d.sections[1].children[0] as SectionNode;
    expect((sub.children[0] as any).lead).toBe('健全培训网络。');
  });

  it('imports a .docx whose headings are numbered by Word (automatic numbering, no typed markers)', async () => {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'cn',
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('关于加强职工培训的实施方案')], alignment: AlignmentType.CENTER }),
            new Paragraph({ children: [new TextRun('为提升职工技能，特制定本方案。')] }),
            new Paragraph({ numbering: { reference: 'cn', level: 0 }, children: [new TextRun('指导思想')] }),
            new Paragraph({ children: [new TextRun('以服务职工为中心，围绕中心、服务大局。')] }),
            new Paragraph({ numbering: { reference: 'cn', level: 0 }, children: [new TextRun('主要任务')] }),
            new Paragraph({ numbering: { reference: 'cn', level: 1 }, children: [new TextRun('完善培训体系')] }),
            new Paragraph({ children: [new TextRun('健全培训网络。建立培训基地。')] }),
            new Paragraph({ numbering: { reference: 'cn', level: 0 }, children: [new TextRun('组织领导')] }),
            new Paragraph({ children: [new TextRun('成立领导小组。')] }),
          ],
        },
      ],
    });
    const corpus = await importFiles([{ name: '自动编号.docx', bytes: new Uint8Array(await Packer.toBuffer(doc)) }]);
    expect(corpus.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const d = corpus.documents[0];
    expect(d.genre).toBe('plan');
    expect(outline(d.sections)).toEqual([
      ['一、指导思想', 'requirements', []],
      ['二、主要任务', 'tasks', [['（一）完善培训体系', null, []]]],
      ['三、组织领导', 'organization', []],
    ]);
  });

  it('reports bad files by name and reason and still imports the rest of the batch', async () => {
    const good = fx('mini-plan.gbk.txt');
    const docx = await makeDocx([new Paragraph({ children: [new TextRun('一、总体要求')] }), new Paragraph({ children: [new TextRun('加强领导。')] })]);
    const truncatedDocx = docx.subarray(0, Math.floor(docx.length / 2));
    const corpus = await importFiles([
      { name: '空文件.txt', bytes: new Uint8Array() },
      { name: '图片.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
      { name: '截断.docx', bytes: truncatedDocx },
      good,
      { name: '旧版.doc', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
      { name: '表格.xlsx', bytes: new Uint8Array([1, 2, 3]) },
    ]);
    expect(corpus.documents.map((d) => d.fileName)).toEqual(['mini-plan.gbk.txt']);
    expect(corpus.issues.map((i) => [i.file, i.message])).toEqual([
      ['空文件.txt', '文件为空（0 字节）'],
      ['图片.txt', '不是文本文件，而是PNG 图片'],
      ['截断.docx', expect.stringMatching(/损坏|截断/)],
      ['旧版.doc', '不支持旧版 Word 格式（.doc），请在 Word 中另存为 .docx 后再导入'],
      ['表格.xlsx', '不支持的文件类型（.xlsx），请导入 .txt、.md 或 .docx 文件'],
    ]);
    const sized = await importFiles([{ name: '太大.txt', bytes: new Uint8Array(300).fill(0x41) }, { name: '小.txt', bytes: new TextEncoder().encode('一、总体要求\n加强领导。') }], { maxBytes: 299 });
    expect(sized.documents.map((d) => d.fileName)).toEqual(['小.txt']);
    expect(sized.issues).toEqual([{ file: '太大.txt', message: '文件过大（0.0 MB，上限 0 MB）', severity: 'error' }]);
    expect(corpus.issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it("a .docx is filed without the draft reader's advice: a missing title is no warning, as for the same text in a .txt", async () => {
    const docx = await makeDocx([new Paragraph({ children: [new TextRun('一、总体要求')] }), new Paragraph({ children: [new TextRun('加强领导。')] })]);
    // Opened as a draft, the reader asks for a title on the first line…
    const opened = await importDocx(docx);
    expect(opened.ok && opened.warnings).toContain(DRAFT_WARNINGS.noTitle);
    // …which an archive document does not need: the .docx and the .txt of one text are filed alike.
    const corpus = await importFiles([
      { name: '无标题.docx', bytes: docx },
      { name: '无标题.txt', bytes: new TextEncoder().encode('一、总体要求\n加强领导。') },
    ]);
    expect(corpus.documents).toHaveLength(2);
    expect(corpus.issues).toEqual([]);
  });

  it('splits multi-document files at 第N篇 lines', () => {
    const parts = splitDocuments('第1篇: 甲\n正文一。\n第2篇：乙\n正文二。\n 第3篇: 丙\n正文三。');
    expect(parts.map((p) => [p.n, p.title, p.text.trim()])).toEqual([
      [1, '甲', '正文一。'],
      [2, '乙', '正文二。'],
      [3, '丙', '正文三。'],
    ]);
    expect(splitDocuments('没有分篇标记。')).toEqual([{ n: 1, text: '没有分篇标记。' }]);
  });
});

describe('corpus-files', () => {
  it('reads a folder recursively (.txt/.md/.docx only) and checks size before reading', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corpus-'));
    mkdirSync(path.join(dir, '2023', '.hidden'), { recursive: true });
    writeFileSync(path.join(dir, '2023', 'a.txt'), readFileSync(fxPath('mini-plan.gbk.txt')));
    writeFileSync(path.join(dir, 'b.md'), readFileSync(fxPath('mixed-punct.md')));
    writeFileSync(path.join(dir, 'notes.pdf'), '%PDF');
    writeFileSync(path.join(dir, '2023', '.hidden', 'c.txt'), '一、隐藏');
    writeFileSync(path.join(dir, 'big.txt'), Buffer.alloc(5000, 0x41));
    const read = await readInputFiles([dir], { maxBytes: 4000 });
    expect(read.files.map((f) => path.relative(dir, f.name))).toEqual([path.join('2023', 'a.txt'), 'b.md']);
    expect(read.issues).toEqual([{ file: path.join(dir, 'big.txt'), message: '文件过大（0.0 MB，上限 0 MB）', severity: 'error' }]);
    const corpus = await importPaths([dir, path.join(dir, 'missing.txt')]);
    expect(corpus.documents.map((d) => d.fileName).sort()).toEqual(['a.txt', 'b.md']);
    // 5,000 × “A” holds no Chinese text: the corpus counts 汉字 (text/chars.ts), so it says so instead of keeping a document of nothing.
    expect(corpus.issues.find((i) => i.file.endsWith('big.txt'))?.message).toBe('文件中没有可分析的正文');
    expect(corpus.issues.find((i) => i.file.endsWith('missing.txt'))?.message).toBe('找不到该文件或文件夹');
  });
});
