/**
 * What the export dialog says about fonts (grouped by face, what Word/WPS shows instead), the print view's page
 * rules, and the 单位细则 form's checks in the words the host would use.
 */
import { describe, expect, it } from 'vitest';
import { checkFonts, installedSet } from '#core/format/font-check';
import { GBT9704_PROFILE } from '#core/format/profile';
import { profileProblems } from '../format-profiles/FormatProfilesDialog';
import { missingFontLines } from './ExportDialog';
import { pageCss } from './print-view';

describe('the export dialog’s font note', () => {
  it('names each missing face once, with the roles that use it and what Word/WPS shows instead', () => {
    const report = checkFonts(GBT9704_PROFILE, installedSet(['仿宋', '黑体', 'KaiTi', 'Times New Roman', 'SimSun']));
    expect(missingFontLines(report)).toEqual([
      '标题字体“方正小标宋简体”未安装，Word/WPS 将以“宋体”显示。',
      '正文、三级标题、四级标题字体“仿宋_GB2312”未安装，Word/WPS 将以“仿宋”显示。',
      '二级标题字体“楷体_GB2312”未安装，Word/WPS 将以“楷体”显示。',
    ]);
    expect(missingFontLines(checkFonts(GBT9704_PROFILE, () => true))).toEqual([]);
  });
});

describe('the print view', () => {
  it('prints A4 with the profile’s margins and page numbers outside, centred or none', () => {
    expect(pageCss(GBT9704_PROFILE)).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
    expect(pageCss(GBT9704_PROFILE)).toMatch(/@page :right \{ @bottom-right \{ content: "— " counter\(page\) " —"/);
    expect(pageCss({ ...GBT9704_PROFILE, pageNumbers: 'center' })).toContain('@bottom-center');
    expect(pageCss({ ...GBT9704_PROFILE, pageNumbers: 'none' })).not.toContain('counter(page)');
  });
});

describe('the 单位细则 form', () => {
  it('accepts a unit’s variant and says what is wrong, one sentence each', () => {
    const unit = { ...GBT9704_PROFILE, name: '某某县委办细则', fonts: { ...GBT9704_PROFILE.fonts, body: '仿宋', title: '华文中宋' } };
    expect(profileProblems(unit)).toEqual([]);
    expect(profileProblems(GBT9704_PROFILE)).toEqual(['“GB/T 9704-2012”是内置规范，不能修改；请换一个细则名称再保存']);
    expect(profileProblems({ ...unit, name: ' ', margins: { ...unit.margins, top: 5 }, linesPerPage: 22.5, fonts: { ...unit.fonts, body: '' } })).toEqual([
      '请填写细则名称',
      '页边距“上（天头）”应在 10–60 毫米之间',
      '每页行数应为 15–40 的整数',
      '请填写正文字体',
    ]);
  });
});
