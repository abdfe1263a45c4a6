/**
 * SIGKILL in the middle of an import, again and again: a child process imports reports of its own (and removes
 * and restores documents as it goes) until it is killed at a random moment. After every kill the archive must
 * be consistent — every file the database knows has its original, byte for byte, the database is at a whole
 * act of the ledger, phrase counts agree with their rows — and hold at least every file the child reported
 * imported; in the end a normal start replays what the database missed and the last run's files complete.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusService } from '../corpus-service';
import { PER_RUN, runFiles } from '../test-support/archive-import-loop';
import { openDb } from './db';
import { Ledger } from './ledger';
import { archivePaths } from './paths';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CHILD = path.join(ROOT, 'electron', 'services', 'test-support', 'archive-import-loop.ts');
/** Kills that must land before the child's import finished (runs that finished first do not count). */
const KILLS = 20;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gw-archive-kill-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Start the child; kill it `ms` after it has started importing. Resolves with what it printed. */
function runAndKill(seed: number, ms: number): Promise<{ out: string; killed: boolean; ranMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, path.join(ROOT, 'assets'), String(seed)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    let readyAt = 0;
    let doneAt = 0;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (!doneAt && /job done/.test(out)) doneAt = Date.now();
      if (!timer && out.includes('ready')) {
        readyAt = Date.now();
        timer = setTimeout(() => child.kill('SIGKILL'), ms);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' || /job done/.test(out)) resolve({ out, killed: signal === 'SIGKILL', ranMs: (doneAt || Date.now()) - readyAt });
      else reject(new Error(`child exited ${code}: ${err.slice(-2000)}`));
    });
  });
}

function checkConsistent(): { files: number; removed: number } {
  const p = archivePaths(dataDir);
  const db = openDb(p.db);
  try {
    const files = db.prepare('SELECT id, hash, ext FROM files WHERE builtin = 0').all() as { id: number; hash: string; ext: string }[];
    for (const f of files) {
      const bytes = readFileSync(path.join(p.originals, f.hash.slice(0, 2), f.hash + f.ext));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.hash);
      expect((db.prepare('SELECT count(*) AS n FROM documents WHERE file_id = ?').get(f.id) as { n: number }).n).toBeGreaterThan(0);
    }
    // The database has applied a prefix of the ledger, ending at a whole line.
    const offset = Number((db.prepare("SELECT value FROM meta WHERE key = 'ledger_offset'").get() as { value: string } | undefined)?.value ?? 0);
    const ledger = new Ledger(p.ledger);
    expect(offset).toBeLessThanOrEqual(ledger.size());
    const applied = ledger.readFrom(0).filter((e) => e.end <= offset);
    expect(applied.length === 0 || applied[applied.length - 1].end === offset || offset === 0).toBe(true);
    // Every file in the database was recorded in the ledger first.
    const logged = new Set(ledger.readFrom(0).flatMap((e) => (e.op.op === 'import' ? [e.op.hash] : [])));
    for (const f of files) expect(logged.has(f.hash)).toBe(true);
    // Phrase aggregates agree with their per-document rows.
    const bad = db
      .prepare(
        `SELECT count(*) AS n FROM phrases p WHERE p.docs != (SELECT count(*) FROM phrase_occ o JOIN documents d ON d.id = o.doc_id WHERE o.phrase_id = p.id AND d.removed_at IS NULL)`,
      )
      .get() as { n: number };
    expect(bad.n).toBe(0);
    const removed = (db.prepare('SELECT count(*) AS n FROM documents WHERE removed_at IS NOT NULL').get() as { n: number }).n;
    return { files: files.length, removed };
  } finally {
    db.close();
  }
}

describe('archive under SIGKILL', () => {
  it(`stays consistent through ${KILLS} kills in the middle of an import, and loses nothing that was imported`, async () => {
    let seen = 0;
    let midImport = 0;
    let rand = 12345;
    let run = 0;
    const next = () => ((rand = (rand * 48271) % 2147483647) / 2147483647);
    // Kill moments are drawn below the time a whole run takes on this machine: a run that finishes before its
    // kill teaches how long a run is (a faster engine or an idle machine must not turn kills into no-ops).
    let window = 1600;
    while (midImport < KILLS && run < 3 * KILLS) {
      const i = ++run;
      const { out, killed, ranMs } = await runAndKill(i, 50 + Math.floor(next() * (window - 50)));
      if (!killed || /job done/.test(out)) window = Math.max(100, Math.floor(ranMs * 0.8));
      const reports = [...out.matchAll(/^job (\w+) (\d+) /gm)];
      const last = reports[reports.length - 1];
      if (!/job done/.test(out) && Number(last?.[2] ?? 0) < PER_RUN) midImport++;
      const { files } = checkConsistent();
      // Every file reported imported (a report comes only after its commit) is there.
      expect(files).toBeGreaterThanOrEqual(seen + Number(last?.[2] ?? 0));
      seen = files;
    }
    expect(midImport).toBe(KILLS);

    // A normal start replays what the database missed; every logged import whose original was kept is in.
    const c = new CorpusService({ dataDir, assetsDir: path.join(ROOT, 'assets'), log: () => undefined });
    try {
      await c.idle();
      const { files } = checkConsistent();
      const p = archivePaths(dataDir);
      const kept = new Set(readdirSync(p.originals, { recursive: true }).map((n) => path.basename(String(n)).slice(0, 64)));
      const logged = new Ledger(p.ledger).readFrom(0).flatMap((e) => (e.op.op === 'import' && kept.has(e.op.hash) ? [e.op.hash] : []));
      expect(files).toBe(new Set(logged).size);
      // Temp files of killed writes are cleaned, never taken for originals.
      expect(readdirSync(p.originals, { recursive: true }).map(String).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      // The last run's files: those already in are recognised, the rest import.
      const r = await c.import(runFiles(run));
      expect(r.imported + r.issues.filter((x) => /内容相同/.test(x.message)).length).toBe(PER_RUN);
      expect(checkConsistent().files).toBe(files + r.imported);
    } finally {
      await c.close();
    }
  }, 600_000);
});
