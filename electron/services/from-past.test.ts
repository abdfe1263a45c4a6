/**
 * 以往年材料为底稿 and 往年怎么写 as the hosts serve them: a draft from a document of the archive (its stored
 * original analysed again, the user's corrections applied) or from a file picked for the purpose; passages of
 * the archive like the text at the cursor, with their document, year and section, from live documents only.
 * On the real 年度工作报告 of ../shared/corpus/real/ (the tests fail loudly when it is missing).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineText } from '../core/draft/model';
import { REAL_DIR } from '../core/draft/test-helpers';
import { MIGRATIONS, migrate } from './archive/schema';
import { realEngines } from './engines';
import { createServices, type HostServices } from './services';

const ROOT = path.resolve(__dirname, '..', '..');
const assetsDir = path.join(ROOT, 'assets');
const real = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(path.join(REAL_DIR, name))) });
const FUJIAN = '01-fujian-gwr-2026.txt';
const REPORTS = [FUJIAN, '02-neimenggu-gwr-2026.txt', '03-gansu-gwr-2026.txt', '04-guangdong-gwr-2026.txt', '06-shanghai-gwr-2026.txt'];

let dataDir: string;
let s: HostServices;
const ids = new Map<string, string>();

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'gw-from-past-'));
  s = await createServices({ dataDir, assetsDir, host: 'browser', version: 't', ...realEngines });
  const r = await s.api.corpusImport(REPORTS.map(real));
  expect(r.imported).toBe(REPORTS.length);
  for (const d of (await s.api.corpusDocuments({ limit: 100 })).documents) ids.set(d.fileName, d.id);
}, 120_000);
afterAll(async () => {
  await s?.corpus.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const texts = (draft: { content: { children: never[] }[] }) => draft.content.map((b) => inlineText(b.children));

describe('draftFromPast', () => {
  it('makes the 2027 report from the archive’s 2026 one: title moved on, review rebuilt from last year’s tasks in order, the source remembered', async () => {
    const r = await s.api.draftFromPast({ docId: ids.get(FUJIAN)! }, { targetYear: 2027 });
    if (!r.ok) throw new Error(r.error);
    expect(texts(r.draft as never)[0]).toBe('2027年福建省政府工作报告');
    expect(r.draft.meta).toMatchObject({ genre: 'annual-report', reportYear: 2027, fromPast: { sourceId: ids.get(FUJIAN), sourceYear: 2026 } });
    expect(r.summary.years).toMatchObject({ report: 2026, target: 2027 });
    // Last year's tasks: the nine of 三、 and the four of 四、 (政府自身建设), as the scaffold's headings, in order.
    const tasks = r.summary.scaffold!.tasks;
    expect(tasks[0]).toBe('壮大实体经济，推动高质量发展');
    expect(tasks).toContain('始终把忠诚作为为政之魂');
    expect(tasks.indexOf('全面深化改革，扩大高水平开放')).toBeLessThan(tasks.indexOf('增进民生福祉，创造高品质生活'));
    expect(r.draft.meta.fromPast!.tasks).toEqual(tasks);
    expect(r.summary.counts.byKind.fill).toBeGreaterThanOrEqual(tasks.length);
    // Every mark's place is in the draft (the UI steps through them).
    const all = texts(r.draft as never);
    for (const m of r.summary.marks.slice(0, 50)) expect(all[m.blockIndex].slice(m.start, m.end)).toBe(m.text);
  });

  it('defaults to the source’s year + 1, and takes the built-in documents too', async () => {
    const r = await s.api.draftFromPast({ docId: ids.get('02-neimenggu-gwr-2026.txt')! });
    expect(r.ok && r.draft.meta.reportYear).toBe(2027);
    const seed = await s.api.draftFromPast({ docId: 'seed-reports.txt#2' });
    if (!seed.ok) throw new Error(seed.error);
    expect(seed.draft.meta.fromPast?.sourceId).toBe('seed-reports.txt#2');
    expect(seed.summary.scaffold).not.toBeNull();
  });

  it('applies the user’s corrections: with 三、 corrected to 其他, there is no task part to build the review from', async () => {
    const id = ids.get(FUJIAN)!;
    const view = await s.api.corpusDocument(id);
    const task = view.lines.find((l) => l.kind === 'heading' && l.level === 1 && l.role === 'tasks')!;
    await s.api.corpusSetCorrections(id, { roles: [{ index: task.section!, heading: task.text, role: 'other' }] });
    try {
      const r = await s.api.draftFromPast({ docId: id }, { targetYear: 2027 });
      if (!r.ok) throw new Error(r.error);
      expect(r.summary.scaffold?.tasks ?? []).not.toContain('壮大实体经济，推动高质量发展');
    } finally {
      await s.api.corpusSetCorrections(id, null);
    }
  });

  it('from a file picked for the purpose (.txt, .docx), and a clear Chinese reason when it cannot be read', async () => {
    const r = await s.api.draftFromPast({ file: real('05-jilin-gwr-2026.txt') }, { targetYear: 2027, scaffold: true });
    if (!r.ok) throw new Error(r.error);
    expect(texts(r.draft as never)[0]).toMatch(/^2027年/);
    expect(r.summary.scaffold).not.toBeNull();
    // A .docx: the seed's annual report exported as Word by the app itself.
    const fromSeed = await s.api.draftFromPast({ docId: 'seed-reports.txt#2' });
    const docx = await s.api.docxExport(fromSeed.ok ? fromSeed.draft : (null as never), { highlightIssues: false });
    const w = await s.api.draftFromPast({ file: { name: '去年的报告.docx', bytes: docx } });
    expect(w.ok).toBe(true);

    for (const [file, why] of [
      [{ name: '旧报告.doc', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) }, /另存为 \.docx/],
      [{ name: '空.txt', bytes: new Uint8Array() }, /[\u4e00-\u9fff]/],
      [{ name: '扫描件.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) }, /不支持的文件类型/],
    ] as const) {
      const bad = await s.api.draftFromPast({ file });
      expect(bad.ok).toBe(false);
      if (!bad.ok) {
        expect(bad.code).toBe('INVALID_FILE');
        expect(bad.error).toMatch(why);
      }
    }
  });

  it('a document no longer there answers NOT_FOUND; a removed one too, until it is restored', async () => {
    expect(await s.api.draftFromPast({ docId: 'no-such#1' })).toEqual({ ok: false, error: '找不到该文档（可能已被移除）', code: 'NOT_FOUND' });
    const id = ids.get('06-shanghai-gwr-2026.txt')!;
    const { undo } = await s.api.corpusRemove([id]);
    expect(await s.api.draftFromPast({ docId: id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await s.api.corpusRestore(undo);
    expect((await s.api.draftFromPast({ docId: id })).ok).toBe(true);
  });
});

describe('pastPassages', () => {
  it('finds the archive’s headings on the cursor’s topic at any depth, with document, year and section path', async () => {
    const top = await s.api.pastPassages('着力保障和改善民生', { limit: 5 });
    expect(top).toHaveLength(5);
    for (const r of top) expect(r.passage.text).toMatch(/民生/);
    expect(new Set(top.map((r) => r.passage.docId)).size).toBeGreaterThanOrEqual(2);
    const sub = top.find((r) => r.passage.kind === 'heading' && r.passage.level === 2)!;
    expect(sub).toBeDefined();
    expect(sub.passage.year).toBe(2026);
    expect(sub.passage.docTitle).toMatch(/政府工作报告/);
    // Below its part's heading: “一、… › ” is where it sits.
    expect(sub.passage.section).toMatch(/^[一二三四五六七八九十]+、/);
  });

  it('finds the paragraph holding a sentence like the cursor’s paragraph, with its heading path and specifics', async () => {
    const fujian = readFileSync(path.join(REAL_DIR, FUJIAN), 'utf8');
    const para = fujian.split('\n').find((l) => l.startsWith('先进制造业骨干作用增强。'))!;
    // A rewrite of its first sentences, as this year's draft would word it.
    const top = await s.api.pastPassages('先进制造业骨干作用持续增强，部署推动重点产业链高质量发展', { limit: 5 });
    const hit = top.find((r) => r.passage.docId === ids.get(FUJIAN) && r.passage.kind === 'paragraph');
    expect(hit, JSON.stringify(top.map((r) => r.passage.text.slice(0, 30)))).toBeDefined();
    expect(para.startsWith(hit!.passage.text.slice(0, 20))).toBe(true);
    expect(hit!.passage.section).toBe('一、一年接着一年干，新福建建设持续取得新进展新成效 › （一）着力推进向新向优发展，产业转型升级步伐加快');
    expect(hit!.passage.lead).toBe('先进制造业骨干作用增强。');
    expect(hit!.passage.role).toBe('review');
    for (const sp of hit!.specifics) expect(sp.end).toBeGreaterThan(sp.start);
    expect(hit!.specifics.length).toBeGreaterThan(0);
  });

  it('leaves out the document the draft was made from, removed ones and those the user left out', async () => {
    const q = '着力推进向新向优发展，产业转型升级步伐加快';
    const fujian = ids.get(FUJIAN)!;
    expect((await s.api.pastPassages(q)).some((r) => r.passage.docId === fujian)).toBe(true);
    expect((await s.api.pastPassages(q, { excludeDocId: fujian })).some((r) => r.passage.docId === fujian)).toBe(false);
    const { undo } = await s.api.corpusRemove([fujian]);
    expect((await s.api.pastPassages(q)).some((r) => r.passage.docId === fujian)).toBe(false);
    await s.api.corpusRestore(undo);
    await s.api.corpusSetCorrections(fujian, { excluded: true });
    expect((await s.api.pastPassages(q)).some((r) => r.passage.docId === fujian)).toBe(false);
    await s.api.corpusSetCorrections(fujian, null);
    expect((await s.api.pastPassages(q)).some((r) => r.passage.docId === fujian)).toBe(true);
  });

  it('answers nothing for text with no Chinese to go by', async () => {
    expect(await s.api.pastPassages('')).toEqual([]);
    expect(await s.api.pastPassages('2026 ABC')).toEqual([]);
  });
});

describe('the headings index (schema V2)', () => {
  it('is filled from the headings already in a version-1 database, and kept by the triggers after', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gw-v1-'));
    const db = new Database(path.join(dir, 'a.sqlite'));
    try {
      db.transaction(() => {
        MIGRATIONS[0](db);
        db.pragma('user_version = 1');
      })();
      db.exec(`INSERT INTO files (id, hash, name, ext, size, imported_at) VALUES (1, 'h', 'a.txt', '.txt', 1, 'x');
               INSERT INTO documents (id, file_id, n, key, title, genre, detected_genre) VALUES (1, 1, 1, 'k#1', 't', 'annual-report', 'annual-report');
               INSERT INTO paragraphs (id, doc_id, ord, kind, part, text) VALUES (1, 1, 0, 'heading', 'body', '着力保障和改善民生'), (2, 1, 1, 'paragraph', 'body', '保障和改善民生的段落');`);
      migrate(db);
      const hits = (g: string) => (db.prepare('SELECT rowid AS id FROM headings_fts WHERE headings_fts MATCH ?').all(`"${g}"`) as { id: number }[]).map((r) => r.id);
      expect(hits('改善民')).toEqual([1]);
      db.exec(`INSERT INTO paragraphs (id, doc_id, ord, kind, part, text) VALUES (3, 1, 2, 'heading', 'body', '持续改善民生福祉')`);
      expect(hits('改善民')).toEqual([1, 3]);
      db.exec('DELETE FROM documents WHERE id = 1');
      expect(hits('改善民')).toEqual([]);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
