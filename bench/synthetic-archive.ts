/**
 * A reproducible synthetic archive shaped like the seed corpus: each report recombines real seed
 * headings and sentences (seeded RNG) in a seed document's section layout, with numbers and years
 * varied, so the engine sees realistic structure and vocabulary at archive scale.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitDocuments } from '../electron/core/corpus/import';
import { analyzeDocument } from '../electron/core/corpus/analyze';
import type { CorpusDocument, DocNode, SectionNode } from '../electron/core/corpus/types';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { pick, rng } from './lib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function seedText(): string {
  return readFileSync(path.join(ROOT, 'assets', 'seed-reports.txt'), 'utf8');
}

interface Pools {
  docs: CorpusDocument[];
  headings: string[][]; // by level 1..4 (index 0 unused)
  sentences: string[];
  salutations: string[];
}

function collect(docs: CorpusDocument[]): Pools {
  const headings: string[][] = [[], [], [], [], []];
  const sentences: string[] = [];
  const salutations = new Set<string>();
  const walk = (nodes: DocNode[]) => {
    for (const n of nodes) {
      if (n.kind === 'section') {
        headings[n.level].push(n.heading);
        walk(n.children);
      } else for (const s of n.text.split(/(?<=[。！？；])/)) if (s.trim().length > 4) sentences.push(s.trim());
    }
  };
  for (const d of docs) {
    if (d.salutation) salutations.add(d.salutation);
    walk(d.sections);
    walk(d.opening);
    walk(d.closing);
  }
  return { docs, headings, sentences, salutations: [...salutations] };
}

let pools: Pools | undefined;
function getPools(): Pools {
  if (!pools) {
    const docs = splitDocuments(seedText()).map((p, i) => analyzeDocument({ id: `seed#${i + 1}`, fileName: 'seed', text: p.text, declaredTitle: p.title }));
    pools = collect(docs);
  }
  return pools;
}

const CN = '一二三四五六七八九十';

function paragraph(r: () => number, p: Pools, targetChars: number): string {
  let s = '';
  while (s.length < targetChars) s += pick(r, p.sentences);
  // Vary the figures so no two reports are byte-identical.
  return s.replace(/\d+/g, (m) => String(Math.max(1, Math.round(Number(m) * (0.5 + r())))));
}

/** One report of roughly `chars` characters in the layout of a random seed document. */
export function syntheticReport(r: () => number, chars = 15000): string {
  const p = getPools();
  const layout = pick(r, p.docs);
  const lines: string[] = [`第1篇: 在${2010 + Math.floor(r() * 15)}年工作会议上的讲话`];
  lines.push('　　' + (pick(r, p.salutations) ?? '同志们：'));
  const tops = Math.max(2, layout.sections.length);
  const perTop = Math.floor(chars / (tops + 1));
  lines.push('　　' + paragraph(r, p, perTop / 2));
  for (let i = 0; i < tops; i++) {
    lines.push(`>　　${CN[i]}、${pick(r, p.headings[1])}`);
    const subs = layout.sections[i]?.children.filter((c): c is SectionNode => c.kind === 'section').length ?? 0;
    if (subs) {
      for (let j = 0; j < subs; j++) {
        lines.push(`　　（${CN[j]}）${pick(r, p.headings[2].length ? p.headings[2] : p.headings[1])}`);
        lines.push('　　' + paragraph(r, p, perTop / subs));
      }
    } else {
      lines.push('　　' + paragraph(r, p, perTop / 2));
      lines.push('　　' + paragraph(r, p, perTop / 2));
    }
  }
  lines.push('　　同志们，' + paragraph(r, p, 120));
  return lines.join('\n') + '\n';
}

/** `count` reports (~15 KB each as UTF-8 at the default size), deterministic for a seed. */
export function syntheticArchive(count: number, seed = 42, charsPerReport = 5000): { name: string; text: string }[] {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => ({ name: `report-${String(i + 1).padStart(4, '0')}.txt`, text: syntheticReport(r, charsPerReport) }));
}

/**
 * `count` synthetic reports as .docx, made once and kept (a `.complete` file marks a finished folder). Marked up
 * as Word saves a typed report: a run per sentence (Word splits runs at every edit and proofing mark), each with
 * its fonts, size and language, so the XML is as heavy per character as a real one, not the leanest possible.
 */
export async function docxFolder(count: number, log: (s: string) => void): Promise<string> {
  const dir = path.join(os.tmpdir(), `gongwen-archive-bench-docx-v2-${count}`);
  const done = path.join(dir, '.complete');
  if (existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const t = performance.now();
  const run = (text: string, font: string, bold = false) =>
    new TextRun({ text, font: { eastAsia: font, ascii: 'Times New Roman', hAnsi: 'Times New Roman' }, size: 32, sizeComplexScript: 32, bold, language: { value: 'en-US', eastAsia: 'zh-CN' } });
  const runs = (line: string, font: string) => (line.match(/[^。；！？]+[。；！？]?/g) ?? [line]).map((s) => run(s, font));
  for (const { name, text } of syntheticArchive(count)) {
    const lines = text.split('\n').map((l) => l.replace(/^>/, '').replace(/^第\d+篇:\s*/, '').trim()).filter(Boolean);
    const paragraphs = lines.map((l, i) =>
      i === 0
        ? new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 560 }, children: [run(l, '方正小标宋简体')] })
        : /^[一二三四五六七八九十]+、/.test(l)
          ? new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: runs(l, '黑体') })
          : new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: runs(l, '仿宋_GB2312') }),
    );
    const doc = new Document({ creator: '办公室', sections: [{ children: paragraphs }] });
    writeFileSync(path.join(dir, name.replace(/\.txt$/, '.docx')), await Packer.toBuffer(doc));
  }
  writeFileSync(done, '');
  log(`  made ${count} .docx in ${((performance.now() - t) / 1000).toFixed(0)} s: ${dir}`);
  return dir;
}
