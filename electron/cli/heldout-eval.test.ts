/**
 * The engine measured on the held-out documents (electron/core/corpus/fixtures/heldout: 51 real public
 * documents in eleven folders, each labelled by reading it before the engine was run on it; the READMEs there
 * record the sources).
 * A regression guard, not a target: the thresholds sit below what was measured when the set was made
 * (tune + final pooled: genre 17/17, headings recall 31/31, precision 31/35, roles 29/31, 问题 part 16/17; batch 3,
 * before the rules its page shapes asked for: genre 2/5, recall 16/26; batch 4 before: genre 3/5, recall 11/14,
 * roles 5/11; batch 5 before: genre 1/4, recall 0/6; batch 6 before: genre 0/3, recall 6/10, 问题 0/3; batch 7 before:
 * genre 3/4, roles 6/9; batch 8 before: recall 15/17, roles 10/15, 问题 2/3;
 * batch 9 before: genre 3/4, roles 11/16, 问题 1/4; batch 10 before: genre 2/4, recall 5/12),
 * far enough below that one more miss anywhere passes and a class of misses does not. The set is small
 * (one document moves the genre and 问题 measures by 6 points), so these figures say little on their own
 * about documents nobody has seen; the README beside the files says how they were gathered and their limits.
 * Kept apart from eval.test.ts because that one needs ../shared/corpus/real beside the repository and has
 * the targets; this one uses files in the repository and always runs.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarize } from '../core/corpus/evaluate';
import { evaluateDir, readLabels } from './eval';

const ROOT = fileURLToPath(new URL('../core/corpus/fixtures/heldout', import.meta.url));

/**
 * Measured 100% / 100% / 89% / 94% / 94% on tune + final when the set was made; 94% / 96% / 95% / 93% / 86% on all
 * seven folders (36 documents) after session 9's rules; 100% / 100% / 99% / 93% / 90% on all eight (40) after session 10's.
 * With batch 8 (43 documents): 100% / 98% / 99% / 93% / 88%. With batch 9 (47, session 11): 100% / 99% / 99% / 92% / 83%
 * (three 任正非 speeches whose shortcomings are stated inside their parts, labelled as having a 问题 part, are missed).
 * With batch 10 (51): 98% / 97% / 99% / 93% / 82%. The 问题 floor went from 85% to 80% with batch 6, whose three
 * stated-problems parts the engine misses (a class left open), so that one more miss still passes.
 * Session 12's cues for problems stated in other words (问题在于, 长期存在…问题, 有待提高, a 必须看到 turn; the 述职's
 * 有进步也有不足 no longer one) were made by reading this set's misses, so for 问题 it is no longer held out: 90% here,
 * the floor back at 85%. Batch 11 (2 documents, run once before any change): genre 1/2, headings 4/9, roles 1/4,
 * 问题 1/2 — a newspaper feature's part titles set as `“关键词”  短语` were one wrapped paragraph, 目标要求 was no
 * requirements word. With both mended, all 53: 100% / 99% / 99% / 93% / 89%. Batch 12 (2, run once): genre 1/2,
 * headings 4/7, roles 4/4, 问题 2/2 — a feature's parts set as a keyword over a subtitle; with that mended, all 55:
 * 100% / 99% / 99% / 93% / 89%.
 */
const FLOOR = { genre: 0.9, recall: 0.9, precision: 0.8, role: 0.85, problems: 0.85 } as const;

describe('eval on the held-out set (fixtures/heldout: tune, final, batch2 to batch12)', () => {
  it(`stays above its floor: genre ≥ ${FLOOR.genre * 100}%, recall ≥ ${FLOOR.recall * 100}%, precision ≥ ${FLOOR.precision * 100}%, roles ≥ ${FLOOR.role * 100}%, 问题 ≥ ${FLOOR.problems * 100}%`, async () => {
    const scores = [];
    for (const [part, n] of [['tune', 12], ['final', 5], ['batch2', 2], ['batch3', 5], ['batch4', 5], ['batch5', 4], ['batch6', 3], ['batch7', 4], ['batch8', 3], ['batch9', 4], ['batch10', 4], ['batch11', 2], ['batch12', 2]] as const) {
      const labels = await readLabels(`${ROOT}/${part}/labels.json`);
      expect(labels, part).toHaveLength(n);
      const r = await evaluateDir(`${ROOT}/${part}`, labels);
      expect(r.missing, part).toEqual([]);
      scores.push(...r.scores);
    }
    const m = summarize(scores);
    expect(m.documents).toBe(55);
    expect(
      { genre: m.genre >= FLOOR.genre, recall: m.recall >= FLOOR.recall, precision: m.precision >= FLOOR.precision, role: m.role >= FLOOR.role, problems: m.problems >= FLOOR.problems },
      JSON.stringify(m),
    ).toEqual({ genre: true, recall: true, precision: true, role: true, problems: true });
  });
});
