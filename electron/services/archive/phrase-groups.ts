/**
 * How phrases from different documents become one phrase, incrementally. The engine (core/corpus/phrases.ts)
 * extracts, placeholders, merges and ranks phrases within a corpus; the archive runs it on one document at a
 * time and merges its phrases into the stored ones with the engine's own rule: the same category and the
 * same text once punctuation and 的/地/了 are dropped, or (near-identical) a bigram Jaccard ≥ 0.8 with
 * lengths within 80% among phrases sharing the first or last three characters.
 *
 * The rank of a merged phrase is the best score the engine gave it in any one document plus 10 per further
 * document using it — the engine's own weight for spread across documents — so a phrase many reports use
 * rises without re-reading any of them. (Asked of the engine: export its group key and its score so this
 * file can call them instead of mirroring them.)
 */

/** The engine's exact-duplicate key (phrases.ts dedupeKey), prefixed with the category. */
export function groupKey(category: string, text: string): string {
  return category + '|' + text.replace(/[\s，。；：！？、“”‘’（）《》…,.;:!?的地了]/g, '');
}

export function headTail(gkey: string): { head: string; tail: string } {
  const bare = gkey.slice(gkey.indexOf('|') + 1);
  return { head: bare.slice(0, 3), tail: bare.slice(-3) };
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** The engine's near-identical test between two group keys of one category. */
export function nearIdentical(a: string, b: string): boolean {
  const lr = Math.min(a.length, b.length) / Math.max(a.length, b.length);
  if (lr < 0.8) return false;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let inter = 0;
  for (const x of ga) if (gb.has(x)) inter++;
  return inter / Math.max(1, ga.size + gb.size - inter) >= 0.8;
}

/** At most this many stored phrases of a bucket are compared with a new one (the most used first), so merging stays linear. */
export const BUCKET_PROBE = 48;

/** Weight of each further document using a phrase (the engine's `10 * docs`). */
export const PER_DOCUMENT = 10;

/** A phrase's letters and digits as space-separated tokens, for the character index (phrases_chars). */
export function spacedChars(text: string): string {
  return [...text.toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c)).join(' ');
}
