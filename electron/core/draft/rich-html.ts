/**
 * Draft → HTML for the clipboard, so "复制全文" pastes into Word and WPS as a 公文: inline styles
 * only (Word ignores <style> blocks on paste), the GB/T 9704 fonts with their fallback chain,
 * the sizes in pt, two-character first-line indent (32 pt: LibreOffice ignores em), exact 28.95 pt line height (22 lines a page).
 * Unfilled placeholders and "to check" runs are highlighted like in the export.
 */
import { cssFontFamily, FONT } from '../format/fonts';
import { BODY_SIZE_PT, IMPRINT_PT, ISSUER_MARK_PT, LINE_PITCH, TITLE_SIZE_PT } from '../format/gbt9704';
import { type FormatRow, specOf } from './blocks';
import { type ElementPlacement, elementPlacement } from './element-layout';
import { type Draft, type InlineNode, numberHeadings } from './model';
import { inlinePieces } from './pieces';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const LINE_HEIGHT = `${LINE_PITCH / 20}pt`; // 28.95pt
const HIGHLIGHT = 'background:yellow;mso-highlight:yellow';

const BASE = `margin:0;line-height:${LINE_HEIGHT};mso-line-height-rule:exactly;color:#000`;
const font = (name: string, size: number) => `font-family:${cssFontFamily(name)};mso-fareast-font-family:'${name}';mso-ascii-font-family:'${FONT.latin}';font-size:${size}pt`;
const INDENT = `text-indent:${2 * BODY_SIZE_PT}pt`;

/** Inline CSS per GB/T 9704 format row (the rows a block kind names in its spec, blocks.ts). */
const ROW_STYLE: Record<FormatRow, string> = {
  title: `${BASE};text-align:center;${font(FONT.title, TITLE_SIZE_PT)};font-weight:normal;margin-bottom:${LINE_HEIGHT}`,
  salutation: `${BASE};text-align:left;text-indent:0;${font(FONT.body, BODY_SIZE_PT)}`,
  h1: `${BASE};text-align:justify;${INDENT};${font(FONT.heading1, BODY_SIZE_PT)};font-weight:normal`,
  h2: `${BASE};text-align:justify;${INDENT};${font(FONT.heading2, BODY_SIZE_PT)};font-weight:normal`,
  h3: `${BASE};text-align:justify;${INDENT};${font(FONT.body, BODY_SIZE_PT)};font-weight:bold`,
  h4: `${BASE};text-align:justify;${INDENT};${font(FONT.body, BODY_SIZE_PT)};font-weight:normal`,
  body: `${BASE};text-align:justify;${INDENT};${font(FONT.body, BODY_SIZE_PT)}`,
  // The elements around the body: their font and size here; where they sit on the line from elementPlacement.
  headerLine: `${BASE};${font(FONT.heading1, BODY_SIZE_PT)}`,
  issuerMark: `${BASE};${font(FONT.title, ISSUER_MARK_PT)};line-height:${ISSUER_MARK_PT * 1.25}pt;color:#FF0000;font-weight:normal`,
  docNumber: `${BASE};${font(FONT.body, BODY_SIZE_PT)};border-bottom:1pt solid #FF0000;padding-bottom:11pt`,
  byline: `${BASE};${font(FONT.heading2, BODY_SIZE_PT)}`,
  attachment: `${BASE};${font(FONT.body, BODY_SIZE_PT)}`,
  signature: `${BASE};${font(FONT.body, BODY_SIZE_PT)}`,
  date: `${BASE};${font(FONT.body, BODY_SIZE_PT)}`,
  note: `${BASE};${font(FONT.body, BODY_SIZE_PT)}`,
  copyTo: `${BASE};${font(FONT.body, IMPRINT_PT)};border-top:0.75pt solid #000;border-bottom:0.75pt solid #000`,
  printed: `${BASE};${font(FONT.body, IMPRINT_PT)};border-top:0.75pt solid #000;border-bottom:1pt solid #000`,
};

/** An element's place on the line as inline CSS (characters of its own size in pt, as Word reads them on paste). */
function placementCss(p: ElementPlacement, sizePt: number): string {
  const ch = (n: number) => `${+(n * sizePt).toFixed(2)}pt`;
  const css = [`text-align:${p.align === 'both' ? 'justify' : p.align}`];
  if (p.left) css.push(`margin-left:${ch(p.left)}`);
  if (p.right) css.push(`margin-right:${ch(p.right)}`);
  if (p.hanging) css.push(`text-indent:-${ch(p.hanging)}`);
  else css.push(`text-indent:${ch(p.firstLine ?? 0)}`);
  if (p.linesBefore) css.push(`margin-top:${+((p.linesBefore * LINE_PITCH) / 20).toFixed(2)}pt`);
  return css.join(';');
}

function inlineHtml(children: InlineNode[], highlight: boolean): string {
  let s = '';
  for (const p of inlinePieces(children)) {
    if (!p.text) continue;
    let t = esc(p.text);
    if (p.kind === 'unfilled') {
      s += highlight ? `<span style="${HIGHLIGHT}">${t}</span>` : t;
      continue;
    }
    if (p.leaf.bold) t = `<b>${t}</b>`;
    if (p.leaf.check && highlight) t = `<span style="${HIGHLIGHT}">${t}</span>`;
    s += t;
  }
  return s;
}

/** A complete HTML document (Word reads the <meta charset> and the fragment markers). */
export function draftToClipboardHtml(draft: Draft, opts: { highlightIssues?: boolean } = {}): string {
  const markers = numberHeadings(draft.content);
  const body = draft.content
    .map((b, i) => {
      const spec = specOf(b);
      const tag = spec.htmlTag(b);
      const at = elementPlacement(draft.content, i);
      if (at) {
        const row = spec.format(b);
        const size = row === 'copyTo' || row === 'printed' ? IMPRINT_PT : row === 'issuerMark' ? ISSUER_MARK_PT : BODY_SIZE_PT;
        // On paper with the red head printed, the 发文机关标志's line stays blank.
        const text = b.type === 'issuerMark' && b.mode === 'reserve' ? '' : inlineHtml(b.children, !!opts.highlightIssues);
        const inner = esc(at.prefix ?? '') + text + (at.suffix ? (at.align === 'left' && at.right ? '\u3000\u3000' : '') + esc(at.suffix) : '');
        return `<${tag} style="${ROW_STYLE[row]};${placementCss(at, size)}">${inner || '&nbsp;'}</${tag}>`;
      }
      const inner = (markers[i] ? esc(markers[i]) : '') + inlineHtml(b.children, !!opts.highlightIssues);
      return `<${tag} style="${ROW_STYLE[spec.format(b)]}">${inner || '&nbsp;'}</${tag}>`;
    })
    .join('\n');
  return `<html><head><meta charset="utf-8"></head><body>\n<!--StartFragment-->\n${body}\n<!--EndFragment-->\n</body></html>`;
}
