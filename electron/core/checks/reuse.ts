/**
 * Reuse ratio (复用率): the share of the draft's sentences found verbatim or near-verbatim in the
 * corpus (the user's archive of past reports), with where each copied sentence came from.
 *
 * - Sentences split on 。！？；… (and half-width !?;) and at line ends.
 * - Each sentence is normalised: punctuation and spaces removed, digit runs / blanks / year
 *   placeholders (2024, 20_, 【年份】, {年份}, xx) folded to one `#`, Latin lowercased. Sentences
 *   shorter than MIN_CHARS normalised characters (同志们：, 一是…) are too generic to count either way.
 * - Match = equal normalised text, or Jaccard similarity ≥ 0.8 of the character 3-gram sets.
 *   Candidates come from a 3-gram → sentence inverted index with prefix filtering: a sentence
 *   reaching the threshold must share one of the query's (q − ⌈0.8·q⌉ + 1) rarest 3-grams, so only
 *   those short posting lists are read, then each candidate is verified exactly.
 * - Results are cached per normalised sentence and per block text, so after an edit only the
 *   edited sentence is looked up again (see bench/reuse.ts for timings).
 */
import { inlineText, type Draft } from '../draft/model';
import { isSpace } from './text';

export interface ReuseSource {
  docId: string;
  docTitle: string;
  /** The corpus sentence as written there. */
  sentence: string;
}

export interface ReuseSpan {
  blockIndex: number;
  /** Offsets into inlineText(content[blockIndex].children), like Finding. */
  start: number;
  end: number;
  source: ReuseSource;
  /** 1 for equal normalised text, else the 3-gram Jaccard similarity (≥ 0.8). */
  similarity: number;
}

export interface ReuseResult {
  /** copied / sentences (0 for a draft with no countable sentence). */
  ratio: number;
  sentences: number;
  copied: number;
  spans: ReuseSpan[];
}

export interface ReuseDoc {
  docId: string;
  docTitle: string;
  paragraphs: string[];
}

export const MIN_CHARS = 8;
export const JACCARD_THRESHOLD = 0.8;
const SHINGLE = 3;
const TERMINATORS = new Set([...'。！？；…!?;']);
/** Bound on the sentence cache; it is dropped wholesale when full (cheap to rebuild: one analyze). */
const MAX_CACHE = 100_000;

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Sentence ranges of a text for the reuse check (terminator runs and closing quotes stay with the sentence). */
export function reuseSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && (isSpace(text[s]) || text[s] === '>')) s++;
    let e = end;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') {
      push(i);
      start = ++i;
    } else if (TERMINATORS.has(ch)) {
      let j = i + 1;
      while (j < text.length && TERMINATORS.has(text[j])) j++;
      while (j < text.length && /[”’」』）)》]/.test(text[j])) j++;
      push(j);
      start = i = j;
    } else i++;
  }
  push(text.length);
  return out;
}

/** The comparison form of a sentence (see the module comment). */
export function normalizeSentence(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/【[^】]*】|\{[^}]*\}/g, '#')
    .replace(/(?<![A-Za-z])(?:[xX]{2,}|×{2,})(?![A-Za-z])/g, '#')
    .replace(/[0-9_][0-9_.,%]*/g, '#')
    .replace(/[^\p{L}\p{N}#]+/gu, '')
    .replace(/#+/g, '#')
    .toLowerCase();
}

interface Match {
  source: ReuseSource;
  similarity: number;
}

interface CorpusSentence {
  source: ReuseSource;
  /** Sorted unique 3-gram ids. */
  shingles: Int32Array;
}

interface BlockResult {
  sentences: number;
  spans: { start: number; end: number; match: Match }[];
}

function shingleStrings(norm: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= norm.length; i++) out.add(norm.slice(i, i + SHINGLE));
  return out;
}

export class ReuseIndex {
  private readonly exact = new Map<string, ReuseSource>();
  private readonly shingleIds = new Map<string, number>();
  private readonly postings: number[][] = [];
  private readonly sentencesById: CorpusSentence[] = [];
  private stamps = new Int32Array(0);
  private stamp = 0;
  private cache = new Map<string, Match | null>();
  private blockCache = new Map<string, BlockResult>();
  /** Corpus sentences indexed (after dropping short and duplicate ones). */
  readonly size: number;

  constructor(docs: ReuseDoc[]) {
    for (const doc of docs) {
      for (const para of doc.paragraphs) {
        for (const r of reuseSentences(para)) {
          const sentence = para.slice(r.start, r.end);
          const norm = normalizeSentence(sentence);
          if (norm.length < MIN_CHARS || this.exact.has(norm)) continue;
          const source = { docId: doc.docId, docTitle: doc.docTitle, sentence };
          this.exact.set(norm, source);
          const id = this.sentencesById.length;
          const ids: number[] = [];
          for (const sh of shingleStrings(norm)) {
            let sid = this.shingleIds.get(sh);
            if (sid === undefined) {
              sid = this.postings.length;
              this.shingleIds.set(sh, sid);
              this.postings.push([]);
            }
            this.postings[sid].push(id);
            ids.push(sid);
          }
          this.sentencesById.push({ source, shingles: Int32Array.from(ids).sort() });
        }
      }
    }
    this.size = this.sentencesById.length;
    this.stamps = new Int32Array(this.size);
  }

  /** Forget cached lookups (the next analyze recomputes every sentence). */
  clearCache(): void {
    this.cache = new Map();
    this.blockCache = new Map();
  }

  /** The corpus sentence a (normalised) draft sentence copies, or null. */
  private lookup(norm: string): Match | null {
    const exact = this.exact.get(norm);
    if (exact) return { source: exact, similarity: 1 };
    const known: number[] = [];
    let q = 0;
    for (const sh of shingleStrings(norm)) {
      q++;
      const sid = this.shingleIds.get(sh);
      if (sid !== undefined) known.push(sid);
    }
    if (q === 0) return null;
    const minOverlap = Math.ceil(JACCARD_THRESHOLD * q);
    if (known.length < minOverlap) return null;
    // Unknown 3-grams are the rarest of all (no postings) and fill the prefix first.
    const prefixKnown = q - minOverlap + 1 - (q - known.length);
    if (prefixKnown <= 0) return null;
    known.sort((a, b) => this.postings[a].length - this.postings[b].length);
    const query = Int32Array.from(known).sort();
    const minLen = JACCARD_THRESHOLD * q;
    const maxLen = q / JACCARD_THRESHOLD;
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    let best: Match | null = null;
    for (let k = 0; k < prefixKnown; k++) {
      for (const cid of this.postings[known[k]]) {
        if (this.stamps[cid] === this.stamp) continue;
        this.stamps[cid] = this.stamp;
        const cand = this.sentencesById[cid].shingles;
        if (cand.length < minLen || cand.length > maxLen) continue;
        let inter = 0;
        for (let i = 0, j = 0; i < query.length && j < cand.length; ) {
          if (query[i] === cand[j]) {
            inter++;
            i++;
            j++;
          } else if (query[i] < cand[j]) i++;
          else j++;
        }
        const sim = inter / (q + cand.length - inter);
        if (sim >= JACCARD_THRESHOLD && (!best || sim > best.similarity)) best = { source: this.sentencesById[cid].source, similarity: sim };
      }
    }
    return best;
  }

  private analyzeBlock(text: string): BlockResult {
    const res: BlockResult = { sentences: 0, spans: [] };
    for (const r of reuseSentences(text)) {
      const norm = normalizeSentence(text.slice(r.start, r.end));
      if (norm.length < MIN_CHARS) continue;
      res.sentences++;
      let m = this.cache.get(norm);
      if (m === undefined) {
        m = this.lookup(norm);
        if (this.cache.size >= MAX_CACHE) this.cache = new Map();
        this.cache.set(norm, m);
      }
      if (m) res.spans.push({ start: r.start, end: r.end, match: m });
    }
    return res;
  }

  /** Reuse of the draft's body (every block but the title, whose wording is prescribed). */
  analyze(draft: Draft): ReuseResult {
    const blockCache = new Map<string, BlockResult>();
    let sentences = 0;
    const spans: ReuseSpan[] = [];
    draft.content.forEach((block, blockIndex) => {
      if (block.type === 'title') return;
      const text = inlineText(block.children);
      let r = blockCache.get(text) ?? this.blockCache.get(text);
      if (!r) r = this.analyzeBlock(text);
      blockCache.set(text, r);
      sentences += r.sentences;
      for (const s of r.spans) spans.push({ blockIndex, start: s.start, end: s.end, source: s.match.source, similarity: s.match.similarity });
    });
    // Keep only the blocks of this version, so the block cache never outgrows the draft.
    this.blockCache = blockCache;
    return { ratio: sentences ? spans.length / sentences : 0, sentences, copied: spans.length, spans };
  }
}
