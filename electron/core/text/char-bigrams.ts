/**
 * Topic similarity between short Chinese texts by character bigrams. Chinese has no spaces, and a word
 * segmenter splits 公文 terms unpredictably (高质量|发展, 实体|经济); overlapping two-character windows
 * catch the same terms without a dictionary, deterministically and fast. Only runs of Han characters
 * count: figures, years and punctuation say nothing about what a passage is about.
 * Pure: no Node, Electron or DOM imports.
 */

const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

/** Every Han bigram of `text`, in order, with repeats (a one-character run yields that character). */
export function hanBigrams(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

export function termCounts(terms: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Inverse document frequency with the BM25 (Robertson–Spärck Jones) form, never negative. */
export function idf(docCount: number, docFreq: number): number {
  return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
}

/** Document frequency of each term over a list of term sets. */
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
 * Okapi BM25 score of each document for the query (terms given as lists, e.g. from hanBigrams).
 * IDF comes from the documents themselves, so a term every candidate shares (工作, 发展) weighs little.
 */
export function bm25Scores(query: string[], docs: string[][], { k1 = 1.2, b = 0.75 }: Bm25Options = {}): number[] {
  const n = docs.length;
  if (n === 0) return [];
  const qTerms = [...new Set(query)];
  const counts = docs.map(termCounts);
  const df = documentFrequencies(docs);
  const avgLen = docs.reduce((s, d) => s + d.length, 0) / n || 1;
  return counts.map((tf, i) => {
    const norm = k1 * (1 - b + (b * docs[i].length) / avgLen);
    let score = 0;
    for (const t of qTerms) {
      const f = tf.get(t);
      if (!f) continue;
      score += idf(n, df.get(t) ?? 0) * ((f * (k1 + 1)) / (f + norm));
    }
    return score;
  });
}

/**
 * How much of `needle`'s vocabulary `hay` contains (0…1), each bigram weighted by `weight` (default 1):
 * “does this paragraph talk about that heading”, not “are they alike” (a long paragraph is not
 * penalised for saying more).
 */
export function weightedContainment(needle: string[], hay: Set<string>, weight: (term: string) => number = () => 1): number {
  let total = 0;
  let found = 0;
  for (const t of new Set(needle)) {
    const w = weight(t);
    total += w;
    if (hay.has(t)) found += w;
  }
  return total > 0 ? found / total : 0;
}
