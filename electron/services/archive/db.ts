/** Opening the archive database with the settings both connections (the worker's and the host's) use. */
import Database from 'better-sqlite3';
import { GENRES } from '../../core/draft/model';
import { migrate } from './schema';

export type Db = Database.Database;

/**
 * WAL: the host's connection reads while the worker writes (readers never wait for the writer);
 * synchronous=NORMAL: a commit is not flushed to disk on its own, only at checkpoints — after a crash the
 * database is always consistent, and after a power cut it may lack the last acts, which the ledger replays.
 */
export function openDb(file: string, opts: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false, timeout: 10_000 });
  try {
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db);
      const put = db.prepare('INSERT OR REPLACE INTO genre_bits (genre, bit) VALUES (?, ?)');
      db.transaction(() => GENRES.forEach((g, i) => put.run(g, 2 ** i)))();
    }
    db.pragma('cache_size = -32000');
    db.pragma('temp_store = MEMORY');
    // Reading the schema proves the file is a database at all ("file is not a database" surfaces here).
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

/** SQLite's verdict that the file is damaged (as opposed to busy, full or locked). */
export function isCorruption(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? '';
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT_');
}

export function getMeta(db: Db, key: string): string | undefined {
  return (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

export function setMeta(db: Db, key: string, value: string | number): void {
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, String(value));
}

/** The bit of a genre in phrases.genres. */
export function genreBit(genre: string): number {
  const i = GENRES.indexOf(genre as never);
  return i < 0 ? 0 : 2 ** i;
}
