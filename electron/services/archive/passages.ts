/**
 * 往年怎么写: the archive's passages (headings and paragraphs) most like the heading or paragraph at the cursor,
 * each with its document, year and section path.
 *
 * A shortlist comes from two full-text indexes, each 3-gram of the cursor's text weighted by its rarity (as the
 * section library's relevance does, from posting lists only): headings through `headings_fts` (every heading at
 * every depth, schema V2), paragraphs through the sentence index the 复用率 check keeps (every distinct
 * sentence of every document; the paragraph holding it is then found in its document). The best heading hits
 * also offer the paragraph right under them (how that heading was written up). The shortlist — a few hundred
 * passages at most — is ranked by the core's BM25 over Han bigrams (core/draft/past-passages.ts).
 *
 * Removed documents, documents the user left out (`excluded`), files that can no longer be analysed, and the
 * document the draft was made from (`excludeDocId`) are never offered.
 */
import type { Statement } from 'better-sqlite3';
import type { PassageQuery } from '../../api';
import { normalizeSentence } from '../../core/checks/reuse';
import { makeParagraph } from '../../core/corpus/structure';
import type { HeadingLevel, Role } from '../../core/draft/model';
import { rankPassages, type PastPassage, type RankedPassage } from '../../core/draft/past-passages';
import type { Db } from './db';
import { relevanceGrams } from './queries';

/** Posting entries one index lookup reads at most (the rarest 3-gram always counts, whatever its size). */
const BUDGET = 3000;
/** 3-grams looked up at most per index; past these, the rarest already decided the shortlist. */
const MAX_GRAMS = 8;
/** Hits kept from each index (before the filters: a few more are read in case some documents are gone). */
const TOP_HEADINGS = 60;
const TOP_SENTENCES = 40;
/** Documents a shared sentence is looked for in (the newest imported); a sentence in every report says little per copy. */
const DOCS_PER_SENTENCE = 3;
/** The best heading hits whose first paragraph is offered too. */
const WITH_FOLLOWING = 12;
const MAX_LIMIT = 100;

interface ParaRow {
  id: number;
  doc_id: number;
  ord: number;
  kind: 'salutation' | 'heading' | 'paragraph';
  part: 'opening' | 'body' | 'closing';
  level: number | null;
  marker: string | null;
  role: string | null;
  text: string;
}

interface DocInfo {
  key: string;
  title: string;
  year: number | null;
  name: string;
  headings: { ord: number; level: number; marker: string; role: Role | null; text: string }[];
}

/** Live, not left out, analysable, and not the one asked to be left out. */
const LIVE = 'd.removed_at IS NULL AND d.excluded = 0 AND f.error IS NULL AND d.key IS NOT ?';
const ROW_COLUMNS = 'p.id, p.doc_id, p.ord, p.kind, p.part, p.level, p.marker, p.role, p.text';

export class PassageQueries {
  private readonly hasHeadings: boolean;
  /** Prepared statements by SQL text (preparing costs more than running most of these). */
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Db) {
    // A read-only instance may open a database made before schema V2: paragraphs are still found.
    this.hasHeadings = !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'headings_fts'").get();
  }

  private stmt(sql: string): Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  passages(query: string, opts: PassageQuery = {}): RankedPassage[] {
    const text = query.slice(0, 2000);
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(opts.limit ?? 20)));
    const exclude = opts.excludeDocId ?? null;
    const rows = new Map<number, ParaRow>();

    // Headings like the text.
    const headingIds = this.hasHeadings ? this.shortlist('headings_vocab', 'headings_fts', relevanceGrams(text, 24), TOP_HEADINGS * 2) : [];
    const headings = this.rows(headingIds, exclude).slice(0, TOP_HEADINGS);
    for (const r of headings) rows.set(r.id, r);
    // The paragraph right under the best of them.
    const next = this.stmt(`SELECT ${ROW_COLUMNS} FROM paragraphs p WHERE p.doc_id = ? AND p.ord = ?`);
    for (const h of headings.slice(0, WITH_FOLLOWING)) {
      const r = next.get(h.doc_id, h.ord + 1) as ParaRow | undefined;
      if (r?.kind === 'paragraph') rows.set(r.id, r);
    }

    // Paragraphs holding sentences like the text.
    const norm = normalizeSentence(text);
    const sentenceGrams = spread([...new Set(grams3(norm))].filter((g) => !g.includes('#')), 24);
    const sentenceIds = this.shortlist('sentences_vocab', 'sentences_fts', sentenceGrams, TOP_SENTENCES);
    if (sentenceIds.length) {
      const sentence = this.stmt('SELECT text FROM sentences WHERE id = ?');
      const docsOf = this.stmt(
        `SELECT o.doc_id FROM sentence_occ o JOIN documents d ON d.id = o.doc_id JOIN files f ON f.id = d.file_id
         WHERE o.sentence_id = ? AND ${LIVE} ORDER BY o.doc_id DESC LIMIT ${DOCS_PER_SENTENCE}`,
      );
      const holding = this.stmt(`SELECT ${ROW_COLUMNS} FROM paragraphs p WHERE p.doc_id = ? AND p.kind = 'paragraph' AND instr(p.text, ?) > 0 ORDER BY p.ord LIMIT 1`);
      for (const id of sentenceIds) {
        const s = (sentence.get(id) as { text: string } | undefined)?.text;
        if (!s) continue;
        // The sentence as first written; another document may write it a little differently (spaces, a half-width comma).
        const probe = hanRun(s);
        for (const { doc_id } of docsOf.all(id, exclude) as { doc_id: number }[]) {
          const r = (holding.get(doc_id, s) ?? (probe ? holding.get(doc_id, probe) : undefined)) as ParaRow | undefined;
          if (r) rows.set(r.id, r);
        }
      }
    }
    if (!rows.size) return [];
    return rankPassages(text, this.toPassages([...rows.values()]), { role: opts.role, limit });
  }

  /**
   * Row ids of `fts` ranked by the 3-grams they share with the text, each weighted by its idf: the rarest
   * 3-grams first, at most MAX_GRAMS, reading at most BUDGET posting entries between them (the rarest always).
   * Nothing when even the rarest is in most rows (it says nothing about the topic).
   */
  private shortlist(vocab: string, fts: string, grams: string[], top: number): number[] {
    if (!grams.length) return [];
    const df = this.stmt(`SELECT doc FROM ${vocab} WHERE term = ?`);
    const known = grams.map((g) => ({ g, n: (df.get(g) as { doc: number } | undefined)?.doc ?? 0 })).filter((x) => x.n > 0);
    if (!known.length) return [];
    known.sort((a, b) => a.n - b.n);
    if (known[0].n > 4 * BUDGET) return [];
    // Weighed against the number of documents: the 3-grams are only weighed against each other here.
    const all = this.documentCount();
    const hits = this.stmt(`SELECT rowid AS id FROM ${fts} WHERE ${fts} MATCH ?`);
    const scores = new Map<number, number>();
    let reach = 0;
    for (let k = 0; k < known.length; k++) {
      const { g, n } = known[k];
      if (k && (k >= MAX_GRAMS || reach + n > BUDGET)) break;
      reach += n;
      const idf = Math.log(1 + all / n);
      for (const { id } of hits.all('"' + g.replace(/"/g, '""') + '"') as { id: number }[]) scores.set(id, (scores.get(id) ?? 0) + idf);
    }
    // Ties to the later row: the later import.
    return [...scores]
      .sort((a, b) => b[1] - a[1] || b[0] - a[0])
      .slice(0, top)
      .map(([id]) => id);
  }

  private counted = { version: '', n: 1 };

  /** Documents in the archive, remembered until it changes. */
  private documentCount(): number {
    const version = (this.stmt("SELECT value FROM meta WHERE key = 'content_version'").get() as { value: string } | undefined)?.value ?? '';
    if (this.counted.version !== version || version === '') {
      this.counted = { version, n: Math.max(1, (this.stmt('SELECT count(*) AS n FROM documents').get() as { n: number }).n) };
    }
    return this.counted.n;
  }

  /** The rows of `ids` in live documents, in the order of `ids`. */
  private rows(ids: number[], exclude: string | null): ParaRow[] {
    if (!ids.length) return [];
    const found = this.stmt(
        `SELECT ${ROW_COLUMNS} FROM paragraphs p JOIN documents d ON d.id = p.doc_id JOIN files f ON f.id = d.file_id
         WHERE p.id IN (SELECT value FROM json_each(?)) AND ${LIVE}`,
      )
      .all(JSON.stringify(ids), exclude) as ParaRow[];
    const byId = new Map(found.map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  private toPassages(rows: ParaRow[]): PastPassage[] {
    const docs = new Map<number, DocInfo>();
    const docRow = this.stmt('SELECT d.key, d.title, d.year, f.name FROM documents d JOIN files f ON f.id = d.file_id WHERE d.id = ?');
    const headingRows = this.stmt("SELECT ord, level, marker, role, text FROM paragraphs WHERE doc_id = ? AND kind = 'heading' ORDER BY ord");
    const info = (docId: number): DocInfo => {
      let d = docs.get(docId);
      if (!d) {
        const r = docRow.get(docId) as { key: string; title: string; year: number | null; name: string };
        d = { ...r, headings: headingRows.all(docId) as DocInfo['headings'] };
        docs.set(docId, d);
      }
      return d;
    };
    return rows.map((r): PastPassage => {
      const d = info(r.doc_id);
      const base = { id: `${d.key}/${r.ord}`, docId: d.key, docTitle: d.title, fileName: d.name, year: d.year };
      if (r.part !== 'body') {
        const role: Role = r.part === 'opening' ? 'opening' : 'closing';
        const p = makeParagraph(r.text, 0);
        return { ...base, section: r.part === 'opening' ? '开头' : '结尾', role, kind: 'paragraph', text: p.normalized, ...(p.lead ? { lead: p.lead } : {}) };
      }
      // The headings above the row: each one closes those at its level and below.
      const stack: DocInfo['headings'] = [];
      for (const h of d.headings) {
        if (h.ord >= r.ord) break;
        while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
        stack.push(h);
      }
      if (r.kind === 'heading') while (stack.length && stack[stack.length - 1].level >= (r.level ?? 1)) stack.pop();
      const section = stack.map((h) => h.marker + h.text).join(' › ');
      const top = r.kind === 'heading' && (r.level ?? 1) === 1 ? r.role : stack[0]?.role;
      const role = (top ?? undefined) as Role | undefined;
      if (r.kind === 'heading') return { ...base, section, ...(role ? { role } : {}), kind: 'heading', level: Math.min(4, Math.max(1, r.level ?? 1)) as HeadingLevel, text: r.text };
      const p = makeParagraph(r.text, 0);
      return { ...base, section, ...(role ? { role } : {}), kind: 'paragraph', text: p.normalized, ...(p.lead ? { lead: p.lead } : {}) };
    });
  }
}

function grams3(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= s.length; i++) out.push(s.slice(i, i + 3));
  return out;
}

/** At most `max` items, spread over the list (a long paragraph's 3-grams from its whole length, not its start). */
function spread<T>(xs: T[], max: number): T[] {
  if (xs.length <= max) return xs;
  const step = xs.length / max;
  return Array.from({ length: max }, (_, i) => xs[Math.floor(i * step)]);
}

/** The sentence's longest run of Han characters (at most 12): what any copy of it writes the same way. */
function hanRun(s: string): string {
  let best = '';
  for (const m of s.matchAll(/[\u3400-\u9fff]+/g)) if (m[0].length > best.length) best = m[0];
  return best.length >= 4 ? best.slice(0, 12) : '';
}
