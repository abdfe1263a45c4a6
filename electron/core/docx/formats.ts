/**
 * One row per paragraph kind of a 公文 (the table docs/gbt9704.md explains), derived from a format profile.
 * The exporter writes these into the style sheet (styles.ts) and, again, directly on every paragraph and
 * run, because WPS and LibreOffice do not always resolve East-Asian fonts from styles.
 */
import type { FormatRow } from '../draft/blocks';
import { IMPRINT_PT, ISSUER_MARK_PT } from '../format/gbt9704';
import { BODY_PT, type FormatProfile, type PageLayout, TITLE_PT } from '../format/profile';

/** A format row of the block registry (core/draft/blocks.ts): each block kind names the row it is laid out with. */
export type Kind = FormatRow;


export interface KindFormat {
  kind: Kind;
  styleId: string;
  styleName: string;
  eastAsia: string;
  latin: string;
  sizePt: number;
  bold: boolean;
  align: 'center' | 'left' | 'both' | 'right';
  /** Text colour (RRGGBB); black when absent. */
  color?: string;
  /** First-line indent of two characters (7.2 每自然段左空二字). */
  indent: boolean;
  outlineLevel?: number;
  /** Space after, in twips (the title keeps one blank line before the 主送机关, 7.3.4). */
  after: number;
  /** Off for text larger than the grid's 16 pt, which LibreOffice would give two grid rows per line. */
  snapToGrid: boolean;
  /** Per-run character spacing in twips (negative tightens; see layoutOf). */
  charSpacing?: number;
  /** Exact line height in twips when it is not the grid pitch (text larger than a grid row). */
  line?: number;
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
  /** A block that is not a paragraph of the body: no first-line indent, its own alignment. */
  const plain = (kind: Kind, styleId: string, styleName: string, eastAsia: string, align: KindFormat['align']): KindFormat => ({
    ...body(kind, styleId, styleName, eastAsia, false),
    align,
    indent: false,
  });
  return {
    title: { kind: 'title', styleId: 'Title', styleName: 'Title', eastAsia: p.fonts.title, latin: p.fonts.latin, sizePt: TITLE_PT, bold: false, align: 'center', indent: false, after: l.linePitch, snapToGrid: false },
    salutation: body('salutation', 'Salutation', '称呼', p.fonts.body, false),
    h1: body('h1', 'Heading1', 'heading 1', p.fonts.heading1, false, 0),
    h2: body('h2', 'Heading2', 'heading 2', p.fonts.heading2, false, 1),
    h3: body('h3', 'Heading3', 'heading 3', p.fonts.heading3, p.heading3Bold, 2),
    h4: body('h4', 'Heading4', 'heading 4', p.fonts.heading4, false, 3),
    body: body('body', 'Normal', 'Normal', p.fonts.body, false),
    signature: plain('signature', 'Signature', '发文机关署名', p.fonts.body, 'right'),
    date: plain('date', 'DocDate', '成文日期', p.fonts.body, 'right'),
    attachment: plain('attachment', 'Attachment', '附件说明', p.fonts.body, 'left'),
    note: plain('note', 'DocNote', '附注', p.fonts.body, 'both'),
    byline: plain('byline', 'Byline', '讲话人和日期', p.fonts.heading2, 'center'),
    copyTo: { ...plain('copyTo', 'CopyTo', '抄送', p.fonts.body, 'left'), sizePt: IMPRINT_PT, charSpacing: undefined },
    printed: { ...plain('printed', 'Imprint', '印发机关和日期', p.fonts.body, 'left'), sizePt: IMPRINT_PT, charSpacing: undefined },
    headerLine: plain('headerLine', 'HeaderLine', '份号密级紧急程度', p.fonts.heading1, 'left'),
    issuerMark: { ...plain('issuerMark', 'IssuerMark', '发文机关标志', p.fonts.title, 'center'), sizePt: ISSUER_MARK_PT, snapToGrid: false, charSpacing: undefined, color: 'FF0000', line: Math.round(ISSUER_MARK_PT * 20 * 1.25) },
    docNumber: plain('docNumber', 'DocNumber', '发文字号', p.fonts.body, 'center'),
  };
}
