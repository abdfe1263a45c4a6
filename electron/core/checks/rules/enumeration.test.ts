import { describe, expect, it } from 'vitest';
import { buildContext } from '../context';
import { draftOf, h, p, SETTINGS, seedLines } from '../test-helpers';
import type { BlockElement } from '../../draft/model';
import { enumerationRule } from './enumeration';

const run = (...blocks: BlockElement[]) => enumerationRule.run(buildContext(draftOf(blocks), SETTINGS));

describe('列举序号', () => {
  it('一是…二是…四是: 三是 is missing', () => {
    const text = '要抓好三项工作：一是加强学习，二是改进作风，四是狠抓落实。';
    const [f] = run(p(text));
    expect(text.slice(f.start, f.end)).toBe('四是');
    expect(f.message).toBe('列举序号跳号：“二是”之后是“四是”，缺少“三是”');
  });

  it('a run over several paragraphs, repeats and reversals; a heading ends a run', () => {
    const found = run(p('一是加强学习。'), p('二是改进作风。'), p('二是狠抓落实。'), h(1, '下一步打算'), p('三是完善制度。'));
    expect(found.map((f) => f.message)).toEqual(['列举序号重复：前面已有“二是”', '列举从“三是”开始，前面没有“一是”']);
    expect(run(p('第一，统一思想；第三，狠抓落实。'))[0].message).toBe('列举序号跳号：“第一”之后是“第三”，缺少“第二”');
  });

  it('leaves prose alone: 唯一是, 统一是, 是否, 一是一、二是二, 第一次, a new 一是 run', () => {
    expect(run(p('这是唯一是非标准，要统一是非观念。'), p('一是一、二是二，实事求是。'), p('第一次全体会议，第三届理事会。'), p('一是学，二是做。一是查，二是改。'))).toEqual([]);
  });

  it('finds nothing in the seed corpus (real reports)', () => {
    expect(enumerationRule.run(buildContext(draftOf(seedLines().map((l) => p(l))), SETTINGS))).toEqual([]);
  });
});
