/**
 * Instant phrase search for the side panel: Chinese substring search through a character-bigram
 * inverted index (exact substring verified), word search via Intl.Segmenter when the exact string
 * is absent, filters by category and role. Phrases are pre-sorted by reusability so posting lists
 * are already in rank order and a one-character query stops after `limit` hits.
 */
import type { Role } from '../draft/model';
import type { Phrase, PhraseCategory } from './types';

export interface SearchOptions {
  category?: PhraseCategory;
  role?: Role;
  /** Maximum results (default 50). */
  limit?: number;
}

/** Case-fold and unify punctuation widths so “（十四五）” finds “(十四五)”. */
function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, ' ');
}

let segmenter: Intl.Segmenter | null | undefined;
function words(q: string): string[] {
  if (segmenter === undefined) segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (!segmenter) return q.split(/\s+/).filter(Boolean);
  return [...segmenter.segment(q)].filter((s) => s.isWordLike).map((s) => s.segment);
}

const EMPTY = new Int32Array(0);

export class PhraseIndex {
  private readonly phrases: Phrase[];
  private readonly texts: string[];
  private readonly uni = new Map<string, Int32Array>();
  private readonly bi = new Map<string, Int32Array>();

  constructor(phrases: Phrase[]) {
    this.phrases = [...phrases].sort((a, b) => b.score - a.score || a.text.length - b.text.length);
    this.texts = this.phrases.map((p) => fold(p.text));
    const uni = new Map<string, number[]>();
    const bi = new Map<string, number[]>();
    const push = (m: Map<string, number[]>, k: string, i: number) => {
      const l = m.get(k);
      if (!l) m.set(k, [i]);
      else if (l[l.length - 1] !== i) l.push(i);
    };
    this.texts.forEach((t, i) => {
      const chars = [...t];
      for (let j = 0; j < chars.length; j++) {
        push(uni, chars[j], i);
        if (j + 1 < chars.length) push(bi, chars[j] + chars[j + 1], i);
      }
    });
    for (const [k, v] of uni) this.uni.set(k, Int32Array.from(v));
    for (const [k, v] of bi) this.bi.set(k, Int32Array.from(v));
  }

  get size(): number {
    return this.phrases.length;
  }

  private accept(i: number, o: SearchOptions): boolean {
    const p = this.phrases[i];
    return (!o.category || p.category === o.category) && (!o.role || p.role === o.role);
  }

  /** Phrase indices containing `term` as a substring, in rank order. */
  private candidates(term: string): Int32Array {
    const chars = [...term];
    if (chars.length === 1) return this.uni.get(chars[0]) ?? EMPTY;
    let best: Int32Array | undefined;
    for (let j = 0; j + 1 < chars.length; j++) {
      const l = this.bi.get(chars[j] + chars[j + 1]);
      if (!l) return EMPTY;
      if (!best || l.length < best.length) best = l;
    }
    return best ?? EMPTY;
  }

  /** Indices (rank order) of phrases containing every term, up to `cap`. */
  private matchAll(terms: string[], o: SearchOptions, cap: number): number[] {
    const sorted = [...terms].sort((a, b) => this.candidates(a).length - this.candidates(b).length);
    const base = this.candidates(sorted[0]);
    const out: number[] = [];
    for (let k = 0; k < base.length && out.length < cap; k++) {
      const i = base[k];
      if (!this.accept(i, o)) continue;
      const t = this.texts[i];
      if (sorted.every((term) => t.includes(term))) out.push(i);
    }
    return out;
  }

  /**
   * Search. Empty query lists the top phrases (with filters). A query with spaces requires every
   * term; a query with no exact match falls back to its words in any order.
   */
  search(query: string, opts: SearchOptions = {}): Phrase[] {
    const limit = opts.limit ?? 50;
    const q = fold(query).trim();
    if (!q) {
      const out: Phrase[] = [];
      for (let i = 0; i < this.phrases.length && out.length < limit; i++) if (this.accept(i, opts)) out.push(this.phrases[i]);
      return out;
    }
    const terms = q.split(' ').filter(Boolean);
    const cap = Math.max(limit * 4, 200);
    let hits = this.matchAll(terms, opts, cap);
    if (!hits.length) {
      const ws = [...new Set(terms.flatMap(words))].filter(Boolean);
      if (ws.length > 1 || (ws.length === 1 && ws[0] !== q)) hits = this.matchAll(ws, opts, cap);
    }
    // Within the rank-ordered hits, a phrase that starts with the query reads as the better answer.
    const first = terms[0];
    return hits
      .map((i, r) => ({ i, key: r - (this.texts[i].startsWith(first) ? cap : 0) }))
      .sort((a, b) => a.key - b.key)
      .slice(0, limit)
      .map((h) => this.phrases[h.i]);
  }
}
