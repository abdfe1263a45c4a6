import { describe, expect, it } from 'vitest';
import { splitTitle, textWidth } from './title-lines';

const shapeOk = (w: number[]) => {
  const up = w.every((x, i) => i === 0 || x >= w[i - 1]);
  const down = w.every((x, i) => i === 0 || x <= w[i - 1]);
  const peak = w.indexOf(Math.max(...w));
  const diamond = w.slice(0, peak + 1).every((x, i, a) => i === 0 || x >= a[i - 1]) && w.slice(peak).every((x, i, a) => i === 0 || x <= a[i - 1]);
  return up || down || diamond;
};

/** Titles as 文秘 write them, each with the lines a careful typesetter would choose. */
const TYPICAL: [string, string[]][] = [
  // The two the issue reported: the issuing body on its own line; 行动方案 and its years kept whole.
  ['市人力资源和社会保障局2025年工作总结和2026年工作安排', ['市人力资源和社会保障局', '2025年工作总结和2026年工作安排']],
  ['关于印发《县域商业体系建设三年行动方案（2025—2027年）》的通知', ['关于印发《县域商业体系建设', '三年行动方案（2025—2027年）》的通知']],
  ['关于印发《某某市推进数字经济高质量发展三年行动方案（2025—2027年）》的通知', ['关于印发《某某市推进数字经济高质量发展', '三年行动方案（2025—2027年）》的通知']],
  ['中共某某县委办公室 某某县人民政府办公室关于做好2025年元旦春节期间有关工作的通知', ['中共某某县委办公室 某某县人民政府办公室', '关于做好2025年元旦春节期间有关工作的通知']],
  ['关于进一步加强和改进新时代县级党外知识分子联谊会工作的实施意见', ['关于进一步加强和改进新时代县级', '党外知识分子联谊会工作的实施意见']],
  ['县党外知识分子联谊会第一届理事会第一次全体会议工作报告', ['县党外知识分子联谊会', '第一届理事会第一次全体会议工作报告']],
  ['在全市推进新型工业化暨民营经济高质量发展大会上的讲话', ['在全市推进新型工业化', '暨民营经济高质量发展大会上的讲话']],
  ['关于深入学习贯彻党的二十届三中全会精神进一步全面深化改革推动县域经济高质量发展的实施意见', ['关于深入学习贯彻党的二十届三中全会精神', '进一步全面深化改革推动县域经济', '高质量发展的实施意见']],
  ['某某县发展和改革局关于2024年国民经济和社会发展计划执行情况的报告', ['某某县发展和改革局关于2024年', '国民经济和社会发展计划执行情况的报告']],
  ['某某市教育局关于印发《中小学校园食品安全管理办法》的通知', ['某某市教育局关于印发', '《中小学校园食品安全管理办法》的通知']],
  ['在全县2025年经济工作会议暨优化营商环境推进大会上的讲话', ['在全县2025年经济工作会议', '暨优化营商环境推进大会上的讲话']],
  ['某某县人民政府关于加快推进农村人居环境整治提升工作的实施方案', ['某某县人民政府关于加快推进', '农村人居环境整治提升工作的实施方案']],
];

describe('splitTitle', () => {
  it('keeps a title that fits on one line', () => {
    expect(splitTitle('在2025年总工会全委会上的讲话')).toEqual(['在2025年总工会全委会上的讲话']);
    expect(splitTitle('关于开展2025年度安全生产大检查工作的通知')).toEqual(['关于开展2025年度安全生产大检查工作的通知']);
  });

  it.each(TYPICAL)('breaks %s between phrases', (title, lines) => {
    expect(splitTitle(title)).toEqual(lines);
  });

  it('never breaks inside a word, a number or a 书名号 opening, nor starts a line with punctuation or 的, and keeps a 梯形 or 菱形', () => {
    for (const [t] of TYPICAL) {
      const lines = splitTitle(t);
      expect(lines.join('').replace(/\s/g, '')).toBe(t.replace(/\s/g, ''));
      for (const [i, l] of lines.entries()) {
        expect(textWidth(l)).toBeLessThanOrEqual(20);
        if (i > 0) expect(l).not.toMatch(/^[，。、；：？！）》”的）]/);
        expect(l).not.toMatch(/[（《“]$/);
      }
      for (let i = 1; i < lines.length; i++) {
        const joint = lines[i - 1].slice(-1) + lines[i].slice(0, 1);
        for (const word of ['联谊', '谊会', '理事', '工作', '报告', '20', '02', '年）', '方案', '工业', '民营', '讲话', '大会', '办公', '学校', '校园', '县域', '经济', '印发', '国民', '行动', '人居', '推进'])
          expect(joint, `${lines[i - 1]} | ${lines[i]}`).not.toBe(word);
      }
      expect(shapeOk(lines.map(textWidth)), lines.join(' | ')).toBe(true);
    }
  });

  it('keeps terms and placeholders whole', () => {
    const plenum = splitTitle('关于深入学习贯彻党的二十届三中全会精神进一步全面深化改革推动县域经济高质量发展的实施意见');
    expect(plenum.some((l) => l.includes('党的二十届三中全会精神'))).toBe(true);
    const withPlaceholder = splitTitle('中共某某县委办公室 某某县人民政府办公室关于做好【年份】年元旦春节期间有关工作的通知');
    expect(withPlaceholder.some((l) => l.includes('【年份】年'))).toBe(true);
  });

  it('keeps a break the user placed (Shift+Enter) and splits a part only when it is still too wide', () => {
    expect(splitTitle('市人力资源和社会保障局2025年工作总结\n和2026年工作安排')).toEqual(['市人力资源和社会保障局2025年工作总结', '和2026年工作安排']);
    expect(splitTitle('某某县\n关于做好2025年元旦春节期间有关工作的通知')).toEqual(['某某县', '关于做好2025年元旦春节期间有关工作的通知']);
    expect(splitTitle('通知\n')).toEqual(['通知']);
    const long = splitTitle('某某县人民政府\n关于深入学习贯彻党的二十届三中全会精神进一步全面深化改革推动县域经济高质量发展的实施意见');
    expect(long[0]).toBe('某某县人民政府');
    expect(long.length).toBeGreaterThan(2);
    for (const l of long) expect(textWidth(l)).toBeLessThanOrEqual(20);
  });
});
