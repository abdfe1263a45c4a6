/**
 * Reuse-ratio benchmark: is ReuseIndex.analyze fast enough to rerun after typing stops
 * (target: 50 ms on a 40,000-character draft against a 1,000-document corpus)?
 *
 * Everything is generated reproducibly from the seed corpus with a seeded RNG:
 * - corpus: `docs` documents of ~`docChars` characters; each sentence is either a seed sentence
 *   with its numbers changed or 2–4 seed clauses recombined (so sentences are mostly distinct,
 *   as in a real archive, and the 3-gram index sees realistic posting lists);
 * - draft: ~`draftChars` characters, half copied from the generated corpus (verbatim, renumbered,
 *   or with one character changed) and half fresh recombinations that appear nowhere.
 * Measured over `runs` runs each: a full analyze (caches cleared) and the incremental case (one
 * sentence edited, caches warm). Prints median/p95 and writes bench/results/reuse.json.
 *
 * Run: `npx tsx bench/reuse.ts [--runs 20] [--docs 1000]`, or call runReuseBench from bench/run.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BlockElement, Draft } from '../electron/core/draft/model';
import { normalizeSentence, ReuseIndex, reuseSentences, MIN_CHARS, type ReuseDoc } from '../electron/core/checks/reuse';
import { rng } from './lib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TARGET_MS = 50;

export interface ReuseBenchOptions {
  docs?: number;
  docChars?: number;
  draftChars?: number;
  runs?: number;
  seed?: number;
  /** Write bench/results/reuse.json (default true). */
  write?: boolean;
  /** Print a summary to stdout (default true). */
  log?: boolean;
}

export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface ReuseBenchResult {
  name: 'reuse';
  date: string;
  node: string;
  targetMs: number;
  corpus: { docs: number; chars: number; indexedSentences: number; buildMs: number };
  /**
   * plantedCopies: distinct sentences copied into the draft; truePositives/falsePositives: detected spans that
   * are / are not one of them (the few “false” ones checked by hand were fresh recombinations that happen to
   * equal or nearly equal a generated corpus sentence, i.e. real matches).
   */
  draft: { chars: number; sentences: number; plantedCopies: number; detectedCopies: number; truePositives: number; falsePositives: number; ratio: number };
  full: Timing;
  incremental: Timing;
  pass: boolean;
}


function seedMaterial() {
  const text = readFileSync(join(ROOT, 'assets/seed-reports.txt'), 'utf8');
  const sentences: string[] = [];
  const clauses: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*第\d+篇/.test(raw)) continue;
    const line = raw.replace(/^[\s\u3000>]+/, '');
    for (const r of reuseSentences(line)) {
      const s = line.slice(r.start, r.end);
      if (normalizeSentence(s).length < MIN_CHARS) continue;
      sentences.push(s);
      for (const c of s.split(/[，,；;：:。！？!?]/)) if (c.length >= 4) clauses.push(c);
    }
  }
  return { sentences, clauses };
}

function stats(ms: number[]): Timing {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { runs: s.length, medianMs: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(s[s.length - 1]) };
}
const round = (x: number) => Math.round(x * 100) / 100;

export function runReuseBench(opts: ReuseBenchOptions = {}): ReuseBenchResult {
  const { docs = 1000, docChars = 6000, draftChars = 40_000, runs = 20, seed = 20241124, write = true, log = true } = opts;
  const rand = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const { sentences, clauses } = seedMaterial();
  const renumber = (s: string) => s.replace(/[0-9]+/g, (d) => String(Math.floor(rand() * 10 ** Math.min(d.length, 6))));
  const recombine = () => {
    const n = 2 + Math.floor(rand() * 3);
    return renumber(Array.from({ length: n }, () => pick(clauses)).join('，') + '。');
  };

  // Corpus.
  const corpus: ReuseDoc[] = [];
  const corpusSentences: string[] = [];
  let corpusChars = 0;
  for (let d = 0; d < docs; d++) {
    const paragraphs: string[] = [];
    let chars = 0;
    while (chars < docChars) {
      let para = '';
      const k = 2 + Math.floor(rand() * 4);
      for (let i = 0; i < k; i++) {
        const s = rand() < 0.3 ? renumber(pick(sentences)) : recombine();
        corpusSentences.push(s);
        para += s;
      }
      paragraphs.push(para);
      chars += para.length;
    }
    corpusChars += chars;
    corpus.push({ docId: `bench#${d + 1}`, docTitle: `生成文档${d + 1}`, paragraphs });
  }

  // Draft: alternate copied and fresh sentences until ~draftChars.
  const content: BlockElement[] = [{ type: 'title', children: [{ text: '2024年工作报告' }] }];
  let draftLen = 0;
  const plantedSet = new Set<string>();
  let para = '';
  while (draftLen < draftChars) {
    let s: string;
    if (rand() < 0.5) {
      s = pick(corpusSentences);
      const mode = rand();
      if (mode < 0.3) s = renumber(s);
      else if (mode < 0.6 && s.length > 40) {
        const at = 1 + Math.floor(rand() * (s.length - 3));
        s = s.slice(0, at) + '新' + s.slice(at + 1); // one character changed
      }
      if (normalizeSentence(s).length >= MIN_CHARS) plantedSet.add(s);
    } else s = recombine();
    para += s;
    draftLen += s.length;
    if (para.length > 300) {
      content.push({ type: 'paragraph', children: [{ text: para }] });
      para = '';
    }
  }
  if (para) content.push({ type: 'paragraph', children: [{ text: para }] });
  const draft: Draft = { meta: { createdAt: '', updatedAt: '' }, content };

  const t0 = performance.now();
  const index = new ReuseIndex(corpus);
  const buildMs = performance.now() - t0;

  // Full analyze, caches cleared each time.
  const full: number[] = [];
  let result = index.analyze(draft);
  for (let r = 0; r < runs; r++) {
    index.clearCache();
    const t = performance.now();
    result = index.analyze(draft);
    full.push(performance.now() - t);
  }

  // Incremental: caches warm from the base draft; one sentence in one paragraph edited per run.
  index.analyze(draft);
  const incremental: number[] = [];
  for (let r = 0; r < runs; r++) {
    const bi = 1 + Math.floor(rand() * (content.length - 1));
    const text = (content[bi].children[0] as { text: string }).text;
    const at = Math.floor(rand() * text.length);
    const edited = content.slice();
    edited[bi] = { type: 'paragraph', children: [{ text: text.slice(0, at) + '改' + text.slice(at) }] };
    const t = performance.now();
    index.analyze({ ...draft, content: edited });
    incremental.push(performance.now() - t);
  }

  const planted = plantedSet.size;
  const spanTexts = result.spans.map((sp) => (content[sp.blockIndex].children[0] as { text: string }).text.slice(sp.start, sp.end));
  const truePositives = spanTexts.filter((t) => plantedSet.has(t)).length;
  const res: ReuseBenchResult = {
    name: 'reuse',
    date: new Date().toISOString(),
    node: process.version,
    targetMs: TARGET_MS,
    corpus: { docs, chars: corpusChars, indexedSentences: index.size, buildMs: round(buildMs) },
    draft: { chars: draftLen, sentences: result.sentences, plantedCopies: planted, detectedCopies: result.copied, truePositives, falsePositives: result.copied - truePositives, ratio: round(result.ratio) },
    full: stats(full),
    incremental: stats(incremental),
    pass: false,
  };
  res.pass = res.full.p95Ms <= TARGET_MS && res.incremental.p95Ms <= TARGET_MS;
  if (log) {
    console.log(`reuse: corpus ${docs} docs, ${corpusChars} chars, ${index.size} sentences indexed in ${res.corpus.buildMs} ms`);
    console.log(`reuse: draft ${draftLen} chars, ${result.sentences} sentences, planted ${planted} distinct copied sentences, detected ${result.copied} (${truePositives} planted, ${result.copied - truePositives} not), ratio ${res.draft.ratio}`);
    for (const [name, t] of [['full', res.full], ['incremental', res.incremental]] as const)
      console.log(`reuse: ${name.padEnd(11)} median ${t.medianMs} ms, p95 ${t.p95Ms} ms over ${t.runs} runs (target ${TARGET_MS} ms: ${t.p95Ms <= TARGET_MS ? 'ok' : 'OVER'})`);
  }
  if (write) {
    const out = join(ROOT, 'bench/results/reuse.json');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(res, null, 2) + '\n');
  }
  return res;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const res = runReuseBench({ runs: arg('runs'), docs: arg('docs') });
  process.exitCode = res.pass ? 0 : 1;
}
