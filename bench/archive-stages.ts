/**
 * Where a first import's time goes, stage by stage, in one thread: CPU milliseconds per report for reading
 * and hashing, the engine's analysis (decoding, structure, roles), the archive's derivation (phrases,
 * sections and their packed blocks, sentences for 复用率), the message that carries a derived file from an
 * analysis thread to the writer (postMessage's structured clone), the ledger and originals, the database transaction (and,
 * of it, the FTS5 index maintenance: the same writes with the index triggers dropped), and the group fsyncs.
 * Each stage is timed over the same reports R times; its median is shown, and as a ratio to a fixed piece of
 * CPU work timed in the same run (the floor), so figures from a loaded machine can be compared.
 *   npx tsx bench/archive-stages.ts [--reports 300] [--runs 3]
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { extractPhrases } from '../electron/core/corpus/phrases';
import { extractSections } from '../electron/core/corpus/sections';
import type { CorpusDocument } from '../electron/core/corpus/types';
import { openDb } from '../electron/services/archive/db';
import { analyseFile, deriveDocument, docKey, type DerivedDoc } from '../electron/services/archive/derive';
import { Ledger } from '../electron/services/archive/ledger';
import { Originals } from '../electron/services/archive/originals';
import { textKey } from '../electron/services/archive/text-key';
import { ArchiveWriter, type NewFile } from '../electron/services/archive/writer';
import { archiveFolder } from './archive';
import { summarize, writeResult } from './lib';

const BATCH = 64; // as the worker commits (worker.ts BATCH_FILES)
const FLOOR_INPUT = Float64Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 20_011);
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

interface Report {
  name: string;
  bytes: Uint8Array;
}

/** CPU ms per report of each stage, for one pass over the reports. */
async function pass(reports: Report[]): Promise<Record<string, number>> {
  const t: Record<string, number> = {};
  const time = <T>(k: string, f: () => T): T => {
    const a = cpuMs();
    const r = f();
    t[k] = (t[k] ?? 0) + cpuMs() - a;
    return r;
  };
  const analysed: { file: NewFile; bytes: Uint8Array; docs: CorpusDocument[] }[] = [];
  for (const r of reports) {
    const hash = time('read + hash', () => createHash('sha256').update(r.bytes).digest('hex'));
    const a = cpuMs();
    const { docs } = await analyseFile(r.name, r.bytes);
    t['analyse (engine)'] = (t['analyse (engine)'] ?? 0) + cpuMs() - a;
    analysed.push({ file: { hash, name: r.name, ext: '.txt', size: r.bytes.length, importedAt: new Date(0).toISOString(), builtin: false }, bytes: r.bytes, docs: docs.map((d, i) => ({ ...d, id: docKey(hash, i + 1) })) });
  }
  // The engine's parts of the derivation, each on its own (deriveDocument runs them again below).
  for (const a of analysed) {
    for (const d of a.docs) {
      time('  of which phrases', () => extractPhrases({ documents: [d], issues: [] }));
      time('  of which sections', () => extractSections({ documents: [d], issues: [] }));
    }
  }
  // With the text key, as an analysis thread answers (derive-pool.ts deriveRequest).
  const derived = analysed.map((a) => {
    const docs = time('derive (all rows)', () => a.docs.map((d, i) => deriveDocument(d, i + 1, null)));
    return { file: a.file, bytes: a.bytes, docs, textKey: time('derive (all rows)', () => (docs.length ? textKey(docs) : null)) };
  });
  // Posted and received as the analysis thread's answer is (v8.serialize would understate it: it writes a typed
  // array's own bytes, where postMessage clones the whole buffer behind it).
  const { port1, port2 } = new MessageChannel();
  const received = derived.map((d) => ({
    ...d,
    docs: time('message (clone)', () => {
      port1.postMessage({ docs: d.docs });
      return (receiveMessageOnPort(port2)!.message as { docs: DerivedDoc[] }).docs;
    }),
  }));
  port1.close();

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'gongwen-stages-'));
  try {
    const ledger = new Ledger(path.join(tmp, 'ledger.jsonl'));
    const originals = new Originals(path.join(tmp, 'originals'));
    // As the worker does: each original staged in a temp file (on libuv's threads, during analysis), then at the
    // commit a batch's ledger lines in one write and its originals renamed into place.
    for (let i = 0; i < received.length; i += BATCH) {
      const batch = received.slice(i, i + BATCH);
      const s0 = cpuMs();
      const staged = await Promise.all(batch.map((d) => originals.stage(d.file.hash, d.file.ext, d.bytes)));
      t['originals staged'] = (t['originals staged'] ?? 0) + cpuMs() - s0;
      time('ledger + place', () => {
        ledger.appendAll(batch.map(({ file: f }) => ({ op: 'import' as const, hash: f.hash, name: f.name, ext: f.ext, size: f.size, at: f.importedAt })));
        for (const s of staged) originals.place(s);
      });
    }
    const f0 = cpuMs();
    await Promise.all([originals.flush(), ledger.syncInBackground()]);
    t['fsyncs (one group)'] = cpuMs() - f0;
    for (const [k, noFts] of [['write (transaction)', false], ['write without FTS5', true]] as const) {
      const db = openDb(path.join(tmp, `${noFts ? 'nofts' : 'db'}.sqlite`));
      if (noFts) db.exec('DROP TRIGGER sections_ai; DROP TRIGGER sentences_ai;');
      const w = new ArchiveWriter(db);
      for (let i = 0; i < received.length; i += BATCH) time(k, () => w.addFiles(received.slice(i, i + BATCH), i + 1));
      db.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const k of Object.keys(t)) t[k] /= reports.length;
  t['  of which FTS5'] = t['write (transaction)'] - t['write without FTS5'];
  delete t['write without FTS5'];
  return t;
}

function floorMs(): number {
  const a = cpuMs();
  for (let i = 0; i < 20; i++) FLOOR_INPUT.slice().sort();
  return (cpuMs() - a) / 20;
}

export async function runStagesBench(opts: { reports?: number; runs?: number; log?: (s: string) => void; write?: boolean } = {}) {
  const log = opts.log ?? console.log;
  const n = opts.reports ?? 300;
  const dir = archiveFolder(n <= 60 ? 60 : 1000);
  const reports = readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .slice(0, n)
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }));
  const mb = reports.reduce((s, r) => s + r.bytes.length, 0) / 1048576;
  await pass(reports.slice(0, Math.min(30, reports.length))); // warm-up
  const runs: Record<string, number>[] = [];
  const floors: number[] = [];
  for (let i = 0; i < (opts.runs ?? 3); i++) {
    floors.push(floorMs());
    runs.push(await pass(reports));
    floors.push(floorMs());
  }
  const floor = summarize(floors).median;
  const stages = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, summarize(runs.map((r) => r[k])).median]));
  const total = Math.round(Object.entries(stages).filter(([k]) => !k.startsWith(' ')).reduce((s, [, v]) => s + v, 0) * 1000) / 1000;
  log(`（${reports.length} 篇，${mb.toFixed(1)} MB；负载 ${os.loadavg()[0].toFixed(1)}；固定计算 ${floor.toFixed(3)} ms）`);
  for (const [k, v] of Object.entries(stages)) log(`  ${k.padEnd(22)} ${v.toFixed(3).padStart(7)} ms/篇  ×floor ${(v / floor).toFixed(2).padStart(6)}  ${((v / total) * 100).toFixed(0).padStart(3)}%`);
  log(`  ${'total'.padEnd(22)} ${total.toFixed(3).padStart(7)} ms/篇  ×floor ${(total / floor).toFixed(2).padStart(6)}  → ${(mb / ((total * reports.length) / 1000)).toFixed(2)} MB/CPU·s`);
  const result = { name: 'archive-stages', node: process.version, loadAverage: os.loadavg()[0], reports: reports.length, MB: mb, floorMs: floor, stagesMsPerReport: stages, totalMsPerReport: total, MBperCpuSecond: mb / ((total * reports.length) / 1000) };
  if (opts.write !== false) await writeResult('archive-stages', result);
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (k: string) => {
    const i = process.argv.indexOf(k);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  void runStagesBench({ reports: arg('--reports'), runs: arg('--runs'), write: false });
}
