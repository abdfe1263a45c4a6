/**
 * Phrase search benchmark: 100,000 phrases recombined (seeded RNG) from the seed corpus's phrase
 * library and vocabulary, ≥1000 queries of 1–2 characters and longer, with and without filters.
 * Prints median/p95 and writes bench/results/search.json. The requirement is p95 ≤ 5 ms.
 *   npx tsx bench/search.ts [--phrases N] [--queries N] [--seed N]
 * `runSearchBench(opts)` is exported for bench/run.ts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PHRASE_CATEGORIES, type Phrase } from '../electron/core/corpus/types';
import { ROLES } from '../electron/core/draft/model';
import { loadDefaultCorpus } from '../electron/services/corpus-files';
import { extractPhrases } from '../electron/core/corpus/phrases';
import { PhraseIndex } from '../electron/core/corpus/phrase-index';
import { quantile, rng } from './lib';

export interface SearchBenchOptions {
  phrases?: number;
  queries?: number;
  seed?: number;
  /** Write bench/results/search.json (default true). */
  write?: boolean;
  log?: (s: string) => void;
}

export interface SearchBenchResult {
  name: 'phrase-search';
  phrases: number;
  queries: number;
  buildMs: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  byKind: Record<string, { queries: number; medianMs: number; p95Ms: number; meanHits: number }>;
  thresholdP95Ms: number;
  pass: boolean;
  node: string;
}



const round = (x: number) => Math.round(x * 1000) / 1000;

/** Recombine seed phrases into `n` synthetic phrases: word sequences from real phrases, spliced and reordered. */
export function synthesizePhrases(seedPhrases: Phrase[], n: number, random: () => number): Phrase[] {
  const seg = new Intl.Segmenter('zh', { granularity: 'word' });
  const wordLists = seedPhrases.map((p) => [...seg.segment(p.text)].map((s) => s.segment));
  const vocab = wordLists.flat().filter((w) => /[\u4e00-\u9fa5]/.test(w));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const out: Phrase[] = [];
  for (let i = 0; i < n; i++) {
    const base = pick(wordLists);
    const words = [...base];
    // Replace a few words with vocabulary from elsewhere, then splice a tail from another phrase.
    const swaps = 1 + Math.floor(random() * 3);
    for (let k = 0; k < swaps; k++) words[Math.floor(random() * words.length)] = pick(vocab);
    if (random() < 0.5) {
      const other = pick(wordLists);
      words.push(...other.slice(Math.floor(random() * other.length)));
    }
    const text = words.join('').slice(0, 60);
    const src = pick(seedPhrases);
    out.push({ ...src, id: `syn-${i}`, text, category: pick(PHRASE_CATEGORIES), role: pick(ROLES), score: Math.round(random() * 3000) / 100 });
  }
  return out;
}

export async function runSearchBench(opts: SearchBenchOptions = {}): Promise<SearchBenchResult> {
  const nPhrases = opts.phrases ?? 100_000;
  const nQueries = Math.max(1000, opts.queries ?? 2000);
  const random = rng(opts.seed ?? 20240601);
  const log = opts.log ?? ((s: string) => console.log(s));

  const seedPhrases = extractPhrases(await loadDefaultCorpus());
  const phrases = synthesizePhrases(seedPhrases, nPhrases, random);

  const t0 = performance.now();
  const index = new PhraseIndex(phrases);
  const buildMs = performance.now() - t0;

  // Queries: single characters (the worst case: long posting lists), two characters, longer substrings
  // of real phrases, words in another order, misses, and each of these with a category or role filter.
  const texts = phrases.map((p) => p.text);
  const chars = [...new Set(texts.slice(0, 2000).join(''))].filter((c) => /[\u4e00-\u9fa5]/.test(c));
  const kinds = ['1字', '2字', '3-8字', '多词', '无结果', '1字+类别', '2字+作用'] as const;
  const queries: { kind: (typeof kinds)[number]; q: string; opts: Parameters<PhraseIndex['search']>[1] }[] = [];
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const sub = (len: number) => {
    const t = pick(texts);
    const start = Math.floor(random() * Math.max(1, t.length - len));
    return t.slice(start, start + len);
  };
  for (let i = 0; i < nQueries; i++) {
    const kind = kinds[i % kinds.length];
    if (kind === '1字') queries.push({ kind, q: pick(chars), opts: {} });
    else if (kind === '2字') queries.push({ kind, q: sub(2), opts: {} });
    else if (kind === '3-8字') queries.push({ kind, q: sub(3 + Math.floor(random() * 6)), opts: {} });
    else if (kind === '多词') queries.push({ kind, q: `${sub(2)} ${sub(2)}`, opts: {} });
    else if (kind === '无结果') queries.push({ kind, q: sub(3) + '犇' + sub(2), opts: {} });
    else if (kind === '1字+类别') queries.push({ kind, q: pick(chars), opts: { category: pick(PHRASE_CATEGORIES) } });
    else queries.push({ kind, q: sub(2), opts: { role: pick(ROLES) } });
  }

  for (let i = 0; i < 200; i++) index.search(queries[i].q, queries[i].opts); // warm-up (JIT)

  const times: number[] = [];
  const perKind = new Map<string, { t: number[]; hits: number }>();
  for (const { kind, q, opts: o } of queries) {
    const s = performance.now();
    const r = index.search(q, o);
    const dt = performance.now() - s;
    times.push(dt);
    const e = perKind.get(kind) ?? { t: [], hits: 0 };
    e.t.push(dt);
    e.hits += r.length;
    perKind.set(kind, e);
  }
  times.sort((a, b) => a - b);
  const byKind: SearchBenchResult['byKind'] = {};
  for (const [k, e] of perKind) {
    e.t.sort((a, b) => a - b);
    byKind[k] = { queries: e.t.length, medianMs: round(quantile(e.t, 0.5)), p95Ms: round(quantile(e.t, 0.95)), meanHits: Math.round((e.hits / e.t.length) * 10) / 10 };
  }
  const result: SearchBenchResult = {
    name: 'phrase-search',
    phrases: nPhrases,
    queries: queries.length,
    buildMs: Math.round(buildMs),
    medianMs: round(quantile(times, 0.5)),
    p95Ms: round(quantile(times, 0.95)),
    p99Ms: round(quantile(times, 0.99)),
    maxMs: round(times[times.length - 1]),
    byKind,
    thresholdP95Ms: 5,
    pass: quantile(times, 0.95) <= 5,
    node: process.version,
  };

  log(`常用语检索：${nPhrases} 条，${queries.length} 次查询，建索引 ${result.buildMs} ms`);
  log(`  中位数 ${result.medianMs} ms，p95 ${result.p95Ms} ms，p99 ${result.p99Ms} ms，最慢 ${result.maxMs} ms（要求 p95 ≤ 5 ms：${result.pass ? '达标' : '未达标'}）`);
  for (const [k, v] of Object.entries(byKind)) log(`  ${k.padEnd(8)} ${String(v.queries).padStart(5)} 次  中位数 ${v.medianMs} ms  p95 ${v.p95Ms} ms  平均命中 ${v.meanHits}`);

  if (opts.write !== false) {
    const dir = path.join(process.cwd(), 'bench', 'results');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'search.json'), JSON.stringify(result, null, 2) + '\n');
    log(`  结果已写入 bench/results/search.json`);
  }
  return result;
}

if (/(?:^|[\\/])search\.ts$/.test(process.argv[1] ?? '')) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  runSearchBench({ phrases: arg('--phrases'), queries: arg('--queries'), seed: arg('--seed') }).then(
    (r) => {
      process.exitCode = r.pass ? 0 : 1;
    },
    (e) => {
      console.error(e);
      process.exitCode = 2;
    },
  );
}
