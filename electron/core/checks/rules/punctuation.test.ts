import { describe, expect, it } from 'vitest';
import { buildContext } from '../context';
import { draftOf, h, p, SETTINGS, seedParagraph } from '../test-helpers';
import type { Finding } from '../types';
import { punctuationRule } from './punctuation';

const run = (...texts: string[]) => punctuationRule.run(buildContext(draftOf(texts.map((t) => p(t))), SETTINGS));
/** Applies every fix (right to left, so earlier offsets stay valid) to a one-paragraph text. */
function fixAll(text: string, found: Finding[]): string {
  let s = text;
  for (const f of [...found].sort((a, b) => b.start - a.start)) if (f.fix) s = s.slice(0, f.start) + f.fix.replacement + s.slice(f.end);
  return s;
}

describe('half-width punctuation in Chinese text', () => {
  it('flags the seed’s half-width ! with a full-width fix', () => {
    const text = seedParagraph('这是全县广大党外知识分子盼望已久的一件盛事!');
    const found = run(text).filter((f) => f.message.includes('半角'));
    expect(found.length).toBe(4);
    expect(found.every((f) => text[f.start] === '!' && f.fix?.replacement === '！' && f.fix.label === '改为全角！')).toBe(true);
  });

  it('flags the seed’s half-width ; , and ( ) and fixes them', () => {
    const text = seedParagraph('提高防护意识,做好自我保护');
    const found = run(text);
    const commas = [...text].filter((c) => c === ',').length;
    expect(commas).toBeGreaterThan(1);
    expect(found.map((f) => text[f.start])).toEqual(Array(commas).fill(','));
    const brackets = seedParagraph('大力加强市、县(区)、乡镇(街道)三级');
    expect(fixAll(brackets, run(brackets))).toContain('大力加强市、县（区）、乡镇（街道）三级');
    const semi = seedParagraph('节约资金5038万元;推广');
    expect(fixAll(semi, run(semi))).toContain('节约资金5038万元；推广先进操作法230项');
    expect(fixAll(semi, run(semi))).not.toMatch(/[;,!?()]/);
  });

  it('turns the seed’s escaped \\"…\\" quotes into “…”, backslashes included', () => {
    const text = seedParagraph('深入开展\\"面对面');
    const found = run(text).filter((f) => f.message.includes('引号'));
    expect(found.map((f) => [text.slice(f.start, f.end), f.fix?.replacement])).toEqual([
      ['\\"', '“'],
      ['\\"', '”'],
    ]);
    expect(fixAll(text, found)).toContain('深入开展“面对面、心贴心、实打实服务职工在基层”和“解放思想');
    expect(run('他说"好"。').map((f) => f.fix?.replacement)).toEqual(['“', '”']);
    expect(run('The "quoted" word.')).toEqual([]);
  });

  it('fixes quotes one at a time, re-checked after each as the panel does, in any order: never “…“', () => {
    // 审稿 → 修正 used to offer “ again for the second quote once the first was fixed (issue 15).
    const fixOneByOne = (text: string, pick: (fixable: Finding[]) => Finding) => {
      let s = text;
      for (let left = run(s).filter((f) => f.fix); left.length; left = run(s).filter((f) => f.fix)) {
        const f = pick(left);
        s = s.slice(0, f.start) + f.fix!.replacement + s.slice(f.end);
      }
      return s;
    };
    for (const pick of [(l: Finding[]) => l[0], (l: Finding[]) => l[l.length - 1]]) {
      expect(fixOneByOne('坚持"两个毫不动摇"。', pick)).toBe('坚持“两个毫不动摇”。');
      expect(fixOneByOne('他说"好"，又说\\"再议\\"。', pick)).toBe('他说“好”，又说“再议”。');
      expect(fixOneByOne('深入开展"面对面、心贴心"和"解放思想"活动。', pick)).toBe('深入开展“面对面、心贴心”和“解放思想”活动。');
    }
    // A quote typed curly on one side and straight on the other pairs with it.
    expect(run('坚持“两个毫不动摇"。').map((f) => f.fix?.replacement)).toEqual(['”']);
    expect(run('坚持"两个毫不动摇”。').map((f) => f.fix?.replacement)).toEqual(['“']);
    // …and is not reported as unpaired besides: the fix pairs it.
    expect(run('坚持“两个毫不动摇"。').filter((f) => f.message.includes('不成对'))).toEqual([]);
    expect(run('坚持“两个毫不动摇。').filter((f) => f.message.includes('不成对'))).toHaveLength(1);
  });

  it('leaves times, thousands and English alone', () => {
    expect(run('会议于10:30召开，共1,000人参加。')).toEqual([]);
    expect(run('See https://example.org/a?b=1 (English).')).toEqual([]);
  });

  it('turns the seed’s “中国梦?劳动美” into a middle dot, and a real question into ？', () => {
    const text = seedParagraph('中国梦?劳动美');
    const f = run(text).find((x) => text[x.start] === '?')!;
    expect(f.fix).toEqual({ replacement: '·', label: '改为间隔号·' });
    const q = run('我们靠什么?靠实干。')[0];
    expect(q.fix?.replacement).toBe('？');
  });

  it('leaves a typed (一) marker to the numbering rule but checks the rest of the line', () => {
    const text = seedParagraph('(一)学习动员阶段(2月20日至26日)');
    const found = run(text);
    expect(found.map((f) => text[f.start] + f.start)).toEqual(['(9', ')19']);
  });
});

describe('paired marks', () => {
  it('accepts nested pairs', () => {
    expect(run('他说：“要读《关于‘三个圆满’的意见》。”')).toEqual([]);
  });
  it('flags an unclosed “ and a stray 》', () => {
    const found = run('坚持“党建带工建的原则。学习《章程》》。');
    expect(found.map((f) => [f.start, f.message])).toEqual([
      [2, '双引号不成对：此处的前引号“后面缺少对应的后引号”'],
      [18, '书名号不成对：此处的右书名号》前面缺少对应的左书名号《'],
    ]);
  });
  it('finds the seed’s two real unpaired quotes: a missing “ before 绿城职工读书月 and a truncated “一个总', () => {
    const a = seedParagraph('绿城职工读书月”和农民工');
    const fa = run(a).filter((f) => f.message.includes('不成对'));
    expect(fa.map((f) => a.slice(f.start - 7, f.end))).toEqual(['绿城职工读书月”']);
    const b = seedParagraph('去年提出“一个总');
    const fb = run(b).filter((f) => f.message.includes('不成对'));
    expect(fb.map((f) => [b.slice(f.start), f.message])).toEqual([['“一个总', '双引号不成对：此处的前引号“后面缺少对应的后引号”']]);
  });
  it('the seed corpus’s quoted names are all paired', () => {
    expect(run(seedParagraph('积极开展“三联建”')).filter((f) => f.message.includes('不成对'))).toEqual([]);
  });
});

describe('doubled punctuation and ellipses', () => {
  it('offers to keep one of a repeated mark', () => {
    const [f] = run('全面推进，，各项工作。');
    expect(f).toMatchObject({ start: 4, end: 6, fix: { replacement: '，' } });
  });
  it('flags mixed marks without guessing a fix', () => {
    const [f] = run('全面推进，。');
    expect(f.message).toBe('标点连用“，。”，应只保留一个');
    expect(f.fix).toBeUndefined();
  });
  it('turns 。。。 and a single … into ……, accepts ……', () => {
    expect(fixAll('等等。。。', run('等等。。。'))).toBe('等等……');
    expect(fixAll('等等…', run('等等…'))).toBe('等等……');
    expect(run('春节、国庆……各项活动。')).toEqual([]);
  });
});

describe('spaces', () => {
  it('removes a space between Chinese characters, keeps one next to Latin', () => {
    const found = run('全市 职工积极参与 Office 培训。');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: 2, end: 3, fix: { replacement: '' } });
  });
  it('flags the seed’s typed indent (full-width spaces) as info', () => {
    const [f] = run('　　今天，我们在这里隆重聚会。');
    expect(f).toMatchObject({ severity: 'info', start: 0, end: 2 });
  });
  it('leaves the tabs between a pasted table row’s cells alone', () => {
    expect(run('项目\t完成数\t增长', '\t合计\t970项')).toEqual([]);
  });
  it('checks headings too', () => {
    expect(punctuationRule.run(buildContext(draftOf([h(1, '工作回顾,成绩')]), SETTINGS))).toHaveLength(1);
  });
});
