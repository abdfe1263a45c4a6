/**
 * Reads the parts of a .docx the importer needs — paragraphs with their runs, styles and
 * automatic numbering — into plain objects.
 *
 * The XML is read with saxes (namespace-aware, well-formedness checked, no DTDs or external entities) into a
 * small element tree of our own. It used to be @xmldom/xmldom's DOM, which took 13 ms to read the document.xml
 * of a 21,000-character 政府工作报告 and grew faster than the file (160 ms to parse 500 KB); this takes 5 ms for
 * the first, and a folder of 1,000 .docx imports in two thirds of the time it took (docs/archive.md).
 */
import { type SaxesAttributeNS, SaxesParser } from 'saxes';
import { type HeadingLevel } from '../draft/model';
import { levelFromNumbering } from './heading-markers';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** ISO/IEC 29500 Strict, which Word writes when saving as "Strict Open XML Document". */
const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const isW = (ns: string) => ns === W || ns === W_STRICT;

/** An element as read: its namespace and local name, its attributes as saxes gives them (by name as written), children in order. */
interface El {
  uri: string;
  localName: string;
  attrs: Record<string, SaxesAttributeNS>;
  children: (El | string)[];
}

export interface RawRun {
  text: string;
  bold: boolean;
}

export interface RawParagraph {
  styleId?: string;
  styleName?: string;
  /** 0-based outline level from the paragraph or its style chain. */
  outlineLevel?: number;
  /** Level implied by the automatic numbering format (一、 （一） 1. （1）), if any. */
  numberingLevel?: HeadingLevel | null;
  /** Has automatic numbering (w:numPr) at all. */
  numbered: boolean;
  bullet: boolean;
  align?: string;
  /** Largest run size in half-points (direct or from the style), for spotting the title. */
  maxSizeHalfPt?: number;
  /** The paragraph split at manual line breaks (w:br). */
  lines: RawRun[][];
  inTable: boolean;
  /** Its paragraph mark is a style separator (w:specVanish): the next paragraph continues on its line (a run-in heading). */
  styleSeparator: boolean;
  /** Direct w:ind right, in twips. */
  indentRight?: number;
  /** The first run's colour (RRGGBB), for a red 发文机关标志. */
  color?: string;
  /** All its text is hidden (w:vanish): kept in the file, not printed. */
  hidden: boolean;
}

export interface ReadResult {
  paragraphs: RawParagraph[];
  tables: number;
  images: number;
  trackedChanges: boolean;
}

export class XmlError extends Error {}

/** The root element of an XML part; throws XmlError when the text is not well-formed XML. */
export function parseXml(text: string): El {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: El[] = [];
  let root: El | null = null;
  parser.on('opentag', (t) => {
    const el: El = { uri: t.uri ?? '', localName: t.local ?? t.name, attrs: t.attributes as Record<string, SaxesAttributeNS>, children: [] };
    if (stack.length) stack[stack.length - 1].children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  const addText = (x: string) => {
    if (stack.length) stack[stack.length - 1].children.push(x);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text).close();
  } catch (e) {
    throw new XmlError(e instanceof Error ? e.message : String(e));
  }
  if (!root) throw new XmlError('empty XML');
  return root;
}

function kids(el: El | null | undefined, local?: string): El[] {
  const out: El[] = [];
  if (!el) return out;
  for (const n of el.children) if (typeof n !== 'string' && isW(n.uri) && (!local || n.localName === local)) out.push(n);
  return out;
}
function kid(el: El | null | undefined, local: string): El | null {
  if (el) for (const n of el.children) if (typeof n !== 'string' && n.localName === local && isW(n.uri)) return n;
  return null;
}
/** A w: attribute: in the transitional or strict namespace under any prefix, or written `w:` whatever that is bound to. */
function attr(el: El | null | undefined, name: string): string | null {
  if (!el) return null;
  const written = el.attrs[`w:${name}`];
  if (written) return written.value || null;
  for (const k in el.attrs) {
    const a = el.attrs[k];
    if (a.local === name && isW(a.uri)) return a.value || null;
  }
  return null;
}
/** The element's text, its descendants' included. */
function textContent(el: El): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textContent(c);
  return s;
}

function isOn(el: El | null): boolean {
  if (!el) return false;
  const v = attr(el, 'val');
  return v === null || !['0', 'false', 'off'].includes(v);
}

interface StyleInfo {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: string;
  ilvl?: string;
  sizeHalfPt?: number;
  align?: string;
}

function readStyles(root: El | null): Map<string, StyleInfo> {
  const map = new Map<string, StyleInfo>();
  if (!root) return map;
  for (const s of kids(root, 'style')) {
    if (attr(s, 'type') !== 'paragraph') continue;
    const id = attr(s, 'styleId');
    if (!id) continue;
    const pPr = kid(s, 'pPr');
    const rPr = kid(s, 'rPr');
    const numPr = kid(pPr, 'numPr');
    const ol = attr(kid(pPr, 'outlineLvl'), 'val');
    const sz = attr(kid(rPr, 'sz'), 'val');
    map.set(id, {
      name: attr(kid(s, 'name'), 'val') ?? id,
      basedOn: attr(kid(s, 'basedOn'), 'val') ?? undefined,
      outlineLevel: ol !== null ? Number(ol) : undefined,
      numId: attr(kid(numPr, 'numId'), 'val') ?? undefined,
      ilvl: attr(kid(numPr, 'ilvl'), 'val') ?? undefined,
      sizeHalfPt: sz !== null ? Number(sz) : undefined,
      align: attr(kid(pPr, 'jc'), 'val') ?? undefined,
    });
  }
  return map;
}

/** First defined value of `pick` along the basedOn chain. */
function inherited<T>(styles: Map<string, StyleInfo>, id: string | undefined, pick: (s: StyleInfo) => T | undefined): T | undefined {
  const seen = new Set<string>();
  while (id && !seen.has(id)) {
    seen.add(id);
    const s = styles.get(id);
    if (!s) return undefined;
    const v = pick(s);
    if (v !== undefined) return v;
    id = s.basedOn;
  }
  return undefined;
}

interface Numbering {
  /** numId → ilvl → {fmt, text} */
  level(numId: string, ilvl: number): { fmt: string; text: string } | null;
}

function readNumbering(root: El | null): Numbering {
  const abstract = new Map<string, Map<number, { fmt: string; text: string }>>();
  const nums = new Map<string, { abstractId: string; overrides: Map<number, { fmt: string; text: string }> }>();
  if (root) {
    const readLvls = (parent: El) => {
      const m = new Map<number, { fmt: string; text: string }>();
      for (const l of kids(parent, 'lvl')) m.set(Number(attr(l, 'ilvl') ?? 0), { fmt: attr(kid(l, 'numFmt'), 'val') ?? 'decimal', text: attr(kid(l, 'lvlText'), 'val') ?? '' });
      return m;
    };
    for (const a of kids(root, 'abstractNum')) abstract.set(attr(a, 'abstractNumId') ?? '', readLvls(a));
    for (const n of kids(root, 'num')) {
      const overrides = new Map<number, { fmt: string; text: string }>();
      for (const o of kids(n, 'lvlOverride')) for (const [k, v] of readLvls(o)) overrides.set(Number(attr(o, 'ilvl') ?? k), v);
      nums.set(attr(n, 'numId') ?? '', { abstractId: attr(kid(n, 'abstractNumId'), 'val') ?? '', overrides });
    }
  }
  return {
    level(numId, ilvl) {
      const n = nums.get(numId);
      if (!n) return null;
      return n.overrides.get(ilvl) ?? abstract.get(n.abstractId)?.get(ilvl) ?? null;
    },
  };
}

/** Elements whose content is part of the visible text; deleted or moved-away text is not. */
const TRANSPARENT = new Set(['hyperlink', 'smartTag', 'ins', 'moveTo', 'fldSimple', 'customXml', 'sdt', 'sdtContent', 'dir', 'bdo']);
const SKIPPED = new Set(['del', 'moveFrom', 'pPr', 'rPr', 'proofErr', 'bookmarkStart', 'bookmarkEnd', 'commentRangeStart', 'commentRangeEnd']);

const numberAttr = (el: El | null, name: string): number | undefined => {
  const v = attr(el, name);
  return v !== null && /^-?\d+$/.test(v) ? Number(v) : undefined;
};

export function readDocument(documentXml: string, stylesXml: string | null, numberingXml: string | null): ReadResult {
  const root = parseXml(documentXml);
  const styles = readStyles(stylesXml ? parseXml(stylesXml) : null);
  const numbering = readNumbering(numberingXml ? parseXml(numberingXml) : null);
  const body = kid(root, 'body');
  if (!body) throw new XmlError('no w:body');

  const result: ReadResult = { paragraphs: [], tables: 0, images: 0, trackedChanges: false };

  const readParagraph = (p: El, inTable: boolean) => {
    const pPr = kid(p, 'pPr');
    const styleId = attr(kid(pPr, 'pStyle'), 'val') ?? undefined;
    const style = styleId ? styles.get(styleId) : undefined;
    const olDirect = attr(kid(pPr, 'outlineLvl'), 'val');
    const outlineLevel = olDirect !== null ? Number(olDirect) : inherited(styles, styleId, (s) => s.outlineLevel);
    const numPr = kid(pPr, 'numPr');
    const numId = attr(kid(numPr, 'numId'), 'val') ?? inherited(styles, styleId, (s) => s.numId);
    const ilvl = Number(attr(kid(numPr, 'ilvl'), 'val') ?? inherited(styles, styleId, (s) => s.ilvl) ?? 0);
    const lvl = numId && numId !== '0' ? numbering.level(numId, ilvl) : null;
    const lines: RawRun[][] = [[]];
    let maxSize = inherited(styles, styleId, (s) => s.sizeHalfPt);

    const walk = (el: El) => {
      for (const c of kids(el)) {
        const name = c.localName;
        if (name === 'del' || name === 'ins' || name === 'moveFrom') result.trackedChanges = true;
        if (SKIPPED.has(name)) continue;
        if (name === 'r') readRun(c);
        else if (TRANSPARENT.has(name)) walk(c);
      }
    };
    let firstColor: string | null = null;
    let shown = false;
    let hiddenText = false;
    const readRun = (r: El) => {
      const rPr = kid(r, 'rPr');
      firstColor ??= attr(kid(rPr, 'color'), 'val');
      const vanish = isOn(kid(rPr, 'vanish'));
      if (kids(r).some((c) => c.localName === 't' && textContent(c))) {
        if (vanish) hiddenText = true;
        else shown = true;
      }
      const bold = isOn(kid(rPr, 'b'));
      const sz = attr(kid(rPr, 'sz'), 'val');
      if (sz !== null) maxSize = Math.max(maxSize ?? 0, Number(sz));
      for (const c of kids(r)) {
        const name = c.localName;
        const line = lines[lines.length - 1];
        if (name === 't') line.push({ text: textContent(c), bold });
        else if (name === 'tab') line.push({ text: '\t', bold });
        else if (name === 'noBreakHyphen') line.push({ text: '-', bold });
        else if (name === 'br' || name === 'cr') {
          if (attr(c, 'type') !== 'page' && attr(c, 'type') !== 'column') lines.push([]);
        } else if (name === 'drawing' || name === 'pict' || name === 'object') result.images++;
      }
    };
    walk(p);
    result.paragraphs.push({
      styleId,
      styleName: style?.name,
      outlineLevel,
      numberingLevel: lvl ? levelFromNumbering(lvl.fmt, lvl.text) : null,
      numbered: !!lvl,
      bullet: lvl?.fmt === 'bullet',
      align: attr(kid(pPr, 'jc'), 'val') ?? inherited(styles, styleId, (s) => s.align),
      maxSizeHalfPt: maxSize,
      lines,
      inTable,
      styleSeparator: isOn(kid(kid(pPr, 'rPr'), 'specVanish')),
      indentRight: numberAttr(kid(pPr, 'ind'), 'right') ?? numberAttr(kid(pPr, 'ind'), 'end'),
      color: firstColor ?? undefined,
      hidden: hiddenText && !shown,
    });
  };

  const walkBlocks = (el: El, inTable: boolean) => {
    for (const c of kids(el)) {
      const name = c.localName;
      if (name === 'p') readParagraph(c, inTable);
      else if (name === 'tbl') {
        if (!inTable) result.tables++;
        for (const tr of kids(c, 'tr')) for (const tc of kids(tr, 'tc')) walkBlocks(tc, true);
      } else if (name === 'sdt') walkBlocks(kid(c, 'sdtContent') as El, inTable);
      else if (name === 'customXml') walkBlocks(c, inTable);
    }
  };
  walkBlocks(body, false);
  return result;
}
