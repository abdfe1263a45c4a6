/**
 * Instant phrase search for the side panel: Chinese substring search through a character-bigram
 * inverted index (exact substring verified), word search via Intl.Segmenter when the exact string
 * is absent, filters by category and role. Phrases are pre-sorted by reusability so posting lists
 * are already in rank order and a one-character query stops after `limit` hits.
 */
import type { Role } from '../draft/model';
import type { Phrase, PhraseCategory } from './types';
import { append } from './arrays';

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
  // Keys are UTF-16 code units (a surrogate pair is two “characters”; queries are cut the same way),
  // packed into numbers: numeric Map keys make building the index for 100,000 phrases fast.
  private readonly uni = new Map<number, Int32Array>();
  private readonly bi = new Map<number, Int32Array>();

  constructor(phrases: Phrase[]) {
    this.phrases = [...phrases].sort((a, b) => b.score - a.score || a.text.length - b.text.length);
    this.texts = this.phrases.map((p) => fold(p.text));
    const uni = new Map<number, number[]>();
    const bi = new Map<number, number[]>();
    const push = (m: Map<number, number[]>, k: number, i: number) => {
      const l = m.get(k);
      if (!l) m.set(k, [i]);
      else if (l[l.length - 1] !== i) l.push(i);
    };
    this.texts.forEach((t, i) => {
      for (let j = 0; j < t.length; j++) {
        const c = t.charCodeAt(j);
        push(uni, c, i);
        if (j + 1 < t.length) push(bi, c * 65536 + t.charCodeAt(j + 1), i);
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

  /** Filtered listing without a query: walk phrases in rank order. */
  private top(o: SearchOptions, limit: number): Phrase[] {
    const out: Phrase[] = [];
    for (let i = 0; i < this.phrases.length && out.length < limit; i++) if (this.accept(i, o)) out.push(this.phrases[i]);
    return out;
  }

  /** Phrase indices containing `term` as a substring, in rank order. */
  /** Posting lists that every phrase containing `term` is on (its bigrams, or its one character); null if some list is empty. */
  private postings(term: string): Int32Array[] | null {
    if (term.length === 1) {
      const l = this.uni.get(term.charCodeAt(0));
      return l ? [l] : null;
    }
    const out: Int32Array[] = [];
    for (let j = 0; j + 1 < term.length; j++) {
      const l = this.bi.get(term.charCodeAt(j) * 65536 + term.charCodeAt(j + 1));
      if (!l) return null;
      out.push(l);
    }
    return out;
  }

  /**
   * Indices (rank order) of phrases containing every term, up to `cap`: the shortest posting list
   * drives, the others are probed by galloping search (all lists are ascending), survivors are verified
   * as real substrings.
   */
  private matchAll(terms: string[], o: SearchOptions, cap: number): number[] {
    const lists: Int32Array[] = [];
    for (const t of terms) {
      const p = this.postings(t);
      if (!p) return [];
      append(lists, p);
    }
    lists.sort((a, b) => a.length - b.length);
    const base = lists[0];
    const others = lists.slice(1);
    const ptr = new Int32Array(others.length);
    const out: number[] = [];
    outer: for (let k = 0; k < base.length && out.length < cap; k++) {
      const i = base[k];
      for (let m = 0; m < others.length; m++) {
        const l = others[m];
        let lo = ptr[m];
        // Gallop then binary-search for the first element >= i.
        let step = 1;
        let hi = lo;
        while (hi < l.length && l[hi] < i) {
          lo = hi + 1;
          hi += step;
          step *= 2;
        }
        hi = Math.min(hi, l.length);
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (l[mid] < i) lo = mid + 1;
          else hi = mid;
        }
        ptr[m] = lo;
        if (lo >= l.length) break outer;
        if (l[lo] !== i) continue outer;
      }
      if (!this.accept(i, o)) continue;
      const t = this.texts[i];
      if (terms.every((term) => t.includes(term))) out.push(i);
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
    if (!q) return this.top(opts, limit);
    const terms = q.split(' ').filter(Boolean);
    // Gather more than `limit` so prefix matches further down the ranking can move up.
    const cap = limit * 3;
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
