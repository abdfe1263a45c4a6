/**
 * Paragraphs for the 公文 elements around the body (core/draft/gongwen-kinds.ts): 版头, 讲话稿 byline, 附件说明,
 * 署名 and 成文日期, 附注 and 版记. Where each sits on its line comes from format/closing.ts; the blank lines
 * GB/T 9704 asks for (正文下空一行, 标志下空二行 …) are space before, in grid rows.
 */
import { AlignmentType, BorderStyle, FrameAnchorType, FrameWrap, HorizontalPositionAlign, Paragraph, Tab, TabStopType, TextRun, UnderlineType, VerticalPositionAlign, type IParagraphOptions } from 'docx';
import { inlinePieces } from '../draft/pieces';
import type { BlockElement, GongwenElement, InlineNode } from '../draft/model';
import { elementPlacement } from '../draft/element-layout';
import { copyToLayout, displayWidth, PRINTED_INSET_CHARS } from '../format/closing';
import { mmToTwips } from '../format/gbt9704';
import type { FormatProfile, PageLayout } from '../format/profile';
import type { Kind, KindFormat } from './formats';

export interface ClosingContext {
  formats: Record<Kind, KindFormat>;
  layout: PageLayout;
  profile: FormatProfile;
  highlight: boolean;
}

const ALIGN = { center: AlignmentType.CENTER, left: AlignmentType.LEFT, both: AlignmentType.BOTH, right: AlignmentType.RIGHT } as const;

const textOf = (children: InlineNode[]) => inlinePieces(children).map((p) => p.text).join('');

/** One character of a format's size, in twips (w:ind takes twips; Word reads the *Chars hundredths first). */
const charTwips = (f: KindFormat) => f.sizePt * 20;

function runs(children: InlineNode[], f: KindFormat, ctx: ClosingContext, opts: { prefix?: string; suffix?: string; font?: string } = {}): TextRun[] {
  const font = { ascii: f.latin, hAnsi: f.latin, eastAsia: opts.font ?? f.eastAsia, cs: f.latin, hint: 'eastAsia' };
  const base = { font, size: f.sizePt * 2, sizeComplexScript: f.sizePt * 2, characterSpacing: f.charSpacing, color: f.color };
  const out: TextRun[] = [];
  if (opts.prefix) out.push(new TextRun({ ...base, text: opts.prefix }));
  for (const p of inlinePieces(children)) {
    if (!p.text) continue;
    const highlight = ctx.highlight && (p.kind === 'unfilled' || !!p.leaf.check);
    out.push(new TextRun({ ...base, text: p.text, bold: p.kind === 'leaf' && p.leaf.bold ? true : undefined, highlight: highlight ? 'yellow' : undefined }));
  }
  if (opts.suffix) out.push(new TextRun({ ...base, text: opts.suffix }));
  return out;
}

function hiddenRuns(children: InlineNode[], f: KindFormat): TextRun[] {
  const font = { ascii: f.latin, hAnsi: f.latin, eastAsia: f.eastAsia, cs: f.latin, hint: 'eastAsia' };
  return [new TextRun({ font, size: f.sizePt * 2, sizeComplexScript: f.sizePt * 2, vanish: true, text: textOf(children) })];
}

function paragraph(f: KindFormat, ctx: ClosingContext, o: Partial<IParagraphOptions> & { before?: number; after?: number; leftChars?: number; rightChars?: number; hangingChars?: number; firstLineChars?: number; charUnit?: number }): Paragraph {
  const c = o.charUnit ?? charTwips(f);
  const indent: Record<string, number> = { firstLine: 0, firstLineChars: 0 };
  if (o.leftChars) Object.assign(indent, { left: Math.round(o.leftChars * c), leftChars: Math.round(o.leftChars * 100) });
  if (o.rightChars) Object.assign(indent, { right: Math.round(o.rightChars * c), rightChars: Math.round(o.rightChars * 100) });
  if (o.hangingChars) Object.assign(indent, { hanging: Math.round(o.hangingChars * c), hangingChars: Math.round(o.hangingChars * 100), firstLine: undefined, firstLineChars: undefined });
  if (o.firstLineChars) Object.assign(indent, { firstLine: Math.round(o.firstLineChars * c), firstLineChars: Math.round(o.firstLineChars * 100) });
  const { before, after, leftChars: _l, rightChars: _r, hangingChars: _h, firstLineChars: _f, charUnit: _c, ...rest } = o;
  return new Paragraph({
    style: f.styleId,
    alignment: ALIGN[f.align],
    widowControl: false,
    spacing: { line: f.line ?? ctx.layout.linePitch, lineRule: 'exact', before: before ?? 0, after: after ?? 0 },
    indent: indent as IParagraphOptions['indent'],
    ...rest,
  });
}

/** 7.4 版记 sits at the foot of the last page: its paragraphs share one frame anchored to the bottom margin. */
function imprintFrame(ctx: ClosingContext): IParagraphOptions['frame'] {
  return {
    type: 'alignment',
    alignment: { x: HorizontalPositionAlign.CENTER, y: VerticalPositionAlign.BOTTOM },
    anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
    width: ctx.layout.textWidth,
    wrap: FrameWrap.AROUND,
  };
}

/**
 * 7.4.1 分隔线, as wide as the 版心: the first and last 粗线 (0.35 mm), those between 细线 (0.25 mm). Each is a paragraph
 * of its own in the 版记's frame — an underlined tab to a right tab stop at the 版心's width, in a 6 pt line — not a
 * paragraph border: LibreOffice (which also makes our PDFs) drops both the frame and the borders of a framed
 * paragraph with borders, leaving the 版记 unruled under the text; an underlined tab is drawn by Word, WPS and
 * LibreOffice alike, and keeps the frame at the foot of the page (measured, docs/gbt9704.md).
 */
function imprintRule(ctx: ClosingContext, thick: boolean, keepNext: boolean): Paragraph {
  return new Paragraph({
    frame: imprintFrame(ctx),
    keepNext,
    keepLines: true,
    widowControl: false,
    tabStops: [{ type: TabStopType.RIGHT, position: ctx.layout.textWidth }],
    spacing: { line: RULE_LINE, lineRule: 'exact', before: 0, after: 0 },
    indent: { left: 0, right: 0, firstLine: 0, firstLineChars: 0 },
    children: [new TextRun({ size: RULE_HALF_POINTS, underline: { type: thick ? UnderlineType.THICK : UnderlineType.SINGLE, color: '000000' }, children: [new Tab()] })],
  });
}
/** The rules' line: 6 pt. Their underline is a 14 pt run's: about 1 pt thick, 0.5 pt single. */
const RULE_LINE = 120;
const RULE_HALF_POINTS = 28;

/**
 * The 署名 and 成文日期 never stand on a page without text above them (7.3.5: when the space left cannot hold them,
 * the layout is adjusted): the paragraph before the 署名 (正文 or 附件说明) keeps with it, and the 署名 with the date
 * and the date with its 附注.
 */
export function keepsWithNext(b: BlockElement, next: BlockElement | undefined): boolean {
  if (next?.type === 'signature' || next?.type === 'date') return true;
  return b.type === 'date' && next?.type === 'note';
}

export function closingParagraphs(blocks: readonly BlockElement[], i: number, ctx: ClosingContext): Paragraph[] {
  const b = blocks[i] as GongwenElement;
  const prev = blocks[i - 1];
  const next = blocks[i + 1];
  const pitch = ctx.layout.linePitch;
  const f = ctx.formats[b.type];
  switch (b.type) {
    case 'byline':
      // Under the title, no blank line between; one blank line after the last (before 称呼 or the text).
      return [paragraph(f, ctx, { after: next?.type === 'byline' ? 0 : pitch, children: runs(b.children, f, ctx) })];
    case 'attachment':
    case 'signature':
    case 'date':
    case 'note': {
      // Characters here are the body's as laid out: 16 pt less the run spacing that fits 28 to a line.
      const advance = charTwips(f) + (f.charSpacing ?? 0);
      const at = elementPlacement(blocks, i, ctx.layout.textWidth / advance)!;
      return [
        paragraph(f, ctx, {
          alignment: ALIGN[at.align],
          before: at.linesBefore * pitch,
          leftChars: at.left,
          rightChars: at.right,
          hangingChars: at.hanging,
          firstLineChars: at.firstLine,
          charUnit: b.type === 'signature' || b.type === 'date' ? advance : undefined,
          keepNext: keepsWithNext(b, next) || undefined,
          children: runs(b.children, f, ctx, { prefix: at.prefix, suffix: at.suffix }),
        }),
      ];
    }
    case 'copyTo':
    case 'printed': {
      const first = prev?.type !== 'copyTo' && prev?.type !== 'printed';
      const last = next?.type !== 'copyTo' && next?.type !== 'printed';
      // One block: where the frame is not honoured the 版记 still does not break across pages.
      const keep = { keepLines: true, keepNext: true };
      const text =
        b.type === 'copyTo'
          ? (() => {
              const c = copyToLayout();
              return paragraph(f, ctx, { ...keep, frame: imprintFrame(ctx), leftChars: c.left, rightChars: c.right, hangingChars: c.hanging, children: runs(b.children, f, ctx, { prefix: c.prefix }) });
            })()
          : // 印发机关 左空一字, 印发日期 右空一字 + 印发, on one line: a right tab at the right indent.
            paragraph(f, ctx, {
              ...keep,
              frame: imprintFrame(ctx),
              leftChars: PRINTED_INSET_CHARS,
              rightChars: PRINTED_INSET_CHARS,
              tabStops: [{ type: TabStopType.RIGHT, position: ctx.layout.textWidth - PRINTED_INSET_CHARS * charTwips(f) }],
              children: runs(b.children, f, ctx, { suffix: `\t${b.date}印发` }),
            });
      return [...(first ? [imprintRule(ctx, true, true)] : []), text, imprintRule(ctx, last, !last)];
    }
    case 'headerLine':
      // 7.2.1–7.2.3 份号 (Arabic numerals, 仿宋), 密级和保密期限 and 紧急程度 (黑体), 顶格 at the top left.
      return [paragraph(f, ctx, { children: runs(b.children, f, ctx, b.item === 'copyNo' ? { font: ctx.profile.fonts.body } : {}) })];
    case 'issuerMark': {
      // 7.2.4 its top 35 mm under the 版心's: space before = 35 mm less the 版头 lines above it.
      let above = 0;
      for (let k = i - 1; k >= 0 && blocks[k].type === 'headerLine'; k--) above++;
      const before = Math.max(0, mmToTwips(35) - above * pitch);
      const text = textOf(b.children);
      // Narrow the characters (w:w) when the name is wider than the 版心 at this size.
      const fits = ctx.layout.textWidth / charTwips(f);
      const scale = displayWidth(text) > fits ? Math.max(50, Math.floor((100 * fits) / displayWidth(text))) : undefined;
      // On red-head paper the mark is printed already: its line keeps its height and its text is hidden (w:vanish),
      // so the file still says whose paper it is.
      const reserve = b.mode === 'reserve';
      const text_ = reserve ? hiddenRuns(b.children, f) : runs(b.children, f, ctx);
      return [paragraph(f, ctx, { before, children: text_, ...(scale && !reserve ? { run: { scale } } : {}) })];
    }
    case 'docNumber': {
      // 7.2.5 two lines under the mark, centred; 7.2.6 the red rule 4 mm under it, as wide as the 版心.
      const reserve = blocks.some((x) => x.type === 'issuerMark' && (x as { mode?: string }).mode === 'reserve');
      // Its space is from the line's bottom, which sits about 2.3 mm under the characters at the grid's exact line height.
      const rule = reserve ? undefined : { bottom: { style: BorderStyle.SINGLE, size: 8, color: 'FF0000', space: 4 } };
      const before = prev?.type === 'issuerMark' ? 2 * pitch : 0;
      if (!b.signer) return [paragraph(f, ctx, { before, border: rule, children: runs(b.children, f, ctx) })];
      // 上行文: 发文字号 居左空一字, 签发人 居右空一字 on the same line (“签发人：” 仿宋, the name 楷体).
      const c = charTwips(f);
      const signerFont = { ascii: f.latin, hAnsi: f.latin, eastAsia: ctx.profile.fonts.heading2, cs: f.latin, hint: 'eastAsia' };
      return [
        new Paragraph({
          style: f.styleId,
          alignment: AlignmentType.LEFT,
          widowControl: false,
          spacing: { line: pitch, lineRule: 'exact', before, after: 0 },
          indent: { left: c, right: c, firstLine: 0, firstLineChars: 0 },
          border: rule,
          tabStops: [{ type: TabStopType.RIGHT, position: ctx.layout.textWidth - c }],
          children: [
            ...runs(b.children, f, ctx),
            ...runs([{ text: '\t签发人：' }], f, ctx),
            new TextRun({ font: signerFont, size: f.sizePt * 2, sizeComplexScript: f.sizePt * 2, characterSpacing: f.charSpacing, text: b.signer }),
          ],
        }),
      ];
    }
  }
}
