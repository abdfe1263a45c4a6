import { describe, expect, it } from 'vitest';
import { runReuseBench } from './reuse';

// The timing target is measured by `npx tsx bench/reuse.ts` (shared CI machines make timing asserts flaky);
// this test checks that the benchmark's data and its accuracy figures are what they claim.
describe('reuse benchmark (small run)', () => {
  it('plants about half copied sentences and the index finds them', () => {
    const r = runReuseBench({ docs: 60, draftChars: 8000, runs: 2, write: false, log: false });
    expect(r.draft.chars).toBeGreaterThanOrEqual(8000);
    expect(r.corpus.indexedSentences).toBeGreaterThan(1000);
    expect(r.draft.ratio).toBeGreaterThan(0.35);
    expect(r.draft.ratio).toBeLessThan(0.65);
    expect(r.draft.truePositives).toBeGreaterThanOrEqual(0.97 * r.draft.plantedCopies);
    expect(r.draft.falsePositives).toBeLessThanOrEqual(0.05 * r.draft.detectedCopies);
    expect(r.full.runs).toBe(2);
    expect(r.incremental.medianMs).toBeLessThan(r.full.medianMs);
  });
});
