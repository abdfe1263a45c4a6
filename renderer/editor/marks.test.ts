import { describe, expect, it } from 'vitest';
import type { Finding } from '#core/checks/index';
import type { ReuseSpan } from '#core/checks/reuse';
import type { BlockElement } from '#core/draft/model';
import { formatSpeakingTime } from '../features/outline/Outline';
import { buildMarkMap, markProps } from './marks';

const f = (blockIndex: number, start: number, end: number, severity: Finding['severity'] = 'error', id = `r:${blockIndex}:${start}`): Finding => ({
  id,
  rule: 'r',
  severity,
  message: `m${start}`,
  blockIndex,
  start,
  end,
});

describe('buildMarkMap', () => {
  // 甲乙【年份】丙丁 with the middle unfilled, then a bold leaf and a filled placeholder.
  const content: BlockElement[] = [
    { type: 'paragraph', children: [{ text: '甲乙' }, { type: 'placeholder', label: '年份', children: [{ text: '' }] }, { text: '丙丁' }] },
    { type: 'paragraph', children: [{ text: '一二三' }, { text: '四五', bold: true }, { type: 'placeholder', label: '单位', children: [{ text: '六七' }] }, { text: '八' }] },
  ] as BlockElement[];
  const leaf = (b: number, i: number, j?: number) => {
    const c = (content[b].children as unknown as { children?: object[] }[])[i];
    return j === undefined ? c : c.children![j];
  };

  it('maps block offsets to each text node, skipping an unfilled placeholder’s 【label】', () => {
    // 甲乙【年份】丙丁: offsets 2..6 are 【年份】, 6..8 丙丁. A finding over 乙【年份】丙 → 乙 and 丙.
    const map = buildMarkMap(content, [f(0, 1, 7)], []);
    expect(map.get(leaf(0, 0))).toMatchObject([{ start: 1, end: 2, kind: 'review', severity: 'error', title: 'm1' }]);
    expect(map.get(leaf(0, 2))).toMatchObject([{ start: 0, end: 1 }]);
  });

  it('splits across leaves and into a filled placeholder', () => {
    // 一二三四五六七八: 三四五六 = 2..6.
    const map = buildMarkMap(content, [f(1, 2, 6, 'warning')], []);
    expect(map.get(leaf(1, 0))).toMatchObject([{ start: 2, end: 3 }]);
    expect(map.get(leaf(1, 1))).toMatchObject([{ start: 0, end: 2 }]);
    expect(map.get(leaf(1, 2, 0))).toMatchObject([{ start: 0, end: 1 }]);
    expect(map.get(leaf(1, 3))).toBeUndefined();
  });

  it('orders overlapping findings so the more serious wins; leaves out 待核对 findings and empty ranges', () => {
    const map = buildMarkMap(content, [f(1, 0, 3, 'error', 'a'), f(1, 0, 3, 'info', 'b'), f(1, 0, 1, 'warning', 'placeholders:check:1:0'), f(1, 2, 2)], []);
    expect(map.get(leaf(1, 0))!.map((m) => m.severity)).toEqual(['info', 'error']);
  });

  it('copied spans carry their source, and can be hidden', () => {
    const span: ReuseSpan = { blockIndex: 1, start: 0, end: 8, similarity: 1, source: { docId: 'd', docTitle: '往年报告', sentence: '一二三四五六七八。' } };
    const map = buildMarkMap(content, [], [span]);
    const m = map.get(leaf(1, 3))![0];
    expect(m).toMatchObject({ kind: 'copied', start: 0, end: 1, title: '与往年材料雷同：《往年报告》……一二三四五六七八。' });
    expect(markProps(m, true)).toEqual({ cp: m.title });
    expect(markProps(m, false)).toBeNull();
  });
});

describe('formatSpeakingTime', () => {
  it('shows minutes and seconds', () => {
    expect(formatSpeakingTime(130 / 60)).toBe('约2分10秒');
    expect(formatSpeakingTime(2)).toBe('约2分');
    expect(formatSpeakingTime(40 / 60)).toBe('约40秒');
    expect(formatSpeakingTime(0)).toBe('约0秒');
  });
});
