/**
 * 单位细则: a unit's own variant of the GB/T 9704 layout (margins, the font of each element, lines per page,
 * bold third-level headings, where page numbers go, the face for digits and Latin letters). GB/T 9704 is the
 * default; users keep named profiles in their settings and share one as a JSON file.
 *
 * `layoutOf(profile)` turns a profile into the Word numbers the exporter writes (twips, half-points), so
 * there is one place where a millimetre becomes a twip. Pure: zod only.
 */
import { z } from 'zod';
import { CHARS_PER_LINE, LINES_PER_PAGE, MARGIN_BOTTOM_MM, MARGIN_LEFT_MM, MARGIN_RIGHT_MM, MARGIN_TOP_MM, mmToTwips, PAGE_HEIGHT_MM, PAGE_WIDTH_MM } from './gbt9704';
import { FONT } from './fonts';
import { PAGE_NUMBER_PLACEMENTS, PROFILE_LIMITS } from './profile-limits';

const L = PROFILE_LIMITS;
const fontName = z.string().trim().min(1, '字体名不能为空').max(L.fontChars, '字体名过长');
const mm = (min: number, max: number) => z.number().min(min, `页边距不能小于 ${min} 毫米`).max(max, `页边距不能大于 ${max} 毫米`);

export { PAGE_NUMBER_LABELS, PAGE_NUMBER_PLACEMENTS, type PageNumberPlacement } from './profile-limits';

export const formatProfileSchema = z
  .object({
    name: z.string().trim().min(1, '细则名称不能为空').max(L.nameChars, `细则名称不超过 ${L.nameChars} 字`),
    margins: z.object({ top: mm(L.marginMm.min, L.marginMm.max), bottom: mm(L.marginMm.min, L.marginMm.max), left: mm(L.marginMm.min, L.marginMm.max), right: mm(L.marginMm.min, L.marginMm.max) }).strict(),
    linesPerPage: z.number().int().min(L.linesPerPage.min, `每页行数不少于 ${L.linesPerPage.min}`).max(L.linesPerPage.max, `每页行数不超过 ${L.linesPerPage.max}`),
    charsPerLine: z.number().int().min(L.charsPerLine.min, `每行字数不少于 ${L.charsPerLine.min}`).max(L.charsPerLine.max, `每行字数不超过 ${L.charsPerLine.max}`),
    fonts: z
      .object({
        title: fontName,
        body: fontName,
        heading1: fontName,
        heading2: fontName,
        heading3: fontName,
        heading4: fontName,
        pageNumber: fontName,
        /** Digits and Latin letters (w:ascii / w:hAnsi). */
        latin: fontName,
      })
      .strict(),
    heading3Bold: z.boolean(),
    pageNumbers: z.enum(PAGE_NUMBER_PLACEMENTS),
  })
  .strict();

export type FormatProfile = z.infer<typeof formatProfileSchema>;

/** GB/T 9704-2012 itself: the profile every export uses unless the user picks another. */
export const GBT9704_PROFILE: FormatProfile = {
  name: 'GB/T 9704-2012',
  margins: { top: MARGIN_TOP_MM, bottom: MARGIN_BOTTOM_MM, left: MARGIN_LEFT_MM, right: MARGIN_RIGHT_MM },
  linesPerPage: LINES_PER_PAGE,
  charsPerLine: CHARS_PER_LINE,
  fonts: {
    title: FONT.title,
    body: FONT.body,
    heading1: FONT.heading1,
    heading2: FONT.heading2,
    heading3: FONT.body,
    heading4: FONT.body,
    pageNumber: FONT.pageNumber,
    latin: FONT.latin,
  },
  heading3Bold: true,
  pageNumbers: 'outside',
};

/** The file a profile is shared as (导出细则 / 导入细则). */
export const PROFILE_FILE_FORMAT = 'gongwen-format-profile';
export const PROFILE_FILE_VERSION = 1;

export function profileToFile(p: FormatProfile): string {
  return JSON.stringify({ format: PROFILE_FILE_FORMAT, version: PROFILE_FILE_VERSION, profile: p }, null, 2);
}

export type ProfileParse = { ok: true; profile: FormatProfile } | { ok: false; error: string };

/** Reads a shared profile file; every problem comes back as one Chinese sentence. */
export function profileFromFile(text: string): ProfileParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: '不是有效的细则文件（内容不是 JSON）' };
  }
  const o = data as { format?: unknown; version?: unknown; profile?: unknown };
  if (!o || typeof o !== 'object' || o.format !== PROFILE_FILE_FORMAT) return { ok: false, error: '不是公文起草助手导出的细则文件' };
  if (typeof o.version !== 'number' || o.version > PROFILE_FILE_VERSION) return { ok: false, error: '细则文件来自更新的版本，请升级后再导入' };
  const r = formatProfileSchema.safeParse(o.profile);
  if (!r.success) return { ok: false, error: '细则内容有误：' + r.error.issues[0].message };
  return { ok: true, profile: r.data };
}

/** Word geometry derived from a profile (twips unless named otherwise). */
export interface PageLayout {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
  textWidth: number;
  textHeight: number;
  /** w:docGrid/@w:linePitch and the exact line spacing: just under 版心高 / lines, so Word and LibreOffice fit exactly that many lines. */
  linePitch: number;
  /** Per-run w:spacing for 16 pt text so charsPerLine characters fit the 版心 width (negative = tighter). */
  charSpacing: number;
  /** Title characters per line at 22 pt. */
  titleCharsPerLine: number;
}

export const BODY_PT = 16;
export const TITLE_PT = 22;

export function layoutOf(p: FormatProfile): PageLayout {
  const width = mmToTwips(PAGE_WIDTH_MM);
  const height = mmToTwips(PAGE_HEIGHT_MM);
  const top = mmToTwips(p.margins.top);
  const bottom = mmToTwips(p.margins.bottom);
  const left = mmToTwips(p.margins.left);
  const right = mmToTwips(p.margins.right);
  const textWidth = width - left - right;
  const textHeight = height - top - bottom;
  return {
    width,
    height,
    top,
    bottom,
    left,
    right,
    header: mmToTwips(15),
    // 7.5: the page number's 一字线 sits 7 mm below the 版心; a 14 pt footer line is about 6 mm tall, so the
    // footer's bottom is (bottom margin − 7 mm − 3 mm) above the page edge: 25 mm for GB/T 9704.
    footer: mmToTwips(Math.max(5, p.margins.bottom - 10)),
    textWidth,
    textHeight,
    // 10 twips spare: LibreOffice converts to 1/100 mm and rounds each line; a grid that fills the 版心 exactly
    // comes out a hair too tall there, loses a line and is centred half a line low (measured: margins 35/33 mm).
    linePitch: Math.floor((textHeight - 10) / p.linesPerPage),
    charSpacing: Math.min(0, Math.floor(textWidth / p.charsPerLine) - BODY_PT * 20),
    titleCharsPerLine: Math.floor(((textWidth / 1440) * 72) / TITLE_PT),
  };
}
