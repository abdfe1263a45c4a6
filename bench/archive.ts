/**
 * Archive benchmark: synthetic archives of 1,000 and 10,000 reports (bench/synthetic-archive.ts, ~15 KB each)
 * imported into a fresh data directory, then queried. Targets (issue 12):
 *   - first import ≥ 10 MB/s, peak memory ≤ 500 MB (a child process per import; maxRSS includes the worker);
 *   - phrase query p95 ≤ 5 ms in the host and ≤ 30 ms round trip through the browser host;
 *   - section relevance query p95 ≤ 50 ms; 往年怎么写 (passages like the heading or paragraph at the cursor) p95 ≤ 50 ms;
 *   - start-up with the archive: the host's part (process start → first phrases answer), and its size on disk.
 * The app-ready and renderer-heap targets need the UI that queries the host (next phase); bench/app-ready.ts
 * measures today's renderer. Uses the built worker (dist/host/archive-worker.js) when present.
 *   npx tsx bench/archive.ts [--sizes 1000,10000] [--queries N]
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PhraseQuery } from '../electron/api';
import { extractPhrases } from '../electron/core/corpus/phrases';
import { PHRASE_CATEGORIES } from '../electron/core/corpus/types';
import { GENRES, ROLES } from '../electron/core/draft/model';
import { openDb } from '../electron/services/archive/db';
import { compactSource } from '../electron/services/archive/packing';
import { spacedChars } from '../electron/services/archive/phrase-groups';
import type { Db } from '../electron/services/archive/db';
import { PassageQueries } from '../electron/services/archive/passages';
import { ArchiveQueries } from '../electron/services/archive/queries';
import { loadDefaultCorpus } from '../electron/services/corpus-files';
import { startServer } from '../electron/host/server';
import { toWire } from '../electron/host/wire';
import { realEngines } from '../electron/services/engines';
import { createServices } from '../electron/services/services';
import { pick, quantile, rng, summarize, writeResult } from './lib';
import { synthesizePhrases } from './search';
import { docxFolder, syntheticReport } from './synthetic-archive';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORKER = path.join(ROOT, 'dist', 'host', 'archive-worker.js');
export const TARGETS = { importMBps: 10, peakMB: 500, phraseP95Ms: 5, roundTripP95Ms: 30, sectionP95Ms: 50, passagesP95Ms: 50 };

type Stats = ReturnType<typeof summarize>;

export interface ArchiveSizeResult {
  reports: number;
  bytes: number;
  documents: number;
  /** MBps: bytes over wall-clock time; MBperCpuSecond: over the CPU time of all the import's threads (steady on a shared machine). */
  import: { ms: number; MBps: number; MBperCpuSecond: number; untilSkeletonsMs: number; peakMB: number };
  /** floor: a fixed ~1 ms of CPU work timed between the queries (its p95/median is the machine's noise). */
  phrases: { host: Stats; floor: Stats; byKind: Record<string, Stats>; roundTrip: Stats; totalPhrases: number };
  sections: { near: Stats; nearWithRole: Stats; search: Stats; searchNear: Stats };
  /** 往年怎么写: a heading or a paragraph's first sentence at the cursor (`near`), a whole paragraph (`paragraph`); floor timed between them. */
  passages: { near: Stats; paragraph: Stats; floor: Stats };
  reuse: { sentences: number; fullMs: number; oneEditMs: Stats };
  /** firstPhrasesMs: the built host started as a process until its first phrases answer; openMs: createServices → first phrases, in process. */
  startup: { firstPhrasesMs: Stats; corpusDataMs: Stats; corpusDataKB: number; openMs: number };
  disk: { databaseMB: number; originalsMB: number };
}

export interface ArchiveBenchResult {
  name: 'archive';
  node: string;
  worker: 'bundled' | 'typescript';
  /** Load average when the run started (the machine is shared: timings scale with it). */
  loadAverage: number;
  sizes: ArchiveSizeResult[];
  /** The first import of Word-like .docx reports (the sizes above are .txt). */
  docx: { reports: number; bytes: number; import: ImportFigures };
  phrasesAtScale: Awaited<ReturnType<typeof phrasesAtScale>>;
  targets: typeof TARGETS;
}

/** The synthetic archive as files in a folder, kept between runs (generating 150 MB takes a while). */
export function archiveFolder(reports: number): string {
  const dir = path.join(os.tmpdir(), `gongwen-archive-bench-${reports}`);
  const done = path.join(dir, '.complete');
  if (existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = rng(42);
  for (let i = 0; i < reports; i++) writeFileSync(path.join(dir, `report-${String(i + 1).padStart(5, '0')}.txt`), syntheticReport(r, 5000));
  writeFileSync(done, '');
  return dir;
}

function du(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.size;
  return readdirSync(p).reduce((n, c) => n + du(path.join(p, c)), 0);
}

const mb = (b: number) => Math.round((b / 1048576) * 10) / 10;
const r1 = (x: number) => Math.round(x * 10) / 10;

function timeSync(times: number[], fn: () => unknown): void {
  const t = performance.now();
  fn();
  times.push(performance.now() - t);
}

/** Start the built browser host on `dataDir`; ms from spawn to its first phrases answer, and corpusData's. */
async function startupOnce(dataDir: string): Promise<{ phrasesMs: number; dataMs: number; dataBytes: number }> {
  const t0 = performance.now();
  const proc = spawn(process.execPath, [path.join(ROOT, 'dist', 'host', 'server.js'), '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      proc.stdout!.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        const m = /GONGWEN_HOST_URL=(\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      proc.on('exit', (c) => reject(new Error(`host exited ${c}`)));
    });
    const u = new URL(url);
    const token = u.hash.replace(/^#token=/, '');
    const call = (m: string, args: unknown[]) =>
      fetch(`${u.origin}/api/${m}`, { method: 'POST', headers: { 'X-Gongwen-Token': token, 'Content-Type': 'application/json' }, body: JSON.stringify(toWire(args)) }).then((r) => r.text());
    await call('corpusPhrases', [{ limit: 50 }]);
    const phrasesMs = performance.now() - t0;
    const t1 = performance.now();
    const body = await call('corpusData', []);
    return { phrasesMs, dataMs: performance.now() - t1, dataBytes: Buffer.byteLength(body) };
  } finally {
    proc.kill('SIGKILL');
  }
}

type PhraseQueryCase = { kind: string; q: PhraseQuery };

/** The phrase panel's queries: 1–2 characters (below the trigram index), longer substrings, words, misses, filters, pages. */
export function phraseQueries(sample: string[], n: number, random: () => number): PhraseQueryCase[] {
  const chars = [...new Set(sample.join(''))].filter((c) => /[\u4e00-\u9fa5]/.test(c));
  const sub = (len: number) => {
    const t = pick(random, sample);
    const s = Math.floor(random() * Math.max(1, t.length - len));
    return t.slice(s, s + len);
  };
  const kinds = ['1字', '2字', '3-8字', '多词', '无结果', '1字+类别', '2字+作用', '列表+类别'] as const;
  return Array.from({ length: n }, (_, i) => {
    const kind = kinds[i % kinds.length];
    const q: PhraseQuery =
      kind === '1字' ? { query: pick(random, chars) }
      : kind === '2字' ? { query: sub(2) }
      : kind === '3-8字' ? { query: sub(3 + Math.floor(random() * 6)) }
      : kind === '多词' ? { query: `${sub(2)} ${sub(2)}` }
      : kind === '无结果' ? { query: sub(3) + '犇' + sub(2) }
      : kind === '1字+类别' ? { query: pick(random, chars), category: pick(random, PHRASE_CATEGORIES) }
      : kind === '2字+作用' ? { query: sub(2), role: pick(random, ROLES) }
      : { category: pick(random, PHRASE_CATEGORIES), offset: Math.floor(random() * 200) };
    return { kind, q: { ...q, limit: 50 } };
  });
}

/** A fixed piece of CPU work (sorting 20,000 numbers, about a millisecond): the floor timed between queries. */
const FLOOR_INPUT = Float64Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 20_011);
function floorWork(): void {
  FLOOR_INPUT.slice().sort();
}

/**
 * Each query's time in the host (synchronous: no event loop in between), with a warm-up. A floor is timed
 * between the queries: the same fixed CPU work each time. On a shared machine its p95 against its median
 * shows how much of a query's p95 is the scheduler's pauses rather than the query.
 */
export function timePhraseQueries(queries: ArchiveQueries, cases: PhraseQueryCase[]): { host: number[]; hostCpu: number[]; floor: number[]; perKind: Map<string, number[]> } {
  for (const { q } of cases.slice(0, 50)) queries.phrases(q);
  const host: number[] = [];
  const hostCpu: number[] = [];
  const floor: number[] = [];
  const perKind = new Map<string, number[]>();
  for (const { kind, q } of cases) {
    const c = process.cpuUsage();
    let t = performance.now();
    queries.phrases(q);
    const dt = performance.now() - t;
    const dc = process.cpuUsage(c);
    hostCpu.push((dc.user + dc.system) / 1000);
    host.push(dt);
    perKind.set(kind, [...(perKind.get(kind) ?? []), dt]);
    t = performance.now();
    floorWork();
    floor.push(performance.now() - t);
  }
  return { host, hostCpu, floor, perKind };
}

/**
 * Phrase queries over 100,000 phrases. The synthetic reports recombine the seed's sentences, so their archive
 * holds a few hundred distinct phrases; a real office's ten years hold far more. Same store, same queries,
 * phrases recombined from the seed's (bench/search.ts), each used by 1–40 documents.
 */
/** hostCpu: each query's CPU time (the process's), which the machine's other load barely changes. */
export async function phrasesAtScale(n: number, queries: number, log: (s: string) => void, keepDir?: string): Promise<{ phrases: number; host: Stats; hostCpu: Stats; floor: Stats; byKind: Record<string, Stats> }> {
  const dir = keepDir ?? mkdtempSync(path.join(os.tmpdir(), 'gongwen-archive-phrases-'));
  try {
    const db = openDb(path.join(dir, 'archive.sqlite'));
    const random = rng(11);
    const phrases = synthesizePhrases(extractPhrases(await loadDefaultCorpus()), n, random);
    const docs = 40;
    db.transaction(() => {
      const file = db.prepare("INSERT INTO files (hash, name, ext, size, imported_at) VALUES ('x', 'x.txt', '.txt', 1, '2026-01-01')").run().lastInsertRowid;
      for (let d = 1; d <= docs; d++) {
        db.prepare("INSERT INTO documents (file_id, n, key, title, genre, detected_genre) VALUES (?, ?, ?, 't', ?, ?)").run(file, d, `x#${d}`, GENRES[d % GENRES.length], GENRES[d % GENRES.length]);
      }
      const ins = db.prepare('INSERT INTO phrases (pid, gkey, category, head, tail, text, placeholders, docs, best, role, genres, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
      const occ = db.prepare('INSERT INTO phrase_occ (phrase_id, doc_id, role, score, source) VALUES (?, ?, ?, ?, ?)');
      const chars = db.prepare('INSERT INTO phrases_chars (rowid, chars) VALUES (?, ?)');
      phrases.forEach((p, i) => {
        const used = 1 + Math.floor(random() ** 3 * docs);
        const key = `${p.category}|${p.text}#${i}`;
        const id = ins.run(`p${i}`, key, p.category, p.text.slice(0, 3), p.text.slice(-3), p.text, '[]', used, p.score, p.role, 2 ** (i % GENRES.length), p.score + 10 * (used - 1)).lastInsertRowid;
        chars.run(id, spacedChars(p.text));
        for (let d = 1; d <= used; d++) occ.run(id, d, p.role, p.score, JSON.stringify(compactSource(p.sources[0])));
      });
    })();
    const q = new ArchiveQueries(db);
    const { host, hostCpu, floor, perKind } = timePhraseQueries(q, phraseQueries(phrases.slice(0, 2000).map((p) => p.text), queries, random));
    db.close();
    log(
      `  常用语 ${n.toLocaleString()} 条（规模检验）：主机内 中位数 ${summarize(host).median.toFixed(2)} / p95 ${summarize(host).p95.toFixed(2)} ms（CPU 时间 ${summarize(hostCpu).median.toFixed(2)} / ${summarize(hostCpu).p95.toFixed(2)} ms；同轮固定计算 中位数 ${summarize(floor).median.toFixed(2)} / p95 ${summarize(floor).p95.toFixed(2)} ms）`,
    );
    return { phrases: n, host: summarize(host), hostCpu: summarize(hostCpu), floor: summarize(floor), byKind: Object.fromEntries([...perKind].map(([k, v]) => [k, summarize(v)])) };
  } finally {
    if (!keepDir) rmSync(dir, { recursive: true, force: true });
  }
}

type ImportFigures = ArchiveSizeResult['import'];

/** A first import of `folder` into the empty `dataDir`, in a process of its own (bench/archive-import.ts), so its peak memory is its own. */
function firstImport(folder: string, dataDir: string, log: (s: string) => void): { imp: { bytes: number; documents: number }; figures: ImportFigures } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'archive-import.ts'), folder, dataDir, ...(existsSync(WORKER) ? [WORKER] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const imp = JSON.parse(out.trim().split('\n').pop()!) as { bytes: number; documents: number; importMs: number; importCpuMs: number; idleMs: number; maxRssMB: number; imported: number };
  const MBps = imp.bytes / 1048576 / (imp.importMs / 1000);
  const perCpu = imp.bytes / 1048576 / (imp.importCpuMs / 1000);
  log(`  导入 ${mb(imp.bytes)} MB：${(imp.importMs / 1000).toFixed(1)} s（${MBps.toFixed(2)} MB/s；每 CPU 秒 ${perCpu.toFixed(2)} MB），骨架更新完 ${(imp.idleMs / 1000).toFixed(1)} s，峰值内存 ${imp.maxRssMB.toFixed(0)} MB`);
  return {
    imp,
    figures: { ms: Math.round(imp.importMs), MBps: Math.round(MBps * 100) / 100, MBperCpuSecond: Math.round(perCpu * 100) / 100, untilSkeletonsMs: Math.round(imp.idleMs), peakMB: Math.round(imp.maxRssMB) },
  };
}

/**
 * The first import of the same kind of reports as Word files, which is what a secretary's archive holds: `reports`
 * of them as .docx marked up as Word saves them (`docxFolder`), by path as Electron imports.
 */
async function docxImport(reports: number, log: (s: string) => void): Promise<{ reports: number; bytes: number; import: ImportFigures }> {
  log(`Word 文件 ${reports} 份（.docx）：`);
  const folder = await docxFolder(reports, log);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-archive-docx-data-'));
  try {
    const { imp, figures } = firstImport(folder, dataDir, log);
    return { reports, bytes: imp.bytes, import: figures };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchSize(reports: number, o: { queries: number; startups: number; log: (s: string) => void }): Promise<ArchiveSizeResult> {
  const { log } = o;
  log(`  生成 ${reports} 篇合成材料……`);
  const folder = archiveFolder(reports);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-archive-data-'));
  try {
    // ---- first import, in its own process ----
    const { imp, figures } = firstImport(folder, dataDir, log);

    // ---- start-up: the built host opening the existing archive ----
    const starts: { phrasesMs: number; dataMs: number; dataBytes: number }[] = [];
    if (existsSync(path.join(ROOT, 'dist', 'host', 'server.js'))) for (let i = 0; i < o.startups; i++) starts.push(await startupOnce(dataDir));
    if (starts.length) log(`  启动到首批常用语：中位数 ${quantile(starts.map((s) => s.phrasesMs).sort((a, b) => a - b), 0.5).toFixed(0)} ms；corpusData ${(starts[0].dataBytes / 1024).toFixed(0)} KB`);

    // ---- queries in the host and through the browser host ----
    // The archive's own part of a start, in this process (modules already loaded): open → first phrases.
    const tOpen = performance.now();
    const services = await createServices({ dataDir, assetsDir: path.join(ROOT, 'assets'), host: 'browser', version: 'bench', archiveWorker: existsSync(WORKER) ? { file: WORKER, typescript: false } : undefined, ...realEngines });
    const corpus = services.corpus;
    await corpus.phrases({ limit: 50 });
    const openMs = performance.now() - tOpen;
    log(`  本进程内打开语料库到首批常用语：${openMs.toFixed(0)} ms`);
    await corpus.idle();
    const random = rng(7);
    const sample = (await corpus.phrases({ limit: 500 })).phrases.map((p) => p.text);
    const totalPhrases = (await corpus.phrases({})).total;
    const queries = phraseQueries(sample, o.queries, random);
    const api = services.api;
    // The host's own time: the synchronous query (no event loop in between).
    const queriesOf = (corpus as unknown as { q: ArchiveQueries }).q;
    const { host, floor, perKind } = timePhraseQueries(queriesOf, queries);
    const server = await startServer({ api, rendererDir: path.join(ROOT, 'renderer'), port: 0, log: () => undefined });
    const round: number[] = [];
    try {
      for (const { q } of queries) {
        const t = performance.now();
        const r = await fetch(`http://127.0.0.1:${server.port}/api/corpusPhrases`, { method: 'POST', headers: { 'X-Gongwen-Token': server.token }, body: JSON.stringify([q]) });
        await r.text();
        round.push(performance.now() - t);
      }
    } finally {
      await server.close();
    }
    log(`  常用语（共 ${totalPhrases} 条）：主机内 p95 ${summarize(host).p95.toFixed(2)} ms（同轮固定计算 中位数 ${summarize(floor).median.toFixed(2)} / p95 ${summarize(floor).p95.toFixed(2)} ms），经浏览器主机往返 p95 ${summarize(round).p95.toFixed(2)} ms`);

    // Sections ranked by relevance to a heading or paragraph at the cursor.
    const heads = (await corpus.sections({ limit: 500, offset: Math.floor(random() * 100) })).sections.flatMap((s) => [s.heading, s.firstSentence]).filter((t) => t.length > 4);
    const near: number[] = [];
    const nearRole: number[] = [];
    const search: number[] = [];
    const n = Math.max(20, Math.floor(o.queries / 4));
    for (let i = 0; i < n; i++) timeSync(near, () => queriesOf.sections({ near: pick(random, heads), limit: 20 }));

    for (let i = 0; i < n; i++) timeSync(nearRole, () => queriesOf.sections({ near: pick(random, heads), role: pick(random, ROLES), limit: 20 }));
    for (let i = 0; i < n; i++) timeSync(search, () => queriesOf.sections({ query: pick(random, heads).slice(0, 2 + Math.floor(random() * 4)), limit: 20 }));
    // A search while the caret is under a heading: the words filter, the heading ranks (工作 matches half the sections).
    const searchNear: number[] = [];
    for (let i = 0; i < n; i++) timeSync(searchNear, () => queriesOf.sections({ query: i % 2 ? '工作' : pick(random, heads).slice(0, 2), near: pick(random, heads), limit: 20 }));
    log(
      `  段落库相关度排序 p95 ${summarize(near).p95.toFixed(2)} ms（加作用筛选 ${summarize(nearRole).p95.toFixed(2)} ms），搜索 p95 ${summarize(search).p95.toFixed(2)} ms，边排序边搜索 p95 ${summarize(searchNear).p95.toFixed(2)} ms`,
    );

    // 往年怎么写: passages like the heading or paragraph at the cursor (the host's own time, as above).
    const docs = (await corpus.documents({ limit: 60, sort: 'file' })).documents;
    const paragraphs: string[] = [];
    for (const d of docs.slice(0, 10)) for (const l of (await corpus.document(d.id)).lines) if (l.kind === 'paragraph' && l.text.length > 30) paragraphs.push(l.text);
    const passageQueries = new PassageQueries((corpus as unknown as { db: Db }).db);
    for (let i = 0; i < 20; i++) passageQueries.passages(pick(random, heads));
    const passagesNear: number[] = [];
    const passagesPara: number[] = [];
    const passagesFloor: number[] = [];
    for (let i = 0; i < n; i++) {
      timeSync(passagesNear, () => passageQueries.passages(pick(random, heads), { limit: 20 }));
      timeSync(passagesPara, () => passageQueries.passages(pick(random, paragraphs), { limit: 20 }));
      timeSync(passagesFloor, floorWork);
    }
    log(
      `  往年怎么写：标题或段首句 p95 ${summarize(passagesNear).p95.toFixed(2)} ms（中位数 ${summarize(passagesNear).median.toFixed(2)}），整段 p95 ${summarize(passagesPara).p95.toFixed(2)} ms（中位数 ${summarize(passagesPara).median.toFixed(2)}）；同轮固定计算 中位数 ${summarize(passagesFloor).median.toFixed(2)} / p95 ${summarize(passagesFloor).p95.toFixed(2)} ms`,
    );

    // 复用率 over the whole archive: a 40,000-character draft's sentences, then one edited sentence at a time.
    const sentences: string[] = [];
    for (const d of docs) {
      for (const l of (await corpus.document(d.id)).lines) if (l.kind === 'paragraph') sentences.push(...l.text.split(/(?<=[。！？；])/).filter((s) => s.length > 8));
      if (sentences.join('').length > 40_000) break;
    }
    const draft = sentences.map((s, i) => (i % 3 === 1 ? s.replace(/[\u4e00-\u9fa5]/, '某') : i % 3 === 2 ? [...s].reverse().join('') : s));
    let t = performance.now();
    await corpus.reuse(draft);
    const fullMs = performance.now() - t;
    const edits: number[] = [];
    for (let i = 0; i < 50; i++) {
      t = performance.now();
      await corpus.reuse([pick(random, draft).replace(/[\u4e00-\u9fa5]/, '新')]);
      edits.push(performance.now() - t);
    }
    log(`  复用率：${draft.length} 句全查 ${fullMs.toFixed(0)} ms，改一句 p95 ${summarize(edits).p95.toFixed(2)} ms`);
    await corpus.close();

    const p = path.join(dataDir, 'archive');
    const disk = { databaseMB: mb(du(path.join(p, 'archive.sqlite')) + du(path.join(p, 'archive.sqlite-wal'))), originalsMB: mb(du(path.join(p, 'originals'))) };
    log(`  磁盘：数据库 ${disk.databaseMB} MB，原始文件 ${disk.originalsMB} MB`);
    return {
      reports,
      bytes: imp.bytes,
      documents: imp.documents,
      import: figures,
      phrases: { host: summarize(host), floor: summarize(floor), byKind: Object.fromEntries([...perKind].map(([k, v]) => [k, summarize(v)])), roundTrip: summarize(round), totalPhrases },
      sections: { near: summarize(near), nearWithRole: summarize(nearRole), search: summarize(search), searchNear: summarize(searchNear) },
      passages: { near: summarize(passagesNear), paragraph: summarize(passagesPara), floor: summarize(passagesFloor) },
      reuse: { sentences: draft.length, fullMs: r1(fullMs), oneEditMs: summarize(edits) },
      startup: {
        firstPhrasesMs: summarize(starts.map((s) => s.phrasesMs)),
        corpusDataMs: summarize(starts.map((s) => s.dataMs)),
        corpusDataKB: starts.length ? Math.round(starts[0].dataBytes / 1024) : 0,
        openMs: Math.round(openMs),
      },
      disk,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runArchiveBench(
  opts: { sizes?: number[]; docxReports?: number; queries?: number; startups?: number; scalePhrases?: number; write?: boolean; log?: (s: string) => void } = {},
): Promise<ArchiveBenchResult> {
  const log = opts.log ?? console.log;
  const loadAverage = Math.round(os.loadavg()[0] * 10) / 10;
  log(`（负载 ${loadAverage}，${os.cpus().length} 核：本机为共享机器，计时随负载变化）`);
  const sizes: ArchiveSizeResult[] = [];
  for (const n of opts.sizes ?? [1000, 10_000]) {
    log(`语料库 ${n} 篇：`);
    sizes.push(await benchSize(n, { queries: opts.queries ?? 1000, startups: opts.startups ?? 5, log }));
  }
  const docx = await docxImport(opts.docxReports ?? 1000, log);
  const scale = await phrasesAtScale(opts.scalePhrases ?? 100_000, opts.queries ?? 1000, log);
  const result: ArchiveBenchResult = { name: 'archive', node: process.version, worker: existsSync(WORKER) ? 'bundled' : 'typescript', loadAverage, sizes, docx, phrasesAtScale: scale, targets: TARGETS };
  if (opts.write !== false) await writeResult('archive', result);
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (k: string) => {
    const i = process.argv.indexOf(k);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  void runArchiveBench({ sizes: arg('--sizes')?.split(',').map(Number), queries: arg('--queries') ? Number(arg('--queries')) : undefined }).then((r) => console.log(JSON.stringify(r, null, 2)));
}
