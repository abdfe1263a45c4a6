import { describe, expect, it } from 'vitest';
import { PAGE } from './gbt9704';
import { type FormatProfile, formatProfileSchema, GBT9704_PROFILE, layoutOf, profileFromFile, profileToFile } from './profile';

describe('format profiles (单位细则)', () => {
  it('GB/T 9704 gives the standard page: A4, 37/35/28/26 mm, 22 lines at 579 twips, 28 characters at −5 twips', () => {
    const l = layoutOf(GBT9704_PROFILE);
    expect([l.width, l.height, l.top, l.bottom, l.left, l.right]).toEqual([PAGE.width, PAGE.height, PAGE.top, PAGE.bottom, PAGE.left, PAGE.right]);
    expect(l.linePitch).toBe(579);
    expect(Math.floor(l.textHeight / l.linePitch)).toBe(22);
    expect(l.charSpacing).toBe(-5);
    expect(28 * (320 + l.charSpacing)).toBeLessThanOrEqual(l.textWidth);
    expect(l.footer).toBe(PAGE.footer);
    expect(l.titleCharsPerLine).toBe(20);
  });

  it('a unit profile with other margins and 23 lines keeps whole lines in the 版心', () => {
    const p: FormatProfile = { ...GBT9704_PROFILE, name: '某县办细则', margins: { top: 35, bottom: 33, left: 27, right: 25 }, linesPerPage: 23 };
    const l = layoutOf(p);
    expect(Math.floor(l.textHeight / l.linePitch)).toBe(23);
    expect(28 * (320 + l.charSpacing)).toBeLessThanOrEqual(l.textWidth);
  });

  it('round-trips through the shared file and refuses bad files with one Chinese sentence', () => {
    const p: FormatProfile = { ...GBT9704_PROFILE, name: '市政府办细则', heading3Bold: false, pageNumbers: 'center', fonts: { ...GBT9704_PROFILE.fonts, body: '仿宋', title: '华文中宋' } };
    expect(profileFromFile(profileToFile(p))).toEqual({ ok: true, profile: p });
    expect(profileFromFile('not json')).toEqual({ ok: false, error: '不是有效的细则文件（内容不是 JSON）' });
    expect(profileFromFile('{"format":"other"}')).toEqual({ ok: false, error: '不是公文起草助手导出的细则文件' });
    expect(profileFromFile(JSON.stringify({ format: 'gongwen-format-profile', version: 9, profile: p }))).toMatchObject({ ok: false, error: expect.stringContaining('更新的版本') });
    const bad = profileFromFile(JSON.stringify({ format: 'gongwen-format-profile', version: 1, profile: { ...p, margins: { ...p.margins, top: 3 } } }));
    expect(bad).toEqual({ ok: false, error: '细则内容有误：页边距不能小于 10 毫米' });
    expect(formatProfileSchema.safeParse({ ...p, extra: 1 }).success).toBe(false);
  });
});
