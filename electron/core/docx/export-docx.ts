/**
 * Draft → .docx in GB/T 9704-2012 公文 layout, built from the document model with the `docx`
 * library (never from HTML). Pure: runs in Node, a worker and the renderer.
 *
 * Formatting is written twice on purpose: once in named styles (Title, Heading 1–4, 称呼, Normal)
 * so Word's navigation pane and our importer see the structure, and once directly on each
 * paragraph and run, because WPS and LibreOffice do not always resolve East-Asian fonts from styles.
 */
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import JSZip from 'jszip';
import { type BlockElement, type Draft, type InlineNode, isPlaceholder, numberHeadings } from '../draft/model';
import { isUnfilled } from '../draft/export-issues';
import { FONT, fontTableXml } from '../format/fonts';
import {
  BODY_SIZE_PT,
  CHAR_SPACING_TWIPS,
  FIRST_LINE_CHARS,
  FIRST_LINE_TWIPS,
  LINE_PITCH,
  PAGE,
  PAGE_NUMBER_INSET_TWIPS,
  PAGE_NUMBER_SIZE_PT,
  TITLE_SIZE_PT,
} from '../format/gbt9704';
import { splitTitle } from './title-lines';

export interface ExportOptions {
  /** Highlight unfilled placeholders and "to check" runs (the user chose to export anyway). */
  highlightIssues?: boolean;
}

type Kind = 'title' | 'salutation' | 'h1' | 'h2' | 'h3' | 'h4' | 'body';

interface KindFormat {
  styleId: string;
  styleName: string;
  eastAsia: string;
  latin: string;
  sizePt: number;
  bold: boolean;
  align: 'center' | 'left' | 'both';
  indent: boolean;
  outlineLevel?: number;
}

/** One row per paragraph kind: the table docs/gbt9704.md explains. */
export const FORMATS: Record<Kind, KindFormat> = {
  title: { styleId: 'Title', styleName: 'Title', eastAsia: FONT.title, latin: FONT.latin, sizePt: TITLE_SIZE_PT, bold: false, align: 'center', indent: false },
  salutation: { styleId: 'Salutation', styleName: '称呼', eastAsia: FONT.body, latin: FONT.latin, sizePt: BODY_SIZE_PT, bold: false, align: 'left', indent: false },
  h1: { styleId: 'Heading1', styleName: 'heading 1', eastAsia: FONT.heading1, latin: FONT.latin, sizePt: BODY_SIZE_PT, bold: false, align: 'both', indent: true, outlineLevel: 0 },
  h2: { styleId: 'Heading2', styleName: 'heading 2', eastAsia: FONT.heading2, latin: FONT.latin, sizePt: BODY_SIZE_PT, bold: false, align: 'both', indent: true, outlineLevel: 1 },
  h3: { styleId: 'Heading3', styleName: 'heading 3', eastAsia: FONT.body, latin: FONT.latin, sizePt: BODY_SIZE_PT, bold: true, align: 'both', indent: true, outlineLevel: 2 },
  h4: { styleId: 'Heading4', styleName: 'heading 4', eastAsia: FONT.body, latin: FONT.latin, sizePt: BODY_SIZE_PT, bold: false, align: 'both', indent: true, outlineLevel: 3 },
  body: { styleId: 'Normal', styleName: 'Normal', eastAsia: FONT.body, latin: FONT.latin, sizePt: BODY_SIZE_PT, bold: false, align: 'both', indent: true },
};

const ALIGN = { center: AlignmentType.CENTER, left: AlignmentType.LEFT, both: AlignmentType.BOTH } as const;

function kindOf(b: BlockElement): Kind {
  if (b.type === 'heading') return `h${b.level}` as Kind;
  if (b.type === 'paragraph') return 'body';
  return b.type;
}

function fontsOf(f: KindFormat) {
  return { ascii: f.latin, hAnsi: f.latin, eastAsia: f.eastAsia, cs: f.latin, hint: 'eastAsia' };
}

/** 16 pt text is tightened to fit 28 characters a line (gbt9704.ts CHAR_SPACING_TWIPS); the title keeps its natural width. */
function spacingOf(f: KindFormat): number | undefined {
  return f.sizePt === BODY_SIZE_PT ? CHAR_SPACING_TWIPS : undefined;
}

function runProps(f: KindFormat) {
  return { font: fontsOf(f), size: f.sizePt * 2, sizeComplexScript: f.sizePt * 2, bold: f.bold || undefined, characterSpacing: spacingOf(f) };
}

function paragraphProps(f: KindFormat, indented: boolean) {
  return {
    alignment: ALIGN[f.align],
    // Widow/orphan control would pull a line to the next page and leave 21 lines on this one; a
    // 公文 page keeps its 22 lines (5.2.3).
    widowControl: false,
    // Exact spacing at the grid pitch: 22 lines per page even where the document grid is ignored.
    // 7.3.4 主送机关 sits one blank line below the title, hence one line of space after it.
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: f === FORMATS.title ? LINE_PITCH : 0 },
    indent: indented ? { firstLine: FIRST_LINE_TWIPS, firstLineChars: FIRST_LINE_CHARS } : { firstLine: 0, firstLineChars: 0 },
  };
}

function runsOf(children: InlineNode[], f: KindFormat, prefix: string, highlight: boolean): TextRun[] {
  const base = runProps(f);
  const runs: TextRun[] = [];
  if (prefix) runs.push(new TextRun({ ...base, text: prefix }));
  const push = (text: string, o: Partial<IRunOptions>) => {
    if (text) runs.push(new TextRun({ ...base, ...o, text }));
  };
  for (const n of children) {
    if (isPlaceholder(n)) {
      if (isUnfilled(n)) push(`【${n.label}】`, { highlight: highlight ? 'yellow' : undefined });
      else for (const t of n.children) push(t.text, { bold: t.bold || f.bold || undefined, highlight: highlight && t.check ? 'yellow' : undefined });
    } else {
      push(n.text, { bold: n.bold || f.bold || undefined, highlight: highlight && n.check ? 'yellow' : undefined });
    }
  }
  return runs;
}

/** The inline content as formatted pieces: text plus its bold/highlight, placeholders already resolved. */
interface Piece {
  text: string;
  bold?: boolean;
  highlight?: boolean;
}

function piecesOf(children: InlineNode[], highlight: boolean): Piece[] {
  const out: Piece[] = [];
  for (const n of children) {
    if (isPlaceholder(n)) {
      if (isUnfilled(n)) out.push({ text: `【${n.label}】`, highlight });
      else for (const t of n.children) out.push({ text: t.text, bold: t.bold, highlight: highlight && !!t.check });
    } else out.push({ text: n.text, bold: n.bold, highlight: highlight && !!n.check });
  }
  return out.filter((p) => p.text !== '');
}

function titleParagraph(b: BlockElement, highlight: boolean): Paragraph {
  const f = FORMATS.title;
  const pieces = piecesOf(b.children, highlight);
  // Split the whole title text into lines, then cut the formatted pieces at the line ends so a
  // highlighted year or placeholder inside a long title keeps its mark.
  const lines = splitTitle(pieces.map((p) => p.text).join(''));
  const full = pieces.map((p) => p.text).join('');
  const ends: number[] = [];
  let pos = 0;
  for (const line of lines) {
    pos = full.indexOf(line, pos) + line.length;
    ends.push(pos);
  }
  const runs: TextRun[] = [];
  let at = 0;
  let line = 0;
  let needBreak = false;
  for (const p of pieces) {
    let text = p.text;
    while (text) {
      const room = ends[line] - at;
      const part = room > 0 ? text.slice(0, room) : '';
      const visible = part.trim() === '' && needBreak ? '' : part; // drop the space a break replaces
      if (visible) {
        runs.push(new TextRun({ ...runProps(f), text: needBreak ? visible.replace(/^\s+/, '') : visible, bold: p.bold || undefined, highlight: p.highlight ? 'yellow' : undefined, break: needBreak ? 1 : undefined }));
        needBreak = false;
      }
      at += part.length;
      text = text.slice(part.length);
      if (at >= ends[line] && line < ends.length - 1) {
        line++;
        needBreak = true;
      }
      if (room <= 0 && !part) {
        // Characters between lines (a space dropped by splitTitle): skip one.
        at++;
        text = text.slice(1);
      }
    }
  }
  return new Paragraph({ style: f.styleId, ...paragraphProps(f, false), children: runs });
}

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const font = { ascii: FONT.pageNumber, hAnsi: FONT.pageNumber, eastAsia: FONT.pageNumber, cs: FONT.pageNumber, hint: 'eastAsia' };
  const size = PAGE_NUMBER_SIZE_PT * 2;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: PAGE_NUMBER_INSET_TWIPS, firstLine: 0, firstLineChars: 0 } : { left: PAGE_NUMBER_INSET_TWIPS, firstLine: 0, firstLineChars: 0 },
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        // 7.5: 数码左右各放一条一字线 (— is U+2014, drawn full width by the East-Asian font).
        children: [new TextRun({ font, size, sizeComplexScript: size, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

function styleOf(f: KindFormat) {
  return {
    id: f.styleId,
    name: f.styleName,
    basedOn: f.styleId === 'Normal' ? undefined : 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: fontsOf(f), size: f.sizePt * 2, sizeComplexScript: f.sizePt * 2, bold: f.bold, color: '000000', italics: false, characterSpacing: spacingOf(f) },
    paragraph: { ...paragraphProps(f, f.indent), outlineLevel: f.outlineLevel, keepNext: f.outlineLevel !== undefined ? true : undefined },
  };
}

/** Builds the docx `Document` (exposed for tests and the benchmark). */
export function buildDocument(draft: Draft, opts: ExportOptions = {}): Document {
  const highlight = !!opts.highlightIssues;
  const markers = numberHeadings(draft.content);
  const paragraphs = draft.content.map((b, i) => {
    if (b.type === 'title') return titleParagraph(b, highlight);
    const f = FORMATS[kindOf(b)];
    const p: IParagraphOptions = {
      style: f.styleId === 'Normal' ? undefined : f.styleId,
      ...paragraphProps(f, f.indent),
      children: runsOf(b.children, f, markers[i], highlight),
    };
    return new Paragraph(p);
  });

  const title = draft.content.find((b) => b.type === 'title');
  return new Document({
    title: title ? title.children.map((n) => (isPlaceholder(n) ? '' : n.text)).join('') : undefined,
    creator: '公文起草助手',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          // The grid's character pitch is relative to this default size (16 pt), see CHAR_SPACE.
          run: { font: fontsOf(FORMATS.body), size: BODY_SIZE_PT * 2, sizeComplexScript: BODY_SIZE_PT * 2, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        },
      },
      paragraphStyles: [
        ...(['body', 'title', 'salutation', 'h1', 'h2', 'h3', 'h4'] as const).map((k) => styleOf(FORMATS[k])),
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer, gutter: 0 },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: paragraphs.length ? paragraphs : [new Paragraph({})],
      },
    ],
  });
}

/** Exports a draft as .docx bytes. */
export async function exportDocx(draft: Draft, opts: ExportOptions = {}): Promise<Uint8Array> {
  const packed = await Packer.toArrayBuffer(buildDocument(draft, opts));
  // Replace the generated font table with one that names each font's substitute (fonts.ts).
  const zip = await JSZip.loadAsync(packed);
  zip.file('word/fontTable.xml', fontTableXml());
  // The 22 pt title must not snap to the 16 pt line grid (LibreOffice would give each title line two
  // grid rows); `docx` cannot write paragraph-level w:snapToGrid, so add it to the Title style.
  const styles = await zip.file('word/styles.xml')!.async('string');
  zip.file('word/styles.xml', styles.replace(/(<w:style [^>]*w:styleId="Title"[^>]*>[\s\S]*?<w:pPr>)/, '$1<w:snapToGrid w:val="0"/>'));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
