import { describe, expect, it } from 'vitest';
import { buildContext } from '../context';
import { draftOf, p, SETTINGS } from '../test-helpers';
import { leftoversRule } from './leftovers';

const run = (text: string) => leftoversRule.run(buildContext(draftOf([p(text)]), SETTINGS));
const spans = (text: string) => run(text).map((f) => text.slice(f.start, f.end));

describe('删改残留', () => {
  it('a name taken out before 同志 leaves a hole', () => {
    expect(spans('认真学习贯彻落实同志在全市工作会议上的讲话精神。')).toEqual(['同志']);
    expect(spans('会议由同志主持。张三、同志、李四出席。')).toEqual(['同志', '同志']);
    expect(run('贯彻落实同志在全市工作会议上的讲话')[0].fix).toBeUndefined();
  });

  it('addresses and groups of comrades are not holes', () => {
    expect(run('各位同志，在座的同志们，老同志、青年同志和广大同志要团结。向同志们致以问候。张三同志指出。')).toEqual([]);
  });

  it('reference marks left from a web page or a footnote, with a fix that deletes them', () => {
    const text = '全年服务职工12万人次[1]，覆盖率达95%［2］；据统计²，比上年增长。';
    expect(spans(text)).toEqual(['[1]', '［2］', '²']);
    expect(run(text)[0].fix).toEqual({ replacement: '', label: '删除“[1]”' });
    expect(run('面积10 m²，GB/T 9704-2012。')).toEqual([]);
  });
});
