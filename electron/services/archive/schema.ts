/**
 * The archive database's schema, versioned with SQLite's `user_version`: each entry of MIGRATIONS takes the
 * database from version i to i + 1 inside one transaction, so a database is always at a version this code
 * knows (a newer one is refused rather than misread).
 *
 * The database is an index, not the record: the originals (content-addressed files) and the ledger (the
 * user's imports, removals and corrections, one JSON line each) are. Everything here can be rebuilt from them.
 */
import type Database from 'better-sqlite3';
import { textKeyOf } from './text-key';

const V1 = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

-- One row per original file (the seed is the one built-in file).
CREATE TABLE files (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,            -- sha256 of the bytes, hex
  name TEXT NOT NULL,                   -- the name the user knows it by (any length; never used as a path)
  ext TEXT NOT NULL,
  size INTEGER NOT NULL,
  imported_at TEXT NOT NULL,
  builtin INTEGER NOT NULL DEFAULT 0,
  error TEXT                            -- set when the file could no longer be analysed (kept so it can be removed)
);

-- One row per document (a file may hold several: 第N篇).
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  key TEXT NOT NULL UNIQUE,             -- public id: seed-reports.txt#2, or <hash16>#<n>
  title TEXT NOT NULL,
  genre TEXT NOT NULL,                  -- after the user's corrections
  detected_genre TEXT NOT NULL,
  genre_reasons TEXT NOT NULL DEFAULT '[]',
  year INTEGER,
  char_count INTEGER NOT NULL DEFAULT 0,
  section_count INTEGER NOT NULL DEFAULT 0,
  corrections TEXT,                     -- JSON, see corrections.ts
  excluded INTEGER NOT NULL DEFAULT 0,  -- left out of phrases, skeletons and the section library
  removed_at TEXT,                      -- soft removal (undoable)
  removal TEXT,                         -- the undo token of the removal
  UNIQUE (file_id, n)
);
CREATE INDEX documents_genre ON documents(genre) WHERE removed_at IS NULL;
CREATE INDEX documents_removal ON documents(removal) WHERE removal IS NOT NULL;

-- The document's structure in reading order, for viewing it: 称呼, headings and paragraphs with their roles.
CREATE TABLE paragraphs (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  kind TEXT NOT NULL,                   -- salutation | heading | paragraph
  part TEXT NOT NULL,                   -- opening | body | closing
  level INTEGER,
  marker TEXT,
  top INTEGER,                          -- index of the top-level section it is in
  role TEXT,
  text TEXT NOT NULL
);
CREATE INDEX paragraphs_doc ON paragraphs(doc_id, ord);

-- The section library: pasteable parts of each document.
CREATE TABLE sections (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  recency REAL NOT NULL,                -- built-in first, then by year, then latest imported: the order without a query
  role TEXT NOT NULL,
  heading TEXT NOT NULL,
  char_count INTEGER NOT NULL,
  first_sentence TEXT NOT NULL,
  body TEXT NOT NULL,                   -- what relevance is judged on: subheadings and each paragraph's first sentence
  blocks BLOB NOT NULL                  -- JSON BlockElement[], deflated (packing.ts); last, so reading the rest skips it
);
CREATE INDEX sections_doc ON sections(doc_id);
CREATE INDEX sections_recency ON sections(recency DESC);
CREATE INDEX sections_role ON sections(role, recency DESC);
CREATE VIRTUAL TABLE sections_fts USING fts5(heading, body, content='sections', content_rowid='id', tokenize='trigram');
CREATE VIRTUAL TABLE sections_vocab USING fts5vocab(sections_fts, 'row');
CREATE TRIGGER sections_ai AFTER INSERT ON sections BEGIN
  INSERT INTO sections_fts(rowid, heading, body) VALUES (new.id, new.heading, new.body);
END;
CREATE TRIGGER sections_ad AFTER DELETE ON sections BEGIN
  INSERT INTO sections_fts(sections_fts, rowid, heading, body) VALUES ('delete', old.id, old.heading, old.body);
  DELETE FROM sections_chars WHERE rowid = old.id;
END;
-- A one- or two-character search (below the trigram index) looks at headings only, through their characters.
CREATE VIRTUAL TABLE sections_chars USING fts5(chars, content='', contentless_delete=1, tokenize='unicode61');

-- Phrases merged across documents; the per-document rows below are what the aggregates are computed from.
CREATE TABLE phrases (
  id INTEGER PRIMARY KEY,
  pid TEXT NOT NULL UNIQUE,             -- public id (favourites refer to it)
  gkey TEXT NOT NULL UNIQUE,            -- category | text without punctuation and 的地了
  category TEXT NOT NULL,
  head TEXT NOT NULL,
  tail TEXT NOT NULL,
  text TEXT NOT NULL,
  placeholders TEXT NOT NULL,
  docs INTEGER NOT NULL DEFAULT 0,      -- live documents using it
  best REAL NOT NULL DEFAULT 0,         -- the best score the engine gave it in one of them
  role TEXT NOT NULL,                   -- its role in that document
  genres INTEGER NOT NULL DEFAULT 0,    -- bit set over genre_bits
  score REAL NOT NULL DEFAULT 0
);
-- The rank order (overall, per category, per role), each carrying what a query checks row by row (the text,
-- the genres, the other filter): walking one for a common term never reads the table.
CREATE INDEX phrases_rank ON phrases(score DESC, text, genres, category, role) WHERE docs > 0;
CREATE INDEX phrases_category ON phrases(category, score DESC, text, genres, role) WHERE docs > 0;
CREATE INDEX phrases_head ON phrases(category, head);
CREATE INDEX phrases_tail ON phrases(category, tail);
-- Phrases are short: one index of their characters (letters and digits, space-separated, one token each) serves
-- queries of every length as FTS5 phrase queries, one character included, which the trigram tokenizer cannot.
CREATE VIRTUAL TABLE phrases_chars USING fts5(chars, content='', contentless_delete=1, tokenize='unicode61');
CREATE INDEX phrases_role ON phrases(role, score DESC, text, genres, category) WHERE docs > 0;
CREATE TABLE phrase_occ (
  phrase_id INTEGER NOT NULL REFERENCES phrases(id) ON DELETE CASCADE,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  score REAL NOT NULL,                  -- the engine's score for the phrase within this one document
  source TEXT NOT NULL,                 -- where it was first seen in the document (packing.ts CompactSource)
  PRIMARY KEY (phrase_id, doc_id)
) WITHOUT ROWID;
CREATE INDEX phrase_occ_doc ON phrase_occ(doc_id);
CREATE INDEX phrase_occ_best ON phrase_occ(phrase_id, score DESC);
CREATE TABLE genre_bits (genre TEXT PRIMARY KEY, bit INTEGER NOT NULL) WITHOUT ROWID;

-- Distinct normalised sentences for the 复用率 check (verbatim or near-verbatim copies of the archive).
CREATE TABLE sentences (
  id INTEGER PRIMARY KEY,
  h INTEGER NOT NULL UNIQUE,            -- 52-bit hash of norm, its identity (a collision is one in 10⁹ at a million sentences)
  norm TEXT NOT NULL,
  grams INTEGER NOT NULL,               -- distinct character 3-grams of norm
  text TEXT NOT NULL                    -- as first written
);
CREATE VIRTUAL TABLE sentences_fts USING fts5(norm, content='', contentless_delete=1, detail=none, tokenize='trigram');
CREATE VIRTUAL TABLE sentences_vocab USING fts5vocab(sentences_fts, 'row');
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts(rowid, norm) VALUES (new.id, new.norm);
END;
CREATE TABLE sentence_occ (
  sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (sentence_id, doc_id)
) WITHOUT ROWID;
CREATE INDEX sentence_occ_doc ON sentence_occ(doc_id);

-- One skeleton per genre, derived from a sample of the genre's documents (see skeletons.ts).
CREATE TABLE skeletons (genre TEXT PRIMARY KEY, json TEXT NOT NULL, docs INTEGER NOT NULL, sample INTEGER NOT NULL) WITHOUT ROWID;
`;

/**
 * 往年怎么写 (passages.ts): every heading of every document in a trigram index of its own, so a heading at the
 * cursor finds the archive's headings on the same topic at any depth (the section index holds top-level
 * headings and only the first ~300 characters below them). Kept by triggers on `paragraphs`, so the writer
 * does nothing new; contentless with detail=none (posting lists only: headings are read from `paragraphs`).
 * Paragraphs are found through the sentence index the 复用率 check already keeps.
 */
const V2 = `
CREATE VIRTUAL TABLE headings_fts USING fts5(text, content='', contentless_delete=1, detail=none, tokenize='trigram');
CREATE VIRTUAL TABLE headings_vocab USING fts5vocab(headings_fts, 'row');
CREATE TRIGGER paragraphs_heading_ai AFTER INSERT ON paragraphs WHEN new.kind = 'heading' BEGIN
  INSERT INTO headings_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER paragraphs_heading_ad AFTER DELETE ON paragraphs WHEN old.kind = 'heading' BEGIN
  DELETE FROM headings_fts WHERE rowid = old.id;
END;
INSERT INTO headings_fts(rowid, text) SELECT id, text FROM paragraphs WHERE kind = 'heading';
`;

/**
 * The same text in another file (a .docx and its .txt, a report re-saved by Word with new bytes): each file's
 * text key (text-key.ts), so an import can skip a copy as it skips the same bytes. Existing files get theirs
 * from the paragraphs already stored, which are the rows the key is defined over.
 */
function v3(db: Database.Database): void {
  db.exec('ALTER TABLE files ADD COLUMN text_key TEXT; CREATE INDEX files_text_key ON files(text_key);');
  backfillTextKeys(db);
}

/** Every file's text key from its stored paragraphs (exported for its test). One file at a time: the paragraphs
 * of a 10,000-report archive are hundreds of megabytes, and a statement still being iterated cannot share its
 * connection with the updates. */
export function backfillTextKeys(db: Database.Database): void {
  const files = db.prepare('SELECT id FROM files').pluck().all() as number[];
  const paragraphs = db.prepare('SELECT d.n, p.text FROM documents d JOIN paragraphs p ON p.doc_id = d.id WHERE d.file_id = ? ORDER BY d.n, p.ord');
  const set = db.prepare('UPDATE files SET text_key = ? WHERE id = ?');
  for (const id of files) {
    const byDoc = new Map<number, string[]>();
    for (const r of paragraphs.all(id) as { n: number; text: string }[]) (byDoc.get(r.n) ?? byDoc.set(r.n, []).get(r.n)!).push(r.text);
    set.run(byDoc.size ? textKeyOf([...byDoc.values()]) : null, id);
  }
}

/**
 * What the writer puts in V1's columns changed since V1 was released, not their shape (so no step): since session 11
 * `sections.recency` puts the built-in documents after the user's own, and `sections_chars` holds the characters of
 * the heading and the body, not of the heading alone. writer.ts WRITER_ROWS is part of the engine fingerprint, so an
 * older database is derived again once at its first start (worker.ts reindexIfEngineChanged).
 */
/** MIGRATIONS[i] takes user_version i to i + 1. Append only; never edit a released step. */
export const MIGRATIONS: ((db: Database.Database) => void)[] = [(db) => db.exec(V1), (db) => db.exec(V2), v3];

export const SCHEMA_VERSION = MIGRATIONS.length;

export class NewerSchemaError extends Error {}

/** Bring the database to SCHEMA_VERSION (each step in its own transaction). */
export function migrate(db: Database.Database): void {
  // One step per write transaction, its version read inside it: the host and its import worker open a new archive
  // at the same moment, and a version read before the lock would have both create the same tables ("table meta
  // already exists"). IMMEDIATE takes the write lock at BEGIN, so the second waits and then finds the step done.
  const step = db.transaction((): boolean => {
    const v = db.pragma('user_version', { simple: true }) as number;
    if (v > SCHEMA_VERSION) throw new NewerSchemaError(`archive schema ${v} is newer than this program's ${SCHEMA_VERSION}`);
    if (v === SCHEMA_VERSION) return false;
    MIGRATIONS[v](db);
    db.pragma(`user_version = ${v + 1}`);
    return true;
  });
  while (step.immediate()) {
    /* next step */
  }
}
