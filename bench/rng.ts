/**
 * Seeded randomness and order statistics for benchmarks and randomised tests. No imports and no
 * import.meta, so any runner (Vitest, Playwright, tsx) can load it.
 */

/** mulberry32: small, fast, seeded, so synthetic inputs are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

/** Nearest-rank quantile of an ascending array. */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summarize(samples: number[]): { runs: number; median: number; p95: number; min: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return { runs: s.length, median: r3(quantile(s, 0.5)), p95: r3(quantile(s, 0.95)), min: r3(s[0] ?? 0), max: r3(s[s.length - 1] ?? 0) };
}
