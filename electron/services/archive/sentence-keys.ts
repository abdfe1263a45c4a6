/** The keys a normalised sentence is stored and looked up under for 复用率 (used by the worker and the queries alike). */

/** 52-bit FNV-style hash of a normalised sentence (equality is always checked on the text itself). */
export function sentenceHash(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
}

export function distinctTrigrams(norm: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= norm.length; i++) out.add(norm.slice(i, i + 3));
  return out;
}

/** How many distinct character 3-grams a normalised sentence has (packed into numbers: no substrings made). */
export function trigramCount(norm: string): number {
  const n = norm.length - 2;
  if (n <= 0) return 0;
  // Sorted in a typed array and counted where they change: no Set per sentence (this runs for every sentence imported).
  const grams = n <= GRAMS.length ? GRAMS.subarray(0, n) : new Float64Array(n);
  for (let i = 0; i < n; i++) grams[i] = norm.charCodeAt(i) * 4294967296 + norm.charCodeAt(i + 1) * 65536 + norm.charCodeAt(i + 2);
  grams.sort();
  let distinct = 1;
  for (let i = 1; i < n; i++) if (grams[i] !== grams[i - 1]) distinct++;
  return distinct;
}

const GRAMS = new Float64Array(1024);

