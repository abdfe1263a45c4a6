/**
 * One document of the archive as the corpus engine sees it, for 以往年材料为底稿: its stored original analysed
 * again (derive.ts's analyseFile, the import's own reading: decoding, .docx, 第N篇 splitting) with the user's
 * corrections applied (corrections.ts), under its archive id — the way the worker re-reads the skeletons'
 * sample. The database keeps each document's lines for viewing, not the engine's tree with its leads and
 * roles, and a draft needs the tree.
 */
import type { CorpusDocument } from '../../core/corpus/types';
import { UserError } from '../user-error';
import { applyCorrections, type DocumentCorrections } from './corrections';
import type { Db } from './db';
import { analyseFile } from './derive';

export interface StoredDocument {
  key: string;
  /** 1-based place of the document in its file. */
  n: number;
  title: string;
  corrections: DocumentCorrections | null;
  removed: boolean;
  hash: string;
  ext: string;
  /** The user's file name (the engine reads the extension from it). */
  name: string;
  builtin: boolean;
  /** Why the file can no longer be analysed, if so. */
  error: string | null;
}

export function storedDocument(db: Db, key: string): StoredDocument | null {
  const r = db
    .prepare(
      `SELECT d.key, d.n, d.title, d.corrections, d.removed_at, f.hash, f.ext, f.name, f.builtin, f.error
       FROM documents d JOIN files f ON f.id = d.file_id WHERE d.key = ?`,
    )
    .get(key) as
    | { key: string; n: number; title: string; corrections: string | null; removed_at: string | null; hash: string; ext: string; name: string; builtin: number; error: string | null }
    | undefined;
  if (!r) return null;
  return {
    key: r.key,
    n: r.n,
    title: r.title,
    corrections: r.corrections ? (JSON.parse(r.corrections) as DocumentCorrections) : null,
    removed: r.removed_at !== null,
    hash: r.hash,
    ext: r.ext,
    name: r.name,
    builtin: !!r.builtin,
    error: r.error,
  };
}

/** The stored document analysed from `bytes` (its original), corrections applied; a Chinese UserError when it cannot be. */
export async function analyseStored(doc: StoredDocument, bytes: Uint8Array): Promise<CorpusDocument> {
  const { docs, issues } = await analyseFile(doc.name, bytes);
  const found = docs[doc.n - 1];
  if (!found) {
    const why = issues.find((i) => i.severity === 'error')?.message;
    throw new UserError(`无法读取《${doc.title || doc.name}》${why ? `：${why}` : '：原始文件中找不到这篇文档'}`, 'INVALID_FILE');
  }
  return applyCorrections({ ...found, id: doc.key }, doc.corrections);
}
