/**
 * .docx export benchmark: a report of ≥ 40,000 characters recombined from the seed corpus
 * (assets/seed-reports.txt), exported N times (after warm-up). Prints median/p95 against the
 * 300 ms median target and writes bench/results/export.json.
 *   npx tsx bench/export.ts [--runs N] [--chars N]
 * `runExportBench(opts)` is exported for bench/run.ts.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { exportDocx } from '../electron/core/docx/export-docx';
import { draftChars, longReport } from '../electron/core/docx/fixtures/seed-draft';

export interface ExportBenchOptions {
  /** Timed runs (≥ 10; default 20). */
  runs?: number;
  /** Report length in characters (default 40,000). */
  chars?: number;
  warmup?: number;
  /** Write bench/results/export.json (default true). */
  write?: boolean;
  log?: (s: string) => void;
}

export interface ExportBenchResult {
  name: 'docx-export';
  chars: number;
  blocks: number;
  runs: number;
  bytes: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  thresholdMedianMs: number;
  pass: boolean;
  node: string;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const THRESHOLD_MS = 300;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const round = (x: number) => Math.round(x * 10) / 10;

export async function runExportBench(opts: ExportBenchOptions = {}): Promise<ExportBenchResult> {
  const runs = Math.max(10, opts.runs ?? 20);
  const log = opts.log ?? console.log;
  const seed = await readFile(path.join(root, 'assets/seed-reports.txt'), 'utf8');
  const draft = longReport(seed, opts.chars ?? 40_000);
  const chars = draftChars(draft);

  let bytes = 0;
  for (let i = 0; i < (opts.warmup ?? 3); i++) bytes = (await exportDocx(draft)).length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const out = await exportDocx(draft, { highlightIssues: true });
    times.push(performance.now() - t0);
    bytes = out.length;
  }
  times.sort((a, b) => a - b);
  const medianMs = round(quantile(times, 0.5));
  const result: ExportBenchResult = {
    name: 'docx-export',
    chars,
    blocks: draft.content.length,
    runs,
    bytes,
    medianMs,
    p95Ms: round(quantile(times, 0.95)),
    minMs: round(times[0]),
    maxMs: round(times[times.length - 1]),
    thresholdMedianMs: THRESHOLD_MS,
    pass: medianMs <= THRESHOLD_MS,
    node: process.version,
  };
  log(
    `docx export: ${chars} chars, ${result.blocks} blocks, ${runs} runs → median ${result.medianMs} ms, p95 ${result.p95Ms} ms ` +
      `(target median ≤ ${THRESHOLD_MS} ms: ${result.pass ? 'PASS' : 'FAIL'}), ${(bytes / 1024).toFixed(0)} KB`,
  );
  if (opts.write ?? true) {
    await mkdir(path.join(root, 'bench/results'), { recursive: true });
    await writeFile(path.join(root, 'bench/results/export.json'), JSON.stringify(result, null, 2) + '\n');
  }
  return result;
}

function arg(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runExportBench({ runs: arg('runs'), chars: arg('chars') }).then((r) => process.exit(r.pass ? 0 : 1));
}
