/**
 * Corpus ingest benchmark: throughput (MB/s) and peak memory on a reproducible synthetic archive of
 * 1,000 reports (~15 MB) built from the seed corpus's structure and vocabulary, plus the seed itself.
 * Each run is a separate process (so maxRSS is the run's own). Targets: ≥ 10 MB/s, < 300 MB peak.
 *   npx tsx bench/ingest.ts [--reports N] [--runs N]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticArchive } from './synthetic-archive';
import { summarize, writeResult } from './lib';

export const TARGET_MB_S = 10;
export const TARGET_PEAK_MB = 300;

interface WorkerOut {
  files: number;
  bytes: number;
  documents: number;
  issues: number;
  phrases: number;
  readMs: number;
  importMs: number;
  deriveMs: number;
  maxRssMB: number;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function runWorker(dir: string): WorkerOut {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'ingest-worker.ts'), dir], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

export interface IngestBenchResult {
  name: 'ingest';
  archive: { reports: number; bytes: number; documents: number };
  importMBps: ReturnType<typeof summarize>;
  pipelineMBps: ReturnType<typeof summarize>;
  peakMB: ReturnType<typeof summarize>;
  seed: { importMs: ReturnType<typeof summarize>; pipelineMs: ReturnType<typeof summarize> };
  targets: { mbPerSecond: number; peakMB: number };
  pass: boolean;
}

export async function runIngestBench(opts: { reports?: number; runs?: number; write?: boolean; log?: (s: string) => void } = {}): Promise<IngestBenchResult> {
  const reports = opts.reports ?? 1000;
  const runs = opts.runs ?? 3;
  const log = opts.log ?? console.log;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'gongwen-ingest-'));
  try {
    const archiveDir = path.join(tmp, 'archive');
    mkdirSync(archiveDir);
    for (const f of syntheticArchive(reports)) writeFileSync(path.join(archiveDir, f.name), f.text);
    const seedDir = path.join(tmp, 'seed');
    mkdirSync(seedDir);
    copyFileSync(path.join(ROOT, 'assets', 'seed-reports.txt'), path.join(seedDir, 'seed-reports.txt'));

    const arch: WorkerOut[] = [];
    const seed: WorkerOut[] = [];
    for (let i = 0; i < runs; i++) {
      arch.push(runWorker(archiveDir));
      seed.push(runWorker(seedDir));
      log(`  ingest run ${i + 1}/${runs}: ${(arch[i].bytes / 1048576).toFixed(1)} MB import ${arch[i].importMs.toFixed(0)} ms, +derive ${arch[i].deriveMs.toFixed(0)} ms, peak ${arch[i].maxRssMB.toFixed(0)} MB`);
    }
    const mb = arch[0].bytes / 1048576;
    const importMBps = summarize(arch.map((a) => mb / ((a.readMs + a.importMs) / 1000)));
    const pipelineMBps = summarize(arch.map((a) => mb / ((a.readMs + a.importMs + a.deriveMs) / 1000)));
    const peakMB = summarize(arch.map((a) => a.maxRssMB));
    const result: IngestBenchResult = {
      name: 'ingest',
      archive: { reports, bytes: arch[0].bytes, documents: arch[0].documents },
      importMBps,
      pipelineMBps,
      peakMB,
      seed: { importMs: summarize(seed.map((s) => s.readMs + s.importMs)), pipelineMs: summarize(seed.map((s) => s.readMs + s.importMs + s.deriveMs)) },
      targets: { mbPerSecond: TARGET_MB_S, peakMB: TARGET_PEAK_MB },
      pass: importMBps.median >= TARGET_MB_S && peakMB.max < TARGET_PEAK_MB,
    };
    if (opts.write !== false) await writeResult('ingest', result);
    return result;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (k: string) => {
    const i = process.argv.indexOf(k);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  void runIngestBench({ reports: arg('--reports'), runs: arg('--runs') }).then((r) => console.log(JSON.stringify(r, null, 2)));
}
