import { describe, expect, it } from 'vitest';
import { buildContext } from '../context';
import { draftOf, p, SETTINGS, seedLines } from '../test-helpers';
import type { CheckSettings } from '../types';
import { confusablesRule } from './confusables';
import { WORD_LIST } from './word-list';

const run = (text: string, settings: CheckSettings = SETTINGS) => confusablesRule.run(buildContext(draftOf([p(text)]), settings));
const fixed = (text: string, settings?: CheckSettings) => {
  let s = text;
  for (const f of [...run(text, settings)].reverse()) if (f.fix) s = s.slice(0, f.start) + f.fix.replacement + s.slice(f.end);
  return s;
};

describe('易混词语', () => {
  it('截止 before a point in time is 截至; 截止日期 and …截止 are right', () => {
    expect(fixed('截止2024年底，全市建会企业达8182家；截止目前，已有上千人报名。')).toBe('截至2024年底，全市建会企业达8182家；截至目前，已有上千人报名。');
    expect(run('报名截止日期为6月30日，逾期截止。截止到去年年底共办结。')).toEqual([]);
    const [f] = run('截止6月底');
    expect(f).toMatchObject({ start: 0, end: 2, fix: { replacement: '截至' }, mute: '截止→截至' });
    expect(f.message).toContain('《咬文嚼字》2010年度十大语文差错');
  });

  it('other confusions from the annual lists and the dictionary, only in their wrong context', () => {
    expect(fixed('我们要同舟共济、共度难关，度过难关。')).toBe('我们要同舟共济、共渡难关，渡过难关。');
    expect(run('度过了一个欢乐祥和的春节')).toEqual([]);
    expect(fixed('省委巡视组入住我市')).toBe('省委巡视组入驻我市');
    expect(run('职工入住新居')).toEqual([]);
    expect(fixed('政协委员共提交议案120件')).toBe('政协委员共提交提案120件');
    expect(fixed('收到人大代表提案35件')).toBe('收到人大代表议案35件');
    // Both bodies named side by side, as every 政府工作报告 does: nothing to correct.
    expect(run('办理全国人大代表建议9件、全国政协提案5件，省人大代表建议292件、省政协提案453件。')).toEqual([]);
    expect(run('认真办理人大代表建议和政协委员提案')).toEqual([]);
    expect(fixed('工作还有不尽人意的地方，要及时向上级反应情况')).toBe('工作还有不尽如人意的地方，要及时向上级反映情况');
    expect(run('群众反应强烈，这是正常的化学反应。')).toEqual([]);
    expect(fixed('再接再励，按步就班，布署到位')).toBe('再接再厉，按部就班，部署到位');
    expect(run('国际间的交流')[0].fix).toBeUndefined();
    expect(run('沪深300成份股')).toEqual([]);
  });

  it('a word the user silenced (不再提示) is not reported; her own pairs are', () => {
    const settings: CheckSettings = { ...SETTINGS, mutedWords: ['截止→截至'], userWordPairs: [{ wrong: '首府', right: '首府城市', note: '本单位用语' }, { wrong: '人意', right: '如人意' }] };
    expect(run('截止目前，首府职工', settings).map((f) => [f.mute, f.fix?.replacement, f.message])).toEqual([['首府→首府城市', '首府城市', '“首府”应为“首府城市”：本单位用语（自定义词表）']]);
    // A pair whose right form contains the wrong one does not flag the right form.
    expect(run('不尽如人意', settings)).toEqual([]);
  });

  it('the list: unique keys, a source for every entry, no entry matches the seed corpus (real reports)', () => {
    expect(new Set(WORD_LIST.map((e) => e.key)).size).toBe(WORD_LIST.length);
    for (const e of WORD_LIST) expect(e.source, e.key).toMatch(/《/);
    const found = confusablesRule.run(buildContext(draftOf(seedLines().map((l) => p(l))), SETTINGS));
    expect(found.map((f) => f.message)).toEqual([]);
  });
});
