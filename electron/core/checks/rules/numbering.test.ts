import { describe, expect, it } from 'vitest';
import { inlineText } from '../../draft/model';
import { leadingMarker } from '../../text/markers';
import { parseChineseNumeral } from '../../text/numerals';
import { draftOf, h, p, SETTINGS, seedParagraph } from '../test-helpers';
import { buildContext } from '../context';
import { numberingRule } from './numbering';

const run = (...content: Parameters<typeof draftOf>[0]) => numberingRule.run(buildContext(draftOf(content), SETTINGS));

describe('leadingMarker', () => {
  it('reads the four levels in correct and wrong spellings', () => {
    expect(leadingMarker('一、总体要求')).toMatchObject({ level: 1, num: 1, canonical: '一、' });
    expect(leadingMarker('十二、其他')).toMatchObject({ level: 1, num: 12 });
    expect(leadingMarker('(三)整改落实阶段')).toMatchObject({ level: 2, num: 3, text: '(三)', canonical: '（三）' });
    expect(leadingMarker('（二)混合')).toMatchObject({ level: 2, canonical: '（二）' });
    expect(leadingMarker('2.加强领导')).toMatchObject({ level: 3, num: 2, canonical: '2.' });
    expect(leadingMarker('3、加强领导')).toMatchObject({ level: 3, text: '3、', canonical: '3.' });
    expect(leadingMarker('（4）细则')).toMatchObject({ level: 4, num: 4 });
    expect(leadingMarker('　　>　一、注重')).toMatchObject({ level: 1, start: 4 });
  });
  it('does not take prose for a marker', () => {
    expect(leadingMarker('一是加强思想整顿')).toBeNull();
    expect(leadingMarker('1.5万元用于帮扶')).toBeNull();
    expect(leadingMarker('2024年全市')).toBeNull();
    expect(leadingMarker('十分重要')).toBeNull();
  });
  it('parses Chinese numerals', () => {
    expect([parseChineseNumeral('九'), parseChineseNumeral('十'), parseChineseNumeral('十三'), parseChineseNumeral('二十一')]).toEqual([9, 10, 13, 21]);
  });
});

describe('numbering rule', () => {
  it('accepts a clean outline with body numbering one level down', () => {
    expect(run(h(1, '工作回顾'), h(2, '强化引领'), p('1.学习动员。'), p('2.查摆问题。'), h(1, '主要任务'), h(2, '任务一'), h(3, '细项'))).toEqual([]);
  });

  it('flags the seed’s half-width (一) markers with a full-width fix, and nothing else', () => {
    const paras = ['(一)学习动员阶段', '(二)查摆问题阶段', '(三)整改落实阶段', '(四)巩固提高阶段'].map((s) => p(seedParagraph(s)));
    const found = run(h(1, '时间安排和方法步骤'), ...paras);
    expect(found).toHaveLength(4);
    expect(found.every((f) => f.fix?.replacement === `（${'一二三四'[paras.indexOf(paras[f.blockIndex - 1])]}）`)).toBe(true);
    expect(found[0]).toMatchObject({ blockIndex: 1, start: 0, end: 3, severity: 'warning' });
    expect(found[0].message).toContain('半角括号');
  });

  it('flags a marker typed into a heading, offering to delete it', () => {
    const draft = draftOf([h(1, seedParagraph('一、注重理论学习'))]);
    const [f] = numberingRule.run(buildContext(draft, SETTINGS));
    expect(f.message).toContain('“一、”');
    expect(f.fix).toEqual({ replacement: '', label: '删除“一、”' });
    const text = inlineText(draft.content[0].children);
    expect(text.slice(0, f.start) + f.fix!.replacement + text.slice(f.end)).toBe('注重理论学习，切实加强理事会班子自身建设');
  });

  it('flags gaps, repeats and reversals in typed sequences', () => {
    const gap = run(h(1, '步骤'), p('（一）甲。'), p('（三）丙。'));
    expect(gap.map((f) => f.message)).toEqual(['编号从“（一）”跳到“（三）”，缺少“（二）”']);
    const repeat = run(h(1, '步骤'), p('（一）甲。'), p('（一）乙。'));
    expect(repeat.map((f) => f.message)).toEqual(['编号“（一）”与上一条重复']);
    const order = run(h(1, '步骤'), p('（一）甲。'), p('（三）丙。'), p('（二）乙。'));
    expect(order.map((f) => f.id.split(':')[1])).toEqual(['gap', 'order']);
    const late = run(h(1, '步骤'), p('（二）乙。'));
    expect(late[0].message).toBe('编号从“（二）”开始，缺少“（一）”');
  });

  it('restarts counting under each new parent', () => {
    expect(run(h(1, '甲'), p('（一）a。'), p('（二）b。'), h(1, '乙'), p('（一）c。'), p('1.d'), p('2.e'), p('（二）f。'), p('1.g'))).toEqual([]);
  });

  it('flags level-2 before any level 1 and skipped levels, for headings and typed markers', () => {
    expect(run(h(2, '开篇即二级')).map((f) => f.message)).toEqual(['二级“（一）”标题出现在任何一级标题“一、”之前，层级不完整']);
    expect(run(h(1, '甲'), h(3, '细项'))[0].message).toBe('标题层级跳级：一级“一、”之下直接出现三级“1.”标题，缺少二级“（一）”一级');
    expect(run(p('（一）孤立的二级编号。'))[0].message).toBe('编号“（一）”不在任何一级“一、”之下');
    expect(run(h(1, '甲'), p('1.直接三级。')).map((f) => f.id.split(':')[1])).toEqual(['skip']);
  });

  it('flags 1、 and 一. spellings with a fix', () => {
    const found = run(h(1, '甲'), h(2, '乙'), p('1、第一项。'), p('2.第二项。'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: 0, end: 2, fix: { replacement: '1.' } });
  });
});
