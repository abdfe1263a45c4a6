/**
 * A reproducible synthetic archive shaped like the seed corpus: each report recombines real seed
 * headings and sentences (seeded RNG) in a seed document's section layout, with numbers and years
 * varied, so the engine sees realistic structure and vocabulary at archive scale.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitDocuments } from '../electron/core/corpus/import';
import { analyzeDocument } from '../electron/core/corpus/analyze';
import type { CorpusDocument, DocNode, SectionNode } from '../electron/core/corpus/types';
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
