/**
 * 以往年材料为底稿 and 往年怎么写, timed on the synthetic archive (bench/synthetic-archive.ts, reproducible):
 * - rankPassages: one query (a heading of the archive) against every heading and paragraph of `docs`
 *   reports, as if the host handed over its whole archive rather than its full-text shortlist; compared
 *   with a floor measured in the same run: one plain pass over the same candidates' characters;
 * - draftFromPast on one ~`chars`-character report, and the 与去年对照 check on the draft it makes.
 * Prints medians/p95 and writes bench/results/from-past.json.
 *
 * Run: `npx tsx bench/from-past.ts [--docs 200]`, or call runFromPastBench from bench/run.ts.
 */
import { pathToFileURL } from 'node:url';
import { splitDocuments } from '../electron/core/corpus/import';
import { analyzeDocument } from '../electron/core/corpus/analyze';
import { buildContext } from '../electron/core/checks/context';
import { againstLastYearRule } from '../electron/core/checks/rules/against-last-year';
import { draftFromPast } from '../electron/core/draft/from-past';
import { rankPassages } from '../electron/core/draft/past-passages';
import { passagesOf } from '../electron/core/draft/test-helpers';
import { rng, pick, summarize, writeResult } from './lib';
import { syntheticArchive, syntheticReport } from './synthetic-archive';

export interface FromPastBenchOptions {
  docs?: number;
  queries?: number;
  chars?: number;
  runs?: number;
  write?: boolean;
  log?: (s: string) => void;
}

function time(runs: number, f: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    out.push(performance.now() - t0);
  }
  return out;
}

export async function runFromPastBench({ docs = 200, queries = 200, chars = 40_000, runs = 20, write = true, log = console.log }: FromPastBenchOptions = {}) {
  const archive = syntheticArchive(docs).map((f, i) => analyzeDocument({ id: f.name, fileName: f.name, text: splitDocuments(f.text)[0].text, declaredTitle: `报告${i}` }));
  const candidates = archive.flatMap((d, i) => passagesOf(d, 2010 + (i % 15)));
  const archiveChars = candidates.reduce((n, c) => n + c.text.length, 0);
  const headings = candidates.filter((c) => c.kind === 'heading').map((c) => c.text);
  const r = rng(7);
  const qs = Array.from({ length: queries }, () => pick(r, headings));

  // Warm both loops up first, so the first queries do not measure the JIT.
  for (const q of qs.slice(0, 10)) rankPassages(q, candidates);
  // Floor: read every candidate's characters once, as any ranking must.
  let sink = 0;
  const floor = summarize(
    qs.map(() => {
      const t0 = performance.now();
      for (const c of candidates) for (let i = 0; i < c.text.length; i++) sink += c.text.charCodeAt(i) & 1;
      return performance.now() - t0;
    }),
  );
  const rank = summarize(qs.map((q) => time(1, () => rankPassages(q, candidates))[0]));

  const source = analyzeDocument({ id: 'big', fileName: 'big.txt', text: splitDocuments(syntheticReport(rng(11), chars))[0].text });
  const made = draftFromPast(source, { targetYear: 2027 });
  const draftMs = summarize(time(runs, () => draftFromPast(source, { targetYear: 2027 })));
  const ctx = buildContext(made.draft, { maxSentenceChars: 120, maxParagraphChars: 600 });
  const checkMs = summarize(time(runs, () => againstLastYearRule.run(ctx)));

  const result = {
    date: new Date().toISOString(),
    node: process.version,
    archive: { docs, candidates: candidates.length, chars: archiveChars },
    rank: { queries, ...rank, floor, ratioToFloor: Math.round((rank.median / (floor.median || 1e-3)) * 10) / 10 },
    draftFromPast: { chars: source.charCount, blocks: made.draft.content.length, marks: made.summary.marks.length, ...draftMs },
    againstLastYear: { findings: againstLastYearRule.run(ctx).length, ...checkMs },
    sink: sink % 2,
  };
  log(`rankPassages: ${candidates.length} candidates (${archiveChars} chars): median ${rank.median} ms, p95 ${rank.p95} ms; floor (one pass over the characters) median ${floor.median} ms; ratio ${result.rank.ratioToFloor}`);
  log(`draftFromPast: ${source.charCount} chars → ${made.draft.content.length} blocks, ${made.summary.marks.length} marks: median ${draftMs.median} ms, p95 ${draftMs.p95} ms`);
  log(`与去年对照 check on that draft: median ${checkMs.median} ms, p95 ${checkMs.p95} ms`);
  if (write) await writeResult('from-past', result);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string, dflt: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : dflt;
  };
  void runFromPastBench({ docs: arg('docs', 200), queries: arg('queries', 200), runs: arg('runs', 20) });
}
