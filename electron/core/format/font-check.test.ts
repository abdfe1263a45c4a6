import { describe, expect, it } from 'vitest';
import { checkFonts, installedSet } from './font-check';
import { GBT9704_PROFILE } from './profile';

describe('checkFonts', () => {
  it('on a Windows machine without the GB2312 fonts and 方正小标宋: says what Word/WPS will show instead', () => {
    const windows = installedSet(['SimSun', 'SimHei', 'FangSong', 'KaiTi', 'Times New Roman', '华文中宋']);
    const r = checkFonts(GBT9704_PROFILE, windows);
    expect(r.missing.map((f) => [f.label, f.font, f.shownAs])).toEqual([
      ['标题', '方正小标宋简体', '华文中宋'],
      ['正文', '仿宋_GB2312', '仿宋'],
      ['二级标题', '楷体_GB2312', '楷体'],
      ['三级标题', '仿宋_GB2312', '仿宋'],
      ['四级标题', '仿宋_GB2312', '仿宋'],
    ]);
    expect(r.missing[0].message).toBe('标题字体“方正小标宋简体”未安装，Word/WPS 将以“华文中宋”显示，打印效果与规范略有不同。');
    expect(r.fonts.find((f) => f.role === 'heading1')).toMatchObject({ installed: true, font: '黑体' });
  });

  it('with nothing installed says the system default will be used', () => {
    const r = checkFonts(GBT9704_PROFILE, installedSet([]));
    expect(r.missing).toHaveLength(8);
    expect(r.missing[0].message).toContain('及其替代字体均未安装');
  });

  it('matches Chinese and English names of the same face, ignoring case and spaces', () => {
    const has = installedSet(['fangsong_gb2312', 'Fz XiaoBiaoSong-B05S']);
    expect(has('仿宋_GB2312')).toBe(true);
    expect(has('方正小标宋简体')).toBe(true);
    expect(has('楷体')).toBe(false);
  });
});
