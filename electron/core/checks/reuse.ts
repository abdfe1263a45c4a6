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
import { specOf } from '../draft/blocks';
import { inlineText, type Draft } from '../draft/model';
import { CLAUSE_END, sentenceRanges } from '../text/sentences';

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
const REUSE_STOPS = CLAUSE_END + '…';
/** Bound on the sentence cache; it is dropped wholesale when full (cheap to rebuild: one analyze). */
const MAX_CACHE = 100_000;

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Sentence ranges of a text for the reuse check: clauses, and an ellipsis ends one too (see text/sentences.ts). */
export function reuseSentences(text: string): SentenceSpan[] {
  return sentenceRanges(text, REUSE_STOPS);
}

/** A character one of normalizeSentence's rewrites starts at: placeholders, xx/××, digits, full-width letters, #. */
const NEEDS_REWRITE = /[【{xXｘＸ×0-9０-９_＿Ａ-Ｚａ-ｚ#]/;

/** The comparison form of a sentence (see the module comment). Regexes only, no NFKC: this runs over the whole archive. */
export function normalizeSentence(s: string): string {
  // Most sentences hold none of what the first passes rewrite: only punctuation goes (the archive normalises millions).
  if (!NEEDS_REWRITE.test(s)) return s.replace(/[^\p{L}\p{N}#]+/gu, '').toLowerCase();
  return normalizeInFull(s);
}

/** normalizeSentence with every rewrite applied, whatever the sentence holds (its fast path must agree with this). */
export function normalizeInFull(s: string): string {
  return s
    .replace(/【[^】]*】|\{[^}]*\}/g, '#')
    .replace(/(?<![A-Za-zＡ-Ｚａ-ｚ])(?:[xXｘＸ]{2,}|×{2,})(?![A-Za-zＡ-Ｚａ-ｚ])/g, '#')
    .replace(/[0-9０-９_＿][0-9０-９_＿.,%．％]*/g, '#')
    .replace(/[^\p{L}\p{N}#]+/gu, '')
    .replace(/#+/g, '#')
    .replace(/[Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase();
}

interface Match {
  source: ReuseSource;
  similarity: number;
}

interface BlockResult {
  sentences: number;
  spans: { start: number; end: number; match: Match }[];
}

/**
 * The distinct character 3-grams of a normalised sentence, each packed into one number
 * (three UTF-16 code units → c0·2³² + c1·2¹⁶ + c2, exact in a double), sorted. Numbers instead of
 * substrings keep the index build and the lookups free of millions of tiny strings.
 */
let scratch = new Float64Array(256);
/** Note: returns a view of a shared buffer, valid until the next call. */
function shingleKeys(norm: string): Float64Array {
  const n = norm.length - SHINGLE + 1;
  if (n <= 0) return scratch.subarray(0, 0);
  if (n > scratch.length) scratch = new Float64Array(n * 2);
  const keys = scratch.subarray(0, n);
  for (let i = 0; i < n; i++) keys[i] = norm.charCodeAt(i) * 4294967296 + norm.charCodeAt(i + 1) * 65536 + norm.charCodeAt(i + 2);
  keys.sort();
  let u = 0;
  for (let i = 0; i < n; i++) if (i === 0 || keys[i] !== keys[i - 1]) keys[u++] = keys[i];
  return keys.subarray(0, u);
}

/**
 * 3-gram key → dense id, open addressing with linear probing over typed arrays. A Map with
 * double keys boxes every key and dominated the index build (5 M look-ups for a 1,000-doc archive).
 */
class ShingleTable {
  private keys: Float64Array;
  private ids: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    this.keys = new Float64Array(capacity);
    this.ids = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  private slot(key: number): number {
    // Mix the three packed code units (key = c0·2³² + c1·2¹⁶ + c2).
    const lo = key % 4294967296;
    const hi = (key - lo) / 4294967296;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    return (h >>> 0) & this.mask;
  }

  get(key: number): number {
    for (let i = this.slot(key); ; i = (i + 1) & this.mask) {
      const id = this.ids[i];
      if (id < 0 || this.keys[i] === key) return id;
    }
  }

  /** The key's id, adding it with id `this.size` if new. */
  add(key: number): number {
    let i = this.slot(key);
    for (; ; i = (i + 1) & this.mask) {
      const id = this.ids[i];
      if (id < 0) break;
      if (this.keys[i] === key) return id;
    }
    const id = this.size++;
    this.keys[i] = key;
    this.ids[i] = id;
    if (this.size * 2 > this.keys.length) this.grow();
    return id;
  }

  private grow(): void {
    const { keys, ids } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.ids = new Int32Array(keys.length * 2).fill(-1);
    this.mask = this.keys.length - 1;
    for (let j = 0; j < keys.length; j++) {
      if (ids[j] < 0) continue;
      let i = this.slot(keys[j]);
      while (this.ids[i] >= 0) i = (i + 1) & this.mask;
      this.keys[i] = keys[j];
      this.ids[i] = ids[j];
    }
  }
}

/** Pass 1 of the index build, one document at a time (so a big archive can be indexed in slices). */
class IndexBuilder {
  readonly exact = new Map<string, ReuseSource>();
  readonly shingleIds = new ShingleTable();
  readonly sources: ReuseSource[] = [];
  /** Each sentence's sorted 3-gram ids, appended to one growing buffer (no per-sentence arrays). */
  flat = new Int32Array(1 << 16);
  used = 0;
  readonly offs: number[] = [0];
  /** Sentences per 3-gram id. */
  readonly df: number[] = [];

  addDoc(doc: ReuseDoc): void {
    for (const para of doc.paragraphs) {
      for (const r of reuseSentences(para)) {
        const sentence = para.slice(r.start, r.end);
        const norm = normalizeSentence(sentence);
        if (norm.length < MIN_CHARS || this.exact.has(norm)) continue;
        const source = { docId: doc.docId, docTitle: doc.docTitle, sentence };
        this.exact.set(norm, source);
        this.sources.push(source);
        const keys = shingleKeys(norm);
        if (this.used + keys.length > this.flat.length) {
          const bigger = new Int32Array(Math.max(this.flat.length * 2, this.used + keys.length));
          bigger.set(this.flat.subarray(0, this.used));
          this.flat = bigger;
        }
        const { flat, used, df } = this;
        for (let k = 0; k < keys.length; k++) {
          const sid = this.shingleIds.add(keys[k]);
          if (sid === df.length) df.push(0);
          df[sid]++;
          flat[used + k] = sid;
        }
        flat.subarray(used, used + keys.length).sort();
        this.used += keys.length;
        this.offs.push(this.used);
      }
    }
  }
}

export class ReuseIndex {
  private readonly exact: Map<string, ReuseSource>;
  private readonly shingleIds: ShingleTable;
  private readonly sources: ReuseSource[];
  // Flat (CSR) layout: compact and cache-friendly, since a full analyze touches ~10⁵ candidates.
  /** Distinct 3-gram count of each corpus sentence. */
  private readonly lens: Int32Array;
  /** Sentence i's sorted 3-gram ids are shAll[shOff[i] .. shOff[i+1]). */
  private readonly shOff: Int32Array;
  private readonly shAll: Int32Array;
  /** 3-gram g's sentences are postAll[postOff[g] .. postOff[g+1]), ordered by sentence length. */
  private readonly postOff: Int32Array;
  private readonly postAll: Int32Array;
  /**
   * postLen[p] = lens[postAll[p]] (clamped to 65535), stored inline: the length window is then found and
   * scanned in contiguous memory instead of one cache miss per probe (the lookup is memory-bound).
   */
  private readonly postLen: Uint16Array;
  private readonly stamps: Int32Array;
  private stamp = 0;
  private cache = new Map<string, Match | null>();
  private blockCache = new Map<string, BlockResult>();
  /** Corpus sentences indexed (after dropping short and duplicate ones). */
  readonly size: number;

  /**
   * Builds the index in one go (about 2–4 s of CPU for a 1,000-document, 6-million-character archive;
   * use createAsync on a UI thread).
   */
  constructor(docs: ReuseDoc[] | IndexBuilder) {
    let b: IndexBuilder;
    if (docs instanceof IndexBuilder) b = docs;
    else {
      b = new IndexBuilder();
      for (const d of docs) b.addDoc(d);
    }
    this.exact = b.exact;
    this.shingleIds = b.shingleIds;
    this.sources = b.sources;
    const { df } = b;
    const n = b.offs.length - 1;
    this.size = n;
    this.shOff = Int32Array.from(b.offs);
    this.shAll = b.flat.slice(0, b.used);
    this.lens = new Int32Array(n);
    for (let i = 0; i < n; i++) this.lens[i] = this.shOff[i + 1] - this.shOff[i];
    // Pass 2: postings, each list ordered by sentence length (counting sort over lengths).
    this.postOff = new Int32Array(df.length + 1);
    for (let g = 0; g < df.length; g++) this.postOff[g + 1] = this.postOff[g] + df[g];
    this.postAll = new Int32Array(this.postOff[df.length]);
    this.postLen = new Uint16Array(this.postOff[df.length]);
    const fill = this.postOff.slice(0, df.length);
    let maxLen = 0;
    for (let i = 0; i < n; i++) if (this.lens[i] > maxLen) maxLen = this.lens[i];
    const byLenOff = new Int32Array(maxLen + 2);
    for (let i = 0; i < n; i++) byLenOff[this.lens[i] + 1]++;
    for (let l = 0; l <= maxLen; l++) byLenOff[l + 1] += byLenOff[l];
    const byLength = new Int32Array(n);
    for (let i = 0; i < n; i++) byLength[byLenOff[this.lens[i]]++] = i;
    for (let k = 0; k < n; k++) {
      const i = byLength[k];
      const len = Math.min(this.lens[i], 65535);
      for (let p = this.shOff[i], e = this.shOff[i + 1]; p < e; p++) {
        const slot = fill[this.shAll[p]]++;
        this.postAll[slot] = i;
        this.postLen[slot] = len;
      }
    }
    this.stamps = new Int32Array(n);
  }

  /**
   * The same index, built in slices of about `sliceMs` milliseconds with `pause` (by default a macrotask)
   * before the first and between them, so a UI thread stays responsive while a large archive is indexed.
   * `signal` aborts (rejects with its reason).
   */
  static async createAsync(docs: ReuseDoc[], opts: { sliceMs?: number; signal?: AbortSignal; pause?: () => Promise<void> } = {}): Promise<ReuseIndex> {
    const sliceMs = opts.sliceMs ?? 12;
    // Between slices; a UI passes one that waits for idle time, so the index is built when nothing else runs.
    const pause = opts.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    const b = new IndexBuilder();
    await pause();
    opts.signal?.throwIfAborted();
    let t = Date.now();
    for (const d of docs) {
      b.addDoc(d);
      if (Date.now() - t >= sliceMs) {
        await pause();
        opts.signal?.throwIfAborted();
        t = Date.now();
      }
    }
    opts.signal?.throwIfAborted();
    return new ReuseIndex(b);
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
    const keys = shingleKeys(norm);
    const q = keys.length;
    if (q === 0) return null;
    const { postOff, postAll, postLen, shOff, shAll, stamps } = this;
    // Known 3-grams packed as df·2²⁸ + id (exact in a double: df < 2²⁵ sentences, id < 2²⁸ 3-grams), so one numeric sort orders them rarest first.
    const packed = new Float64Array(q);
    let nKnown = 0;
    for (let k = 0; k < q; k++) {
      const sid = this.shingleIds.get(keys[k]);
      if (sid >= 0) packed[nKnown++] = (postOff[sid + 1] - postOff[sid]) * 268435456 + sid;
    }
    const known = packed.subarray(0, nKnown).sort();
    for (let k = 0; k < nKnown; k++) known[k] = known[k] % 268435456;
    const t = JACCARD_THRESHOLD;
    const minOverlap = Math.ceil(t * q - 1e-9);
    if (known.length < minOverlap) return null;
    // Unknown 3-grams are the rarest of all (no postings) and fill the prefix first.
    const prefixKnown = q - minOverlap + 1 - (q - known.length);
    if (prefixKnown <= 0) return null;
    const query = Int32Array.from(known).sort();
    const minLen = Math.ceil(t * q - 1e-9);
    const maxLen = Math.floor(q / t + 1e-9);
    if (++this.stamp === 0x7fffffff) {
      stamps.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    let bestId = -1;
    let bestSim = 0;
    for (let k = 0; k < prefixKnown; k++) {
      const g = known[k];
      // Postings are ordered by length: binary-search the first candidate long enough.
      let lo = postOff[g];
      let hi = postOff[g + 1];
      const end = hi;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (postLen[mid] < minLen) lo = mid + 1;
        else hi = mid;
      }
      for (let p = lo; p < end; p++) {
        const s = postLen[p];
        if (s > maxLen) break;
        const cid = postAll[p];
        if (stamps[cid] === stamp) continue;
        stamps[cid] = stamp;
        // J ≥ t ⇔ inter ≥ t/(1+t)·(q+s): stop merging once that many can no longer be shared.
        const need = Math.ceil((t / (1 + t)) * (q + s) - 1e-9);
        const maxMissQ = q - need;
        const maxMissC = s - need;
        let missQ = q - query.length; // unknown 3-grams are missing from every candidate
        let missC = 0;
        let inter = 0;
        let i = 0;
        let j = shOff[cid];
        const jEnd = shOff[cid + 1];
        while (i < query.length && j < jEnd && missQ <= maxMissQ && missC <= maxMissC) {
          const a = query[i];
          const b = shAll[j];
          if (a === b) {
            inter++;
            i++;
            j++;
          } else if (a < b) {
            i++;
            missQ++;
          } else {
            j++;
            missC++;
          }
        }
        if (missQ > maxMissQ || missC > maxMissC) continue;
        const sim = inter / (q + s - inter);
        if (sim >= t && sim > bestSim) {
          bestSim = sim;
          bestId = cid;
        }
      }
    }
    return bestId < 0 ? null : { source: this.sources[bestId], similarity: bestSim };
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

  /** Reuse of the draft's body: every kind its spec marks spoken (not the title, whose wording is prescribed). */
  analyze(draft: Draft): ReuseResult {
    const blockCache = new Map<string, BlockResult>();
    let sentences = 0;
    const spans: ReuseSpan[] = [];
    draft.content.forEach((block, blockIndex) => {
      if (!specOf(block).spoken) return;
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
