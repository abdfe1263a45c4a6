/**
 * Draft → .docx in GB/T 9704-2012 公文 layout (or a unit's own profile, format/profile.ts), built from the
 * document model with the `docx` library (never from HTML). Pure: runs in Node, a worker and the renderer.
 *
 * Formatting is written twice on purpose: once in named styles (Title, Heading 1–4, 称呼, Normal) so Word's
 * navigation pane and our importer see the structure, and once directly on each paragraph and run, because
 * WPS and LibreOffice do not always resolve East-Asian fonts from styles. The style sheet, the font table and
 * the document properties are our own parts (package-parts.ts, format/fonts.ts), not the library's.
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
  Tab,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { formatRowOf } from '../draft/blocks';
import { isGongwen } from '../draft/gongwen-kinds';
import { type BlockElement, type Draft, type InlineNode, numberHeadings } from '../draft/model';
import { inlinePieces } from '../draft/pieces';
import { splitRunIn } from '../draft/run-in';
import { fontTableXml } from '../format/fonts';
import { type FormatProfile, GBT9704_PROFILE, layoutOf, type PageLayout } from '../format/profile';
import { FIRST_LINE_CHARS, PAGE_NUMBER_INSET_TWIPS, PAGE_NUMBER_SIZE_PT } from '../format/gbt9704';
import { closingParagraphs, keepsWithNext } from './closing-paragraphs';
import { formatsOf, type Kind, type KindFormat } from './formats';
import { appPropertiesXml, corePropertiesXml, stylesXml } from './package-parts';
import { splitTitle } from './title-lines';

export interface ExportOptions {
  /** Highlight unfilled placeholders and "to check" runs (the user chose to export anyway). */
  highlightIssues?: boolean;
  /** The unit's format profile; GB/T 9704 when absent. */
  profile?: FormatProfile;
  /** Written as the document's author and last editor (from the user's settings); left out when empty. */
  author?: string;
  /** Export time, for reproducible files in tests. */
  now?: Date;
  /**
   * How a run-in heading is written. 'style-separator' (default): Word's own — the heading part its own paragraph
   * whose mark is a style separator, so the navigation pane shows just it; LibreOffice 7.4 puts the body part on
   * the next line. 'one-paragraph': one paragraph, the heading part's runs in the heading's format — for the PDF,
   * which LibreOffice lays out.
   */
  runIn?: 'style-separator' | 'one-paragraph';
}

const ALIGN = { center: AlignmentType.CENTER, left: AlignmentType.LEFT, both: AlignmentType.BOTH, right: AlignmentType.RIGHT } as const;

const kindOf = (b: BlockElement): Kind => formatRowOf(b);

function fontsOf(f: KindFormat) {
  return { ascii: f.latin, hAnsi: f.latin, eastAsia: f.eastAsia, cs: f.latin, hint: 'eastAsia' };
}

function runProps(f: KindFormat) {
  return { font: fontsOf(f), size: f.sizePt * 2, sizeComplexScript: f.sizePt * 2, bold: f.bold || undefined, characterSpacing: f.charSpacing };
}

function paragraphProps(f: KindFormat, l: PageLayout) {
  return {
    alignment: ALIGN[f.align],
    // Widow/orphan control would pull a line to the next page and leave 21 lines on this one; a
    // 公文 page keeps its 22 lines (5.2.3).
    widowControl: false,
    // Exact spacing at the grid pitch: 22 lines per page even where the document grid is ignored.
    spacing: { line: l.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: f.after },
    indent: f.indent ? { firstLine: 2 * f.sizePt * 20, firstLineChars: FIRST_LINE_CHARS } : { firstLine: 0, firstLineChars: 0 },
  };
}

/** The inline content as formatted pieces: text plus its bold/highlight, placeholders already resolved. */
interface Piece {
  text: string;
  bold?: boolean;
  highlight?: boolean;
}

function piecesOf(children: InlineNode[], highlight: boolean): Piece[] {
  return inlinePieces(children)
    .map((p) => (p.kind === 'unfilled' ? { text: p.text, highlight } : { text: p.text, bold: p.leaf.bold, highlight: highlight && !!p.leaf.check }))
    .filter((p) => p.text !== '');
}

/** A run's text; a tab (between the cells of a pasted table row) is Word's tab, not a character in the text. */
function textOf(text: string): Pick<IRunOptions, 'text' | 'children'> {
  if (!text.includes('\t')) return { text };
  return { children: text.split('\t').flatMap((s, i) => (i ? [new Tab(), s] : [s])).filter((x) => x !== '') };
}

/** `plainWeight`: a run that is not bold says so (in a paragraph whose style is bold), rather than inheriting it. */
function runsOf(pieces: Piece[], f: KindFormat, prefix: string, plainWeight = false): TextRun[] {
  const base = runProps(f);
  const weight = (bold: boolean | undefined) => (bold || f.bold ? true : plainWeight ? false : undefined);
  const runs = pieces.map((p) => new TextRun({ ...base, ...textOf(p.text), bold: weight(p.bold), highlight: p.highlight ? 'yellow' : undefined } satisfies IRunOptions));
  return prefix ? [new TextRun({ ...base, text: prefix }), ...runs] : runs;
}

/** The title's text as plain characters, a user's line break ('\n', Shift+Enter) included. */
export function titleText(b: BlockElement): string {
  return piecesOf(b.children, false).map((p) => p.text).join('');
}

function titleParagraph(b: BlockElement, f: KindFormat, l: PageLayout, highlight: boolean, space: { before: number; after: number }): Paragraph {
  const pieces = piecesOf(b.children, highlight);
  // Split the whole title into lines, then cut the formatted pieces at the line ends so a highlighted year
  // or placeholder inside a long title keeps its mark. Characters a break replaces (the user's '\n', a space
  // between two issuing bodies) are dropped.
  const lines = splitTitle(pieces.map((p) => p.text).join(''), l.titleCharsPerLine);
  const runs: TextRun[] = [];
  let line = 0;
  let used = 0; // characters of lines[line] already written
  let needBreak = false;
  for (const p of pieces) {
    let text = '';
    const flush = () => {
      if (!text) return;
      runs.push(new TextRun({ ...runProps(f), text, bold: p.bold || undefined, highlight: p.highlight ? 'yellow' : undefined, break: needBreak ? 1 : undefined }));
      needBreak = false;
      text = '';
    };
    for (const ch of p.text) {
      if (line < lines.length && used === lines[line].length && line < lines.length - 1) {
        flush();
        line++;
        used = 0;
        needBreak = true;
      }
      if (line < lines.length && used < lines[line].length && ch === lines[line][used]) {
        text += ch;
        used++;
      } // else: a character the split dropped (a break's '\n' or space)
    }
    flush();
  }
  const props = paragraphProps(f, l);
  return new Paragraph({ style: f.styleId, ...props, spacing: { ...props.spacing, ...space }, children: runs });
}

function pageNumberFooter(side: 'odd' | 'even' | 'center', p: FormatProfile): Footer {
  const name = p.fonts.pageNumber;
  const font = { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' };
  const size = PAGE_NUMBER_SIZE_PT * 2;
  const inset = { firstLine: 0, firstLineChars: 0 };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : side === 'even' ? AlignmentType.LEFT : AlignmentType.CENTER,
        indent: side === 'odd' ? { right: PAGE_NUMBER_INSET_TWIPS, ...inset } : side === 'even' ? { left: PAGE_NUMBER_INSET_TWIPS, ...inset } : inset,
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        // 7.5: 数码左右各放一条一字线 (— is U+2014, drawn full width by the East-Asian font).
        children: [new TextRun({ font, size, sizeComplexScript: size, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/**
 * A run-in heading as Word writes one: the heading part in its own paragraph (its level's style, so the navigation
 * pane and the TOC show just that) whose paragraph mark is a *style separator* (w:vanish + w:specVanish: hidden,
 * and the next paragraph continues on the same line), then the body part as a body paragraph without the
 * first-line indent. Word and WPS show one paragraph; LibreOffice 7.4 shows the body part on the next line.
 */
function runInParagraphs(children: InlineNode[], f: KindFormat, body: KindFormat, l: PageLayout, marker: string, highlight: boolean, mode: ExportOptions['runIn']): Paragraph[] {
  const [head, rest] = splitRunIn(children);
  const headRuns = runsOf(piecesOf(head, highlight), f, marker);
  // The body part's runs say their weight: they sit in a heading paragraph whose style may be bold.
  const bodyRuns = () => runsOf(piecesOf(rest, highlight), body, '', true);
  if (mode === 'one-paragraph') return [new Paragraph({ style: f.styleId, ...paragraphProps(f, l), children: [...headRuns, ...bodyRuns()] })];
  const heading = new Paragraph({ style: f.styleId, ...paragraphProps(f, l), run: { vanish: true, specVanish: true }, children: headRuns });
  if (!rest.length) return [heading];
  const props = paragraphProps(body, l);
  return [heading, new Paragraph({ ...props, indent: { firstLine: 0, firstLineChars: 0 }, children: bodyRuns() })];
}

/** Builds the docx `Document` (exposed for tests and the benchmark). */
export function buildDocument(draft: Draft, opts: ExportOptions = {}): Document {
  const profile = opts.profile ?? GBT9704_PROFILE;
  const l = layoutOf(profile);
  const formats = formatsOf(profile, l);
  const highlight = !!opts.highlightIssues;
  const blocks = draft.content;
  const markers = numberHeadings(draft.content);
  const ctx = { formats, layout: l, profile, highlight };
  const paragraphs = blocks.flatMap((b, i) => {
    if (isGongwen(b)) return closingParagraphs(blocks, i, ctx);
    const f = formats[kindOf(b)];
    if (b.type === 'title') {
      // 7.3.3/7.3.4 one blank line under the title — under the 讲话稿 byline instead when there is one; 7.2.6 the
      // title sits two lines under the red rule of the 版头.
      const next = blocks[i + 1]?.type;
      const prev = blocks[i - 1]?.type;
      return titleParagraph(b, f, l, highlight, { before: prev === 'docNumber' ? 2 * l.linePitch : 0, after: next === 'byline' ? 0 : f.after });
    }
    if (b.type === 'heading' && b.runIn) return runInParagraphs(b.children, f, formats.body, l, markers[i], highlight, opts.runIn);
    const p: IParagraphOptions = {
      style: f.styleId === 'Normal' ? undefined : f.styleId,
      ...paragraphProps(f, l),
      keepNext: keepsWithNext(b, blocks[i + 1]) || undefined,
      children: runsOf(piecesOf(b.children, highlight), f, markers[i]),
    };
    return new Paragraph(p);
  });

  const footers =
    profile.pageNumbers === 'outside'
      ? { default: pageNumberFooter('odd', profile), even: pageNumberFooter('even', profile) }
      : profile.pageNumbers === 'center'
        ? { default: pageNumberFooter('center', profile) }
        : undefined;
  return new Document({
    evenAndOddHeaderAndFooters: profile.pageNumbers === 'outside',
    sections: [
      {
        properties: {
          page: {
            size: { width: l.width, height: l.height },
            margin: { top: l.top, bottom: l.bottom, left: l.left, right: l.right, header: l.header, footer: l.footer, gutter: 0 },
          },
          // Only the line grid: Word's 每行28字 character grid (linesAndChars, charSpace −842) lays 14 characters a
          // line in LibreOffice 7.4 (measured; docs/gbt9704.md), so 28 characters come from run spacing instead.
          grid: { type: DocumentGridType.LINES, linePitch: l.linePitch },
        },
        footers,
        children: paragraphs.length ? paragraphs : [new Paragraph({})],
      },
    ],
  });
}

/** The document title for the file's properties: the filled title, an unfilled placeholder as its 【label】. */
function propertyTitle(draft: Draft): string | undefined {
  const title = draft.content.find((b) => b.type === 'title');
  const text = title ? titleText(title).replace(/\s+/g, ' ').trim() : '';
  return text || undefined;
}

/** Exports a draft as .docx bytes. */
export async function exportDocx(draft: Draft, opts: ExportOptions = {}): Promise<Uint8Array> {
  const profile = opts.profile ?? GBT9704_PROFILE;
  const l = layoutOf(profile);
  const packed = await Packer.toArrayBuffer(buildDocument(draft, opts));
  // The docx package writes with fflate; its package is read and written again with fflate, our parts replacing its own.
  const parts = unzipSync(new Uint8Array(packed));
  const now = (opts.now ?? new Date()).toISOString();
  // The seven styles every 公文 has, and those of the other elements the draft uses.
  const used = new Set<Kind>(['body', 'title', 'salutation', 'h1', 'h2', 'h3', 'h4', ...draft.content.map(kindOf)]);
  parts['word/styles.xml'] = strToU8(stylesXml(Object.values(formatsOf(profile, l)).filter((f) => used.has(f.kind)), l.linePitch));
  parts['word/fontTable.xml'] = strToU8(fontTableXml(profile));
  parts['docProps/core.xml'] = strToU8(corePropertiesXml({ title: propertyTitle(draft), author: opts.author?.trim() || undefined, created: draft.meta.createdAt, modified: now }, now));
  parts['docProps/app.xml'] = strToU8(appPropertiesXml());
  // The page number must stay 7 mm under the 版心: its paragraph opts out of the line grid, which would
  // otherwise stretch the 14 pt line to a grid row (docx cannot write paragraph-level w:snapToGrid).
  for (const name of Object.keys(parts).filter((n) => /^word\/footer\d+\.xml$/.test(n))) {
    parts[name] = strToU8(strFromU8(parts[name]).replace(/<w:spacing /g, '<w:snapToGrid w:val="0"/><w:spacing '));
  }
  return zipSync(parts, { level: 6 });
}
