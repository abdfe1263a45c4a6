/**
 * Plain-text export and clipboard HTML. The HTML is checked by a real HTML reader: LibreOffice
 * imports it (as it would a paste) and writes a .docx that python-docx then reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineText, numberHeadings } from '../draft/model';
import { draftToPlainText } from '../draft/plain-text';
import { draftToClipboardHtml } from '../draft/rich-html';
import { sampleDraft } from './fixtures/sample-draft';
import { hasPythonDocx, hasSoffice, readWithPythonDocx } from './fixtures/readers';

describe('draftToPlainText', () => {
  it('writes title, blank line, 称呼, numbered headings and indented paragraphs', () => {
    const draft = sampleDraft();
    const lines = draftToPlainText(draft).split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '关于进一步加强和改进新时代县级党外知识分子联谊会工作的实施意见',
      '',
      '各位委员、同志们：',
      '　　这次全委会议的主要任务是，认真学习贯彻上级工会的重要部署，总结【年份】年工会工作，安排部署2026年任务，动员全市广大职工为推动高质量发展贡献力量。',
      '　　一、过去一年工会工作回顾',
    ]);
    expect(lines).toContain('　　（一）广泛开展劳动竞赛，主力军作用进一步凸显');
    expect(lines).toContain('　　1.健全竞赛机制');
    expect(lines).toContain('　　（1）强化成果转化');
    expect(lines).toContain('　　（二）大力推进普遍建会，凝聚力进一步增强');
    expect(lines).toContain('　　二、今年工会工作的总体要求和主要任务');
    expect(lines.filter((l) => l !== '')).toHaveLength(draft.content.length);
  });

  it('supports Windows line endings', () => {
    expect(draftToPlainText(sampleDraft(), { newline: '\r\n' })).toMatch(/^关于[^\n]*\r\n\r\n各位委员/);
  });
});

describe('draftToClipboardHtml', () => {
  it('gives every block inline styles with the 公文 fonts and their fallbacks', () => {
    const html = draftToClipboardHtml(sampleDraft());
    const blocks = [...html.matchAll(/<(h\d|p) style="([^"]*)">(.*?)<\/\1>/g)];
    expect(blocks).toHaveLength(sampleDraft().content.length);
    const [title, salutation, body] = blocks;
    expect(title[2]).toContain("font-family:'方正小标宋简体'");
    expect(title[2]).toContain('font-size:22pt');
    expect(title[2]).toContain('text-align:center');
    expect(salutation[2]).toContain('text-indent:0');
    expect(body[2]).toMatch(/font-family:'仿宋_GB2312', '仿宋', FangSong, [^;]*serif/);
    expect(body[2]).toContain('font-size:16pt');
    expect(body[2]).toContain('text-indent:32pt');
    expect(body[2]).toContain('line-height:28.95pt');
    expect(html).toContain('<b>深入开展劳动竞赛。</b>');
    expect(html).not.toContain('background:yellow');
    expect(draftToClipboardHtml(sampleDraft(), { highlightIssues: true })).toContain('<span style="background:yellow;mso-highlight:yellow">【年份】</span>');
  });

  it('escapes markup in the text', () => {
    const d = sampleDraft();
    d.content[2] = { type: 'paragraph', children: [{ text: '<script>alert(1)</script> & "引号"' }] };
    const html = draftToClipboardHtml(d);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;');
    expect(html).not.toContain('<script>');
  });

  it.skipIf(!hasSoffice || !hasPythonDocx)('pastes as a 公文: a real HTML reader keeps fonts, sizes, indents and bold (skipped only without soffice + python-docx)', () => {
    const draft = sampleDraft();
    const dir = mkdtempSync(join(tmpdir(), 'clip-'));
    const profile = mkdtempSync(join(tmpdir(), 'lo-'));
    try {
      writeFileSync(join(dir, 'clip.html'), draftToClipboardHtml(draft));
      spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, join(dir, 'clip.html')], { encoding: 'utf8', timeout: 110_000, env: { ...process.env, HOME: profile } });
      const doc = readWithPythonDocx(new Uint8Array(readFileSync(join(dir, 'clip.docx'))), { ours: false });
      const markers = numberHeadings(draft.content);
      const paras = doc.paragraphs.filter((p) => p.text.trim() !== '');
      expect(paras.map((p) => p.text)).toEqual(draft.content.map((b, i) => markers[i] + inlineText(b.children)));
      const firstFont = (p: (typeof paras)[0]) => (p.runs.find((r) => r.fonts.eastAsia)?.fonts.eastAsia ?? '').split(';')[0];
      expect(firstFont(paras[0])).toBe('方正小标宋简体');
      expect(paras[0].alignment).toBe('CENTER (1)');
      expect(paras[0].runs[0].size).toBe(22);
      expect(paras[1].firstLineIndent ?? 0).toBe(0);
      const body = paras[2];
      expect(firstFont(body)).toBe('仿宋_GB2312');
      expect(body.runs[0].size).toBe(16);
      expect(body.firstLineIndent).toBe(640);
      expect(body.lineSpacing).toBe(579);
      const h1 = paras.find((p) => p.text.startsWith('一、'))!;
      expect(firstFont(h1)).toBe('黑体');
      const h2 = paras.find((p) => p.text.startsWith('（一）'))!;
      expect(firstFont(h2)).toBe('楷体_GB2312');
      const h3 = paras.find((p) => p.text.startsWith('1.'))!;
      expect(h3.runs.every((r) => r.bold)).toBe(true);
      const lead = paras.find((p) => p.text.startsWith('深入开展'))!;
      expect(lead.runs[0]).toMatchObject({ text: '深入开展劳动竞赛。', bold: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
