/**
 * The corpus as the hosts serve it: an archive in the data directory (electron/services/archive, described
 * in docs/archive.md) holding the embedded seed and every file the user imported — originals kept by content
 * hash, a ledger of the user's acts, and an SQLite database derived from the two. A worker thread imports
 * and derives; this service answers queries from the database and relays acts to the worker.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {
  ArchiveSkeleton,
  ArchiveStatus,
  CorpusData,
  CorpusDocSummary,
  DocumentCorrections,
  DocumentPage,
  DocumentQuery,
  DocumentView,
  FileBlob,
  ImportJob,
  PassageQuery,
  PhrasePage,
  PhraseQuery,
  ReuseMatch,
  SectionPage,
  SectionQuery,
} from '../api';
import { notImportedIssue } from '../core/corpus/import';
import type { CorpusDocument, ImportIssue } from '../core/corpus/types';
import type { RankedPassage } from '../core/draft/past-passages';
import type { Genre } from '../core/draft/model';
import { contentHash, Originals } from './archive/originals';
import { getMeta, isCorruption, openDb, type Db } from './archive/db';
import { archivePaths, SEED_FILE } from './archive/paths';
import type { ImportInput } from './archive/protocol';
import { ArchiveQueries } from './archive/queries';
import { PassageQueries } from './archive/passages';
import { NewerSchemaError } from './archive/schema';
import { analyseStored, storedDocument } from './archive/stored-document';
import { ArchiveWorkerClient, type WorkerScript } from './archive/worker-client';
import { fsErrorMessage, fsUserError } from './fs-errors';
import { READ_ONLY_MESSAGE } from './recovery';
import { UserError } from './user-error';

export { SEED_FILE };

/** corpusData() stays small whatever the archive: these bound each part (the archive is queried for the rest). */
export const CORPUS_DATA_LIMITS = { phrases: 2000, sections: 200, documents: 1000, textChars: 600_000 };

export interface CorpusServiceOptions {
  dataDir: string;
  /** Folder holding seed-reports.txt. */
  assetsDir: string;
  /** How to start the worker (default: the bundled script, or the TypeScript source in tests). */
  workerScript?: WorkerScript;
  /** Analysis threads besides the worker (default: by the machine's cores; see archive/derive-pool.ts). */
  analysers?: number;
  /**
   * Another instance holds the data directory: the archive is only read (no worker is started, nothing is
   * migrated or rebuilt; acts are refused with READ_ONLY_INSTANCE).
   */
  readOnly?: boolean;
  /**
   * On a later start (the database there, with the current seed, and nothing to migrate), the worker starts
   * this much later unless an act needs it first: the first window's start does not compete with its thread.
   * Default 0 (at once); the hosts pass WORKER_START_DELAY_MS.
   */
  workerDelayMs?: number;
  log?: (line: string) => void;
}

/** See CorpusServiceOptions.workerDelayMs: past the first window's start (about 1–1.5 s on a slow machine). */
export const WORKER_START_DELAY_MS = 2000;

export class CorpusService {
  private db!: Db;
  private q!: ArchiveQueries;
  private worker: ArchiveWorkerClient | null = null;
  private seedReady!: Promise<void>;
  /** Things to tell the user at start (a rebuilt database, a migration). */
  readonly notices: string[] = [];
  /** Problems of the last import, shown in the corpus summary until the next one. */
  private lastIssues: ImportIssue[] = [];
  private dataCache: { version: string; data: CorpusData } | null = null;
  private recovering: Promise<void> | null = null;

  constructor(private readonly o: CorpusServiceOptions) {
    this.dataDir = o.dataDir;
    this.open();
  }

  /** Where the archive is: the data directory, or a scratch folder for a read-only instance with nothing to read. */
  private dataDir: string;

  private get paths() {
    return archivePaths(this.dataDir);
  }

  /**
   * Open (or create, or rebuild) the database and start the worker; the work itself happens in the background.
   * A data directory the archive cannot be kept in (read-only, full, not a folder) still starts: with a scratch
   * archive holding the built-in corpus, and a notice saying why.
   */
  private open(): void {
    try {
      this.openIn();
    } catch (e) {
      if (this.dataDir !== this.o.dataDir || isCorruption(e)) throw e;
      this.worker = null;
      this.dataDir = scratchDir('scratch');
      this.notices.push(`${fsErrorMessage(asErrno(e), '打开语料库', archivePaths(this.o.dataDir).root)}。本次只提供内置语料，以前导入的材料不受影响，也暂时不能导入新材料。`);
      this.openIn();
    }
  }

  private openIn(): void {
    const p = this.paths;
    if (this.o.readOnly && this.dataDir === this.o.dataDir) {
      // The instance holding the directory keeps the archive; this one reads what is there.
      try {
        this.db = openDb(p.db, { readonly: true });
        this.q = new ArchiveQueries(this.db);
        this.seedReady = Promise.resolve();
        return;
      } catch {
        // Nothing readable there yet: a scratch archive with the built-in corpus, in a temporary folder.
        this.dataDir = scratchDir('readonly');
        this.notices.push('只读模式下暂时无法读取语料库，目前只提供内置语料。');
        this.openIn();
        return;
      }
    }
    fs.mkdirSync(p.root, { recursive: true });
    const hadDb = fs.existsSync(p.db);
    try {
      this.db = openDb(p.db);
    } catch (e) {
      if (!hadDb || !(isCorruption(e) || e instanceof NewerSchemaError || /not a database|malformed/i.test(String((e as Error).message)))) throw e;
      const aside = this.moveAside(e instanceof NewerSchemaError ? 'newer' : 'corrupt');
      this.notices.push(
        e instanceof NewerSchemaError
          ? `语料库由更新版本的程序创建，已另存为 ${path.basename(aside)}，并根据保留的原始文件重建。`
          : `语料库数据库已损坏（已另存为 ${path.basename(aside)}），正在根据保留的原始文件重建；导入的材料不会丢失。`,
      );
      this.db = openDb(p.db);
    }
    if (!hadDb && fs.existsSync(p.ledger) && fs.statSync(p.ledger).size > 0) {
      this.notices.push('语料库索引不存在，正在根据保留的原始文件重建；导入的材料不会丢失。');
    }
    const migrating = fs.existsSync(p.legacy) && fs.readdirSync(p.legacy).some((n) => !n.endsWith('.tmp'));
    if (migrating) {
      this.notices.push('语料库已升级：原先导入的材料正在后台迁入新的语料库，迁移完成前原文件保留在 corpus 文件夹。');
    }
    this.q = new ArchiveQueries(this.db);
    // With the current seed already in the database, queries are answered at once; otherwise after the worker adds it.
    const seed = contentHash(new Uint8Array(fs.readFileSync(path.join(this.o.assetsDir, SEED_FILE))));
    const answerable = getMeta(this.db, 'seed_hash') === seed && this.q.liveDocuments() > 0;
    const startAfterMs = answerable && !migrating ? this.o.workerDelayMs : 0;
    const worker = new ArchiveWorkerClient({ dataDir: this.dataDir, assetsDir: this.o.assetsDir, script: this.o.workerScript, analysers: this.o.analysers, startAfterMs, log: this.o.log });
    this.worker = worker;
    worker.onJobEnd = (job) => {
      if (job.state !== 'running') this.lastIssues = job.error ? [...job.issues, { file: '', message: job.error, severity: 'error' }] : job.issues;
    };
    this.seedReady = answerable ? Promise.resolve() : worker.ready;
  }

  /** The worker, for the user's acts (refused in a read-only instance, or on a scratch archive). */
  private writer(): ArchiveWorkerClient {
    if (this.o.readOnly || !this.worker) throw new UserError(READ_ONLY_MESSAGE, 'READ_ONLY_INSTANCE');
    if (this.dataDir !== this.o.dataDir) throw new UserError(`语料库无法写入（${this.notices[this.notices.length - 1] ?? ''}）`, 'READ_ONLY');
    return this.worker;
  }

  private moveAside(tag: string): string {
    const p = this.paths;
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const aside = path.join(p.root, `archive.${tag}-${stamp}.sqlite`);
    fs.renameSync(p.db, aside);
    for (const ext of ['-wal', '-shm']) fs.rmSync(p.db + ext, { force: true });
    return aside;
  }

  /** A query found the database damaged: set it aside and rebuild from the originals, telling the user. */
  private async recover(): Promise<void> {
    if (!this.recovering) {
      this.recovering = (async () => {
        await this.worker?.close();
        this.db.close();
        const aside = this.moveAside('corrupt');
        this.notices.push(`语料库数据库已损坏（已另存为 ${path.basename(aside)}），正在根据保留的原始文件重建；导入的材料不会丢失。`);
        this.dataCache = null;
        this.open();
      })().finally(() => (this.recovering = null));
    }
    return this.recovering;
  }

  /** Run a read; a damaged database is rebuilt and the caller told to retry in a moment. */
  private async read<T>(fn: (q: ArchiveQueries) => T): Promise<T> {
    if (this.recovering) await this.recovering;
    await this.seedReady;
    try {
      return fn(this.q);
    } catch (e) {
      if (!isCorruption(e)) throw e;
      await this.recover();
      throw new UserError('语料库数据库已损坏，正在根据保留的原始文件重建，请稍后再试', 'UNAVAILABLE');
    }
  }

  // ---- queries ----

  phrases(q: PhraseQuery): Promise<PhrasePage> {
    return this.read((x) => x.phrases(q));
  }

  sections(q: SectionQuery): Promise<SectionPage> {
    return this.read((x) => x.sections(q));
  }

  skeletons(genre?: Genre): Promise<ArchiveSkeleton[]> {
    return this.read((x) => x.skeletons(genre));
  }

  documents(q: DocumentQuery): Promise<DocumentPage> {
    return this.read((x) => x.documents(q));
  }

  async document(id: string): Promise<DocumentView> {
    const v = await this.read((x) => x.document(id));
    if (!v) throw new UserError('找不到该文档（可能已被移除）', 'NOT_FOUND');
    return v;
  }

  reuse(sentences: string[]): Promise<(ReuseMatch | null)[]> {
    return this.read((x) => x.reuse(sentences));
  }

  private passageQueries: { db: Db; q: PassageQueries } | null = null;

  /** 往年怎么写: the archive's passages most like `query` (archive/passages.ts). */
  passages(query: string, opts: PassageQuery = {}): Promise<RankedPassage[]> {
    return this.read(() => {
      if (this.passageQueries?.db !== this.db) this.passageQueries = { db: this.db, q: new PassageQueries(this.db) };
      return this.passageQueries.q.passages(query, opts);
    });
  }

  /** One document as the corpus engine reads it, from its kept original with the user's corrections (以往年材料为底稿). */
  async pastDocument(id: string): Promise<CorpusDocument> {
    const doc = await this.read(() => storedDocument(this.db, id));
    if (!doc || doc.removed) throw new UserError('找不到该文档（可能已被移除）', 'NOT_FOUND');
    if (doc.error) throw new UserError(`无法读取《${doc.title || doc.name}》：${doc.error}`, 'INVALID_FILE');
    let bytes: Uint8Array;
    try {
      bytes = doc.builtin ? new Uint8Array(fs.readFileSync(path.join(this.o.assetsDir, SEED_FILE))) : new Originals(this.paths.originals).read(doc.hash, doc.ext);
    } catch (e) {
      throw fsUserError(e, '读取往年材料的原始文件', doc.name);
    }
    return analyseStored(doc, bytes);
  }

  async status(): Promise<ArchiveStatus> {
    return this.read((x) => ({
      documents: x.liveDocuments(),
      version: `${getMeta(this.db, 'content_version') ?? '0'}:${this.worker?.notices.length ?? 0}`,
      task: this.worker?.task ?? null,
      job: this.worker?.runningJob() ?? null,
    }));
  }

  /** What today's renderer loads at start, bounded (CORPUS_DATA_LIMITS); cached until the archive changes. */
  async data(): Promise<CorpusData> {
    return this.read((x) => {
      const late = this.worker?.notices ?? [];
      const version = `${getMeta(this.db, 'content_version')}:${this.lastIssues.length}:${late.length}`;
      if (this.dataCache?.version === version) return this.dataCache.data;
      const page = x.documents({ sort: 'imported', limit: CORPUS_DATA_LIMITS.documents });
      const builtin = page.documents.filter((d) => d.builtIn);
      const documents: CorpusDocSummary[] = [...builtin, ...page.documents.filter((d) => !d.builtIn)].map((d) => ({
        id: d.id,
        fileName: d.fileName,
        declaredTitle: d.title,
        genre: d.genre,
        charCount: d.charCount,
        sectionCount: d.sectionCount,
        builtIn: d.builtIn,
      }));
      const notices: ImportIssue[] = late.map((n) => ({ file: '', message: n, severity: 'warning' }));
      const data: CorpusData = {
        skeletons: x.skeletons(),
        phrases: x.phrases({ limit: CORPUS_DATA_LIMITS.phrases }).phrases,
        sections: x.sections({ limit: CORPUS_DATA_LIMITS.sections }).sections,
        summary: { documents, issues: [...this.lastIssues, ...notices] },
        texts: x.texts(CORPUS_DATA_LIMITS.textChars),
      };
      this.dataCache = { version, data };
      return data;
    });
  }

  // ---- acts ----

  /** Import and wait for the end (the existing renderer's call). */
  async import(files: FileBlob[]): Promise<{ imported: number; issues: ImportIssue[] }> {
    const job = await this.startImport(files);
    const end = await this.writer().wait(job.id);
    if (end.state === 'failed') throw new UserError(end.error ?? '导入失败', 'IO_ERROR');
    return { imported: end.imported, issues: end.issues };
  }

  /** Import files by path (Electron: paths from its own dialog; the worker reads them). `issues`: what listing them found. */
  async importPaths(paths: string[], wait: boolean, issues: ImportIssue[] = []): Promise<ImportJob> {
    await this.seedReady;
    const job = this.writer().startJob(
      paths.map((p) => ({ path: p })),
      paths.length,
      issues,
    );
    return wait ? this.writer().wait(job.id) : job;
  }

  /** `notImported`: the names of a picked folder's files the page left out by their type (said once, as a warning). */
  async startImport(files: FileBlob[], expectedFiles = files.length, notImported: string[] = []): Promise<ImportJob> {
    await this.seedReady;
    const notice = notImportedIssue(notImported);
    return this.writer().startJob(
      files.map((f): ImportInput => ({ name: f.name, bytes: f.bytes })),
      expectedFiles,
      notice ? [notice] : [],
    );
  }

  async appendImport(jobId: string, files: FileBlob[]): Promise<ImportJob> {
    return this.writer().append(
      jobId,
      files.map((f) => ({ name: f.name, bytes: f.bytes })),
    );
  }

  async importStatus(jobId: string): Promise<ImportJob> {
    return this.jobs().status(jobId);
  }

  async cancelImport(jobId: string): Promise<ImportJob> {
    return this.jobs().cancel(jobId);
  }

  /** The import's end (tests, benches). */
  waitImport(jobId: string): Promise<ImportJob> {
    return this.jobs().wait(jobId);
  }

  private jobs(): ArchiveWorkerClient {
    if (!this.worker) throw new UserError('找不到该导入任务（可能程序已重启）', 'NOT_FOUND');
    return this.worker;
  }

  async remove(ids: string[]): Promise<{ removed: number; undo: string }> {
    await this.seedReady;
    return this.writer().call({ op: 'remove', keys: ids });
  }

  async restore(undo: string): Promise<{ restored: number }> {
    await this.seedReady;
    return this.writer().call({ op: 'restore', token: undo });
  }

  /** Back to the built-in corpus: every imported document removed under one undo token. */
  async reset(): Promise<{ removed: number; undo: string }> {
    await this.seedReady;
    this.lastIssues = [];
    return this.writer().call({ op: 'reset' });
  }

  /**
   * The answer comes once the correction shows everywhere: the document's phrases and sections are replaced
   * with it, and its genres' skeletons (refreshed a moment later by the worker) are waited for, unless an
   * import or a background task is running (the skeletons then follow at its end).
   */
  async setCorrections(id: string, corrections: DocumentCorrections | null): Promise<DocumentView> {
    await this.seedReady;
    const w = this.writer();
    await w.call({ op: 'correct', key: id, corrections });
    if (!w.runningJob() && !w.task) await w.call({ op: 'idle' });
    return this.document(id);
  }

  /** Resolves when every queued act, import and skeleton refresh is done (tests, benches). */
  async idle(): Promise<void> {
    await this.seedReady;
    if (this.worker) await this.worker.call({ op: 'idle' });
  }

  async close(): Promise<void> {
    await this.worker?.close();
    this.db.close();
    // A read-only instance's scratch archive goes with it.
    if (this.dataDir !== this.o.dataDir) fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** SQLite's own codes for a full or unwritable disk, as the file-system error they stand for. */
function asErrno(e: unknown): unknown {
  const code = (e as { code?: string })?.code ?? '';
  if (code === 'SQLITE_FULL') return Object.assign(new Error(String(e)), { code: 'ENOSPC' });
  if (/^SQLITE_(READONLY|CANTOPEN|PERM|AUTH)/.test(code)) return Object.assign(new Error(String(e)), { code: 'EACCES' });
  return e;
}

/**
 * A scratch archive's folder, named by this process; those of processes no longer running (a host killed
 * before it could remove its own) are removed on the way.
 */
function scratchDir(kind: 'scratch' | 'readonly'): string {
  const prefix = `gongwen-${kind}-`;
  for (const name of fs.readdirSync(os.tmpdir())) {
    const pid = Number(name.slice(prefix.length));
    if (!name.startsWith(prefix) || !Number.isInteger(pid) || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
    }
  }
  const dir = path.join(os.tmpdir(), prefix + process.pid);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
