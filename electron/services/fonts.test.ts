import { describe, expect, it } from 'vitest';
import { installedFontFamilies, parseFcList, parseRegFonts, parseSystemProfiler } from './fonts';

describe('installed font lists', () => {
  it('reads fc-list, the Windows Fonts registry key and system_profiler output', () => {
    expect(parseFcList('文泉驿正黑,WenQuanYi Zen Hei\nAR PL UKai CN\n')).toEqual(['文泉驿正黑', 'WenQuanYi Zen Hei', 'AR PL UKai CN']);
    const reg = [
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts',
      '    SimSun & NSimSun (TrueType)    REG_SZ    simsun.ttc',
      '    仿宋_GB2312 (TrueType)    REG_SZ    SIMFANG.TTF',
      '    KaiTi (TrueType)    REG_SZ    simkai.ttf',
      '',
    ].join('\r\n');
    expect(parseRegFonts(reg)).toEqual(['SimSun', 'NSimSun', '仿宋_GB2312', 'KaiTi']);
    expect(parseSystemProfiler(JSON.stringify({ SPFontsDataType: [{ typefaces: [{ family: 'STFangsong', fullname: 'STFangsong' }] }] }))).toEqual(['STFangsong', 'STFangsong']);
    expect(parseSystemProfiler('garbage')).toEqual([]);
  });

  it('lists this Linux machine’s fonts through fc-list', async () => {
    const fams = await installedFontFamilies('linux');
    expect(fams.length).toBeGreaterThan(0);
    expect(fams.some((f) => /CJK|文泉驿|UKai|UMing/.test(f))).toBe(true);
  });
});
