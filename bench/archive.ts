/**
 * Archive benchmark: synthetic archives of 1,000 and 10,000 reports (bench/synthetic-archive.ts, ~15 KB each)
 * imported into a fresh data directory, then queried. Targets (issue 12):
 *   - first import ≥ 10 MB/s, peak memory ≤ 500 MB (a child process per import; maxRSS includes the worker);
 *   - phrase query p95 ≤ 5 ms in the host and ≤ 30 ms round trip through the browser host;
 *   - section relevance query p95 ≤ 50 ms;
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
import { PHRASE_CATEGORIES } from '../electron/core/corpus/types';
import { ROLES } from '../electron/core/draft/model';
import { startServer } from '../electron/host/server';
import { toWire } from '../electron/host/wire';
import { realEngines } from '../electron/services/engines';
import { createServices } from '../electron/services/services';
import { pick, quantile, rng, summarize, writeResult } from './lib';
import { syntheticReport } from './synthetic-archive';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORKER = path.join(ROOT, 'dist', 'host', 'archive-worker.js');
export const TARGETS = { importMBps: 10, peakMB: 500, phraseP95Ms: 5, roundTripP95Ms: 30, sectionP95Ms: 50 };

type Stats = ReturnType<typeof summarize>;

export interface ArchiveSizeResult {
  reports: number;
  bytes: number;
  documents: number;
  import: { ms: number; MBps: number; untilSkeletonsMs: number; peakMB: number };
  phrases: { host: Stats; byKind: Record<string, Stats>; roundTrip: Stats; totalPhrases: number };
  sections: { near: Stats; nearWithRole: Stats; search: Stats };
  reuse: { sentences: number; fullMs: number; oneEditMs: Stats };
  startup: { firstPhrasesMs: Stats; corpusDataMs: Stats; corpusDataKB: number };
  disk: { databaseMB: number; originalsMB: number };
}

export interface ArchiveBenchResult {
  name: 'archive';
  node: string;
  worker: 'bundled' | 'typescript';
  sizes: ArchiveSizeResult[];
  targets: typeof TARGETS;
}

/** The synthetic archive as files in a folder, kept between runs (generating 150 MB takes a while). */
function archiveFolder(reports: number): string {
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

async function benchSize(reports: number, o: { queries: number; startups: number; log: (s: string) => void }): Promise<ArchiveSizeResult> {
  const { log } = o;
  log(`  生成 ${reports} 篇合成材料……`);
  const folder = archiveFolder(reports);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-archive-data-'));
  try {
    // ---- first import, in its own process ----
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'archive-import.ts'), folder, dataDir, ...(existsSync(WORKER) ? [WORKER] : [])], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    const imp = JSON.parse(out.trim().split('\n').pop()!) as { bytes: number; documents: number; importMs: number; idleMs: number; maxRssMB: number; imported: number };
    const MBps = imp.bytes / 1048576 / (imp.importMs / 1000);
    log(`  导入 ${mb(imp.bytes)} MB：${(imp.importMs / 1000).toFixed(1)} s（${MBps.toFixed(2)} MB/s），骨架更新完 ${(imp.idleMs / 1000).toFixed(1)} s，峰值内存 ${imp.maxRssMB.toFixed(0)} MB`);

    // ---- start-up: the built host opening the existing archive ----
    const starts: { phrasesMs: number; dataMs: number; dataBytes: number }[] = [];
    if (existsSync(path.join(ROOT, 'dist', 'host', 'server.js'))) for (let i = 0; i < o.startups; i++) starts.push(await startupOnce(dataDir));
    if (starts.length) log(`  启动到首批常用语：中位数 ${quantile(starts.map((s) => s.phrasesMs).sort((a, b) => a - b), 0.5).toFixed(0)} ms；corpusData ${(starts[0].dataBytes / 1024).toFixed(0)} KB`);

    // ---- queries in the host and through the browser host ----
    const services = await createServices({ dataDir, assetsDir: path.join(ROOT, 'assets'), host: 'browser', version: 'bench', archiveWorker: existsSync(WORKER) ? { file: WORKER, typescript: false } : undefined, ...realEngines });
    const corpus = services.corpus;
    await corpus.idle();
    const random = rng(7);
    const sample = (await corpus.phrases({ limit: 500 })).phrases.map((p) => p.text);
    const totalPhrases = (await corpus.phrases({})).total;
    const chars = [...new Set(sample.join(''))].filter((c) => /[\u4e00-\u9fa5]/.test(c));
    const sub = (len: number) => {
      const t = pick(random, sample);
      const s = Math.floor(random() * Math.max(1, t.length - len));
      return t.slice(s, s + len);
    };
    const kinds = ['1字', '2字', '3-8字', '多词', '无结果', '1字+类别', '2字+作用', '列表+类别'] as const;
    const queries = Array.from({ length: o.queries }, (_, i) => {
      const kind = kinds[i % kinds.length];
      const q =
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
    const api = services.api;
    // The host's own time: the synchronous query (no event loop in between).
    const queriesOf = (corpus as unknown as { q: { phrases(q: object): unknown; sections(q: object): unknown } }).q;
    for (const { q } of queries.slice(0, 50)) queriesOf.phrases(q); // warm-up
    const host: number[] = [];
    const perKind = new Map<string, number[]>();
    for (const { kind, q } of queries) {
      const t = performance.now();
      queriesOf.phrases(q);
      const dt = performance.now() - t;
      host.push(dt);
      perKind.set(kind, [...(perKind.get(kind) ?? []), dt]);
    }
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
    log(`  常用语（共 ${totalPhrases} 条）：主机内 p95 ${summarize(host).p95.toFixed(2)} ms，经浏览器主机往返 p95 ${summarize(round).p95.toFixed(2)} ms`);

    // Sections ranked by relevance to a heading or paragraph at the cursor.
    const heads = (await corpus.sections({ limit: 500, offset: Math.floor(random() * 100) })).sections.flatMap((s) => [s.heading, s.firstSentence]).filter((t) => t.length > 4);
    const near: number[] = [];
    const nearRole: number[] = [];
    const search: number[] = [];
    const n = Math.max(20, Math.floor(o.queries / 4));
    for (let i = 0; i < n; i++) timeSync(near, () => queriesOf.sections({ near: pick(random, heads), limit: 20 }));
    for (let i = 0; i < n; i++) timeSync(nearRole, () => queriesOf.sections({ near: pick(random, heads), role: pick(random, ROLES), limit: 20 }));
    for (let i = 0; i < n; i++) timeSync(search, () => queriesOf.sections({ query: pick(random, heads).slice(0, 2 + Math.floor(random() * 4)), limit: 20 }));
    log(`  段落库相关度排序 p95 ${summarize(near).p95.toFixed(2)} ms（加作用筛选 ${summarize(nearRole).p95.toFixed(2)} ms），搜索 p95 ${summarize(search).p95.toFixed(2)} ms`);

    // 复用率 over the whole archive: a 40,000-character draft's sentences, then one edited sentence at a time.
    const docs = (await corpus.documents({ limit: 60, sort: 'file' })).documents;
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
      import: { ms: Math.round(imp.importMs), MBps: Math.round(MBps * 100) / 100, untilSkeletonsMs: Math.round(imp.idleMs), peakMB: Math.round(imp.maxRssMB) },
      phrases: { host: summarize(host), byKind: Object.fromEntries([...perKind].map(([k, v]) => [k, summarize(v)])), roundTrip: summarize(round), totalPhrases },
      sections: { near: summarize(near), nearWithRole: summarize(nearRole), search: summarize(search) },
      reuse: { sentences: draft.length, fullMs: r1(fullMs), oneEditMs: summarize(edits) },
      startup: {
        firstPhrasesMs: summarize(starts.map((s) => s.phrasesMs)),
        corpusDataMs: summarize(starts.map((s) => s.dataMs)),
        corpusDataKB: starts.length ? Math.round(starts[0].dataBytes / 1024) : 0,
      },
      disk,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runArchiveBench(opts: { sizes?: number[]; queries?: number; startups?: number; write?: boolean; log?: (s: string) => void } = {}): Promise<ArchiveBenchResult> {
  const log = opts.log ?? console.log;
  const sizes: ArchiveSizeResult[] = [];
  for (const n of opts.sizes ?? [1000, 10_000]) {
    log(`语料库 ${n} 篇：`);
    sizes.push(await benchSize(n, { queries: opts.queries ?? 1000, startups: opts.startups ?? 5, log }));
  }
  const result: ArchiveBenchResult = { name: 'archive', node: process.version, worker: existsSync(WORKER) ? 'bundled' : 'typescript', sizes, targets: TARGETS };
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
