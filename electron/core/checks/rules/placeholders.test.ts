import { describe, expect, it } from 'vitest';
import { inlineText } from '../../draft/model';
import { buildContext } from '../context';
import { draftOf, p, SETTINGS, seedParagraph } from '../test-helpers';
import { placeholdersRule } from './placeholders';

const runDraft = (...content: Parameters<typeof draftOf>[0]) => placeholdersRule.run(buildContext(draftOf(content), SETTINGS));
const slice = (block: ReturnType<typeof p>, f: { start: number; end: number }) => inlineText(block.children).slice(f.start, f.end);

describe('placeholders rule', () => {
  it('flags unfilled placeholder elements at their 【label】 range, not filled ones', () => {
    const block = p('', { type: 'placeholder', label: '年份', children: [{ text: '' }] }, '年是关键一年，', { type: 'placeholder', label: '单位', children: [{ text: '市总工会' }] }, '要抓落实。');
    const found = runDraft(block);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', message: '占位符【年份】尚未填写' });
    expect(slice(block, found[0])).toBe('【年份】');
  });

  it('flags the seed’s anonymised years and anniversaries (20_, 20_20_, __) once each', () => {
    const block = p(seedParagraph('制定《市总工会20_20_年推动企业'));
    const found = runDraft(block);
    expect(found.map((f) => slice(block, f))).toEqual(['20_20_', '20_']);
    const anniv = p(seedParagraph('以纪念建党__周年为契机'));
    expect(runDraft(anniv).map((f) => slice(anniv, f))).toEqual(['__', '__']);
    const xx = p(seedParagraph('习贯彻党的xx全会'));
    const found2 = runDraft(xx).map((f) => [slice(xx, f), f.message]);
    expect(found2).toContainEqual(['xx', '“xx”是待填写的代称']);
    expect(found2.filter(([t]) => t !== 'xx').every(([t]) => t === '20_')).toBe(true);
  });

  it('flags typed {年份} and 【单位】, leaves snake_case, Xbox and ×2 alone', () => {
    const block = p('{年份}年，【单位】召开大会；file_name、Xbox、面积×2均不是占位。');
    expect(runDraft(block).map((f) => slice(block, f))).toEqual(['{年份}', '【单位】']);
  });

  it('reports leaves still marked to check, with the reason, and typed 待核实 notes', () => {
    const block = p('全年发放慰问金', { text: '30多万元', check: '金额来自20_年的报告' }, '（待核实）。');
    const found = runDraft(block);
    expect(found.map((f) => [slice(block, f), f.severity])).toEqual([
      ['30多万元', 'warning'],
      ['待核实', 'warning'],
    ]);
    expect(found[0].message).toBe('“30多万元”标记为待核对：金额来自20_年的报告');
    // One word for a mark everywhere (status bar, popover, panel): 待核对.
    expect(placeholdersRule.label).toBe('未填占位与待核对');
  });

  it('finds nothing in a finished sentence', () => {
    expect(runDraft(p('2024年全市新建工会组织8182个。'))).toEqual([]);
  });
});
