/**
 * Phrases a secretary would reuse: the top 100 over the seed plus ../shared/corpus/real (beside the
 * repository, as in CI) are checked against a list reviewed by hand (fixtures/top-100-phrases.json).
 * A phrase entering the top 100 unreviewed fails the test: review it and add it to the list.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultCorpusPath, importPaths } from '../services/corpus-files';
import { extractPhrases } from '../core/corpus/phrases';
import { REAL_DIR } from '../test-support/real-corpus';

const DIR = REAL_DIR.replace(/\/$/, '');
const REVIEWED = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/top-100-phrases.json', import.meta.url)), 'utf8')) as {
  phrases: { category: string; text: string; reusable: boolean; note?: string }[];
};

describe('the top 100 phrases of the seed and the real documents', () => {
  it('are reviewed, and at least 95 of them are reusable as they stand', async () => {
    expect(existsSync(DIR), `missing ${DIR}: the evaluation set (../shared/corpus/real or its kept copy) is missing`).toBe(true);
    const files = [defaultCorpusPath(), ...readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => `${DIR}/${f}`)];
    const top = extractPhrases(await importPaths(files)).slice(0, 100);
    expect(top).toHaveLength(100);
    const review = new Map(REVIEWED.phrases.map((p) => [`${p.category}|${p.text}`, p]));
    const unreviewed = top.filter((p) => !review.has(`${p.category}|${p.text}`)).map((p) => `${p.category}|${p.text}`);
    expect(unreviewed, 'new phrases in the top 100: review them and add them to electron/cli/fixtures/top-100-phrases.json').toEqual([]);
    const reusable = top.filter((p) => review.get(`${p.category}|${p.text}`)!.reusable).length;
    expect(reusable).toBeGreaterThanOrEqual(95);
  });
});
