import { describe, expect, it } from 'vitest';
import type { GongwenElement } from '../../draft/gongwen-kinds';
import type { BlockElement, Draft } from '../../draft/model';
import { runChecks } from '../index';
import { arabicDate, gongwenElementsRule } from './gongwen-elements';

const settings = { maxSentenceChars: 120, maxParagraphChars: 600 };
const draft = (content: (BlockElement | GongwenElement)[], genre?: Draft['meta']['genre']): Draft => ({ meta: { createdAt: '', updatedAt: '', ...(genre ? { genre } : {}) }, content: content as BlockElement[] });
const t = (text: string) => [{ text }];
const run = (d: Draft) => runChecks(d, settings, [gongwenElementsRule]);

describe('公文要素 check', () => {
  it('flags a 发文字号 with [] or 【】 and 第, and offers the right form', () => {
    const [f] = run(draft([{ type: 'docNumber', children: t('某政办发[2027]第1号') }]));
    expect(f.message).toContain('六角括号');
    expect(f.message).toContain('不加“第”字');
    // runChecks adds the text the fix was offered for (original).
    expect(f.fix).toEqual({ replacement: '某政办发〔2027〕1号', label: '改为“某政办发〔2027〕1号”', original: '某政办发[2027]第1号' });
    expect(run(draft([{ type: 'docNumber', children: t('某政办发【2027】01号') }]))[0].fix?.replacement).toBe('某政办发〔2027〕1号');
    expect(run(draft([{ type: 'docNumber', children: t('某政办发〔2027〕1号') }]))).toEqual([]);
  });

  it('asks for the 成文日期 in Arabic numerals without leading zeros', () => {
    expect(arabicDate('二〇二七年一月十五日')).toBe('2027年1月15日');
    expect(arabicDate('二〇二七年十二月三十一日')).toBe('2027年12月31日');
    const blocks = (date: string) => [{ type: 'signature', children: t('某某县人民政府') }, { type: 'date', children: t(date) }] as GongwenElement[];
    expect(run(draft(blocks('二〇二七年一月十五日')))[0]).toMatchObject({ message: expect.stringContaining('阿拉伯数字'), fix: { replacement: '2027年1月15日' } });
    expect(run(draft(blocks('2027年01月05日')))[0]).toMatchObject({ message: expect.stringContaining('不编虚位'), fix: { replacement: '2027年1月5日' } });
    expect(run(draft(blocks('2027年1月15日')))).toEqual([]);
    // Written in some other way: asked for in full. Still to be filled in (a skeleton's 【成文日期】): the placeholder
    // check says so, this one says nothing.
    expect(run(draft(blocks('2027年1月')))[0]).toMatchObject({ message: expect.stringContaining('全年月日') });
    const unfilled = [blocks('')[0], { type: 'date', children: [{ text: '' }, { type: 'placeholder', label: '成文日期', children: [{ text: '' }] }, { text: '' }] }] as GongwenElement[];
    expect(run(draft(unfilled))).toEqual([]);
  });

  it('flags punctuation after an attachment name, a 署名 without date and a speech without its byline', () => {
    const f = run(draft([{ type: 'attachment', children: t('春耕生产工作要点。') }]));
    expect(f[0]).toMatchObject({ start: 8, end: 9, fix: { replacement: '' } });
    expect(run(draft([{ type: 'signature', children: t('某某县人民政府') }]))[0].message).toBe('有发文机关署名而没有成文日期');
    const speech = run(draft([{ type: 'title', children: t('在全县经济工作会议上的讲话') }], 'speech'));
    expect(speech[0]).toMatchObject({ severity: 'info', blockIndex: 0 });
    expect(run(draft([{ type: 'title', children: t('在全县经济工作会议上的讲话') }, { type: 'byline', children: t('（2027年1月15日）') }], 'speech'))).toEqual([]);
  });
});
