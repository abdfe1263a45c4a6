/**
 * Near-duplicate lookup for phrase grouping, in time linear in the number of phrases. Two phrases are
 * near-duplicates when their character-bigram sets have Jaccard similarity ≥ 0.8 and their lengths are
 * within 80% of each other. Comparing each new phrase with every earlier one sharing its first or last
 * characters (the old way) is quadratic on formulaic text, where thousands of phrases open with
 * 要进一步加强…; here each phrase is indexed under its rarest bigrams only (prefix filtering, as in
 * set-similarity joins: two sets with Jaccard ≥ t must share one of their |s| − ⌈t·|s|⌉ + 1 rarest
 * tokens), so a lookup touches the few phrases that share a rare bigram. The rarity order is fixed
 * before the first lookup (from every phrase's bigrams), which keeps the result deterministic.
 */

export const JACCARD = 0.8;
export const LENGTH_RATIO = 0.8;
/** Safety net for pathological input (every bigram of a phrase common): at most this many entries are looked at per lookup. */
const MAX_SCANNED = 48;

export function bigrams(s: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return [...out];
}

/** Jaccard similarity of two sets of distinct bigrams (`b` without repeats). */
export function jaccard(a: ReadonlySet<string>, b: readonly string[]): number {
  let inter = 0;
  for (const x of b) if (a.has(x)) inter++;
  return inter / Math.max(1, a.size + b.length - inter);
}

interface Entry<T> {
  value: T;
  length: number;
  grams: Set<string>;
  order: number;
}

export class NearDuplicateIndex<T> {
  private readonly rank = new Map<string, number>();
  private readonly postings = new Map<string, Entry<T>[]>();
  private added = 0;

  /** `allGrams`: the bigram lists of every phrase that will be looked up or added (fixes the rarity order). */
  constructor(allGrams: Iterable<readonly string[]>) {
    const freq = new Map<string, number>();
    for (const gs of allGrams) for (const g of gs) freq.set(g, (freq.get(g) ?? 0) + 1);
    const order = [...freq.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    order.forEach(([g], i) => this.rank.set(g, i));
  }

  private prefix(grams: readonly string[]): string[] {
    // Each bigram's rank looked up once (not twice per comparison), then the ranks sorted as numbers.
    const ranked = grams.map((g, i) => ({ r: this.rank.get(g) ?? -1, i }));
    ranked.sort((a, b) => a.r - b.r);
    const keep = Math.max(1, grams.length - Math.ceil(JACCARD * grams.length) + 1);
    return ranked.slice(0, keep).map((x) => grams[x.i]);
  }

  /** The earliest-added value near-duplicate of a phrase (`space` separates categories that must not merge). */
  find(space: string, length: number, grams: readonly string[]): T | undefined {
    let best: Entry<T> | undefined;
    let scanned = 0;
    for (const g of this.prefix(grams)) {
      for (const e of this.postings.get(space + '\u0000' + g) ?? []) {
        if (best && e.order >= best.order) break; // postings are in insertion order
        if (++scanned > MAX_SCANNED) return best?.value;
        if (Math.min(e.length, length) / Math.max(e.length, length) < LENGTH_RATIO) continue;
        if (jaccard(e.grams, grams) >= JACCARD) best = e;
      }
    }
    return best?.value;
  }

  add(space: string, length: number, grams: readonly string[], value: T): void {
    const e: Entry<T> = { value, length, grams: new Set(grams), order: this.added++ };
    for (const g of this.prefix(grams)) {
      const k = space + '\u0000' + g;
      const list = this.postings.get(k);
      if (list) list.push(e);
      else this.postings.set(k, [e]);
    }
  }
}
