/**
 * Font names a 公文 uses and what to fall back to where the GB2312 fonts are missing.
 *
 * Word and WPS choose the font for Chinese characters from w:rFonts/@w:eastAsia, so every run
 * names its East-Asian font explicitly; Latin letters and digits use Times New Roman as 公文
 * templates do (page numbers are the exception: 7.5 asks for 宋体 digits).
 * The fallback chain is written into word/fontTable.xml as w:altName + GB2312 charset, which
 * Word uses to substitute a missing font; the clipboard HTML lists the same chain in CSS.
 */

export const FONT = {
  /** 7.3.3 标题: 小标宋体. */
  title: '方正小标宋简体',
  /** 7.2 正文 / level 3 and 4 headings: 仿宋. */
  body: '仿宋_GB2312',
  /** Level 1 heading 一、: 黑体. */
  heading1: '黑体',
  /** Level 2 heading （一）: 楷体. */
  heading2: '楷体_GB2312',
  /** 7.5 页码: 宋体. */
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/**
 * Ordered fallbacks for each family: what Word/WPS should use where the font is missing (the Chinese name,
 * then the Windows English name, then the macOS face). The first of each chain is the one 公文 templates
 * name; 方正小标宋 is a commercial font many offices lack, so its chain ends in 宋体.
 */
export const FALLBACKS: Record<string, string[]> = {
  '方正小标宋简体': ['方正小标宋_GBK', '华文中宋', 'STZhongsong', '宋体', 'SimSun'],
  '方正小标宋_GBK': ['方正小标宋简体', '华文中宋', 'STZhongsong', '宋体', 'SimSun'],
  '小标宋': ['方正小标宋简体', '华文中宋', 'STZhongsong', '宋体', 'SimSun'],
  '华文中宋': ['STZhongsong', '宋体', 'SimSun'],
  '仿宋_GB2312': ['仿宋', 'FangSong', 'STFangsong'],
  '仿宋': ['仿宋_GB2312', 'FangSong', 'STFangsong'],
  '黑体': ['SimHei', 'STHeiti'],
  '楷体_GB2312': ['楷体', 'KaiTi', 'STKaiti'],
  '楷体': ['楷体_GB2312', 'KaiTi', 'STKaiti'],
  '宋体': ['SimSun', 'STSong'],
};

const CSS_GENERIC: Record<string, string> = { '黑体': 'sans-serif' };

/** CSS font-family value with the fallback chain, single-quoted so it fits in a style="" attribute: '仿宋_GB2312', '仿宋', FangSong, serif. */
export function cssFontFamily(name: string): string {
  const names = [name, ...(FALLBACKS[name] ?? [])].map((n) => (/^[A-Za-z]+$/.test(n) ? n : `'${n}'`));
  return [...names, CSS_GENERIC[name] ?? 'serif'].join(', ');
}

/** How Word classifies a face (w:family, w:pitch, w:panose1): it picks a substitute that matches these when no named alternative is installed. */
interface FaceClass {
  family: 'roman' | 'swiss' | 'modern' | 'script';
  pitch: 'variable' | 'fixed';
  panose: string;
}
const FANGSONG: FaceClass = { family: 'modern', pitch: 'fixed', panose: '02010609060101010101' };
const CLASS: Record<string, FaceClass> = {
  'Times New Roman': { family: 'roman', pitch: 'variable', panose: '02020603050405020304' },
  '方正小标宋简体': { family: 'script', pitch: 'variable', panose: '02000000000000000000' },
  '方正小标宋_GBK': { family: 'script', pitch: 'variable', panose: '02000000000000000000' },
  '华文中宋': { family: 'roman', pitch: 'variable', panose: '02010600040101010101' },
  '仿宋_GB2312': { ...FANGSONG, panose: '02010609030101010101' },
  '仿宋': FANGSONG,
  '黑体': { family: 'modern', pitch: 'fixed', panose: '02010609060101010101' },
  '楷体_GB2312': { ...FANGSONG, panose: '02010609030101010101' },
  '楷体': FANGSONG,
  '宋体': { family: 'roman', pitch: 'variable', panose: '02010600030101010101' },
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const isLatin = (name: string) => /^[\x20-\x7e]+$/.test(name);

/** The fonts a profile uses, each once, Latin first. */
function fontsOf(p: { fonts: Record<string, string> }): string[] {
  const names = [...new Set(Object.values(p.fonts))];
  return [...names.filter(isLatin), ...names.filter((n) => !isLatin(n))];
}

/**
 * word/fontTable.xml naming every font the export uses with its fallback chain. ISO/IEC 29500-1 §17.8.3.1:
 * w:altName holds alternative names "stored in a comma-delimited list"; charset 86 (GB2312) and the
 * panose/family/pitch class guide Word's own substitution when none of them is installed.
 */
export function fontTableXml(p: { fonts: Record<string, string> }): string {
  const fonts = fontsOf(p)
    .map((name) => {
      const c: FaceClass = CLASS[name] ?? { family: 'roman', pitch: 'variable', panose: '' };
      const alt = FALLBACKS[name];
      return (
        `<w:font w:name="${esc(name)}">` +
        (alt ? `<w:altName w:val="${esc(alt.join(','))}"/>` : '') +
        (c.panose ? `<w:panose1 w:val="${c.panose}"/>` : '') +
        `<w:charset w:val="${isLatin(name) ? '00' : '86'}"/><w:family w:val="${c.family}"/><w:pitch w:val="${c.pitch}"/></w:font>`
      );
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts +
    '</w:fonts>'
  );
}
