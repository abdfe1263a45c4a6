/**
 * Phrase queries against a plain reading of what they mean: the live phrases holding every term (case folded,
 * punctuation included), passing the filters, by score then text. Enough phrases that common terms take the
 * rank-index walk, and terms with punctuation (which the character index ignores) take its fallback.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PhraseQuery } from '../../api';
import { GENRES, ROLES } from '../../core/draft/model';
import { PHRASE_CATEGORIES } from '../../core/corpus/types';
import { rng } from '../../../bench/rng';
import { genreBit, openDb, type Db } from './db';
import { spacedChars } from './phrase-groups';
import { ArchiveQueries } from './queries';

const WORDS = ['工作', '推进', '全面', '落实', '加强', '建设', '发展', '次', '、', '，', '改革', '质量', '会议', '公', 'A', 'b', '%', '_', '“', '”', '的', '了'];
interface P {
  id: number;
  text: string;
  category: string;
  role: string;
  genres: number;
  score: number;
  docs: number;
}

let dir: string;
let db: Db;
let q: ArchiveQueries;
const phrases: P[] = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gw-phrase-q-'));
  db = openDb(path.join(dir, 'archive.sqlite'));
  const random = rng(5);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  db.transaction(() => {
    const file = db.prepare("INSERT INTO files (hash, name, ext, size, imported_at) VALUES ('x', 'x.txt', '.txt', 1, '2026-01-01')").run().lastInsertRowid;
    db.prepare("INSERT INTO documents (file_id, n, key, title, genre, detected_genre) VALUES (?, 1, 'x#1', 't', 'report', 'report')").run(file);
    const ins = db.prepare('INSERT INTO phrases (pid, gkey, category, head, tail, text, placeholders, docs, best, role, genres, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const chars = db.prepare('INSERT INTO phrases_chars (rowid, chars) VALUES (?, ?)');
    const occ = db.prepare("INSERT INTO phrase_occ (phrase_id, doc_id, role, score, source) VALUES (?, 1, ?, ?, 'null')");
    for (let i = 0; i < 6000; i++) {
      const text = Array.from({ length: 2 + Math.floor(random() * 6) }, () => pick(WORDS)).join('');
      const p: P = { id: 0, text, category: pick(PHRASE_CATEGORIES), role: pick(ROLES), genres: genreBit(pick(GENRES)), score: Math.floor(random() * 50), docs: random() < 0.05 ? 0 : 1 };
      p.id = Number(ins.run(`p${i}`, `${p.category}|${i}`, p.category, '', '', text, '[]', p.docs, p.score, p.role, p.genres, p.score).lastInsertRowid);
      chars.run(p.id, spacedChars(text));
      occ.run(p.id, p.role, p.score);
      phrases.push(p);
    }
  })();
  q = new ArchiveQueries(db);
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The query read plainly. */
function expected(pq: PhraseQuery): P[] {
  const ts = (pq.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return phrases
    .filter((p) => p.docs > 0 && (!pq.category || p.category === pq.category) && (!pq.role || p.role === pq.role) && (!pq.genre || (p.genres & genreBit(pq.genre)) !== 0))
    .filter((p) => ts.every((t) => p.text.toLowerCase().includes(t)))
    .sort((a, b) => b.score - a.score || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

describe('phrase queries', () => {
  const cases: PhraseQuery[] = [
    { query: '工' }, // common: the walk
    { query: '工作', offset: 100 },
    { query: '次、' }, // the index sees 次 only: the walk runs out, then the candidates
    { query: '次、', role: 'opening' },
    { query: '、' }, // nothing the index can use
    { query: '公' },
    { query: '改革质量' },
    { query: '工作 推进' },
    { query: 'a' }, // case folded
    { query: 'B' },
    { query: '%' }, // LIKE's own characters are matched as text
    { query: '_' },
    { query: '工作', category: PHRASE_CATEGORIES[0] },
    { query: '推进', role: ROLES[1], offset: 20 },
    { query: '全面', genre: GENRES[2] },
    { query: '犇' },
    { category: PHRASE_CATEGORIES[1], offset: 40 },
    { role: ROLES[2] },
    {},
  ];
  for (const c of cases) {
    it(JSON.stringify(c), () => {
      const want = expected(c);
      const got = q.phrases({ ...c, limit: 30 });
      const offset = c.offset ?? 0;
      const page = want.slice(offset, offset + 30);
      // Ties (same score and text) may come in either order: compare texts and scores, then the ids as sets.
      expect(got.phrases.map((p) => [p.text, p.score])).toEqual(page.map((p) => [p.text, p.score]));
      expect(new Set(got.phrases.map((p) => p.id))).toEqual(new Set(page.map((p) => `p${p.id - 1}`)));
      if (got.totalExact) expect(got.total).toBe(want.length);
      else {
        expect(got.total).toBeGreaterThan(offset + 30);
        expect(want.length).toBeGreaterThan(offset + 30);
      }
    });
  }
});
