import { describe, expect, it } from 'vitest';
import { groupDigits } from './StatusBar';

describe('groupDigits', () => {
  it('writes counts as zh-CN does (without loading ICU)', () => {
    for (const n of [0, 7, 999, 1000, 35841, 40491, 999999, 1000000, 123456789]) expect(groupDigits(n)).toBe(n.toLocaleString('zh-CN'));
  });
});
