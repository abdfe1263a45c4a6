import { describe, expect, it } from 'vitest';
import { splitTitle, textWidth } from './title-lines';

const shapeOk = (w: number[]) => {
  const up = w.every((x, i) => i === 0 || x >= w[i - 1]);
  const down = w.every((x, i) => i === 0 || x <= w[i - 1]);
  const peak = w.indexOf(Math.max(...w));
  const diamond = w.slice(0, peak + 1).every((x, i, a) => i === 0 || x >= a[i - 1]) && w.slice(peak).every((x, i, a) => i === 0 || x <= a[i - 1]);
  return up || down || diamond;
};

describe('splitTitle', () => {
  it('keeps a title that fits on one line', () => {
    expect(splitTitle('在2025年总工会全委会上的讲话')).toEqual(['在2025年总工会全委会上的讲话']);
  });

  it('splits a long title into balanced lines at word boundaries', () => {
    const lines = splitTitle('关于进一步加强和改进新时代县级党外知识分子联谊会工作的实施意见');
    expect(lines.join('')).toBe('关于进一步加强和改进新时代县级党外知识分子联谊会工作的实施意见');
    expect(lines).toHaveLength(2);
    expect(lines).toEqual(['关于进一步加强和改进新时代县级', '党外知识分子联谊会工作的实施意见']);
  });

  it('never breaks inside a word, a number or a 书名号, nor starts a line with punctuation or 的', () => {
    const titles = [
      '县党外知识分子联谊会第一届理事会第一次全体会议工作报告',
      '关于印发《某某县深化营商环境改革三年行动方案（2024—2026年）》的通知',
      '中共某某县委办公室 某某县人民政府办公室关于做好2025年元旦春节期间有关工作的通知',
      '在全市推进新型工业化暨民营经济高质量发展大会上的讲话',
    ];
    for (const t of titles) {
      const lines = splitTitle(t);
      expect(lines.join('')).toBe(t);
      expect(lines.length).toBeGreaterThan(1);
      for (const [i, l] of lines.entries()) {
        expect(textWidth(l)).toBeLessThanOrEqual(20);
        if (i > 0) expect(l).not.toMatch(/^[，。、；：？！）》”的]/);
        expect(l).not.toMatch(/[（《“]$/);
      }
      for (let i = 1; i < lines.length; i++) {
        const joint = lines[i - 1].slice(-1) + lines[i].slice(0, 1);
        for (const word of ['联谊', '谊会', '理事', '工作', '报告', '20', '02', '年）', '方案', '工业', '民营', '讲话', '大会', '办公']) expect(joint).not.toBe(word);
      }
      expect(shapeOk(lines.map(textWidth))).toBe(true);
    }
  });

  it('keeps two issuing bodies together and puts the subject on its own line', () => {
    expect(splitTitle('中共某某县委办公室 某某县人民政府办公室关于做好2025年元旦春节期间有关工作的通知')).toEqual([
      '中共某某县委办公室 某某县人民政府办公室',
      '关于做好2025年元旦春节期间有关工作的通知',
    ]);
  });

  it('balances three-line titles into a 梯形 or 菱形', () => {
    const t = '关于深入学习贯彻党的二十届三中全会精神进一步全面深化改革推动县域经济高质量发展的实施意见';
    const lines = splitTitle(t);
    expect(lines.length).toBe(3);
    const w = lines.map(textWidth);
    expect(shapeOk(w)).toBe(true);
    expect(Math.max(...w) - Math.min(...w)).toBeLessThanOrEqual(8);
  });

  it('keeps terms and placeholders whole and prefers phrase boundaries', () => {
    expect(splitTitle('在全市推进新型工业化暨民营经济高质量发展大会上的讲话')).toEqual(['在全市推进新型工业化', '暨民营经济高质量发展大会上的讲话']);
    const plenum = splitTitle('关于深入学习贯彻党的二十届三中全会精神进一步全面深化改革推动县域经济高质量发展的实施意见');
    expect(plenum.some((l) => l.includes('三中全会'))).toBe(true);
    const withPlaceholder = splitTitle('中共某某县委办公室 某某县人民政府办公室关于做好【年份】年元旦春节期间有关工作的通知');
    expect(withPlaceholder.some((l) => l.includes('【年份】年'))).toBe(true);
  });
});
