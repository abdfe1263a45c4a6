/**
 * The host's answers from the archive database (its own read connection; the worker writes). Each query
 * returns one page and a total, so the renderer never holds the archive: phrases by substring (FTS5 with
 * the trigram tokenizer for three characters or more; shorter terms scan the rank index, stopping at the
 * page), sections ranked by relevance to the text at the cursor (bm25 over the trigrams of that text),
 * skeletons, documents with counts per genre and year, one document's structure, and 复用率 lookups.
 */
import type {
  ArchiveDocument,
  ArchivePhrase,
  ArchiveSection,
  ArchiveSkeleton,
  DocumentLine,
  DocumentPage,
  DocumentQuery,
  DocumentView,
  PhrasePage,
  PhraseQuery,
  ReuseMatch,
  SectionPage,
  SectionQuery,
} from '../../api';
import { JACCARD_THRESHOLD, MIN_CHARS, normalizeSentence } from '../../core/checks/reuse';
import type { PhraseCategory } from '../../core/corpus/types';
import { isEnumerationMarker } from '../../core/corpus/structure';
import { GENRES, type BlockElement, type Genre, type HeadingLevel, type Role } from '../../core/draft/model';
import type { Statement } from 'better-sqlite3';
import { readCorrections, unappliedRoles } from './corrections';
import { genreBit, type Db } from './db';
import { expandSource, unpackJson, type CompactSource } from './packing';
import { distinctTrigrams, sentenceHash } from './sentence-keys';

export const MAX_PAGE = 500;
/** Sections a relevance ranking scores at most, give or take its rarest 3-gram (see relevance). */
const RANK_BUDGET = 3000;
/**
 * Phrase queries matching more than this walk the rank index instead (see phrasePage). With the text in that
 * index, a walk checks about ten rows in the time a candidate costs to join and sort.
 */
const DRIVE_MAX = 1000;
/** A walk reads at most this many times the rows its page should need (see phrasePage), and never more than WALK_MAX. */
const WALK_SLACK = 3;
const WALK_MAX = 20_000;


const clampLimit = (n: number | undefined, dflt: number) => Math.max(1, Math.min(MAX_PAGE, Math.floor(n ?? dflt)));
const clampOffset = (n: number | undefined) => Math.max(0, Math.floor(n ?? 0));

/** An FTS5 string literal (the trigram tokenizer then matches it as a substring). */
const ftsString = (s: string) => '"' + s.replace(/"/g, '""') + '"';

/** Query text → search terms: case folded, full-width letters and digits made half-width, split at spaces. */
function terms(q: string | undefined): string[] {
  return (q ?? '')
    .toLowerCase()
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8);
}

let segmenter: Intl.Segmenter | undefined;
/** The words of a query, for a second try when its exact text is nowhere (`工会 建设` for 工会组织建设). */
function words(q: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(q)].filter((s) => s.isWordLike).map((s) => s.segment);
}

interface DocRow {
  key: string;
  n: number;
  parts: number;
  name: string;
  title: string;
  genre: Genre;
  detected_genre: Genre;
  year: number | null;
  imported_at: string;
  char_count: number;
  section_count: number;
  builtin: number;
  corrections: string | null;
  excluded: number;
  removed_at: string | null;
  error: string | null;
  genre_reasons: string;
}

const DOC_COLUMNS = `d.key, d.n, (SELECT COUNT(*) FROM documents d2 WHERE d2.file_id = d.file_id) AS parts, f.name, d.title, d.genre, d.detected_genre, d.year, f.imported_at, d.char_count, d.section_count, f.builtin, d.corrections,
  d.excluded, d.removed_at, f.error, d.genre_reasons`;

function toDocument(r: DocRow): ArchiveDocument {
  return {
    id: r.key,
    fileName: r.name,
    part: r.parts > 1 ? r.n : null,
    title: r.title || r.name,
    genre: r.genre,
    detectedGenre: r.detected_genre,
    year: r.year,
    importedAt: r.imported_at,
    charCount: r.char_count,
    sectionCount: r.section_count,
    builtIn: !!r.builtin,
    corrected: !!r.corrections,
    excluded: !!r.excluded,
    removed: !!r.removed_at,
    error: r.error,
  };
}

const SORT_COLUMNS: Record<NonNullable<DocumentQuery['sort']>, string> = {
  imported: 'f.imported_at',
  year: 'd.year',
  file: 'f.name',
  title: 'd.title',
  genre: 'd.genre',
  chars: 'd.char_count',
};

export class ArchiveQueries {
  /** Prepared statements by SQL text: preparing costs more than running most of these queries. */
  private readonly statements = new Map<string, Statement>();
  private readonly counts = new Map<string, number>();
  private countsVersion = '';

  constructor(private readonly db: Db) {}

  private stmt(sql: string): Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      if (this.statements.size > 500) this.statements.clear();
      this.statements.set(sql, st);
    }
    return st;
  }

  private all<T>(sql: string, ...params: unknown[]): T[] {
    return this.stmt(sql).all(...params) as T[];
  }

  private get<T>(sql: string, ...params: unknown[]): T {
    return this.stmt(sql).get(...params) as T;
  }

  // ---- phrases ----

  phrases(q: PhraseQuery): PhrasePage {
    const limit = clampLimit(q.limit, 50);
    const offset = clampOffset(q.offset);
    let page = this.phrasePage(q, terms(q.query), limit, offset);
    const ts = terms(q.query);
    if (!page.total && ts.length === 1) {
      const ws = words(ts[0]);
      if (ws.length > 1) page = this.phrasePage(q, ws, limit, offset);
    }
    return page;
  }

  /**
   * One page of phrases containing every term. The terms go to the character index as one FTS5 query (each
   * term a phrase of its characters, all required), its matches read up to DRIVE_MAX. When there are no more,
   * they are the candidates: checked against the filters and the exact terms (punctuation included), sorted,
   * the total exact — the index is queried once. When more match, the terms are common enough that walking
   * the rank index, checking each row, finds a page within its first rows (the total is then a lower bound,
   * totalExact false). The walk is bounded by what those common terms need; a walk that runs out (the index
   * ignores punctuation, so 次、 matches every 次 but few phrases hold 次、) falls back to all the candidates.
   */
  private phrasePage(q: PhraseQuery, ts: string[], limit: number, offset: number): PhrasePage {
    const where = ['p.docs > 0'];
    const params: unknown[] = [];
    if (q.category) {
      where.push('p.category = ?');
      params.push(q.category);
    }
    if (q.role) {
      where.push('p.role = ?');
      params.push(q.role);
    }
    if (q.genre) {
      where.push('(p.genres & ?) != 0');
      params.push(genreBit(q.genre));
    }
    if (q.ids) {
      where.push(`p.pid IN (${q.ids.map(() => '?').join(',') || 'NULL'})`);
      params.push(...q.ids);
    }
    const filters = where.join(' AND ');
    const textWhere = [...where];
    // LIKE folds ASCII case as lower() does (SQLite's lower() folds only ASCII too) without copying each text.
    const contains = "p.text LIKE ? ESCAPE '\\'";
    const patterns = ts.map((t) => '%' + t.replace(/[\\%_]/g, (c) => '\\' + c) + '%');
    for (const _ of ts) textWhere.push(contains);
    const textFilters = textWhere.join(' AND ');
    const textParams = [...params, ...patterns];
    const match = ts
      .map((t) => [...t].filter((c) => /[\p{L}\p{N}]/u.test(c)).join(' '))
      .filter(Boolean)
      .map(ftsString)
      .join(' AND ');
    const cols = 'p.id, p.pid, p.text, p.placeholders, p.category, p.role, p.score, p.docs';
    // The rank indexes' own order (ties by text): a page of a walk needs no sort.
    const order = 'ORDER BY p.score DESC, p.text';
    type Row = { id: number; pid: string; text: string; placeholders: string; category: PhraseCategory; role: Role; score: number; docs: number };
    let total: number;
    let totalExact = true;
    let rows: Row[] | null = null;
    if (!ts.length) {
      total = this.filteredCount(q, filters, params);
      rows = total ? this.all<Row>(`SELECT ${cols} FROM phrases p WHERE ${filters} ${order} LIMIT ? OFFSET ?`, ...params, limit, offset) : [];
    } else {
      const found = match ? (this.stmt(`SELECT rowid FROM phrases_chars WHERE phrases_chars MATCH ? LIMIT ${DRIVE_MAX + 1}`).pluck().all(match) as number[]) : null;
      if (found && !found.length) return { total: 0, totalExact: true, phrases: [] };
      if (found && found.length <= DRIVE_MAX) {
        // The candidates, filtered and sorted by id only; then the page's rows.
        const ids = this.stmt(`SELECT p.id FROM phrases p WHERE p.id IN (SELECT value FROM json_each(?)) AND ${textFilters} ${order}`)
          .pluck()
          .all(JSON.stringify(found), ...textParams) as number[];
        total = ids.length;
        rows = this.rowsByIds<Row>(cols, ids.slice(offset, offset + limit));
      } else {
        // Rows of the walked index (filters included, so the category or role index is walked) within which
        // terms this common fill the page: at least a DRIVE_MAX-th of the phrases hold them.
        const span = Math.min(WALK_MAX, WALK_SLACK * (offset + limit) * Math.ceil(this.count('SELECT count(*) AS n FROM phrases p WHERE p.docs > 0', []) / DRIVE_MAX));
        // Only the index's own columns inside (no table row read per row walked); the page's rows after.
        // No ORDER BY outside: the inner walk's rows come in its order, and the outer LIMIT stops it early.
        const walked = this.stmt(
          `SELECT id FROM (SELECT p.id, p.text FROM phrases p WHERE ${filters} ${order} LIMIT ?) p WHERE ${ts.map(() => contains).join(' AND ')} LIMIT ? OFFSET ?`,
        )
          .pluck()
          .all(...params, span, ...patterns, limit, offset) as number[];
        if (walked.length === limit) {
          rows = this.rowsByIds<Row>(cols, walked);
          total = offset + limit + 1;
          totalExact = false;
        } else {
          // All the candidates in one pass: the total is their number, the page a slice.
          const from = match
            ? `FROM (SELECT rowid AS rid FROM phrases_chars WHERE phrases_chars MATCH ?) m JOIN phrases p ON p.id = m.rid WHERE ${textFilters}`
            : `FROM phrases p WHERE ${textFilters}`;
          const ids = this.stmt(`SELECT p.id ${from} ${order}`)
            .pluck()
            .all(...(match ? [match, ...textParams] : textParams)) as number[];
          total = ids.length;
          rows = this.rowsByIds<Row>(cols, ids.slice(offset, offset + limit));
        }
      }
    }
    const sourcesOf = this.stmt(
      'SELECT o.source, d.key, d.title FROM phrase_occ o JOIN documents d ON d.id = o.doc_id WHERE o.phrase_id = ? AND d.removed_at IS NULL ORDER BY o.score DESC LIMIT 1',
    );
    const phrases: ArchivePhrase[] = rows.map((r) => ({
      id: r.pid,
      text: r.text,
      placeholders: JSON.parse(r.placeholders) as string[],
      category: r.category,
      role: r.role,
      score: r.score,
      docCount: r.docs,
      sources: (sourcesOf.all(r.id) as { source: string; key: string; title: string }[]).flatMap((s) => expandSource(JSON.parse(s.source) as CompactSource | null, s.key, s.title)),
    }));
    return { total, totalExact, phrases };
  }

  /**
   * How many live phrases pass the filters. A list by category or by role alone (the panel's tabs) is
   * counted for every category or role at once, in one pass, remembered until the archive changes.
   */
  private filteredCount(q: PhraseQuery, filters: string, params: unknown[]): number {
    const only = (k: 'category' | 'role') => q[k] && !q.genre && !q.ids && !q[k === 'category' ? 'role' : 'category'];
    for (const k of ['category', 'role'] as const) {
      if (!only(k)) continue;
      const key = `phrases by ${k}`;
      this.freshCounts();
      if (!this.counts.has(key)) {
        for (const r of this.all<{ v: string; n: number }>(`SELECT ${k} AS v, count(*) AS n FROM phrases WHERE docs > 0 GROUP BY ${k}`)) this.counts.set(`${key}\u0000${r.v}`, r.n);
        this.counts.set(key, 1);
      }
      return this.counts.get(`${key}\u0000${q[k]}`) ?? 0;
    }
    return this.count(`SELECT count(*) AS n FROM phrases p WHERE ${filters}`, params);
  }

  /** Rows of the given phrase ids, in that order. */
  private rowsByIds<T extends { id: number }>(cols: string, ids: number[]): T[] {
    if (!ids.length) return [];
    const byId = new Map(this.all<T>(`SELECT ${cols} FROM phrases p WHERE p.id IN (SELECT value FROM json_each(?))`, JSON.stringify(ids)).map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)!);
  }

  /** The remembered counts, dropped when the archive's content changed. */
  private freshCounts(): void {
    const version = this.get<{ value: string } | undefined>("SELECT value FROM meta WHERE key = 'content_version'")?.value ?? '';
    if (this.countsVersion !== version) {
      this.counts.clear();
      this.countsVersion = version;
    }
  }

  /** count(*) of a query, remembered until the archive changes (a total is asked for with every keystroke). */
  private count(sql: string, params: unknown[]): number {
    this.freshCounts();
    const key = sql + '\u0000' + JSON.stringify(params);
    let n = this.counts.get(key);
    if (n === undefined) {
      n = this.get<{ n: number }>(sql, ...params).n;
      if (this.counts.size > 2000) this.counts.clear();
      this.counts.set(key, n);
    }
    return n;
  }

  // ---- sections ----

  sections(q: SectionQuery): SectionPage {
    const limit = clampLimit(q.limit, 20);
    const offset = clampOffset(q.offset);
    const where = ['d.removed_at IS NULL'];
    const params: unknown[] = [];
    if (q.role) {
      where.push('s.role = ?');
      params.push(q.role);
    }
    if (q.genre) {
      where.push('d.genre = ?');
      params.push(q.genre);
    }
    const ts = terms(q.query);
    // The same filters row by row, without the indexes: for checking a few hundred known ids (the relevance path),
    // where an index subquery would read every section a common word is in (工作: 39,000 of 80,000) for each chunk.
    const exact = [...where, ...ts.map(() => 'instr(lower(s.heading || char(10) || s.body), ?) > 0')];
    const exactParams = [...params, ...ts];
    const long = ts.filter((t) => [...t].length >= 3);
    if (long.length) {
      where.push('s.id IN (SELECT rowid FROM sections_fts WHERE sections_fts MATCH ?)');
      params.push(long.map(ftsString).join(' AND '));
    }
    // One or two characters (安全, 党建), below the trigram index: the heading and body's characters' index, then checked exactly.
    const short = ts.filter((x) => [...x].length < 3);
    const shortMatch = short
      .map((t) => [...t].filter((c) => /[\p{L}\p{N}]/u.test(c)).join(' '))
      .filter(Boolean)
      .map(ftsString)
      .join(' AND ');
    if (shortMatch) {
      where.push('s.id IN (SELECT rowid FROM sections_chars WHERE sections_chars MATCH ?)');
      params.push(shortMatch);
    }
    for (const t of short) {
      where.push('instr(lower(s.heading || char(10) || s.body), ?) > 0');
      params.push(t);
    }
    const fromVia = (index: string) => `FROM sections s ${index} JOIN documents d ON d.id = s.doc_id JOIN files f ON f.id = d.file_id WHERE ${where.join(' AND ')}`;
    const from = fromVia('');
    // A common term (工作, 职工: most of 80,000 sections of 10,000 documents) matches too many rows to count or sort
    // at each keystroke (0.2 s): past DRIVE_MAX the total is a lower bound, and a page is found by walking the
    // recency index, whose first rows hold the term (11 ms).
    let total: number;
    let totalExact = true;
    if (ts.length) {
      total = this.count(`SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT ${DRIVE_MAX + 1})`, params);
      totalExact = total <= DRIVE_MAX;
    } else total = this.count(`SELECT count(*) AS n ${from}`, params);
    const byRecency = totalExact ? from : fromVia(q.role ? 'INDEXED BY sections_role' : 'INDEXED BY sections_recency');
    const cols = 's.id, s.n, s.role, s.heading, s.char_count, s.first_sentence, s.blocks, d.key, d.title, d.genre, d.year, f.name';
    const recent = 'ORDER BY s.recency DESC, s.n';
    const ranked = total ? this.relevance(q.near) : null;
    let rows: SectionRow[];
    if (!ranked) rows = this.all<SectionRow>(`SELECT ${cols} ${byRecency} ${recent} LIMIT ? OFFSET ?`, ...params, limit, offset);
    else {
      // Relevant ones first, then the rest by recency. The candidates (a few thousand ids at most) are checked
      // against the filters in chunks, row by row (CROSS JOIN: the ids drive); only the page's rows, with their
      // blocks, are read whole.
      const ofIds = `FROM json_each(?) c CROSS JOIN sections s ON s.id = c.value JOIN documents d ON d.id = s.doc_id JOIN files f ON f.id = d.file_id WHERE ${exact.join(' AND ')}`;
      const passing: number[] = [];
      let exhausted = true;
      for (let i = 0; i < ranked.length; i += 200) {
        if (passing.length >= offset + limit) {
          exhausted = false;
          break;
        }
        const chunk = ranked.slice(i, i + 200);
        const ok = new Set(this.all<{ id: number }>(`SELECT s.id ${ofIds}`, JSON.stringify(chunk), ...exactParams).map((r) => r.id));
        for (const id of chunk) if (ok.has(id)) passing.push(id);
      }
      const ids = passing.slice(offset, offset + limit);
      const byId = new Map(this.all<SectionRow>(`SELECT ${cols} ${ofIds}`, JSON.stringify(ids), ...exactParams).map((r) => [r.id, r]));
      rows = ids.map((id) => byId.get(id)!);
      if (rows.length < limit && exhausted) {
        rows.push(
          ...this.all<SectionRow>(
            `SELECT ${cols} ${byRecency} AND s.id NOT IN (SELECT value FROM json_each(?)) ${recent} LIMIT ? OFFSET ?`,
            ...params,
            JSON.stringify(passing),
            limit - rows.length,
            Math.max(0, offset - passing.length),
          ),
        );
      }
    }
    return { total, totalExact, sections: rows.map(toSection) };
  }

  /**
   * Section ids ranked by relevance to a heading or paragraph, best first (null: nothing to rank by). The text's
   * character 3-grams (markers, punctuation and placeholders dropped) are looked up in the trigram index, the
   * rarest first (at most eight, reaching RANK_BUDGET sections between them: a 3-gram in most sections, 工作的,
   * adds nothing to the ranking but thousands of rows to score). A section scores each 3-gram's idf, four times
   * over when it is in the heading — bm25's weighting without its per-row cost, read from posting lists only.
   */
  private relevance(text: string | undefined): number[] | null {
    const grams = relevanceGrams(text, 24);
    if (!grams.length) return null;
    const df = this.stmt('SELECT doc FROM sections_vocab WHERE term = ?');
    const known = grams.map((g) => ({ g, n: (df.get(g) as { doc: number } | undefined)?.doc ?? 0 })).filter((x) => x.n > 0);
    if (!known.length) return null;
    known.sort((a, b) => a.n - b.n);
    // Text whose every 3-gram is everywhere (总体要求/总体思路) says nothing about relevance: recency decides.
    if (known[0].n > 4 * RANK_BUDGET) return null;
    const all = this.count('SELECT count(*) AS n FROM sections', []);
    const scores = new Map<number, number>();
    const any = this.stmt('SELECT rowid AS id FROM sections_fts WHERE sections_fts MATCH ?');
    let reach = 0;
    for (let k = 0; k < known.length; k++) {
      const { g, n } = known[k];
      if (k && (k >= 8 || reach + n > RANK_BUDGET)) break;
      reach += n;
      const idf = Math.log(1 + all / n);
      for (const { id } of any.all(ftsString(g)) as { id: number }[]) scores.set(id, (scores.get(id) ?? 0) + idf);
      for (const { id } of any.all(`heading : ${ftsString(g)}`) as { id: number }[]) scores.set(id, (scores.get(id) ?? 0) + 3 * idf);
    }
    return [...scores].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([id]) => id);
  }

  // ---- skeletons ----

  skeletons(genre?: Genre): ArchiveSkeleton[] {
    const rows = (genre ? this.stmt('SELECT genre, json, docs FROM skeletons WHERE genre = ?').all(genre) : this.stmt('SELECT genre, json, docs FROM skeletons').all()) as {
      genre: Genre;
      json: string;
      docs: number;
    }[];
    return rows
      .sort((a, b) => GENRES.indexOf(a.genre) - GENRES.indexOf(b.genre))
      .map((r) => ({ ...(JSON.parse(r.json) as ArchiveSkeleton), genreDocs: r.docs }));
  }

  // ---- documents ----

  documents(q: DocumentQuery): DocumentPage {
    const limit = clampLimit(q.limit, 100);
    const offset = clampOffset(q.offset);
    const where = [q.removed ? 'd.removed_at IS NOT NULL' : 'd.removed_at IS NULL'];
    const params: unknown[] = [];
    const ts = terms(q.query);
    for (const t of ts) {
      where.push('(instr(lower(f.name), ?) > 0 OR instr(lower(d.title), ?) > 0)');
      params.push(t, t);
    }
    const base = [...where];
    const baseParams = [...params];
    if (q.genre) {
      where.push('d.genre = ?');
      params.push(q.genre);
    }
    if (q.year !== undefined) {
      where.push('d.year = ?');
      params.push(q.year);
    }
    const from = 'FROM documents d JOIN files f ON f.id = d.file_id';
    const total = (this.stmt(`SELECT count(*) AS n ${from} WHERE ${where.join(' AND ')}`).get(...params) as { n: number }).n;
    const col = SORT_COLUMNS[q.sort ?? 'imported'];
    const dir = (q.desc ?? (q.sort ?? 'imported') === 'imported') ? 'DESC' : 'ASC';
    const rows = this.stmt(`SELECT ${DOC_COLUMNS} ${from} WHERE ${where.join(' AND ')} ORDER BY ${col} ${dir} NULLS LAST, f.builtin DESC, f.id ${dir}, d.n LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as DocRow[];
    const genres = this.stmt(`SELECT d.genre, count(*) AS count ${from} WHERE ${base.join(' AND ')} GROUP BY d.genre`).all(...baseParams) as { genre: Genre; count: number }[];
    const years = this.stmt(`SELECT d.year, count(*) AS count ${from} WHERE ${base.join(' AND ')} AND d.year IS NOT NULL GROUP BY d.year ORDER BY d.year DESC`)
      .all(...baseParams) as { year: number; count: number }[];
    const imported = (this.stmt(`SELECT count(*) AS n ${from} WHERE d.removed_at IS NULL AND f.builtin = 0`).get() as { n: number }).n;
    return { total, documents: rows.map(toDocument), genres: genres.sort((a, b) => GENRES.indexOf(a.genre) - GENRES.indexOf(b.genre)), years, imported };
  }

  document(key: string): DocumentView | null {
    const r = this.stmt(`SELECT d.id AS rowid, ${DOC_COLUMNS} FROM documents d JOIN files f ON f.id = d.file_id WHERE d.key = ?`).get(key) as (DocRow & { rowid: number }) | undefined;
    if (!r) return null;
    const lines = (
      this.stmt('SELECT kind, part, level, marker, top, role, text FROM paragraphs WHERE doc_id = ? ORDER BY ord').all(r.rowid) as {
        kind: DocumentLine['kind'];
        part: DocumentLine['part'];
        level: number | null;
        marker: string | null;
        top: number | null;
        role: Role | null;
        text: string;
      }[]
    ).map((p) => {
      const line: DocumentLine = { kind: p.kind, part: p.part, text: p.text };
      if (p.level !== null) line.level = p.level as HeadingLevel;
      if (p.marker !== null) line.marker = p.marker;
      if (p.kind === 'heading' && isEnumerationMarker(p.marker)) line.enumeration = true;
      if (p.top !== null) line.section = p.top;
      if (p.role !== null) line.role = p.role;
      return line;
    });
    // The top-level sections' headings, in order: what a role correction is matched against.
    const headings: string[] = [];
    for (const l of lines) if (l.kind === 'heading' && l.section !== undefined && headings[l.section] === undefined) headings[l.section] = l.text;
    const corrections = readCorrections(r.corrections ? JSON.parse(r.corrections) : null, (i) => headings[i]);
    return {
      document: toDocument(r),
      genreReasons: JSON.parse(r.genre_reasons) as string[],
      corrections,
      unapplied: unappliedRoles(corrections, Array.from(headings, (h) => h ?? '')),
      lines,
    };
  }

  liveDocuments(): number {
    return (this.stmt('SELECT count(*) AS n FROM documents WHERE removed_at IS NULL').get() as { n: number }).n;
  }

  /** The paragraphs the in-renderer 复用率 index reads, built-in first then the latest, within `budget` characters. */
  texts(budget: number): { docId: string; docTitle: string; paragraphs: string[] }[] {
    const docs = this.stmt(
        `SELECT d.id, d.key, d.title, d.char_count FROM documents d JOIN files f ON f.id = d.file_id WHERE d.removed_at IS NULL AND f.error IS NULL
         ORDER BY f.builtin DESC, f.imported_at DESC, d.id`,
      )
      .all() as { id: number; key: string; title: string; char_count: number }[];
    const paras = this.stmt("SELECT text FROM paragraphs WHERE doc_id = ? AND kind = 'paragraph' ORDER BY ord");
    const out: { docId: string; docTitle: string; paragraphs: string[] }[] = [];
    let used = 0;
    for (const d of docs) {
      if (used + d.char_count > budget && out.length) break;
      used += d.char_count;
      out.push({ docId: d.key, docTitle: d.title, paragraphs: (paras.all(d.id) as { text: string }[]).map((p) => p.text) });
    }
    return out;
  }

  // ---- 复用率 ----

  /**
   * For each sentence, the archive sentence it copies: the same normalised text, else the best with a
   * character 3-gram Jaccard ≥ 0.8 (core/checks/reuse.ts's rule). Candidates come from the FTS index by
   * prefix filtering: a sentence that reaches the threshold must share one of the query's
   * (q − ⌈0.8q⌉ + 1) rarest 3-grams, so only those posting lists are read, then each candidate is verified.
   */
  reuse(sentences: string[]): (ReuseMatch | null)[] {
    const byHash = this.stmt('SELECT id, norm, text FROM sentences WHERE h = ?');
    const live = this.stmt(
      'SELECT d.key, d.title FROM sentence_occ o JOIN documents d ON d.id = o.doc_id WHERE o.sentence_id = ? AND d.removed_at IS NULL ORDER BY d.id LIMIT 1',
    );
    const df = this.stmt('SELECT doc FROM sentences_vocab WHERE term = ?');
    const cache = new Map<string, ReuseMatch | null>();
    return sentences.map((s) => {
      const norm = normalizeSentence(s);
      if (norm.length < MIN_CHARS) return null;
      if (cache.has(norm)) return cache.get(norm)!;
      let found: ReuseMatch | null = null;
      for (const r of byHash.all(sentenceHash(norm)) as { id: number; norm: string; text: string }[]) {
        if (r.norm !== norm) continue;
        const src = live.get(r.id) as { key: string; title: string } | undefined;
        if (src) found = { docId: src.key, docTitle: src.title, sentence: r.text, similarity: 1 };
      }
      if (!found) found = this.nearCopy(norm, df, live);
      cache.set(norm, found);
      return found;
    });
  }

  private nearCopy(norm: string, df: Statement, live: Statement): ReuseMatch | null {
    const grams = distinctTrigrams(norm);
    const q = grams.size;
    if (!q) return null;
    const t = JACCARD_THRESHOLD;
    const minOverlap = Math.ceil(t * q - 1e-9);
    const known: { g: string; n: number }[] = [];
    for (const g of grams) {
      const r = df.get(g) as { doc: number } | undefined;
      if (r?.doc) known.push({ g, n: r.doc });
    }
    // Unknown 3-grams are in no archive sentence: they use up the prefix first.
    const prefix = q - minOverlap + 1 - (q - known.length);
    if (prefix <= 0 || known.length < minOverlap) return null;
    known.sort((a, b) => a.n - b.n);
    const minLen = Math.ceil(t * q - 1e-9);
    const maxLen = Math.floor(q / t + 1e-9);
    const cands = this.stmt(
      `SELECT s.id, s.norm, s.text, s.grams FROM sentences s WHERE s.id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?) AND s.grams BETWEEN ? AND ? LIMIT 5000`,
    )
      .all(known.slice(0, prefix).map((k) => ftsString(k.g)).join(' OR '), minLen, maxLen) as { id: number; norm: string; text: string; grams: number }[];
    let best: { id: number; text: string; sim: number } | null = null;
    const scored: { id: number; text: string; sim: number }[] = [];
    for (const c of cands) {
      const cg = distinctTrigrams(c.norm);
      let inter = 0;
      for (const g of grams) if (cg.has(g)) inter++;
      const sim = inter / (q + cg.size - inter);
      if (sim >= t) scored.push({ id: c.id, text: c.text, sim });
    }
    scored.sort((a, b) => b.sim - a.sim);
    for (const s of scored) {
      const src = live.get(s.id) as { key: string; title: string } | undefined;
      if (src) {
        best = s;
        return { docId: src.key, docTitle: src.title, sentence: best.text, similarity: Math.round(best.sim * 1000) / 1000 };
      }
    }
    return null;
  }
}

interface SectionRow {
  id: number;
  n: number;
  role: Role;
  heading: string;
  char_count: number;
  first_sentence: string;
  blocks: Uint8Array;
  key: string;
  title: string;
  genre: Genre;
  year: number | null;
  name: string;
}

function toSection(r: SectionRow): ArchiveSection {
  const blocks = unpackJson<BlockElement[]>(r.blocks);
  const p = blocks.find((b) => b.type === 'paragraph');
  const text = p ? p.children.map((c) => ('text' in c ? c.text : '')).join('') : '';
  return {
    id: `${r.key}/${r.n}`,
    docId: r.key,
    docTitle: r.title,
    genre: r.genre,
    role: r.role,
    heading: r.heading,
    level: 1,
    blocks,
    charCount: r.char_count,
    preview: text.length > 80 ? text.slice(0, 80) + '……' : text,
    fileName: r.name,
    year: r.year,
    firstSentence: r.first_sentence,
  };
}

/** A heading's or paragraph's character 3-grams, markers, punctuation and placeholders dropped (at most `max`, spread over the text). */
export function relevanceGrams(text: string | undefined, max = 24): string[] {
  if (!text) return [];
  const bare = text
    .slice(0, 2000)
    .replace(/^[\s　]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|（\d+）)/, '')
    .replace(/\{[^}]*\}|【[^】]*】/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .toLowerCase();
  const grams = new Set<string>();
  for (const part of bare.split(' ')) for (let i = 0; i + 3 <= part.length; i++) grams.add(part.slice(i, i + 3));
  const all = [...grams];
  if (all.length <= max) return all;
  const step = all.length / max;
  return Array.from({ length: max }, (_, i) => all[Math.floor(i * step)]);
}
