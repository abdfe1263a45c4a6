/** Questions asked before the app's code loaded (host/early.ts) are asked once, and their answers go to the first caller. */
import { afterEach, describe, expect, it, vi } from 'vitest';

const g = globalThis as unknown as { window?: { gongwenHost?: unknown } };
afterEach(() => {
  delete g.window;
  vi.useRealTimers();
  vi.resetModules();
});

function fakeHost() {
  let n = 0;
  const calls: string[] = [];
  g.window = {
    gongwenHost: {
      kind: 'electron',
      prefsGet: () => (calls.push('prefsGet'), Promise.resolve({ n: ++n })),
      corpusSkeletons: (genre?: string) => (calls.push(`corpusSkeletons(${genre ?? ''})`), Promise.resolve([genre ?? 'all', ++n])),
      corpusStatus: () => (calls.push('corpusStatus'), Promise.reject({ name: 'HostError', message: '语料库不可用', code: 'UNAVAILABLE' })),
    },
  };
  return calls;
}

describe('early questions', () => {
  it('the first call without arguments takes the early answer; later calls, and calls with arguments, ask again', async () => {
    const calls = fakeHost();
    const { askEarly, host } = await import('./index');
    askEarly(['prefsGet', 'corpusSkeletons']);
    expect(calls).toEqual(['prefsGet', 'corpusSkeletons()']);
    expect(await host.prefsGet()).toEqual({ n: 1 });
    expect(calls).toHaveLength(2); // answered by the early question, not asked again
    expect(await host.prefsGet()).toEqual({ n: 3 });
    expect(await host.corpusSkeletons('讲话稿' as never)).toEqual(['讲话稿', 4]);
    expect(calls).toEqual(['prefsGet', 'corpusSkeletons()', 'prefsGet', 'corpusSkeletons(讲话稿)']);
  });

  it('a failed early question fails its first caller the same way, and an answer left too long is not used', async () => {
    fakeHost();
    vi.useFakeTimers();
    const { askEarly, host } = await import('./index');
    askEarly(['corpusStatus', 'prefsGet']);
    await expect(host.corpusStatus()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    vi.advanceTimersByTime(6000);
    expect(await host.prefsGet()).toEqual({ n: 2 });
  });
});
