/**
 * One row per paragraph kind of a 公文 (the table docs/gbt9704.md explains), derived from a format profile.
 * The exporter writes these into the style sheet (styles.ts) and, again, directly on every paragraph and
 * run, because WPS and LibreOffice do not always resolve East-Asian fonts from styles.
 */
import { BODY_PT, type FormatProfile, type PageLayout, TITLE_PT } from '../format/profile';

export type Kind = 'title' | 'salutation' | 'h1' | 'h2' | 'h3' | 'h4' | 'body';

export interface KindFormat {
  kind: Kind;
  styleId: string;
  styleName: string;
  eastAsia: string;
  latin: string;
  sizePt: number;
  bold: boolean;
  align: 'center' | 'left' | 'both';
  /** First-line indent of two characters (7.2 每自然段左空二字). */
  indent: boolean;
  outlineLevel?: number;
  /** Space after, in twips (the title keeps one blank line before the 主送机关, 7.3.4). */
  after: number;
  /** Off for text larger than the grid's 16 pt, which LibreOffice would give two grid rows per line. */
  snapToGrid: boolean;
  /** Per-run character spacing in twips (negative tightens; see layoutOf). */
  charSpacing?: number;
}

export function formatsOf(p: FormatProfile, l: PageLayout): Record<Kind, KindFormat> {
  const body = (kind: Kind, styleId: string, styleName: string, eastAsia: string, bold: boolean, outlineLevel?: number): KindFormat => ({
    kind,
    styleId,
    styleName,
    eastAsia,
    latin: p.fonts.latin,
    sizePt: BODY_PT,
    bold,
    align: kind === 'salutation' ? 'left' : 'both',
    indent: kind !== 'salutation',
    outlineLevel,
    after: 0,
    snapToGrid: true,
    charSpacing: l.charSpacing || undefined,
  });
  return {
    title: { kind: 'title', styleId: 'Title', styleName: 'Title', eastAsia: p.fonts.title, latin: p.fonts.latin, sizePt: TITLE_PT, bold: false, align: 'center', indent: false, after: l.linePitch, snapToGrid: false },
    salutation: body('salutation', 'Salutation', '称呼', p.fonts.body, false),
    h1: body('h1', 'Heading1', 'heading 1', p.fonts.heading1, false, 0),
    h2: body('h2', 'Heading2', 'heading 2', p.fonts.heading2, false, 1),
    h3: body('h3', 'Heading3', 'heading 3', p.fonts.heading3, p.heading3Bold, 2),
    h4: body('h4', 'Heading4', 'heading 4', p.fonts.heading4, false, 3),
    body: body('body', 'Normal', 'Normal', p.fonts.body, false),
  };
}
