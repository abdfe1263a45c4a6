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

/** Ordered fallbacks for each family (Windows names, then Chinese aliases, then CSS generic). */
export const FALLBACKS: Record<string, string[]> = {
  '方正小标宋简体': ['方正小标宋_GBK', '华文中宋', 'STZhongsong', '宋体', 'SimSun'],
  '仿宋_GB2312': ['仿宋', 'FangSong', 'STFangsong'],
  '仿宋': ['FangSong', 'STFangsong'],
  '黑体': ['SimHei', 'STHeiti'],
  '楷体_GB2312': ['楷体', 'KaiTi', 'STKaiti'],
  '楷体': ['KaiTi', 'STKaiti'],
  '宋体': ['SimSun', 'STSong'],
};

const CSS_GENERIC: Record<string, string> = {
  '方正小标宋简体': 'serif',
  '仿宋_GB2312': 'serif',
  '黑体': 'sans-serif',
  '楷体_GB2312': 'serif',
  '宋体': 'serif',
};

/** CSS font-family value with the fallback chain, single-quoted so it fits in a style="" attribute: '仿宋_GB2312', '仿宋', FangSong, serif. */
export function cssFontFamily(name: string): string {
  const names = [name, ...(FALLBACKS[name] ?? [])].map((n) => (/^[A-Za-z]+$/.test(n) ? n : `'${n}'`));
  return [...names, CSS_GENERIC[name] ?? 'serif'].join(', ');
}

interface FontTableEntry {
  name: string;
  altName?: string;
  /** 86 = GB2312_CHARSET: tells Word to substitute with a Simplified Chinese font. */
  charset: string;
  family: 'roman' | 'swiss' | 'modern' | 'script';
  pitch: 'variable' | 'fixed';
  panose?: string;
}

const FONT_TABLE: FontTableEntry[] = [
  { name: 'Times New Roman', charset: '00', family: 'roman', pitch: 'variable', panose: '02020603050405020304' },
  { name: '方正小标宋简体', altName: '宋体', charset: '86', family: 'script', pitch: 'variable', panose: '02000000000000000000' },
  { name: '仿宋_GB2312', altName: '仿宋', charset: '86', family: 'modern', pitch: 'fixed', panose: '02010609030101010101' },
  { name: '仿宋', altName: 'FangSong', charset: '86', family: 'modern', pitch: 'fixed', panose: '02010609060101010101' },
  { name: '黑体', altName: 'SimHei', charset: '86', family: 'modern', pitch: 'fixed', panose: '02010609060101010101' },
  { name: '楷体_GB2312', altName: '楷体', charset: '86', family: 'modern', pitch: 'fixed', panose: '02010609030101010101' },
  { name: '楷体', altName: 'KaiTi', charset: '86', family: 'modern', pitch: 'fixed', panose: '02010609060101010101' },
  { name: '宋体', altName: 'SimSun', charset: '86', family: 'roman', pitch: 'variable', panose: '02010600030101010101' },
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** word/fontTable.xml naming every font the export uses, with its substitute. */
export function fontTableXml(): string {
  const fonts = FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${esc(f.name)}">` +
      (f.altName ? `<w:altName w:val="${esc(f.altName)}"/>` : '') +
      (f.panose ? `<w:panose1 w:val="${f.panose}"/>` : '') +
      `<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts +
    '</w:fonts>'
  );
}
