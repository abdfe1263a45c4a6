/**
 * The archive worker (a node:worker_threads thread): the only writer of the archive. It analyses files with
 * the corpus engine, keeps the originals, appends the ledger and writes the database, so the host's event
 * loop only ever answers queries — an import of a thousand files leaves autosave and the UI responsive.
 *
 * Order of one import, chosen so that a kill at any point leaves a whole act or none: analyse (nothing
 * written yet) → append the ledger → keep the original → one database transaction (which records the ledger
 * offset). Killed before the ledger line: nothing happened. After it: the next start replays the line from
 * the kept original (or skips it if the original never got written: the import did not happen).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { ArchiveStatus, ErrorCode, ImportJob } from '../../api';
import { baseName, extensionOf, SUPPORTED_EXTENSIONS } from '../../core/corpus/import';
import { readInputFiles } from '../corpus-files';
import { fsErrorMessage } from '../fs-errors';
import { ENGINE_REVISION } from '../../core/corpus/revision';
import { deriveSkeletons } from '../../core/corpus/skeletons';
import type { CorpusDocument, ImportIssue } from '../../core/corpus/types';
import { GENRES, ROLES } from '../../core/draft/model';
import { applyCorrections, type DocumentCorrections } from './corrections';
import { getMeta, openDb, setMeta } from './db';
import { analyseFile, docKey, type DerivedDoc } from './derive';
import { analyserCount, DerivePool, deriveRequest, serveDerive, type Derived } from './derive-pool';
import { Ledger, type LedgerOp } from './ledger';
import { archivePaths, SEED_FILE } from './paths';
import { contentHash, Originals, type Staged } from './originals';
import type { Command, FromWorker, ImportInput, ToWorker, WorkerInit } from './protocol';
import { SCHEMA_VERSION } from './schema';
import { startThread } from './thread';
import { ArchiveWriter, type FileRecord, type NewFile, WRITER_ROWS } from './writer';

/** Skeletons are derived from the latest this-many documents of each genre: the house style as it is now. */
export const SKELETON_SAMPLE = 100;
/** Removed documents can be restored for this long; then their rows (and unused originals) are purged. */
export const KEEP_REMOVED_DAYS = 30;
/** A job announced with more files than it received gives up waiting for the rest after this long. */
const APPEND_TIMEOUT_MS = 120_000;
/**
 * Notices (web lines dropped, copies skipped) kept per job: a folder of 10,000 files would otherwise carry as many in
 * every progress answer. A file that could not be imported is always kept: the outcome counts them from the list.
 */
const MAX_ISSUES = 1000;
/** An import commits after this many files or this much time, whichever first. */
const BATCH_FILES = 64;
const BATCH_MS = 1000;
/** Files handed to each analysis thread ahead of the one being committed. */
const AHEAD_PER_THREAD = 16;
/** During a long import, originals and ledger are flushed to disk this often. */
const DURABLE_MS = 5000;

interface Prepared {
  file: NewFile;
  /** Its original, written ahead in a temp file (Originals.stage); the commit renames it into place. */
  staged: Staged;
  docs: DerivedDoc[];
  /** What says another file holds the same text (text-key.ts). */
  textKey: string;
}

/** `pending` holds text keys beside content hashes, under this prefix. */
const TEXT = 'text:';

/** A stored file derived again, waiting for its commit. */
interface Rederived {
  fileId: number;
  docs: DerivedDoc[];
  error: string | null;
}

interface Outcome {
  status: 'imported' | 'skipped' | 'failed';
  issues: ImportIssue[];
  genres: string[];
  prepared?: Prepared;
}

class UserFacingError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode = 'REFUSED',
  ) {
    super(message);
  }
}

interface JobState {
  job: ImportJob;
  pending: ImportInput[];
  expected: number;
  received: number;
  cancelled: boolean;
  wake: (() => void) | null;
  genres: Set<string>;
  lastPost: number;
}

let post: (m: FromWorker) => void = (m) => parentPort!.postMessage(m);
const now = () => new Date().toISOString();
const tick = () => new Promise<void>((r) => setImmediate(r));

export class ArchiveWorker {
  /** `report` replaces the message port (the crash tests run a worker's work in a child process's main thread). */
  constructor(report?: (m: FromWorker) => void) {
    if (report) post = report;
  }

  private writer!: ArchiveWriter;
  /** Analysis threads, when the machine has cores to spare (else files are analysed in this thread). */
  private pool: DerivePool | null = null;
  private originals!: Originals;
  private ledger!: Ledger;
  private init!: WorkerInit;
  private seedBytes!: Uint8Array;
  private readonly jobs = new Map<string, JobState>();
  private readonly queue: JobState[] = [];
  private pumping = false;
  /** Set while the ledger is replayed: acts wait for it, so the database applies the ledger strictly in order. */
  private replaying: Promise<void> | null = null;
  private startup: Promise<void> = Promise.resolve();
  private readonly dirtyGenres = new Set<string>();
  /** The skeleton rules' fingerprint to record once every genre's skeleton has been derived again by them. */
  private skeletonRules: string | null = null;
  private refreshing: Promise<void> | null = null;
  private refreshTimer: NodeJS.Timeout | null = null;
  private inFlight = 0;

  async start(init: WorkerInit): Promise<void> {
    this.init = init;
    const p = archivePaths(init.dataDir);
    fs.mkdirSync(p.root, { recursive: true });
    this.originals = new Originals(p.originals);
    this.ledger = new Ledger(p.ledger);
    this.writer = new ArchiveWriter(openDb(p.db));
    this.seedBytes = new Uint8Array(fs.readFileSync(path.join(init.assetsDir, SEED_FILE)));
    const analysers = init.analysers ?? analyserCount();
    if (init.script && analysers > 0) {
      const script = init.script;
      this.pool = new DerivePool(analysers, (limits) => startThread(script, { archiveWorker: true, role: 'derive' }, limits));
    }
    if (getMeta(this.writer.db, 'genres') !== GENRES.join(',')) this.writer.recomputeAllPhrases();
    const seedDocs = await this.ensureSeed();
    // A first start answers with the seed's skeletons at once (the skeleton picker is the first screen).
    if (seedDocs) await this.refresh();
    post({ t: 'ready' });
    this.startup = this.background(seedDocs);
    this.replaying = this.startup;
    await this.startup;
  }

  /** A flush running on libuv's threads while an import goes on (durableSoon), if any. */
  private flushing: Promise<void> | null = null;

  /** The originals and ledger lines written so far made durable, without waiting: the fsyncs start now (unless some still run). */
  private durableSoon(): void {
    if (this.flushing) return;
    const done = Promise.all([this.originals.flush(), this.ledger.syncInBackground()]);
    this.flushing = done.then(
      () => {
        this.flushing = null;
      },
      () => {
        this.flushing = null;
      },
    );
  }

  /** The originals and ledger lines written so far made durable, waited for (see Originals.flush). */
  private async durableNow(): Promise<void> {
    if (this.flushing) await this.flushing;
    await Promise.all([this.originals.flush(), this.ledger.syncInBackground()]);
  }

  // ---- start-up ----

  /** The built-in corpus in the database, derived again when the shipped seed changed. Returns its derived documents. */
  private async ensureSeed(): Promise<DerivedDoc[] | null> {
    const hash = contentHash(this.seedBytes);
    const have = this.writer.fileByHash(hash);
    if (have?.builtin) return null;
    const kept = this.writer.dropBuiltin();
    const docs = await this.deriveFile(hash, SEED_FILE, this.seedBytes, true, kept);
    this.writer.addFile({ hash, name: SEED_FILE, ext: '.txt', size: this.seedBytes.length, importedAt: now(), builtin: true }, docs.docs, null);
    setMeta(this.writer.db, 'seed_hash', hash);
    for (const d of docs.docs) this.dirtyGenres.add(d.genre);
    return docs.docs;
  }

  private async background(seedDocs: DerivedDoc[] | null): Promise<void> {
    try {
      await this.replayLedger();
    } finally {
      this.replaying = null;
    }
    if (this.adoptOrphanOriginals()) await this.replayLedger();
    await this.migrateLegacy();
    await this.reindexIfEngineChanged(seedDocs);
    await this.rederiveSkeletonsIfRulesChanged();
    this.purge();
    if (!this.writer.db.prepare('SELECT 1 FROM skeletons LIMIT 1').get()) for (const g of this.writer.genres()) this.dirtyGenres.add(g);
    this.scheduleRefresh(0);
  }

  /** Apply the acts the database has not seen (after a crash, or all of them when the database was rebuilt). */
  private async replayLedger(): Promise<void> {
    const offset = this.writer.ledgerOffset();
    const size = this.ledger.size();
    const hasImported = !!this.writer.db.prepare('SELECT 1 FROM files WHERE builtin = 0 LIMIT 1').get();
    if ((!this.ledger.exists() && hasImported) || size < offset) {
      // The ledger is gone or lost its tail (a power cut): the database is the newer record; write it down again.
      this.writer.setLedgerOffset(this.ledger.rewrite(this.snapshotOps()));
      return;
    }
    const entries = this.ledger.readFrom(offset);
    if (!entries.length) return;
    const imports = entries.filter((e) => e.op.op === 'import').length;
    let done = 0;
    const report = () => imports > 20 && post({ t: 'task', task: { kind: 'rebuild', done, total: imports } });
    report();
    for (const { op, end } of entries) {
      switch (op.op) {
        case 'import': {
          if (this.writer.fileByHash(op.hash) || !this.originals.has(op.hash, op.ext)) {
            // Already in, or its original never got written (the import did not happen) or was purged.
            this.writer.setLedgerOffset(end);
            break;
          }
          const r = await this.deriveStored(op.hash, op.name, () => this.originals.read(op.hash, op.ext), false, new Map());
          if (r.error) this.recordBroken(op, r.error, end);
          else this.writer.addFile({ hash: op.hash, name: op.name, ext: op.ext, size: op.size, importedAt: op.at, builtin: false }, r.docs, end);
          for (const d of r.docs) this.dirtyGenres.add(d.genre);
          done++;
          if (done % 10 === 0) report();
          await tick();
          break;
        }
        case 'remove':
        case 'reset':
          this.markDirty(this.writer.remove(op.op === 'reset' ? 'all-imported' : op.keys, op.token, op.at, end).genres);
          break;
        case 'restore':
          this.markDirty(this.writer.restore(op, end).genres);
          break;
        case 'correct':
          await this.rederive(op.key, op.corrections, end);
          break;
      }
    }
    post({ t: 'task', task: null });
  }

  /** A file that can no longer be analysed stays listed (one document, no rows) so the user can see and remove it. */
  private recordBroken(op: Extract<LedgerOp, { op: 'import' }>, error: string, end: number): void {
    this.writer.addFile({ hash: op.hash, name: op.name, ext: op.ext, size: op.size, importedAt: op.at, builtin: false }, [stubDoc(op.hash, op.name)], end, error);
  }

  /** The ledger written again from the database (when it was lost): every import, correction and removal. */
  private snapshotOps(): LedgerOp[] {
    const db = this.writer.db;
    const ops: LedgerOp[] = [];
    for (const f of db.prepare('SELECT hash, name, ext, size, imported_at AS at FROM files WHERE builtin = 0 ORDER BY id').all() as { hash: string; name: string; ext: string; size: number; at: string }[]) {
      ops.push({ op: 'import', ...f });
    }
    for (const d of db.prepare('SELECT key, corrections FROM documents WHERE corrections IS NOT NULL').all() as { key: string; corrections: string }[]) {
      ops.push({ op: 'correct', key: d.key, corrections: JSON.parse(d.corrections), at: now() });
    }
    const removed = db.prepare('SELECT key, removal, removed_at AS at FROM documents WHERE removed_at IS NOT NULL ORDER BY removal').all() as { key: string; removal: string; at: string }[];
    const byToken = new Map<string, { keys: string[]; at: string }>();
    for (const r of removed) {
      const e = byToken.get(r.removal) ?? { keys: [], at: r.at };
      e.keys.push(r.key);
      byToken.set(r.removal, e);
    }
    for (const [token, e] of byToken) ops.push({ op: 'remove', token, keys: e.keys, at: e.at });
    return ops;
  }

  /**
   * Originals no act refers to: only when the database and the ledger were both lost. Nothing the user
   * imported is thrown away: each is imported again under a name saying it was recovered.
   */
  private adoptOrphanOriginals(): boolean {
    const known = new Set((this.writer.db.prepare('SELECT hash FROM files').all() as { hash: string }[]).map((r) => r.hash));
    const orphans = this.originals.list().filter((o) => !known.has(o.hash));
    if (!orphans.length) return false;
    for (const o of orphans) {
      const name = `恢复的材料-${o.hash.slice(0, 8)}${o.ext}`;
      this.ledger.append({ op: 'import', hash: o.hash, name, ext: o.ext, size: this.originals.read(o.hash, o.ext).length, at: now() });
    }
    post({ t: 'notice', text: `语料库记录丢失，已从保留的原始文件中找回 ${orphans.length} 份材料（文件名无法恢复，以“恢复的材料”命名）。` });
    return true;
  }

  /** Files of the data directory's old `corpus/` folder, imported once; each is deleted only after it is in the archive. */
  private async migrateLegacy(): Promise<void> {
    const dir = archivePaths(this.init.dataDir).legacy;
    let names: string[];
    try {
      names = fs.readdirSync(dir).sort();
    } catch {
      return;
    }
    const files = names.filter((n) => !/^\..*\.tmp$/.test(n) && fs.statSync(path.join(dir, n)).isFile());
    let done = 0;
    const failed: ImportIssue[] = [];
    const migrated: string[] = [];
    for (const n of files) {
      post({ t: 'task', task: { kind: 'migrate', done, total: files.length } });
      const p = path.join(dir, n);
      let bytes: Uint8Array;
      let at: string;
      try {
        bytes = new Uint8Array(fs.readFileSync(p));
        at = fs.statSync(p).mtime.toISOString();
      } catch (e) {
        failed.push({ file: n, message: `无法读取：${(e as Error).message}`, severity: 'error' });
        continue;
      }
      const r = await this.prepareImport({ name: n, bytes }, at, new Map(), true);
      if (r.prepared) this.commitImports([r.prepared]);
      if (r.status === 'failed') failed.push(...r.issues.filter((i) => i.severity === 'error'));
      else migrated.push(p);
      this.markDirty(r.genres);
      done++;
      await tick();
    }
    // Deleted only once their copies in the archive are on disk.
    await this.durableNow();
    for (const p of migrated) fs.rmSync(p, { force: true });
    post({ t: 'task', task: null });
    try {
      if (!fs.readdirSync(dir).length) fs.rmdirSync(dir);
    } catch {
      // Left in place; nothing depends on it.
    }
    if (failed.length) post({ t: 'notice', text: `原语料文件夹中有 ${failed.length} 份材料未能迁入新的语料库，原文件仍保留在 ${dir}：${failed.slice(0, 3).map((i) => `${i.file}（${i.message}）`).join('；')}` });
  }

  /** A new version of the corpus engine derives differently: every file is derived again (its acts kept). */
  private async reindexIfEngineChanged(seedDocs: DerivedDoc[] | null): Promise<void> {
    const docs = seedDocs ?? (await this.deriveFile(contentHash(this.seedBytes), SEED_FILE, this.seedBytes, true, new Map())).docs;
    // Bytes read as a Buffer whichever way they came: derived here they are Buffers, which JSON writes through their
    // toJSON; derived on an analysis thread they arrive as plain Uint8Arrays (structured clone), which it writes as
    // objects — and the same engine would look like another one.
    const asBuffer = (_k: string, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v.buffer, v.byteOffset, v.byteLength).toJSON() : v);
    const fingerprint = contentHash(new TextEncoder().encode(JSON.stringify({ docs, GENRES, ROLES, SCHEMA_VERSION, WRITER_ROWS, ENGINE_REVISION }, asBuffer)));
    const stored = getMeta(this.writer.db, 'engine');
    if (stored === fingerprint) return;
    if (stored !== undefined) {
      // As an import goes: files derived ahead on the analysis threads, committed a batch per transaction.
      const files = this.writer.files().filter((f) => !f.builtin);
      const depth = this.pool ? this.pool.size * AHEAD_PER_THREAD + BATCH_FILES : 1;
      const ahead: Promise<Rederived>[] = [];
      let batch: Rederived[] = [];
      let next = 0;
      let done = 0;
      let batchStarted = Date.now();
      post({ t: 'task', task: { kind: 'reindex', done, total: files.length } });
      while (done < files.length) {
        while (ahead.length < depth && next < files.length) ahead.push(this.prepareRederive(files[next++], new Map()));
        batch.push(await ahead.shift()!);
        done++;
        if (batch.length >= BATCH_FILES || Date.now() - batchStarted >= BATCH_MS || done === files.length) {
          this.commitRederived(batch, null);
          batch = [];
          batchStarted = Date.now();
          post({ t: 'task', task: { kind: 'reindex', done, total: files.length } });
        }
        await tick();
      }
      post({ t: 'task', task: null });
      // The seed is derived again too (its rows came from the old engine).
      const seed = this.writer.files().find((f) => f.builtin);
      if (seed) await this.rederiveFile(seed, new Map(), null);
      for (const g of this.writer.genres()) this.dirtyGenres.add(g);
    }
    setMeta(this.writer.db, 'engine', fingerprint);
  }

  /**
   * Skeletons are derived from a sample at refresh, not per file, so a new version whose skeleton rules changed (and
   * nothing else: the files' rows are the same) would keep showing the old ones until the next import. The rules'
   * fingerprint is the seed's skeletons; when it differs, every genre's skeleton is derived again. (Recorded once the
   * refresh has run, so a kill before it tries again.)
   */
  private async rederiveSkeletonsIfRulesChanged(): Promise<void> {
    const { docs } = await analyseFile(SEED_FILE, this.seedBytes);
    const fingerprint = contentHash(new TextEncoder().encode(JSON.stringify(deriveSkeletons({ documents: docs, issues: [] }))));
    if (getMeta(this.writer.db, 'skeleton_rules') === fingerprint) return;
    for (const g of this.writer.genres()) this.dirtyGenres.add(g);
    this.skeletonRules = fingerprint;
  }

  private purge(): void {
    const before = new Date(Date.now() - KEEP_REMOVED_DAYS * 86_400_000).toISOString();
    for (const o of this.writer.purgeRemoved(before)) this.originals.remove(o.hash, o.ext);
  }

  // ---- deriving ----

  private deriveFile(hash: string, name: string, bytes: Uint8Array, builtin: boolean, corrections: Map<string, DocumentCorrections | null>): Promise<Derived> {
    const req = { hash, name, bytes, builtinName: builtin ? SEED_FILE : undefined, corrections: Object.fromEntries(corrections) };
    return this.pool ? this.pool.run(req) : deriveRequest(req);
  }

  private bytesOf(f: FileRecord): Uint8Array {
    return f.builtin ? this.seedBytes : this.originals.read(f.hash, f.ext);
  }

  /**
   * A stored file analysed again. A file during whose analysis a worker died, or that the engine can no longer
   * read, comes back as an error (and is kept, listed, so the user can remove it).
   */
  private async deriveStored(hash: string, name: string, bytes: () => Uint8Array, builtin: boolean, corrections: Map<string, DocumentCorrections | null>): Promise<{ docs: DerivedDoc[]; error: string | null }> {
    if (this.init.poisoned.includes(hash)) return { docs: [], error: '分析此文件时程序意外退出，已跳过' };
    // Only when this thread analyses (no pool): the host blames the file being analysed if the worker dies. An
    // analysis thread that dies fails its own file (derive-pool.ts), and several are analysed at once.
    if (!this.pool) post({ t: 'working', hash });
    try {
      const r = await this.deriveFile(hash, name, bytes(), builtin, corrections);
      return { docs: r.docs, error: r.docs.length ? null : r.issues.find((i) => i.severity === 'error')?.message ?? '文件中没有可分析的正文' };
    } catch (e) {
      return { docs: [], error: `分析失败：${(e as Error).message}` };
    } finally {
      if (!this.pool) post({ t: 'working', hash: null });
    }
  }

  /** The file's documents derived again with their stored corrections, `override` replacing some. */
  private async rederiveFile(f: FileRecord, override: Map<string, DocumentCorrections | null>, ledgerEnd: number | null): Promise<void> {
    const r = await this.prepareRederive(f, override);
    // Synchronous from here: the database catches up with the ledger line (if any) in one transaction.
    this.commitRederived([r], ledgerEnd);
  }

  private async prepareRederive(f: FileRecord, override: Map<string, DocumentCorrections | null>): Promise<Rederived> {
    const stored = new Map(this.writer.docsOfFile(f.id).map((d) => [d.key, d.corrections]));
    for (const g of this.writer.genresOfKeys([...stored.keys()])) this.dirtyGenres.add(g);
    const r = await this.deriveStored(f.hash, f.name, () => this.bytesOf(f), f.builtin, new Map([...stored, ...override]));
    return { fileId: f.id, docs: r.error ? [stubDoc(f.hash, f.name)] : r.docs, error: r.error };
  }

  private commitRederived(batch: Rederived[], ledgerEnd: number | null): void {
    this.writer.replaceFiles(batch, ledgerEnd);
    for (const r of batch) for (const d of r.docs) this.dirtyGenres.add(d.genre);
  }

  private async rederive(key: string, corrections: DocumentCorrections | null, ledgerEnd: number | null): Promise<void> {
    const f = this.writer.fileOfDoc(key);
    if (!f) {
      if (ledgerEnd !== null) this.writer.setLedgerOffset(ledgerEnd);
      return;
    }
    await this.rederiveFile(f, new Map([[key, corrections]]), ledgerEnd);
  }

  // ---- importing ----

  /**
   * One file up to its commit: read, check, analyse and derive; never throws (a failure is an issue).
   * `pending` maps the hashes of files prepared or being prepared but not yet committed to their names, so a
   * duplicate within one import is caught too (the caller removes them once committed).
   */
  private async prepareImport(input: ImportInput, at: string, pending: Map<string, string>, legacy = false, cancelled = () => false): Promise<Outcome> {
    let name: string;
    let bytes: Uint8Array;
    if ('path' in input) {
      const read = await readInputFiles([input.path]);
      // Cancelled while it was read: nothing is done with it (not even bringing back a removed twin).
      if (cancelled()) return { status: 'skipped', issues: [], genres: [] };
      if (!read.files.length) return { status: 'failed', issues: read.issues, genres: [] };
      name = input.path;
      bytes = read.files[0].bytes;
    } else ({ name, bytes } = input);
    const base = baseName(name);
    const ext = extensionOf(base);
    // The old corpus folder may hold a file stored without an extension (a file named just `.txt` became `txt`).
    // (.doc goes on to the engine, which says to save it as .docx.)
    if (!SUPPORTED_EXTENSIONS.includes(ext) && ext !== '.doc' && !(legacy && ext === '')) {
      return { status: 'failed', issues: [{ file: name, message: `不支持的文件类型（只支持 ${SUPPORTED_EXTENSIONS.join('、')}）`, severity: 'error' }], genres: [] };
    }
    const hash = contentHash(bytes);
    const twin = pending.get(hash);
    if (twin !== undefined) return { status: 'skipped', issues: [{ file: name, message: `与同批导入的“${twin}”内容相同，已跳过`, severity: 'warning' }], genres: [] };
    const existing = this.writer.fileByHash(hash);
    if (existing) {
      const docs = this.writer.docsOfFile(existing.id);
      const removed = docs.filter((d) => d.removedAt);
      if (removed.length && removed.length === docs.length) {
        // The same content was removed earlier: importing it again brings it back.
        const keys = removed.map((d) => d.key);
        const end = this.ledger.append({ op: 'restore', keys, at: now() });
        const r = this.writer.restore({ keys }, end);
        return { status: 'imported', issues: [], genres: r.genres };
      }
      const same = existing.builtin ? '内置语料' : `“${existing.name}”`;
      return { status: 'skipped', issues: [{ file: name, message: `与已导入的${same}内容相同，已跳过`, severity: 'warning' }], genres: [] };
    }
    pending.set(hash, base);
    // The original is written (to a temp file) while the file is analysed: see Originals.stage.
    const staging = this.originals.stage(hash, ext, bytes).then(
      (staged) => ({ staged }),
      (error: unknown) => ({ error }),
    );
    const drop = async (outcome: Outcome): Promise<Outcome> => {
      pending.delete(hash);
      const st = await staging;
      if ('staged' in st) this.originals.discard(st.staged);
      return outcome;
    };
    let derived;
    try {
      if (!this.pool) post({ t: 'working', hash });
      derived = await this.deriveFile(hash, base, bytes, false, new Map());
    } catch (e) {
      return drop({ status: 'failed', issues: [{ file: name, message: `分析失败：${(e as Error).message}`, severity: 'error' }], genres: [] });
    } finally {
      if (!this.pool) post({ t: 'working', hash: null });
    }
    if (!derived.docs.length) return drop({ status: 'failed', issues: derived.issues, genres: [] });
    // The same text in other bytes (a .docx and its .txt, a report re-saved by Word): skipped as a copy, before
    // any ledger line, so a rebuild from the ledger never meets it.
    const key = derived.textKey!;
    const textTwin = pending.get(TEXT + key);
    if (textTwin !== undefined) return drop({ status: 'skipped', issues: [{ file: name, message: `与同批导入的“${textTwin}”文字相同，已跳过`, severity: 'warning' }], genres: [] });
    const sameText = this.writer.liveFileByTextKey(key);
    if (sameText) {
      const same = sameText.builtin ? '内置语料' : `“${sameText.name}”`;
      return drop({ status: 'skipped', issues: [{ file: name, message: `与已导入的${same}文字相同，已跳过`, severity: 'warning' }], genres: [] });
    }
    pending.set(TEXT + key, base);
    const st = await staging;
    if ('error' in st) {
      pending.delete(hash);
      pending.delete(TEXT + key);
      return { status: 'failed', issues: [{ file: name, message: fsErrorMessage(st.error, '保存原始文件'), severity: 'error' }], genres: [] };
    }
    return {
      status: 'imported',
      issues: derived.issues.map((i) => ({ ...i, file: name })),
      genres: derived.docs.map((d) => d.genre),
      prepared: { file: { hash, name: base, ext, size: bytes.length, importedAt: at, builtin: false }, staged: st.staged, docs: derived.docs, textKey: key },
    };
  }

  /**
   * Prepared files committed together: their ledger lines, their originals, one transaction. Synchronous
   * throughout, so no other act can come between a ledger line and the transaction that applies it.
   */
  private commitImports(batch: Prepared[]): void {
    if (!batch.length) return;
    // The batch's ledger lines in one write, then its originals: a kill in between leaves lines whose
    // original is missing, which a replay skips (the import did not happen), as for a single file.
    const end = this.ledger.appendAll(batch.map(({ file: f }) => ({ op: 'import' as const, hash: f.hash, name: f.name, ext: f.ext, size: f.size, at: f.importedAt })));
    for (const p of batch) this.originals.place(p.staged);
    this.writer.addFiles(
      batch.map((p) => ({ file: p.file, docs: p.docs, textKey: p.textKey })),
      end,
    );
    batch.length = 0;
  }

  /** `issues`: what the host already knows to say about the import (files of a folder left out by type). */
  startJob(id: string, files: ImportInput[], expected: number, issues: ImportIssue[] = []): void {
    const st: JobState = {
      job: { id, state: 'running', total: Math.max(expected, files.length), done: 0, current: null, imported: 0, skipped: 0, issues: [...issues] },
      pending: [...files],
      expected: Math.max(expected, files.length),
      received: files.length,
      cancelled: false,
      wake: null,
      genres: new Set(),
      lastPost: 0,
    };
    this.jobs.set(id, st);
    this.queue.push(st);
    this.postJob(st, true);
    void this.pump();
  }

  append(id: string, files: ImportInput[]): void {
    const st = this.jobs.get(id);
    if (!st || st.job.state !== 'running' || st.cancelled) return;
    st.pending.push(...files);
    st.received += files.length;
    st.expected = Math.max(st.expected, st.received);
    st.job.total = st.expected;
    st.wake?.();
    this.postJob(st, true);
  }

  cancel(id: string): void {
    const st = this.jobs.get(id);
    if (!st || st.job.state !== 'running') return;
    st.cancelled = true;
    st.wake?.();
  }

  private postJob(st: JobState, force = false): void {
    const t = Date.now();
    if (!force && t - st.lastPost < 100) return;
    st.lastPost = t;
    post({ t: 'job', job: { ...st.job, issues: [...st.job.issues] } });
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      await this.startup.catch(() => undefined);
      while (this.queue.length) {
        const st = this.queue[0];
        await this.runJob(st);
        this.queue.shift();
      }
    } finally {
      this.pumping = false;
    }
  }

  private async runJob(st: JobState): Promise<void> {
    const { job } = st;
    // Files are prepared (read, analysed) a few at a time when analysis threads are there, and committed in
    // their order, in batches of a few hundred milliseconds of work (see ArchiveWriter.addFiles). A file
    // counts as done once committed, so the progress never runs ahead of what is safely in.
    // With analysis threads, enough files are handed out that the threads keep working while this thread
    // commits a batch (a few hundred milliseconds, during which it cannot hand out more): a whole batch more
    // than the threads hold. With only AHEAD_PER_THREAD, the one analysis thread of a two-core machine sat
    // idle for 4.6 s of an 11 s import of 1,000 reports (CPU profile), waiting for commits to end.
    const depth = this.pool ? this.pool.size * AHEAD_PER_THREAD + BATCH_FILES : 1;
    const inFlight: { name: string; outcome: Promise<Outcome>; settled?: Outcome }[] = [];
    const pendingHashes = new Map<string, string>();
    const batch: Prepared[] = [];
    let inBatch: Outcome[] = [];
    let batchStarted = 0;
    let lastDurable = Date.now();
    const flush = () => {
      this.commitImports(batch);
      for (const r of inBatch) {
        if (r.prepared) {
          pendingHashes.delete(r.prepared.file.hash);
          pendingHashes.delete(TEXT + r.prepared.textKey);
        }
        if (r.status === 'imported') job.imported++;
        else if (r.status === 'skipped') job.skipped++;
        for (const i of r.issues) if (i.severity === 'error' || job.issues.length < MAX_ISSUES) job.issues.push(i);
        for (const g of r.genres) st.genres.add(g);
        job.done++;
      }
      inBatch = [];
      this.postJob(st);
    };
    try {
      for (;;) {
        if (st.cancelled) break;
        while (inFlight.length < depth && st.pending.length) {
          const input = st.pending.shift()!;
          const name = 'path' in input ? input.path : input.name;
          const f: (typeof inFlight)[number] = { name, outcome: this.prepareImport(input, now(), pendingHashes, false, () => st.cancelled) };
          void f.outcome.then((r) => (f.settled = r));
          inFlight.push(f);
        }
        const head = inFlight.shift();
        if (!head) {
          flush();
          if (st.cancelled || st.received >= st.expected) break;
          const woke = await new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => resolve(false), APPEND_TIMEOUT_MS);
            st.wake = () => {
              clearTimeout(timer);
              resolve(true);
            };
          });
          st.wake = null;
          if (!woke) {
            job.issues.push({ file: '', message: `等待其余 ${st.expected - st.received} 个文件超时，导入已结束`, severity: 'warning' });
            break;
          }
          continue;
        }
        job.current = head.name;
        this.postJob(st);
        if (!inBatch.length) batchStarted = Date.now();
        const r = await head.outcome;
        if (r.prepared) batch.push(r.prepared);
        inBatch.push(r);
        if (batch.length >= BATCH_FILES || Date.now() - batchStarted >= BATCH_MS) flush();
        if (Date.now() - lastDurable >= DURABLE_MS) {
          this.durableSoon();
          lastDurable = Date.now();
        }
        await tick();
      }
      // A cancel lets the files already analysed in (each is whole); those still being analysed are dropped.
      await tick();
      let whole = true;
      for (const f of inFlight.splice(0)) {
        whole &&= !!f.settled;
        if (whole) {
          if (f.settled!.prepared) batch.push(f.settled!.prepared);
          inBatch.push(f.settled!);
        } else void f.outcome.then((r) => r.prepared && this.originals.discard(r.prepared.staged));
      }
      flush();
      job.state = st.cancelled ? 'cancelled' : 'done';
    } catch (e) {
      job.state = 'failed';
      job.error = `导入中断：${(e as Error).message}`;
    }
    job.current = null;
    await this.durableNow();
    this.markDirty([...st.genres]);
    this.postJob(st, true);
  }

  // ---- acts from the user ----

  async call(cmd: Command): Promise<unknown> {
    if (this.replaying) await this.replaying;
    this.inFlight++;
    try {
      switch (cmd.op) {
        case 'remove': {
          const builtin = cmd.keys.filter((k) => this.writer.fileOfDoc(k)?.builtin);
          if (builtin.length) throw new UserFacingError('内置语料不能移除（可在文档中选择“不参与提取”）', 'NOT_ALLOWED');
          const token = randomUUID();
          const at = now();
          const end = this.ledger.append({ op: 'remove', keys: cmd.keys, token, at });
          const r = this.writer.remove(cmd.keys, token, at, end);
          this.ledger.sync();
          this.markDirty(r.genres);
          return { removed: r.removed, undo: token };
        }
        case 'reset': {
          const token = randomUUID();
          const at = now();
          const end = this.ledger.append({ op: 'reset', token, at });
          const r = this.writer.remove('all-imported', token, at, end);
          this.ledger.sync();
          this.markDirty(r.genres);
          return { removed: r.removed, undo: token };
        }
        case 'restore': {
          const end = this.ledger.append({ op: 'restore', token: cmd.token, at: now() });
          const r = this.writer.restore({ token: cmd.token }, end);
          this.ledger.sync();
          this.markDirty(r.genres);
          return { restored: r.restored };
        }
        case 'correct': {
          const f = this.writer.fileOfDoc(cmd.key);
          if (!f) throw new UserFacingError('找不到该文档（可能已被移除）', 'NOT_FOUND');
          // Analysed first; the ledger line and the transaction then go together (rederiveFile's sync tail).
          const stored = new Map(this.writer.docsOfFile(f.id).map((d) => [d.key, d.corrections]));
          stored.set(cmd.key, cmd.corrections);
          const { docs, issues } = await this.deriveFile(f.hash, f.name, this.bytesOf(f), f.builtin, stored);
          if (!docs.length) throw new UserFacingError(issues[0]?.message ?? '该文件已无法分析');
          for (const g of this.writer.genresOfKeys([...stored.keys()])) this.dirtyGenres.add(g);
          const end = this.ledger.append({ op: 'correct', key: cmd.key, corrections: cmd.corrections, at: now() });
          this.writer.replaceFile(f.id, docs, null, end);
          this.ledger.sync();
          this.markDirty(docs.map((d) => d.genre));
          return null;
        }
        case 'idle':
          await this.startup;
          while (this.pumping || this.refreshing || this.refreshTimer || this.dirtyGenres.size) {
            if (this.refreshTimer) {
              clearTimeout(this.refreshTimer);
              this.refreshTimer = null;
              void this.refresh();
            }
            await (this.refreshing ?? new Promise((r) => setTimeout(r, 20)));
          }
          return null;
      }
    } finally {
      this.inFlight--;
    }
  }

  // ---- skeletons ----

  private markDirty(genres: string[]): void {
    for (const g of genres) this.dirtyGenres.add(g);
    this.scheduleRefresh(300);
  }

  private scheduleRefresh(ms: number): void {
    if (this.refreshTimer || !this.dirtyGenres.size) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      void this.refresh();
    }, ms);
  }

  /** The skeletons of the genres whose documents changed, each from its sample (re-analysed, corrections applied). */
  private async refresh(): Promise<void> {
    if (this.refreshing) return;
    if (this.pumping) {
      // Once, at the end of the import; not after every file.
      this.scheduleRefresh(1000);
      return;
    }
    let done!: () => void;
    this.refreshing = new Promise((r) => (done = r));
    try {
      while (this.dirtyGenres.size) {
        const genre = this.dirtyGenres.values().next().value as string;
        this.dirtyGenres.delete(genre);
        const { total, sample } = this.writer.skeletonSample(genre, SKELETON_SAMPLE);
        if (!total) {
          this.writer.setSkeleton(genre, null, 0, 0);
          continue;
        }
        const docs: CorpusDocument[] = [];
        const byFile = new Map<string, typeof sample>();
        for (const s of sample) byFile.set(s.hash, [...(byFile.get(s.hash) ?? []), s]);
        for (const [hash, items] of byFile) {
          const first = items[0];
          if (this.init.poisoned.includes(hash)) continue;
          try {
            const bytes = first.builtin ? this.seedBytes : this.originals.read(hash, first.ext);
            const { docs: analysed } = await analyseFile(first.name, bytes);
            for (const it of items) {
              const d = analysed[it.n - 1];
              if (d) docs.push(applyCorrections(withId(d, it.key), it.corrections));
            }
          } catch {
            // An unreadable original only drops out of the sample.
          }
          await tick();
        }
        const skeleton = deriveSkeletons({ documents: docs.filter((d) => d.genre === genre), issues: [] }).find((s) => s.genre === genre);
        this.writer.setSkeleton(genre, skeleton ? JSON.stringify(skeleton) : null, total, docs.length);
      }
      if (this.skeletonRules) {
        setMeta(this.writer.db, 'skeleton_rules', this.skeletonRules);
        this.skeletonRules = null;
      }
    } finally {
      this.refreshing = null;
      done();
    }
  }
}

function withId(d: CorpusDocument, key: string): CorpusDocument {
  return { ...d, id: key };
}

/** The one document row a file that cannot be analysed keeps, so it is listed and can be removed. */
function stubDoc(hash: string, name: string): DerivedDoc {
  return {
    n: 1,
    key: docKey(hash, 1),
    title: name,
    detectedGenre: 'other',
    genre: 'other',
    genreReasons: [],
    year: null,
    charCount: 0,
    sectionCount: 0,
    excluded: true,
    corrections: null,
    paragraphs: [],
    sections: [],
    phrases: [],
    sentences: [],
  };
}

// Only when started as the archive worker (not when a test or another thread merely imports this module).
const role = (workerData as { archiveWorker?: boolean; role?: string } | null)?.archiveWorker ? (workerData as { role?: string }).role ?? 'writer' : null;
if (parentPort && role === 'derive') serveDerive();
if (parentPort && role === 'writer') {
  const w = new ArchiveWorker();
  parentPort.on('message', (m: ToWorker) => {
    switch (m.t) {
      case 'init':
        w.start(m.init).catch((e) => {
          post({ t: 'log', text: `archive worker start failed: ${(e as Error).stack ?? e}` });
          // Let the host see the failure as an exit and report it.
          process.exit(1);
        });
        break;
      case 'start':
        w.startJob(m.id, m.files, m.expected, m.issues);
        break;
      case 'append':
        w.append(m.id, m.files);
        break;
      case 'cancel':
        w.cancel(m.id);
        break;
      case 'call':
        w.call(m.cmd).then(
          (result) => post({ t: 'reply', rid: m.rid, ok: true, result }),
          (e) => post({ t: 'reply', rid: m.rid, ok: false, error: (e as Error).message, user: e instanceof UserFacingError, code: e instanceof UserFacingError ? e.code : undefined }),
        );
        break;
    }
  });
}

export type { ArchiveStatus };
