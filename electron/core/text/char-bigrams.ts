/**
 * Topic similarity between Chinese texts by character bigrams. Chinese has no spaces, and a word segmenter
 * splits 公文 terms unpredictably (高质量|发展, 实体|经济); overlapping two-character windows catch the same
 * terms without a dictionary, deterministically and fast. Only runs of Han characters count: figures, years
 * and punctuation say nothing about what a passage is about.
 * Pure: no Node, Electron or DOM imports.
 */

const isHanCode = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/**
 * Calls `f` with each Han bigram of `text` as a number (its two UTF-16 code units; a one-character run gives
 * that character's code), so ranking thousands of passages builds no strings.
 */
function forEachBigram(text: string, f: (code: number) => void): void {
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const han = i < text.length && isHanCode(text.charCodeAt(i));
    if (han) {
      if (runStart < 0) runStart = i;
      else f(text.charCodeAt(i - 1) * 0x10000 + text.charCodeAt(i));
    } else if (runStart >= 0) {
      if (i - runStart === 1) f(text.charCodeAt(runStart));
      runStart = -1;
    }
  }
}

/** Every Han bigram of `text`, in order, with repeats (a one-character run yields that character). */
export function hanBigrams(text: string): string[] {
  const out: string[] = [];
  forEachBigram(text, (code) => out.push(code > 0xffff ? String.fromCharCode(Math.floor(code / 0x10000), code % 0x10000) : String.fromCharCode(code)));
  return out;
}

/** Inverse document frequency in the BM25 (Robertson–Spärck Jones) form, never negative. */
export function idf(docCount: number, docFreq: number): number {
  return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
}

/** Document frequency of each term over a list of term lists. */
export function documentFrequencies(docs: Iterable<Iterable<string>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

export interface Bm25Options {
  k1?: number;
  b?: number;
}

/**
 * Okapi BM25 score of each text for the query, over Han bigrams. IDF comes from the texts themselves, so a
 * bigram every candidate shares (工作, 发展) weighs little. One pass over each text, counting only the
 * query's bigrams.
 */
export function bm25Scores(query: string, texts: string[], { k1 = 1.2, b = 0.75 }: Bm25Options = {}): number[] {
  const n = texts.length;
  const slot = new Map<number, number>();
  forEachBigram(query, (code) => {
    if (!slot.has(code)) slot.set(code, slot.size);
  });
  if (n === 0 || slot.size === 0) return texts.map(() => 0);
  const q = slot.size;
  const tf = new Float64Array(n * q);
  const lengths = new Float64Array(n);
  const df = new Float64Array(q);
  texts.forEach((text, d) => {
    let len = 0;
    forEachBigram(text, (code) => {
      len++;
      const s = slot.get(code);
      if (s !== undefined && tf[d * q + s]++ === 0) df[s]++;
    });
    lengths[d] = len;
  });
  const avgLen = lengths.reduce((s, l) => s + l, 0) / n || 1;
  const weights = Array.from(df, (f) => idf(n, f));
  const scores: number[] = [];
  for (let d = 0; d < n; d++) {
    const norm = k1 * (1 - b + (b * lengths[d]) / avgLen);
    let score = 0;
    for (let s = 0; s < q; s++) {
      const f = tf[d * q + s];
      if (f) score += weights[s] * ((f * (k1 + 1)) / (f + norm));
    }
    scores.push(score);
  }
  return scores;
}
