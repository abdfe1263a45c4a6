/**
 * Which 公文 fonts a profile needs are missing on this machine, and what Word/WPS will show instead.
 * The host lists the installed families (services/fonts.ts: fc-list, the Windows registry, macOS); this
 * decides, so the answer is the same on every host and testable without fonts.
 *
 * Word substitutes a missing font with the first installed name of its w:altName chain (fonts.ts writes
 * the same chain), else with a face of the same charset and panose class, which on a Chinese Windows is
 * 宋体. WPS does the same from its own table. So "what you will see" is the first installed fallback.
 */
import { FALLBACKS } from './fonts';
import type { FormatProfile } from './profile';
import { FONT_ROLE_LABELS, FONT_ROLES } from './profile-limits';

/** The same face under its Chinese and Windows/macOS English names (font lists report either). */
const ALIASES: string[][] = [
  ['仿宋_GB2312', 'FangSong_GB2312'],
  ['仿宋', 'FangSong'],
  ['楷体_GB2312', 'KaiTi_GB2312'],
  ['楷体', 'KaiTi'],
  ['黑体', 'SimHei'],
  ['宋体', 'SimSun'],
  ['华文中宋', 'STZhongsong'],
  ['华文仿宋', 'STFangsong'],
  ['华文楷体', 'STKaiti'],
  ['华文宋体', 'STSong'],
  ['华文黑体', 'STHeiti'],
  ['方正小标宋简体', 'FZXiaoBiaoSong-B05S'],
  ['方正小标宋_GBK', 'FZXiaoBiaoSong-B05'],
];

const key = (name: string) => name.replace(/\s+/g, '').toLowerCase();

/** Normalised installed-font lookup that also answers for a face's other names. */
export function installedSet(families: Iterable<string>): (name: string) => boolean {
  const have = new Set<string>();
  for (const f of families) have.add(key(f));
  for (const group of ALIASES) if (group.some((n) => have.has(key(n)))) for (const n of group) have.add(key(n));
  return (name) => have.has(key(name));
}

export { FONT_ROLE_LABELS } from './profile-limits';

export interface FontStatus {
  role: keyof FormatProfile['fonts'];
  label: string;
  font: string;
  installed: boolean;
  /** The face Word/WPS will use instead, or null when none of the fallbacks is installed either. */
  shownAs: string | null;
  /** One Chinese sentence for the user, e.g. 标题字体“方正小标宋简体”未安装，Word/WPS 将以“华文中宋”显示。 */
  message: string;
}

export interface FontReport {
  fonts: FontStatus[];
  missing: FontStatus[];
}

export function checkFonts(profile: FormatProfile, isInstalled: (name: string) => boolean): FontReport {
  const fonts = FONT_ROLES.map((role): FontStatus => {
    const font = profile.fonts[role];
    const label = FONT_ROLE_LABELS[role];
    if (isInstalled(font)) return { role, label, font, installed: true, shownAs: font, message: `${label}字体“${font}”已安装。` };
    const shownAs = (FALLBACKS[font] ?? []).find(isInstalled) ?? null;
    const message = shownAs
      ? `${label}字体“${font}”未安装，Word/WPS 将以“${shownAs}”显示，打印效果与规范略有不同。`
      : `${label}字体“${font}”及其替代字体均未安装，Word/WPS 将以系统默认字体（通常为宋体）显示。`;
    return { role, label, font, installed: false, shownAs, message };
  });
  return { fonts, missing: fonts.filter((f) => !f.installed) };
}
