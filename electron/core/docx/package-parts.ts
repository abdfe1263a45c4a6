/**
 * Package parts the exporter writes itself instead of taking the docx library's: the style sheet (the
 * library's carries blue Heading 5/6 and Hyperlink, an italic grey Caption, TOC styles and more) and the
 * document properties (title, author; the library writes lastModifiedBy "Un-named").
 *
 * Element order follows the ISO/IEC 29500 schema (CT_PPrBase, CT_Style, CT_RPr as in Strict, which
 * Transitional also accepts); the export tests validate every part with xmllint.
 */
import { BODY_PT } from '../format/profile';
import type { KindFormat } from './formats';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function rFontsXml(eastAsia: string, latin: string): string {
  const a = xmlEscape(latin);
  return `<w:rFonts w:ascii="${a}" w:hAnsi="${a}" w:eastAsia="${xmlEscape(eastAsia)}" w:cs="${a}" w:hint="eastAsia"/>`;
}

/** A paragraph's properties in schema order. */
export function pPrXml(o: { styleId?: string; keepNext?: boolean; snapToGrid?: boolean; line: number; lineRule: 'exact' | 'auto'; after?: number; indentChars?: number; indentTwips?: number; jc: 'center' | 'left' | 'both' | 'right'; outlineLevel?: number; left?: number; right?: number }): string {
  const ind =
    o.left !== undefined || o.right !== undefined
      ? `<w:ind${o.left !== undefined ? ` w:left="${o.left}"` : ''}${o.right !== undefined ? ` w:right="${o.right}"` : ''} w:firstLine="0" w:firstLineChars="0"/>`
      : `<w:ind w:firstLine="${o.indentTwips ?? 0}" w:firstLineChars="${o.indentChars ?? 0}"/>`;
  return (
    '<w:pPr>' +
    (o.styleId ? `<w:pStyle w:val="${o.styleId}"/>` : '') +
    (o.keepNext ? '<w:keepNext/>' : '') +
    '<w:widowControl w:val="0"/>' +
    (o.snapToGrid === false ? '<w:snapToGrid w:val="0"/>' : '') +
    `<w:spacing w:before="0" w:after="${o.after ?? 0}" w:line="${o.line}" w:lineRule="${o.lineRule}"/>` +
    ind +
    `<w:jc w:val="${o.jc}"/>` +
    (o.outlineLevel !== undefined ? `<w:outlineLvl w:val="${o.outlineLevel}"/>` : '') +
    '</w:pPr>'
  );
}

function rPrXml(f: KindFormat): string {
  return (
    '<w:rPr>' +
    rFontsXml(f.eastAsia, f.latin) +
    (f.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="0"/><w:bCs w:val="0"/>') +
    '<w:i w:val="0"/><w:iCs w:val="0"/>' +
    `<w:color w:val="${f.color ?? '000000'}"/>` +
    (f.charSpacing ? `<w:spacing w:val="${f.charSpacing}"/>` : '') +
    `<w:sz w:val="${f.sizePt * 2}"/><w:szCs w:val="${f.sizePt * 2}"/>` +
    '</w:rPr>'
  );
}

/** Word's own styles (their names are Word's; the rest are ours, named in Chinese). */
const BUILT_IN = new Set(['Normal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4']);

function paragraphStyle(f: KindFormat, linePitch: number, firstLineTwips: number): string {
  const isNormal = f.styleId === 'Normal';
  return (
    `<w:style w:type="paragraph"${isNormal ? ' w:default="1"' : ''}${BUILT_IN.has(f.styleId) ? '' : ' w:customStyle="1"'} w:styleId="${f.styleId}">` +
    `<w:name w:val="${xmlEscape(f.styleName)}"/>` +
    (isNormal ? '' : '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>') +
    `<w:uiPriority w:val="${isNormal ? 0 : f.kind === 'title' ? 10 : 9}"/>` +
    '<w:qFormat/>' +
    pPrXml({
      keepNext: f.outlineLevel !== undefined,
      snapToGrid: f.snapToGrid,
      line: f.line ?? linePitch,
      lineRule: 'exact',
      after: f.after,
      indentChars: f.indent ? 200 : 0,
      indentTwips: f.indent ? firstLineTwips : 0,
      jc: f.align,
      outlineLevel: f.outlineLevel,
    }) +
    rPrXml(f) +
    '</w:style>'
  );
}

/** word/styles.xml: document defaults, the seven 公文 paragraph styles and the two note-reference styles the package's notes parts use. */
export function stylesXml(formats: KindFormat[], linePitch: number): string {
  const body = formats.find((f) => f.styleId === 'Normal')!;
  const firstLine = 2 * BODY_PT * 20;
  const noteRef = (id: string, name: string) =>
    `<w:style w:type="character" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>`;
  return (
    DECL +
    `<w:styles xmlns:w="${W_NS}">` +
    '<w:docDefaults>' +
    `<w:rPrDefault><w:rPr>${rFontsXml(body.eastAsia, body.latin)}<w:sz w:val="${BODY_PT * 2}"/><w:szCs w:val="${BODY_PT * 2}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:spacing w:before="0" w:after="0" w:line="${linePitch}" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>` +
    '</w:docDefaults>' +
    formats.map((f) => paragraphStyle(f, linePitch, firstLine)).join('') +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    noteRef('FootnoteReference', 'footnote reference') +
    noteRef('EndnoteReference', 'endnote reference') +
    '</w:styles>'
  );
}

export interface DocumentProperties {
  title?: string;
  author?: string;
  /** ISO time; the export time when absent. */
  created?: string;
  modified?: string;
}

/** docProps/core.xml. An empty author is left out rather than written as a made-up name. */
export function corePropertiesXml(p: DocumentProperties, now: string): string {
  const el = (tag: string, v?: string) => (v ? `<${tag}>${xmlEscape(v)}</${tag}>` : '');
  const time = (tag: string, v: string) => `<${tag} xsi:type="dcterms:W3CDTF">${xmlEscape(v.replace(/\.\d+Z$/, 'Z'))}</${tag}>`;
  return (
    DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', p.title) +
    el('dc:creator', p.author) +
    el('cp:lastModifiedBy', p.author) +
    '<cp:revision>1</cp:revision>' +
    time('dcterms:created', p.created ?? now) +
    time('dcterms:modified', p.modified ?? now) +
    '</cp:coreProperties>'
  );
}

/** docProps/app.xml naming the application (Word shows it under 属性 → 程序名称). */
export function appPropertiesXml(): string {
  return DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>公文起草助手</Application></Properties>';
}
