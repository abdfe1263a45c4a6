/**
 * Page and type numbers of GB/T 9704-2012《党政机关公文格式》, converted to Word units.
 * docs/gbt9704.md derives every number (section of the standard → arithmetic → Word XML).
 * Pure constants: shared by the exporter, the clipboard HTML and the tests that check them.
 */

/** Word measures page geometry in twentieths of a point (twips); 1 in = 25.4 mm = 1440 twips. */
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** 5.2.1 幅面: A4, 210 mm × 297 mm. */
export const PAGE_WIDTH_MM = 210;
export const PAGE_HEIGHT_MM = 297;
/** 5.2.1 天头（上白边）37 mm ± 1 mm; 订口（左白边）28 mm ± 1 mm. */
export const MARGIN_TOP_MM = 37;
export const MARGIN_LEFT_MM = 28;
/** 5.2.2 版心 156 mm × 225 mm, so the bottom and right margins are what is left over. */
export const TEXT_WIDTH_MM = 156;
export const TEXT_HEIGHT_MM = 225;
export const MARGIN_BOTTOM_MM = PAGE_HEIGHT_MM - MARGIN_TOP_MM - TEXT_HEIGHT_MM; // 35
export const MARGIN_RIGHT_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - TEXT_WIDTH_MM; // 26

export const PAGE = {
  width: mmToTwips(PAGE_WIDTH_MM), // 11906
  height: mmToTwips(PAGE_HEIGHT_MM), // 16838
  top: mmToTwips(MARGIN_TOP_MM), // 2098
  bottom: mmToTwips(MARGIN_BOTTOM_MM), // 1984
  left: mmToTwips(MARGIN_LEFT_MM), // 1587
  right: mmToTwips(MARGIN_RIGHT_MM), // 1474
  /**
   * 7.5 页码 sits 7 mm below the 版心's lower edge. w:footer is the distance from the page's
   * bottom edge to the bottom of the footer line; a 14 pt line is about 6 mm tall, so a footer
   * distance of 25 mm puts the 一字线 (mid-line) at about 35 − 7 = 28 mm from the bottom edge.
   */
  footer: mmToTwips(25), // 1417
  header: mmToTwips(15), // 850 (no header content; Word needs a value)
} as const;

/** 5.2.3 一般每面排22行，每行排28个字. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

const textWidthTwips = PAGE.width - PAGE.left - PAGE.right; // 8845
const textHeightTwips = PAGE.height - PAGE.top - PAGE.bottom; // 12756

/**
 * w:docGrid w:linePitch in twips. Word fits floor(版心高 / linePitch) lines, so round *down*:
 * 12756 / 22 = 579.8 → 579 gives 22 lines (580 would give 21). Also used as the exact line
 * spacing so readers without grid support (LibreOffice, python-docx) still lay out 22 lines.
 */
export const LINE_PITCH = Math.floor(textHeightTwips / LINES_PER_PAGE); // 579

/** 7.2 正文 3号仿宋: 3号 = 16 pt; sizes in Word are half-points. */
export const BODY_SIZE_PT = 16;
/** 7.3.3 标题 2号小标宋: 2号 = 22 pt. */
export const TITLE_SIZE_PT = 22;
/** 7.5 页码 4号: 4号 = 14 pt. */
export const PAGE_NUMBER_SIZE_PT = 14;
/** 7.4.1 版记 一般用4号仿宋. */
export const IMPRINT_PT = 14;
/** 7.2.4 发文机关标志: the standard leaves the size to the unit; 小初 (36 pt), narrowed to fit the 版心 when longer. */
export const ISSUER_MARK_PT = 36;

/**
 * 28 characters per line. 版心 width 8845 twips / 28 = 315.89 twips per character, 4.1 twips less
 * than a 16 pt (320 twip) character. Word templates get this with w:docGrid w:type="linesAndChars"
 * w:charSpace="-842" (−842/4096 pt per character), but LibreOffice lays a 16 pt glyph that does not
 * fit a 15.79 pt grid cell across *two* cells (14 characters a line). So the grid only fixes the
 * lines and each run tightens its characters by w:spacing w:val="-5" (−0.25 pt): 28 × 315 = 8820 ≤
 * 8845 twips in Word, WPS and LibreOffice alike. See docs/gbt9704.md.
 */
export const CHAR_SPACING_TWIPS = Math.floor(textWidthTwips / CHARS_PER_LINE) - BODY_SIZE_PT * 20; // -5
/** What a Word template would put in w:docGrid/@w:charSpace (documented, not written; see above). */
export const WORD_TEMPLATE_CHAR_SPACE = Math.floor((textWidthTwips / CHARS_PER_LINE / 20 - BODY_SIZE_PT) * 4096); // -842

/** First-line indent of two characters: w:firstLineChars="200" (hundredths of a character)… */
export const FIRST_LINE_CHARS = 200;
/** …and its absolute equivalent 2 × 16 pt = 640 twips for readers that ignore *Chars. */
export const FIRST_LINE_TWIPS = 2 * BODY_SIZE_PT * 20;
/** 7.5 单页码居右空一字，双页码居左空一字: one 4号 character = 14 pt = 280 twips. */
export const PAGE_NUMBER_INSET_TWIPS = PAGE_NUMBER_SIZE_PT * 20;

/** Title characters per line: 版心 156 mm = 442 pt / 22 pt = 20 characters. */
export const TITLE_CHARS_PER_LINE = Math.floor((TEXT_WIDTH_MM / 25.4) * 72 / TITLE_SIZE_PT);
