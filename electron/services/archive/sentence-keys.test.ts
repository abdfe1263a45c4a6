import { describe, expect, it } from 'vitest';
import { distinctTrigrams, trigramCount } from './sentence-keys';

describe('trigramCount', () => {
  it('counts the distinct 3-grams distinctTrigrams lists, for short, repetitive and long sentences', () => {
    const samples = ['', '甲', '甲乙', '甲乙丙', '哈哈哈哈哈哈', '坚持不懈抓落实，坚持不懈抓落实', '各级工会组织要团结动员广大职工'.repeat(100)];
    let seed = 7;
    for (let i = 0; i < 200; i++) {
      let s = '';
      const len = i % 60;
      for (let k = 0; k < len; k++) s += String.fromCharCode(0x4e00 + ((seed = (seed * 1103515245 + 12345) % 2147483648) % 12));
      samples.push(s);
    }
    for (const s of samples) expect(trigramCount(s), s).toBe(distinctTrigrams(s).size);
  });
});
