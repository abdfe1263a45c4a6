import { describe, expect, it } from 'vitest';
import { attachmentLayout, closingLayout, copyToLayout, displayWidth, docNumberProblems, laidOutWidth } from './closing';

const LINE = 28.08; // 8845 twips / 315 twips per laid-out character

describe('署名 and 成文日期 (GB/T 9704 7.3.5)', () => {
  it('without a seal: 署名右空二字, the date starting two characters right of the 署名', () => {
    const l = closingLayout(['某某县人民政府办公室'], '2027年1月15日', false, LINE);
    expect(l.signatures).toEqual([{ right: 2 }]);
    expect(l.date).toEqual({ left: LINE - 2 - 10 + 2 });
    expect(l.blankLinesBefore).toBe(1);
  });

  it('a date longer than the 署名 goes 右空二字 and the 署名 starts two characters before it', () => {
    const l = closingLayout(['县委办'], '2027年1月15日', false, LINE);
    expect(l.date).toEqual({ right: 2 });
    const dateStart = LINE - 2 - laidOutWidth('2027年1月15日');
    expect(l.signatures).toEqual([{ left: dateStart - 2 }]);
  });

  it('with a seal: the date 右空四字 and each 署名 centred over it, two blank lines under the text', () => {
    const l = closingLayout(['某某县人民政府办公室'], '2027年1月15日', true, LINE);
    expect(l.date).toEqual({ right: 4 });
    const d = laidOutWidth('2027年1月15日');
    const s = l.signatures[0] as { right: number };
    // centres line up: right + width / 2 is the same for both
    expect(s.right + 10 / 2).toBeCloseTo(4 + d / 2, 6);
    expect(l.blankLinesBefore).toBe(2);
  });

  it('several signatories share their first column', () => {
    const l = closingLayout(['某某县人民政府办公室', '某某县财政局'], '2027年1月15日', false, LINE);
    expect(l.signatures).toEqual([{ right: 2 }, { right: 2 + 4 }]);
  });

  it('measures digits as half a character plus the space renderers put next to Chinese', () => {
    expect(displayWidth('2027年1月15日')).toBe(6.5);
    expect(laidOutWidth('2027年1月15日')).toBe(6.5 + 5 * 0.25);
    expect(laidOutWidth('某某县人民政府办公室')).toBe(10);
  });
});

describe('附件说明 (7.3.6) and 版记 (7.4)', () => {
  it('numbers several attachments and lines wrapped names up with the name above', () => {
    expect(attachmentLayout(1, 0)).toEqual({ left: 5, hanging: 3, prefix: '附件：' });
    expect(attachmentLayout(2, 0)).toEqual({ left: 6, hanging: 4, prefix: '附件：1.' });
    expect(attachmentLayout(2, 1)).toEqual({ left: 6, hanging: 1, prefix: '2.' });
    expect(attachmentLayout(12, 10)).toEqual({ left: 6.5, hanging: 1.5, prefix: '11.' });
  });

  it('indents 抄送 one character each side and aligns its wrapped lines after the colon', () => {
    expect(copyToLayout()).toEqual({ left: 4, hanging: 3, prefix: '抄送：', right: 1 });
  });
});

describe('发文字号 (7.2.5)', () => {
  it('accepts 〔2027〕1号 and names each mistake in Chinese', () => {
    expect(docNumberProblems('某政办发〔2027〕1号')).toEqual([]);
    expect(docNumberProblems('某政办发[2027]1号')).toEqual(['发文字号的年份应使用六角括号“〔〕”，不用“[]”“【】”或圆括号']);
    expect(docNumberProblems('某政办发【2027】第1号')).toEqual(['发文字号的年份应使用六角括号“〔〕”，不用“[]”“【】”或圆括号', '发文字号的序号前不加“第”字']);
    expect(docNumberProblems('某政办发〔27〕1号')).toEqual(['发文字号的年份应标全称（如〔2027〕）']);
    expect(docNumberProblems('某政办发〔2027〕01号')).toEqual(['发文字号的序号不编虚位（1 不编为 01）']);
    expect(docNumberProblems('某政办发〔2027〕1')).toEqual(['发文字号应以“号”字结尾']);
  });
});
