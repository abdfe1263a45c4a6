import { describe, expect, it } from 'vitest';
import { bm25Scores, hanBigrams, idf } from './char-bigrams';

describe('Han bigrams', () => {
  it('takes overlapping pairs within runs of Han characters only; a lone character stands for itself', () => {
    expect(hanBigrams('壮大实体经济，推动2025年高质量发展，5G、强')).toEqual(['壮大', '大实', '实体', '体经', '经济', '推动', '年高', '高质', '质量', '量发', '发展', '强']);
    expect(hanBigrams('2025, GDP 5%')).toEqual([]);
  });
});

describe('BM25 over bigrams', () => {
  it('scores texts sharing rarer bigrams higher, and a text sharing none 0', () => {
    const [a, b, c] = bm25Scores('实体经济', ['壮大实体经济', '发展经济', '办好民生实事']);
    expect(a).toBeGreaterThan(b);
    expect(b).toBeGreaterThan(0);
    expect(c).toBe(0);
  });
  it('weighs down what every text has (idf)', () => {
    expect(idf(10, 10)).toBeLessThan(idf(10, 1));
    expect(idf(10, 10)).toBeGreaterThan(0);
  });
  it('returns zeros for a query without Han text', () => {
    expect(bm25Scores('2025', ['2025年'])).toEqual([0]);
  });
});
