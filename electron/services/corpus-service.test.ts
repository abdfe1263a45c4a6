/**
 * The archive as the user meets it through the corpus service: the seed at first start, imports kept across
 * restarts, duplicates, cancel, removal and reset with undo, corrections, the queries, and recovery — today's
 * `corpus/` folder migrated, a damaged or missing database rebuilt from the kept originals — with long Chinese
 * file names and a file named just `.txt`. The crash loop is in archive-crash.test.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance as nodePerformance } from 'node:perf_hooks';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticArchive } from '../../bench/synthetic-archive';
import { type BlockElement, inlineText } from '../core/draft/model';
import { openDb } from './archive/db';
import { backfillTextKeys } from './archive/schema';
import { archivePaths } from './archive/paths';
import { CorpusService } from './corpus-service';

const ROOT = path.resolve(__dirname, '..', '..');
const assetsDir = path.join(ROOT, 'assets');
const dirs: string[] = [];
const open: CorpusService[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'gw-corpus-'));
  dirs.push(d);
  return d;
};
const service = (dataDir: string, analysers?: number, readOnly?: boolean, workerDelayMs?: number) => {
  const c = new CorpusService({ dataDir, assetsDir, analysers, readOnly, workerDelayMs, log: () => undefined });
  open.push(c);
  return c;
};
afterEach(async () => {
  for (const c of open.splice(0)) await c.close().catch(() => undefined);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A real GBK-encoded 实施方案 (the corpus engine's fixture), the way an old Windows machine saved it. */
const gbkPlan = new Uint8Array(readFileSync(path.join(ROOT, 'electron', 'core', 'corpus', 'fixtures', 'mini-plan.gbk.txt')));
const seedText = readFileSync(path.join(assetsDir, 'seed-reports.txt'), 'utf8');
const enc = (s: string) => new TextEncoder().encode(s);
const reports = (n: number, seed = 3) => syntheticArchive(n, seed, 1500).map((f) => ({ name: f.name, bytes: enc(f.text) }));
/** 85 Chinese characters: 255 bytes in UTF-8 with the extension, past what Linux allows in one file name. */
const LONG = '关于进一步加强和改进新时代基层工会组织建设全面提升服务职工群众能力水平推动工会工作高质量发展的实施意见及配套措施汇编之一第一部分总体要求和主要任务以及组织领导保障措施的说明材料';

const imported = async (c: CorpusService) => (await c.documents({ limit: 500 })).documents.filter((d) => !d.builtIn);

describe('the archive (corpus service)', () => {
  it('first start: the seed’s five documents, its skeletons and phrases in the first answer; corpusData stays the same object until something changes', async () => {
    const c = service(tmp());
    const a = await c.data();
    expect(a.summary.documents.map((d) => d.genre)).toEqual(['inaugural', 'annual-report', 'speech', 'plan', 'speech']);
    expect(a.summary.documents.every((d) => d.builtIn)).toBe(true);
    expect(a.skeletons.map((s) => s.genre).sort()).toEqual(['annual-report', 'inaugural', 'plan', 'speech']);
    expect(a.phrases.length).toBeGreaterThan(100);
    expect(a.texts.map((t) => t.paragraphs.length).every((n) => n > 3)).toBe(true);
    expect(await c.data()).toBe(a);
  });

  it('keeps imported files across restarts under their content hash, refuses broken ones with Chinese reasons', async () => {
    const dataDir = tmp();
    const c = service(dataDir);
    const r = await c.import([
      { name: 'C:\\材料\\2023年方案.txt', bytes: gbkPlan },
      { name: '空文件.txt', bytes: new Uint8Array() },
      { name: '扫描件.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) },
    ]);
    expect(r.imported).toBe(1);
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.file).sort()).toEqual(['扫描件.pdf', '空文件.txt'].sort());
    for (const i of r.issues) expect(i.message).toMatch(/[\u4e00-\u9fff]/);
    const mine = await imported(c);
    expect(mine.map((d) => [d.fileName, d.genre])).toEqual([['2023年方案.txt', 'plan']]);
    // The original is kept byte for byte, named by its hash (never by the user's name).
    const kept = readdirSync(path.join(archivePaths(dataDir).originals), { recursive: true }).map(String).filter((n) => n.endsWith('.txt'));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^[0-9a-f]{2}[\\/][0-9a-f]{64}\.txt$/);
    expect(new Uint8Array(readFileSync(path.join(archivePaths(dataDir).originals, kept[0])))).toEqual(gbkPlan);
    await c.close();

    const again = service(dataDir);
    expect((await imported(again)).map((d) => d.fileName)).toEqual(['2023年方案.txt']);
    expect((await again.data()).summary.documents).toHaveLength(6);
  });

  it('a file whose content is already there is skipped with a notice, within one batch and later; the seed too', async () => {
    const c = service(tmp());
    const [a, b] = reports(2);
    const r1 = await c.import([a, { name: '副本.txt', bytes: a.bytes }, b]);
    expect(r1.imported).toBe(2);
    expect(r1.issues).toEqual([{ file: '副本.txt', message: `与同批导入的“${a.name}”内容相同，已跳过`, severity: 'warning' }]);
    const r2 = await c.import([{ name: '又一份.txt', bytes: b.bytes }, { name: 'seed-reports.txt', bytes: enc(seedText) }]);
    expect(r2.imported).toBe(0);
    expect(r2.issues.map((i) => i.message)).toEqual([`与已导入的“${b.name}”内容相同，已跳过`, '与已导入的内置语料内容相同，已跳过']);
    expect(await imported(c)).toHaveLength(2);
  });

  it('a picked folder’s other files (.doc, .pdf) are said once in the job’s issues, to its end; by path too (Electron)', async () => {
    const c = service(tmp());
    const [a] = reports(1, 61);
    const start = await c.startImport([a], 1, ['旧/2009年总结.doc', '旧/扫描件.pdf']);
    const notice = '另有 2 个文件不是 .txt、.md 或 .docx，未导入（.doc 1 个、.pdf 1 个）。旧版 Word（.doc）文件请先在 Word 或 WPS 中“另存为” .docx，再导入。';
    expect(start.issues.map((i) => i.message)).toEqual([notice]);
    let job = start;
    while (job.state === 'running') job = await new Promise((r) => setTimeout(() => r(c.importStatus(start.id)), 50));
    expect(job.imported).toBe(1);
    expect(job.issues).toEqual([{ file: '', message: notice, severity: 'warning' }]);
    const dir = tmp();
    writeFileSync(path.join(dir, 'b.txt'), reports(2, 62)[1].bytes);
    const byPath = await c.importPaths([path.join(dir, 'b.txt')], true, [{ file: '', message: '另有 1 个文件…', severity: 'warning' }]);
    expect(byPath.imported).toBe(1);
    expect(byPath.issues.map((i) => i.message)).toEqual(['另有 1 个文件…']);
  });

  it('past a thousand notices, a file that could not be imported is still listed (the outcome counts them)', async () => {
    const c = service(tmp());
    const [a] = reports(1, 63);
    const copies = Array.from({ length: 1_005 }, (_, i) => ({ name: `副本-${i}.txt`, bytes: a.bytes }));
    const r = await c.import([a, ...copies, { name: '坏.docx', bytes: enc('这不是 Word 文件') }]);
    expect(r.imported).toBe(1);
    expect(r.issues.filter((i) => i.severity === 'warning')).toHaveLength(1_000);
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.file)).toEqual(['坏.docx']);
  });

  it('a run of 第一，…第三， paragraphs read as one part is shown as such, not as a heading line the original lacks', async () => {
    const c = service(tmp());
    const text = [
      '在开学典礼上的讲话',
      '老师们、同学们：',
      '今天，我们隆重集会，举行开学典礼。在这里，我向大家报告几个好消息：',
      '第一，7月26日，周而进同学在国际信息学奥林匹克竞赛中摘取一块金牌。这是我校的第三块国际金牌。',
      '第二，今年高考，我校一本上线人数再创新高，多名同学被重点高校录取。',
      '第三，谢老师被推荐为省教坛新秀候选人，这是全校老师共同努力的结果。',
      '同学们，新的学年开始了，让我们一起努力，再攀高峰！',
    ].join('\n');
    const r = await c.import([{ name: '开学典礼讲话.txt', bytes: enc(text) }]);
    expect(r.imported).toBe(1);
    const [doc] = await imported(c);
    const heads = (await c.document(doc.id)).lines.filter((l) => l.kind === 'heading');
    expect(heads).toEqual([expect.objectContaining({ marker: '第一…第三', enumeration: true, section: 0, text: expect.stringMatching(/^7月26日/) })]);
    // An ordinary heading is a line of the original.
    const plain = await c.import([{ name: '报告.txt', bytes: enc('关于2023年工作情况的报告\n一、工作回顾\n一年来，我们完成了各项任务，全年新增就业1.2万人。\n二、明年工作打算\n要进一步加强队伍建设，切实提高工作水平。') }]);
    expect(plain.imported).toBe(1);
    const report = (await imported(c)).find((d) => d.fileName === '报告.txt')!;
    expect((await c.document(report.id)).lines.filter((l) => l.kind === 'heading').map((l) => [l.marker, l.enumeration])).toEqual([['一、', undefined], ['二、', undefined]]);
  });

  it('the same text in other bytes (another encoding, re-saved line endings) is skipped as a copy, within one batch and later; the seed too; a removed one no longer counts', async () => {
    const dataDir = tmp();
    const c = service(dataDir);
    const [a, b] = reports(2, 41);
    const text = new TextDecoder().decode(a.bytes);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (ch) => ch.charCodeAt(0)).buffer)]);
    const r1 = await c.import([a, { name: '副本-UTF16.txt', bytes: utf16 }, b]);
    expect(r1).toEqual({ imported: 2, issues: [{ file: '副本-UTF16.txt', message: `与同批导入的“${a.name}”文字相同，已跳过`, severity: 'warning' }] });
    const crlf = enc(text.replace(/\n/g, '\r\n'));
    const seed16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(seedText, (ch) => ch.charCodeAt(0)).buffer)]);
    const r2 = await c.import([{ name: '定稿.txt', bytes: crlf }, { name: '内置的副本.txt', bytes: seed16 }]);
    expect(r2.imported).toBe(0);
    expect(r2.issues.map((i) => i.message)).toEqual([`与已导入的“${a.name}”文字相同，已跳过`, '与已导入的内置语料文字相同，已跳过']);
    // Once the first is removed, its copy is a document of its own.
    const first = (await imported(c)).find((d) => d.fileName === a.name)!;
    await c.remove([first.id]);
    expect(await c.import([{ name: '定稿.txt', bytes: crlf }])).toEqual({ imported: 1, issues: [] });
    // The keys an existing archive gets from its stored paragraphs (the migration) are those an import sets.
    const db = openDb(archivePaths(dataDir).db);
    try {
      const before = db.prepare('SELECT id, text_key FROM files ORDER BY id').all();
      expect(before.every((r) => typeof (r as { text_key: unknown }).text_key === 'string')).toBe(true);
      db.exec('UPDATE files SET text_key = NULL');
      backfillTextKeys(db);
      expect(db.prepare('SELECT id, text_key FROM files ORDER BY id').all()).toEqual(before);
    } finally {
      db.close();
    }
  });

  it('long Chinese file names and a file named just “.txt” are stored, listed under their own names and loaded again', async () => {
    const dataDir = tmp();
    const c = service(dataDir);
    const [a, b, d] = reports(3, 11);
    const r = await c.import([
      { name: LONG + '.txt', bytes: a.bytes },
      { name: LONG + LONG + '.docx.txt', bytes: b.bytes },
      { name: '.txt', bytes: d.bytes },
    ]);
    expect(r).toEqual({ imported: 3, issues: [] });
    await c.close();
    const again = service(dataDir);
    expect((await imported(again)).map((x) => x.fileName).sort()).toEqual(['.txt', LONG + '.txt', LONG + LONG + '.docx.txt'].sort());
    const dot = (await imported(again)).find((x) => x.fileName === '.txt')!;
    expect((await again.document(dot.id)).lines.length).toBeGreaterThan(3);
  });

  it('analysis threads: a parallel import gives the same archive as one thread, in the files’ order', async () => {
    const files = reports(12, 29);
    const one = service(tmp(), 0);
    const many = service(tmp(), 2);
    const [a, b] = [await one.import(files), await many.import(files)];
    expect(b).toEqual(a);
    const list = async (c: CorpusService) => (await imported(c)).map((d) => [d.fileName, d.genre, d.charCount, d.sectionCount]);
    expect(await list(many)).toEqual(await list(one));
    const top = async (c: CorpusService) => (await c.phrases({ limit: 100 })).phrases.map((p) => [p.text, p.docCount, p.score]);
    expect(await top(many)).toEqual(await top(one));
  });

  it('removing a document takes it out of every query; undo brings it back; built-in documents cannot be removed', async () => {
    const c = service(tmp());
    await c.import([{ name: '方案.txt', bytes: gbkPlan }]);
    const doc = (await imported(c))[0];
    const sections = async () => (await c.sections({ limit: 500 })).sections.filter((s) => s.docId === doc.id).length;
    const phraseDocs = async () => (await c.phrases({ limit: 500 })).phrases.filter((p) => p.sources.some((s) => s.docId === doc.id)).length;
    expect(await sections()).toBeGreaterThan(0);
    expect(await phraseDocs()).toBeGreaterThan(0);

    const { removed, undo } = await c.remove([doc.id]);
    expect(removed).toBe(1);
    expect(await imported(c)).toEqual([]);
    expect((await c.documents({ query: '方案' })).imported).toBe(0);
    expect((await c.documents({ removed: true })).documents.map((d) => d.id)).toEqual([doc.id]);
    expect(await sections()).toBe(0);
    expect(await phraseDocs()).toBe(0);
    expect((await c.data()).summary.documents).toHaveLength(5);

    expect(await c.restore(undo)).toEqual({ restored: 1 });
    expect((await imported(c)).map((d) => d.id)).toEqual([doc.id]);
    // What 恢复为内置语料 would remove, whatever the filters: the one imported document, not the five built in.
    expect((await c.documents({ genre: 'inaugural' })).imported).toBe(1);
    expect(await sections()).toBeGreaterThan(0);

    await expect(c.remove(['seed-reports.txt#2'])).rejects.toThrow(/内置语料不能移除/);
    // Importing removed content again brings it back rather than refusing it as a duplicate.
    await c.remove([doc.id]);
    expect((await c.import([{ name: '方案（再次）.txt', bytes: gbkPlan }])).imported).toBe(1);
    expect((await imported(c)).map((d) => d.id)).toEqual([doc.id]);
  });

  it('reset to the built-in corpus removes every imported document at once, and undo restores exactly those', async () => {
    const dataDir = tmp();
    const c = service(dataDir);
    const files = reports(6);
    await c.import(files.slice(0, 4));
    const early = (await imported(c))[0];
    const { undo: firstRemoval } = await c.remove([early.id]);
    const { removed, undo } = await c.reset();
    expect(removed).toBe(3);
    expect(await imported(c)).toEqual([]);
    expect((await c.data()).summary.documents.every((d) => d.builtIn)).toBe(true);
    await c.import(files.slice(4));
    expect(await c.restore(undo)).toEqual({ restored: 3 });
    expect((await imported(c)).length).toBe(5);
    expect((await imported(c)).map((d) => d.id)).not.toContain(early.id);
    // Survives a restart (the ledger holds the acts).
    await c.close();
    const again = service(dataDir);
    expect((await imported(again)).length).toBe(5);
    expect(await again.restore(firstRemoval)).toEqual({ restored: 1 });
  });

  it('the host thread stays free during an import: the analysis runs in the worker', async () => {
    const c = service(tmp());
    await c.data();
    const before = nodePerformance.eventLoopUtilization();
    const job = await c.startImport(reports(150, 53));
    // Queries keep being answered meanwhile.
    let answered = 0;
    while ((await c.importStatus(job.id)).state === 'running') {
      await c.phrases({ query: '工作', limit: 20 });
      answered++;
      await new Promise((r) => setTimeout(r, 20));
    }
    const used = nodePerformance.eventLoopUtilization(before);
    expect((await c.importStatus(job.id)).imported).toBe(150);
    expect(answered).toBeGreaterThan(5);
    // The host's own thread was idle much of the time (it only relayed and answered); the analysis on it
    // would keep it busy throughout (~1). Utilisation is wall-clock based, and a loaded CI machine stretches
    // every busy moment, hence the margin.
    expect(used.utilization).toBeLessThan(0.8);
  });

  it('cancel stops after the file in hand; what was imported is whole and stays, after a restart too', async () => {
    const dataDir = tmp();
    const c = service(dataDir);
    const files = reports(300, 5);
    const job = await c.startImport(files);
    for (let i = 0; i < 1000 && (await c.importStatus(job.id)).done < 1; i++) await new Promise((r) => setTimeout(r, 10));
    await c.cancelImport(job.id);
    const end = await c.waitImport(job.id);
    expect(end.state).toBe('cancelled');
    expect(end.done).toBeLessThan(300);
    expect(end.done).toBeGreaterThanOrEqual(1);
    expect(end.imported).toBe(end.done);
    expect(await imported(c)).toHaveLength(end.imported);
    // The originals of the files dropped by the cancel (written ahead while they were analysed) are not kept.
    const p = archivePaths(dataDir);
    const kept = () => readdirSync(p.originals, { recursive: true }).map(String).filter((n) => /\.(txt|tmp)$/.test(n));
    for (let i = 0; i < 100 && kept().some((n) => n.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 20));
    expect(kept()).toHaveLength(end.imported);
    await c.close();
    const again = service(dataDir);
    expect(await imported(again)).toHaveLength(end.imported);
    // The rest imports later; the first ones are recognised.
    const rest = await again.import(files);
    expect(rest.imported).toBe(300 - end.imported);
  });

  it('corrections (the engine’s own type): a section’s role reaches the skeleton, the role-filtered phrases and the section library in the answer itself', async () => {
    const c = service(tmp());
    const id = 'seed-reports.txt#1';
    const before = await c.document(id);
    expect(before.document.genre).toBe('inaugural');
    const heading = before.lines.find((l) => l.kind === 'heading' && l.section === 1)!;
    expect(heading.role).toBe('tasks');
    const fromSection = (ps: { sources: { docId: string; sectionPath: string[] }[]; docCount: number }[]) =>
      ps.filter((p) => p.docCount === 1 && p.sources[0]?.docId === id && !!p.sources[0].sectionPath[0]?.includes(heading.text));
    const mine = fromSection((await c.phrases({ limit: 500 })).phrases);
    expect(mine.length).toBeGreaterThan(0);
    expect(fromSection((await c.phrases({ role: 'review', limit: 500 })).phrases)).toEqual([]);
    expect((await c.skeletons('inaugural'))[0].sections.map((s) => s.role)).not.toContain('review');

    // No waiting for the worker: the answer comes once everything derived from the document is current.
    const v = await c.setCorrections(id, { roles: [{ index: 1, heading: heading.text, role: 'review' }] });
    expect(v.corrections).toEqual({ roles: [{ index: 1, heading: heading.text, role: 'review' }] });
    expect(v.unapplied).toEqual([]);
    expect(v.document.corrected).toBe(true);
    expect(v.lines.find((l) => l.kind === 'heading' && l.section === 1)!.role).toBe('review');
    expect((await c.skeletons('inaugural'))[0].sections.map((s) => s.role)).toContain('review');
    const review = fromSection((await c.phrases({ role: 'review', limit: 500 })).phrases);
    expect(review.length).toBeGreaterThan(0);
    expect(fromSection((await c.phrases({ role: 'tasks', limit: 500 })).phrases)).toEqual([]);
    expect((await c.sections({ role: 'review', limit: 500 })).sections.some((s) => s.docId === id && s.heading.includes(heading.text))).toBe(true);
    const data = await c.data();
    expect(data.skeletons.find((s) => s.genre === 'inaugural')!.sections.map((s) => s.role)).toContain('review');

    // A correction whose section is gone is reported, not applied elsewhere.
    const gone = await c.setCorrections(id, { roles: [{ index: 1, heading: '已经不在的一节', role: 'closing' }] });
    expect(gone.unapplied).toEqual([{ index: 1, heading: '已经不在的一节', role: 'closing' }]);
    expect(gone.lines.find((l) => l.kind === 'heading' && l.section === 1)!.role).toBe('tasks');
    expect((await c.skeletons('inaugural'))[0].sections.map((s) => s.role)).not.toContain('review');
  });

  it('corrections: a genre moves the document between skeletons; exclusion takes it out of phrases, sections and skeletons; null clears them', async () => {
    const c = service(tmp());
    await c.import([{ name: '方案.txt', bytes: gbkPlan }]);
    const doc = (await imported(c))[0];
    expect(doc.genre).toBe('plan');
    const head = (await c.document(doc.id)).lines.find((l) => l.kind === 'heading' && l.section === 0)!;
    const v = await c.setCorrections(doc.id, { genre: 'speech', roles: [{ index: 0, heading: head.text, role: 'review' }] });
    expect(v.document).toMatchObject({ genre: 'speech', detectedGenre: 'plan', corrected: true });
    expect(v.lines.find((l) => l.kind === 'heading' && l.section === 0)!.role).toBe('review');
    expect((await c.skeletons('speech'))[0].sourceDocs).toContain(doc.id);
    expect((await c.skeletons('plan'))[0].sourceDocs).not.toContain(doc.id);
    expect((await c.sections({ genre: 'speech', role: 'review' })).sections.some((s) => s.docId === doc.id)).toBe(true);

    await c.setCorrections(doc.id, { excluded: true });
    expect((await c.sections({ limit: 500 })).sections.filter((s) => s.docId === doc.id)).toEqual([]);
    expect((await c.phrases({ limit: 500 })).phrases.filter((p) => p.sources.some((s) => s.docId === doc.id))).toEqual([]);
    expect((await c.skeletons('plan'))[0].sourceDocs).not.toContain(doc.id);
    expect((await c.document(doc.id)).document.excluded).toBe(true);
    await c.setCorrections(doc.id, null);
    expect((await c.document(doc.id)).document).toMatchObject({ genre: 'plan', corrected: false, excluded: false });
    expect((await c.skeletons('plan'))[0].sourceDocs).toContain(doc.id);
  });

  it('queries: phrases by substring of any length with filters, totals and pages; sections ranked by relevance; documents filtered, sorted and counted', async () => {
    const c = service(tmp());
    await c.import(reports(12, 21));
    const all = await c.phrases({ limit: 10 });
    expect(all.total).toBeGreaterThan(100);
    expect(all.phrases.map((p) => p.score)).toEqual([...all.phrases.map((p) => p.score)].sort((a, b) => b - a));
    for (const q of ['会', '职工', '进一步', '工会 组织']) {
      const r = await c.phrases({ query: q, limit: 500 });
      expect(r.total, q).toBeGreaterThan(0);
      expect(r.totalExact).toBe(true);
      expect(r.phrases.length).toBe(Math.min(500, r.total));
      for (const p of r.phrases) for (const t of q.split(' ')) expect(p.text).toContain(t);
    }
    // Punctuation is below both indexes: found row by row.
    const comma = await c.phrases({ query: '，', limit: 20 });
    expect(comma.phrases.length).toBeGreaterThan(0);
    expect(comma.phrases.every((p) => p.text.includes('，'))).toBe(true);
    const page2 = await c.phrases({ query: '职工', limit: 5, offset: 5 });
    expect(page2.phrases.map((p) => p.id)).toEqual((await c.phrases({ query: '职工', limit: 10 })).phrases.slice(5).map((p) => p.id));
    const tasks = await c.phrases({ category: '任务句式', role: 'tasks', limit: 500 });
    expect(tasks.phrases.every((p) => p.category === '任务句式' && p.role === 'tasks')).toBe(true);
    const speech = await c.phrases({ genre: 'plan', limit: 500 });
    expect(speech.total).toBeLessThan(all.total);
    const fav = all.phrases.slice(0, 3).map((p) => p.id);
    expect((await c.phrases({ ids: fav })).phrases.map((p) => p.id).sort()).toEqual([...fav].sort());
    expect((await c.phrases({ query: '犇犇犇' })).total).toBe(0);

    const heading = (await c.sections({ role: 'tasks', limit: 50 })).sections.find((s) => s.heading.length > 8)!.heading;
    const ranked = await c.sections({ near: `（三）${heading}`, limit: 5 });
    expect(ranked.sections[0].heading).toBe(heading);
    expect(ranked.total).toBe((await c.sections({})).total);
    // Nothing to rank by: the user's own documents first (by year), the built-in examples after all of them.
    const plain = await c.sections({ limit: 500 });
    expect(plain.sections).toHaveLength(plain.total);
    const builtin = plain.sections.map((s) => s.fileName === 'seed-reports.txt');
    expect(builtin.indexOf(true)).toBeGreaterThan(0);
    expect(builtin.slice(builtin.indexOf(true)).every(Boolean)).toBe(true);
    const text = (x: { heading: string; blocks: BlockElement[] }) => [x.heading, ...x.blocks.map((b) => inlineText(b.children))].join('\n');
    const two = await c.sections({ query: heading.slice(3, 5), limit: 500 });
    expect(two.total).toBeGreaterThan(0);
    expect(two.sections.every((x) => text(x).includes(heading.slice(3, 5)))).toBe(true);
    // Two characters also find a part by one of its subheadings (安全 → the part whose （十） is about it), not
    // only by its own heading.
    const withSub = (await c.sections({ role: 'tasks', limit: 500 })).sections.find((s) => s.blocks.filter((b) => b.type === 'heading').length > 3)!;
    const sub = withSub.blocks.filter((b) => b.type === 'heading').at(-1)!;
    const subText = inlineText(sub.children);
    const pair = [...subText].map((_, i) => subText.slice(i, i + 2)).find((p) => /^[\p{Script=Han}]{2}$/u.test(p) && !withSub.heading.includes(p))!;
    const bySub = await c.sections({ query: pair, limit: 500 });
    expect(bySub.sections.map((s) => s.id)).toContain(withSub.id);
    expect(bySub.sections.every((x) => text(x).includes(pair))).toBe(true);
    // Ranked by the text at the caret as well: the same sections, the most relevant first.
    const byNear = await c.sections({ query: pair, near: withSub.heading, limit: 500 });
    expect(byNear.sections.map((s) => s.id).sort()).toEqual(bySub.sections.map((s) => s.id).sort());
    expect(byNear.sections[0].id).toBe(withSub.id);
    const found = await c.sections({ query: heading.slice(2, 6) });
    expect(found.sections.every((s) => text(s).includes(heading.slice(2, 6)))).toBe(true);

    const docs = await c.documents({ sort: 'year', desc: true, limit: 5 });
    expect(docs.total).toBe(17);
    expect(docs.genres.reduce((n, g) => n + g.count, 0)).toBe(17);
    const years = docs.documents.map((d) => d.year ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const y = docs.years[0];
    expect((await c.documents({ year: y.year })).total).toBe(y.count);
    expect((await c.documents({ query: 'report-0003' })).documents.map((d) => d.fileName)).toEqual(['report-0003.txt']);
  });

  it('复用率 from the host: a sentence of the archive verbatim, one lightly edited, and none; a removed document no longer counts', async () => {
    const c = service(tmp());
    await c.import([{ name: '方案.txt', bytes: gbkPlan }]);
    const doc = (await imported(c))[0];
    const para = (await c.document(doc.id)).lines.find((l) => l.kind === 'paragraph' && l.text.length > 40)!.text;
    const sentence = para.split(/(?<=[。；])/)[0];
    const edited = sentence.replace(/[\u4e00-\u9fa5](?=[^\u4e00-\u9fa5]*$)/, '啊');
    const [same, near, none, short] = await c.reuse([sentence, edited, '今天天气很好，我们一起去公园散步吧，顺便看看花。', '同志们：']);
    expect(same).toMatchObject({ docId: doc.id, similarity: 1, sentence });
    expect(near?.docId).toBe(doc.id);
    expect(near!.similarity).toBeGreaterThanOrEqual(0.8);
    expect(near!.similarity).toBeLessThan(1);
    expect(none).toBeNull();
    expect(short).toBeNull();
    await c.remove([doc.id]);
    expect(await c.reuse([sentence])).toEqual([null]);
  });

  it('migrates today’s data directory (files under corpus/) on first start, keeping each file until it is in the archive', async () => {
    const dataDir = tmp();
    const legacy = path.join(dataDir, 'corpus');
    mkdirSync(legacy);
    const [a, b] = reports(2, 9);
    writeFileSync(path.join(legacy, '2023年方案.txt'), gbkPlan);
    writeFileSync(path.join(legacy, LONG.slice(0, 40) + '.txt'), a.bytes);
    writeFileSync(path.join(legacy, 'txt'), b.bytes); // what a file named `.txt` became
    writeFileSync(path.join(legacy, '2023年方案（2）.txt'), gbkPlan); // the old silent duplicate
    writeFileSync(path.join(legacy, '坏文件.txt'), new Uint8Array([0xff, 0xfe, 0x00])); // cannot be analysed
    writeFileSync(path.join(legacy, '.2023年方案.txt.123.deadbeef.tmp'), 'half');
    const c = service(dataDir);
    expect((await c.data()).summary.documents.length).toBeGreaterThanOrEqual(5);
    await c.idle();
    expect((await imported(c)).map((d) => d.fileName).sort()).toEqual(['2023年方案.txt', LONG.slice(0, 40) + '.txt', 'txt'].sort());
    // Migrated files are gone from corpus/; the one that could not be imported is kept there, and the user told.
    expect(readdirSync(legacy).filter((n) => !n.endsWith('.tmp'))).toEqual(['坏文件.txt']);
    expect((await c.data()).summary.issues.map((i) => i.message).join('\n')).toMatch(/1 份材料未能迁入.*坏文件\.txt/);
    await c.close();
    const again = service(dataDir);
    await again.idle();
    expect(await imported(again)).toHaveLength(3);
  });

  it('a damaged database is set aside and rebuilt from the kept originals with a notice: imports, removals and corrections all come back', async () => {
    const dataDir = tmp();
    const c = service(dataDir);
    await c.import([...reports(3, 13), { name: '方案.txt', bytes: gbkPlan }]);
    const docs = await imported(c);
    const plan = docs.find((d) => d.fileName === '方案.txt')!;
    await c.setCorrections(plan.id, { genre: 'annual-report' });
    const { undo } = await c.remove([docs.find((d) => d !== plan)!.id]);
    await c.close();
    const db = archivePaths(dataDir).db;
    writeFileSync(db, Buffer.concat([Buffer.from('这不是数据库'), readFileSync(db).subarray(100, 5000)]));
    rmSync(db + '-wal', { force: true });

    const again = service(dataDir);
    expect(again.notices.join()).toMatch(/语料库数据库已损坏.*正在根据保留的原始文件重建/);
    expect(readdirSync(archivePaths(dataDir).root).some((n) => /^archive\.corrupt-.*\.sqlite$/.test(n))).toBe(true);
    await again.idle();
    expect((await imported(again)).length).toBe(3);
    expect((await again.document(plan.id)).document).toMatchObject({ genre: 'annual-report', detectedGenre: 'plan' });
    expect(await again.restore(undo)).toEqual({ restored: 1 });
    expect((await imported(again)).length).toBe(4);
  });

  it('a missing database is rebuilt from the originals and the ledger, with a notice', async () => {
    const dataDir = tmp();
    const c = service(dataDir);
    await c.import(reports(3, 17));
    await c.close();
    for (const ext of ['', '-wal', '-shm']) rmSync(archivePaths(dataDir).db + ext, { force: true });
    const again = service(dataDir);
    expect(again.notices.join()).toMatch(/语料库索引不存在/);
    await again.idle();
    expect(await imported(again)).toHaveLength(3);
  });

  it('with the database and the ledger both lost, every kept original is still imported (under a recovered name)', async () => {
    const dataDir = tmp();
    const c = service(dataDir);
    await c.import(reports(2, 19));
    await c.close();
    const p = archivePaths(dataDir);
    for (const f of [p.db, p.db + '-wal', p.db + '-shm', p.ledger]) rmSync(f, { force: true });
    const again = service(dataDir);
    await again.idle();
    const docs = await imported(again);
    expect(docs).toHaveLength(2);
    expect(docs.every((d) => /^恢复的材料-[0-9a-f]{8}\.txt$/.test(d.fileName))).toBe(true);
  });

  it('a read-only instance (another holds the data directory) reads the archive and refuses every act; with nothing to read, it serves the built-in corpus', async () => {
    const dataDir = tmp();
    const owner = service(dataDir);
    await owner.import(reports(2, 41));
    const viewer = service(dataDir, undefined, true);
    expect(await imported(viewer)).toHaveLength(2);
    expect((await viewer.phrases({ query: '职工' })).total).toBeGreaterThan(0);
    const first = (await imported(viewer))[0].id;
    for (const act of [() => viewer.remove([first]), () => viewer.reset(), () => viewer.import(reports(1, 43)), () => viewer.importPaths(['/x.txt'], false)]) {
      await expect(act()).rejects.toMatchObject({ code: 'READ_ONLY_INSTANCE' });
    }
    // The owner's later imports are seen (the same database, read).
    await owner.import(reports(1, 47));
    expect(await imported(viewer)).toHaveLength(3);

    const empty = service(tmp(), undefined, true);
    expect((await empty.data()).summary.documents).toHaveLength(5);
    expect(empty.notices.join()).toMatch(/只读模式/);
    await expect(empty.reset()).rejects.toMatchObject({ code: 'READ_ONLY_INSTANCE' });
  });

  it('removed documents can be restored for 30 days; then their rows and unused originals are purged at start, for good', async () => {
    const dataDir = tmp();
    const c = service(dataDir);
    await c.import(reports(2, 59));
    const [gone, kept] = await imported(c);
    const { undo } = await c.remove([gone.id]);
    await c.close();
    const db = openDb(archivePaths(dataDir).db);
    db.prepare("UPDATE documents SET removed_at = '2000-01-01T00:00:00.000Z' WHERE removal = ?").run(undo);
    db.close();
    const originals = () => readdirSync(archivePaths(dataDir).originals, { recursive: true }).map(String).filter((n) => n.endsWith('.txt')).length;
    expect(originals()).toBe(2);
    const again = service(dataDir);
    await again.idle();
    expect((await again.documents({ removed: true })).total).toBe(0);
    expect((await imported(again)).map((d) => d.id)).toEqual([kept.id]);
    expect(originals()).toBe(1);
    expect(await again.restore(undo)).toEqual({ restored: 0 });
    await again.close();
    // A rebuild does not bring it back either (its original is gone).
    for (const ext of ['', '-wal', '-shm']) rmSync(archivePaths(dataDir).db + ext, { force: true });
    const rebuilt = service(dataDir);
    await rebuilt.idle();
    expect((await imported(rebuilt)).map((d) => d.id)).toEqual([kept.id]);
  });

  it('an original that cannot be kept fails its file alone, with a Chinese reason, and nothing half-imported is left', async () => {
    const dataDir = tmp();
    const c = service(dataDir);
    await c.data();
    const [blocked, ok] = reports(2, 41);
    // A plain file where the blocked one's shard folder would go: its original cannot be written.
    const hash = createHash('sha256').update(blocked.bytes).digest('hex');
    const p = archivePaths(dataDir);
    mkdirSync(p.originals, { recursive: true });
    writeFileSync(path.join(p.originals, hash.slice(0, 2)), 'x');
    const r = await c.import([blocked, ok]);
    expect(r.imported).toBe(1);
    expect(r.issues).toEqual([expect.objectContaining({ file: blocked.name, severity: 'error', message: expect.stringMatching(/^保存原始文件失败：/) })]);
    expect((await imported(c)).map((d) => d.fileName)).toEqual([ok.name]);
    expect(readdirSync(p.originals, { recursive: true }).map(String).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // The obstacle gone, the same file imports.
    rmSync(path.join(p.originals, hash.slice(0, 2)));
    expect((await c.import([blocked])).imported).toBe(1);
    expect((await imported(c)).map((d) => d.fileName).sort()).toEqual([blocked.name, ok.name].sort());
  });

  it('a new version of the corpus engine: every file is derived again from its original at start, keeping ids and corrections', async () => {
    const dataDir = tmp();
    const c = service(dataDir);
    await c.import([{ name: '方案.txt', bytes: gbkPlan }, ...reports(2, 37)]);
    const plan = (await imported(c)).find((d) => d.fileName === '方案.txt')!;
    await c.setCorrections(plan.id, { genre: 'speech' });
    const sections = (await c.sections({ limit: 500 })).total;
    // Every phrase with its counts and rank, as the import's per-file updates left them.
    const phrases = async (s: CorpusService) => (await s.phrases({ limit: 1000 })).phrases.map((p) => [p.text, p.category, p.role, p.score, p.docCount]);
    const before = await phrases(c);
    await c.close();
    // What an update of the engine looks like to the archive: a different fingerprint, and rows from the old rules.
    const db = openDb(archivePaths(dataDir).db);
    db.prepare("UPDATE meta SET value = 'an older engine' WHERE key = 'engine'").run();
    db.prepare('DELETE FROM sections').run();
    db.prepare('UPDATE phrases SET docs = docs + 5, score = 0').run();
    db.close();
    const again = service(dataDir);
    await again.idle();
    expect((await again.sections({ limit: 500 })).total).toBe(sections);
    // Re-derived a batch at a time, the phrases' aggregates are what they were.
    expect(await phrases(again)).toEqual(before);
    expect((await again.document(plan.id)).document).toMatchObject({ genre: 'speech', detectedGenre: 'plan' });
  });

  it('the documents of one file are told apart by their number in it (第N篇); a file of one document has none', async () => {
    const c = service(tmp());
    const two = ['第1篇: 某某工作总结', '一年来，我们认真履行职责，各项工作取得新成效。'.repeat(4), '第2篇: 某某工作总结', '今年以来，我们坚持稳中求进，重点工作扎实推进。'.repeat(4)].join('\n');
    await c.import([{ name: '两篇.txt', bytes: new TextEncoder().encode(two) }, ...reports(1, 43)]);
    const all = (await c.documents({ limit: 500 })).documents;
    // The seed's five share one title; their numbers are what tells them apart in the list.
    expect(all.filter((d) => d.builtIn).map((d) => d.part).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(all.filter((d) => d.fileName === '两篇.txt').map((d) => d.part).sort()).toEqual([1, 2]);
    expect(all.filter((d) => !d.builtIn && d.fileName !== '两篇.txt').map((d) => d.part)).toEqual([null]);
  });

  it('the same engine with or without analysis threads is the same engine: the archive is not derived again', async () => {
    const dataDir = tmp();
    const engine = () => {
      const db = openDb(archivePaths(dataDir).db);
      const v = (db.prepare("SELECT value FROM meta WHERE key = 'engine'").get() as { value: string }).value;
      db.close();
      return v;
    };
    const start = async (analysers: number) => {
      const c = service(dataDir, analysers);
      await c.data();
      await c.idle();
      await c.close();
      return engine();
    };
    // Bytes derived on a thread arrive as Uint8Arrays, derived in place they are Buffers: the fingerprint reads both alike.
    const alone = await start(0);
    expect(await start(1)).toBe(alone);
    expect(await start(0)).toBe(alone);
  });

  it('a stored file that can no longer be analysed stays listed with its reason, and can be removed', async () => {
    const dataDir = tmp();
    const c = service(dataDir);
    await c.import(reports(1, 23));
    const doc = (await imported(c))[0];
    await c.close();
    // The original damaged on disk (a failing disk, a hand edit): its rows are derived again at the next rebuild.
    const p = archivePaths(dataDir);
    const file = readdirSync(p.originals, { recursive: true }).map(String).find((n) => n.endsWith('.txt'))!;
    writeFileSync(path.join(p.originals, file), new Uint8Array([0, 0, 0, 0]));
    for (const ext of ['', '-wal', '-shm']) rmSync(p.db + ext, { force: true });
    const again = service(dataDir);
    await again.idle();
    const listed = await imported(again);
    expect(listed).toHaveLength(1);
    expect(listed[0].error).toMatch(/[\u4e00-\u9fff]/);
    expect((await again.remove([listed[0].id])).removed).toBe(1);
    expect(await imported(again)).toEqual([]);
    expect(existsSync(path.join(p.originals, file))).toBe(true);
    void doc;
  });

  it('skeletons derived by older rules are derived again at the next start, though no file’s rows changed', async () => {
    const dataDir = tmp();
    const first = service(dataDir);
    await first.idle();
    const fresh = await first.skeletons();
    await first.close();
    // As a version with other skeleton rules left it: another fingerprint, another skeleton.
    const db = openDb(archivePaths(dataDir).db);
    try {
      expect(db.prepare("SELECT value FROM meta WHERE key = 'skeleton_rules'").get()).toBeTruthy();
      db.exec("UPDATE meta SET value = 'older rules' WHERE key = 'skeleton_rules'");
      const stale = { ...fresh[0], label: '旧规则的骨架', sections: [] };
      db.prepare('UPDATE skeletons SET json = ? WHERE genre = ?').run(JSON.stringify(stale), fresh[0].genre);
    } finally {
      db.close();
    }
    const later = service(dataDir);
    await later.idle();
    expect(await later.skeletons()).toEqual(fresh);
  });

  it('a later start answers at once and puts off its background work, which an act starts at once; a first start does not wait', async () => {
    const dataDir = tmp();
    const first = service(dataDir, 0, false, 60_000);
    expect((await first.skeletons()).length).toBeGreaterThan(0); // the seed, added by the worker without waiting
    await first.close();
    // A temp file left by a killed import: the worker's start-up removes it (Originals.list).
    const shard = path.join(archivePaths(dataDir).originals, 'ab');
    mkdirSync(shard, { recursive: true });
    const left = path.join(shard, `.${'ab'.repeat(32)}.1.x.tmp`);
    writeFileSync(left, 'x');
    const later = service(dataDir, 0, false, 60_000);
    expect((await later.phrases({ query: '', limit: 5 })).phrases).toHaveLength(5);
    await new Promise((r) => setTimeout(r, 300));
    expect(existsSync(left)).toBe(true); // the worker has not started
    await later.idle(); // an act that needs the worker starts it at once
    expect(existsSync(left)).toBe(false);
  });
});
