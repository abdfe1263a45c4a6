/**
 * Every write to the archive database, done by the import worker only (one writer; the host's connection
 * only reads). Each act is one transaction that also records how far into the ledger the database is, so
 * a killed worker leaves the database at a whole act, and the next start replays the rest.
 */
import { GENRES } from '../../core/draft/model';
import type { DocumentCorrections } from './corrections';
import { genreBit, getMeta, setMeta, type Db } from './db';
import type { DerivedDoc } from './derive';
import { BUCKET_PROBE, nearIdentical, PER_DOCUMENT, spacedChars } from './phrase-groups';
import { textKey } from './text-key';

export interface FileRecord {
  id: number;
  hash: string;
  name: string;
  ext: string;
  builtin: boolean;
  error: string | null;
}

export interface NewFile {
  hash: string;
  name: string;
  ext: string;
  size: number;
  importedAt: string;
  builtin: boolean;
}

/** A `files` row as read (SQLite keeps `builtin` as 0/1). */
function fileRecord(row: unknown): FileRecord | undefined {
  const r = row as (Omit<FileRecord, 'builtin'> & { builtin: number }) | undefined;
  return r && { ...r, builtin: !!r.builtin };
}

export interface SampleDoc {
  key: string;
  n: number;
  corrections: DocumentCorrections | null;
  hash: string;
  ext: string;
  name: string;
  builtin: boolean;
}

/**
 * What the writer computes into rows beyond the derived document (a section's recency, its characters' index):
 * raised when that changes, it is part of the engine fingerprint, so every archive is derived again once.
 * 2: the user's documents before the built-in ones; the body's characters indexed (session 11).
 */
export const WRITER_ROWS = 2;

export class ArchiveWriter {
  private readonly s;

  constructor(readonly db: Db) {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS touched (id INTEGER PRIMARY KEY)');
    this.s = {
      fileByHash: db.prepare('SELECT id, hash, name, ext, builtin, error FROM files WHERE hash = ?'),
      insertFile: db.prepare('INSERT INTO files (hash, name, ext, size, imported_at, builtin, error, text_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      liveFileByTextKey: db.prepare(
        'SELECT f.id, f.hash, f.name, f.ext, f.builtin, f.error FROM files f WHERE f.text_key = ? AND EXISTS (SELECT 1 FROM documents d WHERE d.file_id = f.id AND d.removed_at IS NULL) LIMIT 1',
      ),
      insertDoc: db.prepare(
        `INSERT INTO documents (file_id, n, key, title, genre, detected_genre, genre_reasons, year, char_count, section_count, corrections, excluded, removed_at, removal)
         VALUES (@fileId, @n, @key, @title, @genre, @detectedGenre, @genreReasons, @year, @charCount, @sectionCount, @corrections, @excluded, @removedAt, @removal)`,
      ),
      updateDoc: db.prepare(
        `UPDATE documents SET title = @title, genre = @genre, detected_genre = @detectedGenre, genre_reasons = @genreReasons, year = @year,
           char_count = @charCount, section_count = @sectionCount, corrections = @corrections, excluded = @excluded WHERE id = @id`,
      ),
      docsOfFile: db.prepare('SELECT id, n, key, corrections, removed_at AS removedAt, removal FROM documents WHERE file_id = ? ORDER BY n'),
      insertPara: db.prepare('INSERT INTO paragraphs (doc_id, ord, kind, part, level, marker, top, role, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      insertSection: db.prepare('INSERT INTO sections (doc_id, n, recency, role, heading, char_count, first_sentence, blocks, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      insertSectionChars: db.prepare('INSERT INTO sections_chars (rowid, chars) VALUES (?, ?)'),
      builtinOfDoc: db.prepare('SELECT f.builtin FROM documents d JOIN files f ON f.id = d.file_id WHERE d.id = ?'),
      phraseByKey: db.prepare('SELECT id FROM phrases WHERE gkey = ?'),
      phrasesByHead: db.prepare(`SELECT id, gkey FROM phrases WHERE category = ? AND head = ? ORDER BY docs DESC LIMIT ${BUCKET_PROBE}`),
      phrasesByTail: db.prepare(`SELECT id, gkey FROM phrases WHERE category = ? AND tail = ? ORDER BY docs DESC LIMIT ${BUCKET_PROBE}`),
      insertPhrase: db.prepare('INSERT OR IGNORE INTO phrases (pid, gkey, category, head, tail, text, placeholders, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      insertPhraseChars: db.prepare('INSERT INTO phrases_chars (rowid, chars) VALUES (?, ?)'),
      insertOcc: db.prepare(
        `INSERT INTO phrase_occ (phrase_id, doc_id, role, score, source) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (phrase_id, doc_id) DO UPDATE SET score = max(score, excluded.score)`,
      ),
      // A known sentence is looked up (an upsert would rewrite its row each time: most of an archive's
      // sentences recur); a new one is inserted, and indexed by its trigger.
      sentenceByHash: db.prepare('SELECT id FROM sentences WHERE h = ?').pluck(),
      insertSentence: db.prepare('INSERT INTO sentences (h, norm, grams, text) VALUES (?, ?, ?, ?)'),
      insertSentenceOcc: db.prepare('INSERT OR IGNORE INTO sentence_occ (sentence_id, doc_id) VALUES (?, ?)'),
      touch: db.prepare('INSERT OR IGNORE INTO touched (id) VALUES (?)'),
      // Right-hand sides see the old row: score = the new best + 10 per further document (docs before this one).
      // The role is that of the best-scoring document, ties to the role first in order — as recomputeTouched
      // chooses, so an archive shows the same roles however it was built (imported, re-derived, restored).
      grow: db.prepare(
        `UPDATE phrases SET docs = docs + 1, best = max(best, @score),
           role = CASE WHEN docs = 0 OR @score > best OR (@score = best AND @role < role) THEN @role ELSE role END,
           genres = genres | @bit, score = round(max(best, @score) + ${PER_DOCUMENT} * docs, 2) WHERE id = @id`,
      ),
      touchDocPhrases: db.prepare('INSERT OR IGNORE INTO touched (id) SELECT phrase_id FROM phrase_occ WHERE doc_id = ?'),
      setLedger: db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('ledger_offset', ?)"),
      bump: db.prepare("INSERT INTO meta (key, value) VALUES ('content_version', '1') ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"),
    };
  }

  // ---- reading what the worker needs ----

  /** A file with this text key that still has a document not removed (see text-key.ts). */
  liveFileByTextKey(key: string): FileRecord | undefined {
    return fileRecord(this.s.liveFileByTextKey.get(key));
  }

  fileByHash(hash: string): FileRecord | undefined {
    return fileRecord(this.s.fileByHash.get(hash));
  }

  docsOfFile(fileId: number): { id: number; n: number; key: string; corrections: DocumentCorrections | null; removedAt: string | null; removal: string | null }[] {
    return (this.s.docsOfFile.all(fileId) as { id: number; n: number; key: string; corrections: string | null; removedAt: string | null; removal: string | null }[]).map((d) => ({
      ...d,
      corrections: d.corrections ? (JSON.parse(d.corrections) as DocumentCorrections) : null,
    }));
  }

  ledgerOffset(): number {
    return Number(getMeta(this.db, 'ledger_offset') ?? 0);
  }

  /** Files to derive again: all of them, or those of the given document keys. */
  files(): FileRecord[] {
    return this.db.prepare('SELECT id, hash, name, ext, builtin, error FROM files ORDER BY id').all().map((r) => fileRecord(r)!);
  }

  fileOfDoc(key: string): FileRecord | undefined {
    return fileRecord(this.db.prepare('SELECT f.id, f.hash, f.name, f.ext, f.builtin, f.error FROM files f JOIN documents d ON d.file_id = f.id WHERE d.key = ?').get(key));
  }

  genresOfKeys(keys: string[]): string[] {
    if (!keys.length) return [];
    const out = new Set<string>();
    const q = this.db.prepare('SELECT genre FROM documents WHERE key = ?');
    for (const k of keys) {
      const r = q.get(k) as { genre: string } | undefined;
      if (r) out.add(r.genre);
    }
    return [...out];
  }

  /** The documents a genre's skeleton is derived from: the latest `limit` by year, then by import. */
  skeletonSample(genre: string, limit: number): { total: number; sample: SampleDoc[] } {
    const total = (
      this.db.prepare('SELECT count(*) AS n FROM documents d JOIN files f ON f.id = d.file_id WHERE d.genre = ? AND d.removed_at IS NULL AND d.excluded = 0 AND f.error IS NULL').get(genre) as { n: number }
    ).n;
    const rows = this.db
      .prepare(
        `SELECT d.key, d.n, d.corrections, f.hash, f.ext, f.name, f.builtin FROM documents d JOIN files f ON f.id = d.file_id
         WHERE d.genre = ? AND d.removed_at IS NULL AND d.excluded = 0 AND f.error IS NULL
         ORDER BY coalesce(d.year, 0) DESC, f.imported_at DESC, d.id DESC LIMIT ?`,
      )
      .all(genre, limit) as { key: string; n: number; corrections: string | null; hash: string; ext: string; name: string; builtin: number }[];
    return { total, sample: rows.map((r) => ({ ...r, builtin: !!r.builtin, corrections: r.corrections ? JSON.parse(r.corrections) : null })) };
  }

  // ---- acts ----

  /** A new file and its documents, in one transaction. */
  addFile(f: NewFile, docs: DerivedDoc[], ledgerEnd: number | null, error: string | null = null): number {
    return this.addFiles([{ file: f, docs, error }], ledgerEnd)[0];
  }

  /**
   * New files in one transaction (an import commits a few at a time: FTS5 indexes and SQLite commits cost
   * per transaction, not per row). A new document only adds to its phrases' aggregates, so they are
   * updated in place rather than recomputed.
   */
  addFiles(files: { file: NewFile; docs: DerivedDoc[]; error?: string | null; textKey?: string | null }[], ledgerEnd: number | null): number[] {
    return this.db.transaction(() => {
      const ids = files.map(({ file: f, docs, error, textKey: key }) => {
        const fileId = Number(this.s.insertFile.run(f.hash, f.name, f.ext, f.size, f.importedAt, f.builtin ? 1 : 0, error ?? null, key ?? (docs.length ? textKey(docs) : null)).lastInsertRowid);
        for (const d of docs) this.insertDocument(fileId, d, true);
        return fileId;
      });
      if (ledgerEnd !== null) this.s.setLedger.run(ledgerEnd);
      this.s.bump.run();
      return ids;
    })();
  }

  /** The file's documents derived again (a correction, a new engine): see replaceRows. */
  replaceFile(fileId: number, docs: DerivedDoc[], error: string | null, ledgerEnd: number | null = null): void {
    this.replaceFiles([{ fileId, docs, error }], ledgerEnd);
  }

  /**
   * Several files derived again in one transaction (a new engine re-derives an archive a batch at a time): the
   * phrases they share are recomputed once, not once per file — per file, a phrase found in most of 10,000
   * documents was re-aggregated 10,000 times, and re-deriving such an archive took 12 minutes.
   */
  replaceFiles(list: { fileId: number; docs: DerivedDoc[]; error: string | null }[], ledgerEnd: number | null = null): void {
    this.db.transaction(() => {
      for (const { fileId, docs, error } of list) this.replaceRows(fileId, docs, error);
      this.recomputeTouched();
      this.s.bump.run();
      if (ledgerEnd !== null) this.s.setLedger.run(ledgerEnd);
    })();
  }

  /** Rows replaced, keys, removals and corrections kept; a document the file no longer yields is dropped. */
  private replaceRows(fileId: number, docs: DerivedDoc[], error: string | null): void {
    const old = this.docsOfFile(fileId);
    const byN = new Map(old.map((d) => [d.n, d]));
    for (const d of old) {
      this.s.touchDocPhrases.run(d.id);
      this.clearDerived(d.id);
    }
    for (const d of docs) {
      const prev = byN.get(d.n);
      byN.delete(d.n);
      if (prev) {
        this.s.updateDoc.run({ ...docColumns(d), id: prev.id });
        this.insertDerived(prev.id, d);
      } else this.insertDocument(fileId, d);
    }
    for (const gone of byN.values()) this.db.prepare('DELETE FROM documents WHERE id = ?').run(gone.id);
    this.db.prepare('UPDATE files SET error = ?, text_key = ? WHERE id = ?').run(error, docs.length ? textKey(docs) : null, fileId);
  }

  /** Soft removal under `token` (undo with restore); returns the genres affected. */
  remove(keys: string[] | 'all-imported', token: string, at: string, ledgerEnd: number | null): { removed: number; genres: string[] } {
    return this.db.transaction(() => {
      const ids =
        keys === 'all-imported'
          ? (this.db.prepare('SELECT d.id, d.genre FROM documents d JOIN files f ON f.id = d.file_id WHERE f.builtin = 0 AND d.removed_at IS NULL').all() as { id: number; genre: string }[])
          : keys
              .map((k) => this.db.prepare('SELECT id, genre FROM documents WHERE key = ? AND removed_at IS NULL').get(k) as { id: number; genre: string } | undefined)
              .filter((x): x is { id: number; genre: string } => !!x);
      const set = this.db.prepare('UPDATE documents SET removed_at = ?, removal = ? WHERE id = ?');
      for (const { id } of ids) {
        set.run(at, token, id);
        this.s.touchDocPhrases.run(id);
      }
      this.recomputeTouched();
      if (ledgerEnd !== null) this.s.setLedger.run(ledgerEnd);
      if (ids.length) this.s.bump.run();
      return { removed: ids.length, genres: [...new Set(ids.map((x) => x.genre))] };
    })();
  }

  restore(by: { token?: string; keys?: string[] }, ledgerEnd: number | null): { restored: number; genres: string[] } {
    return this.db.transaction(() => {
      const rows: { id: number; genre: string }[] = [];
      if (by.token) rows.push(...(this.db.prepare('SELECT id, genre FROM documents WHERE removal = ?').all(by.token) as { id: number; genre: string }[]));
      for (const k of by.keys ?? []) {
        const r = this.db.prepare('SELECT id, genre FROM documents WHERE key = ? AND removed_at IS NOT NULL').get(k) as { id: number; genre: string } | undefined;
        if (r) rows.push(r);
      }
      const set = this.db.prepare('UPDATE documents SET removed_at = NULL, removal = NULL WHERE id = ?');
      for (const { id } of rows) {
        set.run(id);
        this.s.touchDocPhrases.run(id);
      }
      this.recomputeTouched();
      if (ledgerEnd !== null) this.s.setLedger.run(ledgerEnd);
      if (rows.length) this.s.bump.run();
      return { restored: rows.length, genres: [...new Set(rows.map((x) => x.genre))] };
    })();
  }

  setLedgerOffset(end: number): void {
    this.s.setLedger.run(end);
  }

  setSkeleton(genre: string, json: string | null, docs: number, sample: number): void {
    this.db.transaction(() => {
      const old = this.db.prepare('SELECT json, docs FROM skeletons WHERE genre = ?').get(genre) as { json: string; docs: number } | undefined;
      if (old?.json === (json ?? undefined) && old?.docs === docs) return;
      if (json === null) this.db.prepare('DELETE FROM skeletons WHERE genre = ?').run(genre);
      else this.db.prepare('INSERT OR REPLACE INTO skeletons (genre, json, docs, sample) VALUES (?, ?, ?, ?)').run(genre, json, docs, sample);
      this.s.bump.run();
    })();
  }

  /** Every genre with a stored skeleton or a live document. */
  genres(): string[] {
    return (this.db.prepare('SELECT genre FROM skeletons UNION SELECT genre FROM documents WHERE removed_at IS NULL').all() as { genre: string }[]).map((r) => r.genre);
  }

  /** Removed more than `before` (ISO) ago: rows deleted; returns the originals no document uses any more. */
  purgeRemoved(before: string): { hash: string; ext: string }[] {
    return this.db.transaction(() => {
      const docs = this.db.prepare('SELECT id FROM documents WHERE removed_at IS NOT NULL AND removed_at < ?').all(before) as { id: number }[];
      for (const { id } of docs) this.db.prepare('DELETE FROM documents WHERE id = ?').run(id);
      const orphans = this.db.prepare('SELECT id, hash, ext FROM files WHERE builtin = 0 AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.file_id = files.id)').all() as {
        id: number;
        hash: string;
        ext: string;
      }[];
      for (const o of orphans) this.db.prepare('DELETE FROM files WHERE id = ?').run(o.id);
      if (docs.length) {
        this.collectGarbage();
        this.s.bump.run();
      }
      return orphans;
    })();
  }

  /** The seed replaced by a new version: its file row and documents go (corrections are carried by key). */
  dropBuiltin(): Map<string, DocumentCorrections> {
    return this.db.transaction(() => {
      const kept = new Map<string, DocumentCorrections>();
      for (const r of this.db.prepare('SELECT d.key, d.corrections FROM documents d JOIN files f ON f.id = d.file_id WHERE f.builtin = 1').all() as { key: string; corrections: string | null }[]) {
        if (r.corrections) kept.set(r.key, JSON.parse(r.corrections));
      }
      for (const d of this.db.prepare('SELECT d.id FROM documents d JOIN files f ON f.id = d.file_id WHERE f.builtin = 1').all() as { id: number }[]) this.s.touchDocPhrases.run(d.id);
      this.db.prepare('DELETE FROM files WHERE builtin = 1').run();
      this.recomputeTouched();
      this.s.bump.run();
      return kept;
    })();
  }

  /** Phrase aggregates from scratch (after the genre list changed). */
  recomputeAllPhrases(): void {
    this.db.transaction(() => {
      this.db.exec('INSERT OR IGNORE INTO touched (id) SELECT id FROM phrases');
      this.recomputeTouched();
      setMeta(this.db, 'genres', GENRES.join(','));
    })();
  }

  // ---- internals ----

  /** `live`: the document is new and not removed, so its phrases' aggregates just grow (no recompute). */
  private insertDocument(fileId: number, d: DerivedDoc, live = false): number {
    const id = Number(this.s.insertDoc.run({ ...docColumns(d), fileId, n: d.n, key: d.key, removedAt: null, removal: null }).lastInsertRowid);
    this.insertDerived(id, d, live);
    return id;
  }

  private insertDerived(docId: number, d: DerivedDoc, live = false): void {
    d.paragraphs.forEach((p, i) => this.s.insertPara.run(docId, i, p.kind, p.part, p.level, p.marker, p.top, p.role, p.text));
    // The library's order when nothing ranks it: the user's own documents by year, then the latest imported; the
    // built-in examples after them, in their own order (a secretary with ten years of her own reports looks for
    // hers first; with the built-in ones alone, they are the list).
    const builtin = (this.s.builtinOfDoc.get(docId) as { builtin: number }).builtin;
    const recency = builtin ? 1 - docId * 1e-9 : (d.year ?? 0) * 1e8 + docId;
    for (const s of d.sections) {
      const id = this.s.insertSection.run(docId, s.n, recency, s.role, s.heading, s.charCount, s.firstSentence, s.blocks, s.body).lastInsertRowid;
      this.s.insertSectionChars.run(id, spacedChars(`${s.heading}\n${s.body}`));
    }
    // Two phrases of one document may merge into one stored phrase: it counts once, with the better score.
    const mine = new Map<number, { score: number; role: string }>();
    for (const p of d.phrases) {
      const id = this.phraseId(p);
      this.s.insertOcc.run(id, docId, p.role, p.score, p.source);
      const prev = mine.get(id);
      if (!prev || p.score > prev.score) mine.set(id, { score: p.score, role: p.role });
    }
    const bit = genreBit(d.genre);
    for (const [id, m] of mine) {
      if (live) this.s.grow.run({ id, score: m.score, role: m.role, bit });
      else this.s.touch.run(id);
    }
    for (const s of d.sentences) {
      const id = (this.s.sentenceByHash.get(s.h) as number | undefined) ?? this.s.insertSentence.run(s.h, s.norm, s.grams, s.text).lastInsertRowid;
      this.s.insertSentenceOcc.run(id, docId);
    }
  }

  private clearDerived(docId: number): void {
    for (const t of ['paragraphs', 'sections', 'phrase_occ', 'sentence_occ']) this.db.prepare(`DELETE FROM ${t} WHERE doc_id = ?`).run(docId);
  }

  /** The stored phrase this one merges into (exact key, else a near-identical one of its bucket), or a new one. */
  private phraseId(p: DerivedDoc['phrases'][number]): number {
    const exact = this.s.phraseByKey.get(p.gkey) as { id: number } | undefined;
    if (exact) return exact.id;
    const bare = p.gkey.slice(p.gkey.indexOf('|') + 1);
    for (const q of [this.s.phrasesByHead.all(p.category, p.head), this.s.phrasesByTail.all(p.category, p.tail)] as { id: number; gkey: string }[][]) {
      for (const r of q) if (nearIdentical(r.gkey.slice(r.gkey.indexOf('|') + 1), bare)) return r.id;
    }
    // The engine's ids are a 32-bit hash of the text; a rare collision gets a suffix, as the engine does.
    for (let pid = p.pid; ; pid += 'x') {
      const res = this.s.insertPhrase.run(pid, p.gkey, p.category, p.head, p.tail, p.text, p.placeholders, p.role);
      if (res.changes) {
        const id = Number(res.lastInsertRowid);
        this.s.insertPhraseChars.run(id, spacedChars(p.text));
        return id;
      }
    }
  }

  /** docs, score, role and genres of every touched phrase, from its live per-document rows. */
  private recomputeTouched(): void {
    this.db.exec(`
      UPDATE phrases SET docs = 0, best = 0, score = 0, genres = 0 WHERE id IN (SELECT id FROM touched);
      WITH agg AS (
        SELECT o.phrase_id AS id, count(*) AS docs, max(o.score) AS best, sum(DISTINCT g.bit) AS genres
        FROM phrase_occ o JOIN documents d ON d.id = o.doc_id LEFT JOIN genre_bits g ON g.genre = d.genre
        WHERE o.phrase_id IN (SELECT id FROM touched) AND d.removed_at IS NULL
        GROUP BY o.phrase_id
      )
      UPDATE phrases SET docs = agg.docs, best = agg.best, score = round(agg.best + ${PER_DOCUMENT} * (agg.docs - 1), 2), genres = coalesce(agg.genres, 0)
        FROM agg WHERE phrases.id = agg.id;
      UPDATE phrases SET role = (
          SELECT o.role FROM phrase_occ o JOIN documents d ON d.id = o.doc_id
          WHERE o.phrase_id = phrases.id AND d.removed_at IS NULL ORDER BY o.score DESC, o.role LIMIT 1)
        WHERE id IN (SELECT id FROM touched) AND docs > 0;
      DELETE FROM touched;
    `);
  }

  /** Phrases and sentences no document refers to any more. */
  private collectGarbage(): void {
    this.db.exec(`
      DELETE FROM phrases_chars WHERE rowid IN (SELECT id FROM phrases WHERE NOT EXISTS (SELECT 1 FROM phrase_occ o WHERE o.phrase_id = phrases.id));
      DELETE FROM phrases WHERE NOT EXISTS (SELECT 1 FROM phrase_occ o WHERE o.phrase_id = phrases.id);
      DELETE FROM sentences_fts WHERE rowid IN (SELECT id FROM sentences WHERE NOT EXISTS (SELECT 1 FROM sentence_occ o WHERE o.sentence_id = sentences.id));
      DELETE FROM sentences WHERE NOT EXISTS (SELECT 1 FROM sentence_occ o WHERE o.sentence_id = sentences.id);
    `);
  }
}

function docColumns(d: DerivedDoc) {
  return {
    title: d.title,
    genre: d.genre,
    detectedGenre: d.detectedGenre,
    genreReasons: JSON.stringify(d.genreReasons),
    year: d.year,
    charCount: d.charCount,
    sectionCount: d.sectionCount,
    corrections: d.corrections ? JSON.stringify(d.corrections) : null,
    excluded: d.excluded ? 1 : 0,
  };
}
