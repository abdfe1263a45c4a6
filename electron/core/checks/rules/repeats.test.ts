import { describe, expect, it } from 'vitest';
import { buildContext } from '../context';
import { draftOf, p, SETTINGS, seedLines } from '../test-helpers';
import { repeatsRule } from './repeats';

const run = (...texts: string[]) => repeatsRule.run(buildContext(draftOf(texts.map((t) => p(t))), SETTINGS));

describe('repeats rule', () => {
  it('flags 的的 and 了了 with a fix that deletes one', () => {
    const found = run('这是我们的的重要任务，完成了了全年目标。');
    expect(found.map((f) => [f.start, f.end, f.fix?.replacement])).toEqual([
      [4, 6, '的'],
      [13, 15, '了'],
    ]);
  });
  it('flags a word typed twice', () => {
    const [f] = run('要进一步进一步加强领导。');
    expect(f).toMatchObject({ start: 1, end: 7, fix: { replacement: '进一步' } });
  });
  it('leaves reduplication and compounds alone', () => {
    expect(run('以实实在在的成效达到目的的同时，为了了解情况，不了了之的问题，关键是是否落实，稳定和和谐，刚刚成立，紧紧围绕，研究研究。')).toEqual([]);
  });
  it('finds nothing in the whole seed corpus (its doubled characters are all legitimate)', () => {
    const body = seedLines().filter((l) => l.trim() && !l.startsWith('第'));
    expect(run(...body)).toEqual([]);
  });
});
