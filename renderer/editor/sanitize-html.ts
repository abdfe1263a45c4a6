/**
 * Pasted HTML (from Word, WPS or a web page) → permitted draft blocks only. Whatever arrives — scripts,
 * iframes, javascript: links, event attributes, foreign styles, 5 MB inline images — the output is plain
 * paragraphs/headings of text with at most a bold flag: nothing is carried over that could run or style.
 *
 * Written over a minimal node interface (which the browser's DOMParser output satisfies) so that it is a
 * pure function, unit-tested in Node without a DOM. It never reads attributes except a few style words
 * that mean "bold", and never builds HTML; it only builds draft JSON.
 */
import type { BlockElement, HeadingLevel, TextLeaf } from '#core/draft/model';
import { leadingMarker, typedHeading } from '#core/text/markers';

export interface MiniNode {
  nodeType: number; // 1 element, 3 text, 8 comment, 9 document
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<MiniNode>;
  getAttribute?(name: string): string | null;
}

/** Content of these is dropped entirely (not just the tag). */
const DROP = new Set([
  'SCRIPT', 'STYLE', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'META', 'LINK',
  'TITLE', 'IMG', 'PICTURE', 'SVG', 'MATH', 'VIDEO', 'AUDIO', 'CANVAS', 'SOURCE', 'TRACK', 'MAP', 'BUTTON', 'INPUT', 'SELECT',
  'TEXTAREA', 'OPTION', 'DIALOG', 'XML', 'V:SHAPE', 'V:IMAGEDATA', 'O:WRAPBLOCK', 'W:SDT',
]);
/** These start a new block. */
const BLOCK = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'SECTION', 'ARTICLE', 'HEADER',
  'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'PRE', 'DD', 'DT', 'DL', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'CENTER', 'HR', 'BODY', 'HTML',
]);
const BOLD = new Set(['B', 'STRONG']);

/** Limits so a hostile or huge clipboard cannot freeze the editor. */
const MAX_BLOCKS = 5000;
const MAX_CHARS = 500_000;
const MAX_DEPTH = 200;

interface Run {
  text: string;
  bold: boolean;
}

function styleIsBold(n: MiniNode): boolean {
  const style = n.getAttribute?.('style');
  return !!style && /font-weight\s*:\s*(bold|[6-9]00)/i.test(style);
}

/**
 * Word's notes (脚注, 尾注, 批注), as Word and WPS put them on the clipboard: the reference in the text
 * (`<a style='mso-footnote-id:ftn1'><span class=MsoFootnoteReference>[1]</span></a>`) and the notes' bodies
 * after the text (`<div style='mso-element:footnote-list'>`). A 公文 has no notes: the reference would stay
 * in the text as “[1]” and the note's words would become paragraphs. Both are dropped.
 */
function isWordNote(n: MiniNode): boolean {
  const style = n.getAttribute?.('style') ?? '';
  if (/mso-(?:footnote|endnote)-id|mso-comment-reference|mso-element\s*:\s*(?:footnote|endnote|comment)/i.test(style)) return true;
  const cls = n.getAttribute?.('class') ?? '';
  return /Mso(?:Footnote|Endnote|Comment)Reference|msocomoff|msocomanchor/i.test(cls);
}

/** The text of a subtree (for the few checks that need to see a small element's text first). */
function textOf(n: MiniNode, depth = 0): string {
  if (n.nodeType === 3) return n.nodeValue ?? '';
  if (depth > 20) return '';
  let s = '';
  for (let i = 0; i < n.childNodes.length && s.length < 200; i++) s += textOf(n.childNodes[i], depth + 1);
  return s;
}

/** A web page's reference mark: <sup>[1]</sup>, <sup>［2］</sup>. */
const isReferenceSup = (n: MiniNode) => /^\s*[[［]\d{1,3}(?:[-–,，]\d{1,3})*[\]］]\s*$/.test(textOf(n));

/**
 * Word's own list number (`<span style='mso-list:Ignore'>1.<span style='font:7.0pt …'>&nbsp;&nbsp;</span></span>`)
 * is text like any typed number — so a Word list item “1.” and a typed “1.” line become the same block — but a
 * bullet (·, §, Ø in Symbol/Wingdings) is dropped: it is not a 公文 number.
 */
const isWordListNumber = (n: MiniNode) => /mso-list\s*:\s*Ignore/i.test(n.getAttribute?.('style') ?? '');

/** Collapses HTML whitespace (not the full-width space U+3000, which Chinese text uses deliberately mid-line). */
function collapse(s: string): string {
  return s.replace(/[\t\n\r\f ]+/g, ' ').replace(/\u00a0/g, ' ');
}

/** What a block was in the HTML: a table row never becomes a heading. */
type BlockSource = 'text' | 'row' | HeadingLevel;

function finishBlock(runs: Run[], source: BlockSource): BlockElement | null {
  // Merge runs, trim the indent Word/web pages fake with spaces and U+3000.
  const leaves: TextLeaf[] = [];
  for (const r of runs) {
    const prev = leaves[leaves.length - 1];
    if (prev && !!prev.bold === r.bold) prev.text += r.text;
    else leaves.push(r.bold ? { text: r.text, bold: true } : { text: r.text });
  }
  // HTML source line breaks between Chinese characters are not spaces in Chinese text.
  for (const l of leaves) l.text = l.text.replace(/(?<=[\u3000-\u9fff\uff00-\uffef“”‘’]) (?=[\u3000-\u9fff\uff00-\uffef“”‘’])/g, '');
  // A cell's text starts and ends where its words do (Word indents its cell markup with line breaks).
  if (source === 'row') for (const l of leaves) l.text = l.text.replace(/ *\t */g, '\t');
  // A row's tabs stand for its cells, so only spaces are trimmed from its ends (an empty first cell stays).
  const edge = source === 'row' ? /^[ \u3000]+|[\s\u3000]+$/g : /^[\s\u3000]+|[\s\u3000]+$/g;
  const empty = (t: string) => t.replace(edge, '') === '';
  while (leaves.length && empty(leaves[0].text)) leaves.shift();
  while (leaves.length && empty(leaves[leaves.length - 1].text)) leaves.pop();
  if (!leaves.length) return null;
  leaves[0].text = leaves[0].text.replace(source === 'row' ? /^[ \u3000]+/ : /^[\s\u3000]+/, '');
  const last = leaves[leaves.length - 1];
  last.text = last.text.replace(/[\s\u3000]+$/, '');
  const full = leaves.map((l) => l.text).join('');

  let level: HeadingLevel | null = typeof source === 'number' ? source : null;
  // A line that is a heading typed by hand (text/markers.ts, the editor's autoformat decides the same way):
  // strip the number, we compute it.
  const marker = source === 'row' ? null : typedHeading(full);
  if (marker) {
    stripPrefix(leaves, marker.end);
    level = marker.level;
  }
  const children = leaves.filter((l) => l.text !== '');
  if (!children.length) return null;
  // A heading's weight comes from its level's format (GB/T 9704), never from bold copied with it.
  if (level) return { type: 'heading', level, children: [{ text: children.map((l) => l.text).join('') }] };
  return { type: 'paragraph', children };
}

function stripPrefix(leaves: TextLeaf[], n: number): void {
  let left = n;
  for (const l of leaves) {
    const take = Math.min(left, l.text.length);
    l.text = l.text.slice(take);
    left -= take;
    if (left === 0) break;
  }
}

/**
 * Walks a parsed HTML document (or fragment) and returns permitted blocks. A table keeps its rows apart and its
 * cells apart: one paragraph per row, its cells separated by a tab — what Word and Excel themselves put on the
 * clipboard as text for a table, so the row reads as one record (项目、数值、说明 side by side) and copies back
 * into a table; a draft has no table block, and one paragraph per cell would lose which value belongs to which row.
 */
export function sanitizeHtmlTree(root: MiniNode): BlockElement[] {
  const blocks: BlockElement[] = [];
  let runs: Run[] = [];
  let chars = 0;
  let source: BlockSource = 'text';
  /** Inside a table cell: nested blocks and <br> become a space, the row stays one paragraph. */
  let inCell = 0;
  let cellsInRow = 0;
  /** The number of each open <ol>'s next item, innermost last. */
  const lists: (number | null)[] = [];

  const flush = () => {
    if (runs.length && blocks.length < MAX_BLOCKS) {
      const b = finishBlock(runs, source);
      if (b) blocks.push(b);
    }
    runs = [];
    source = 'text';
  };
  /** A word break owed inside a cell (a <p> or <br> there), written only between two words. */
  let cellBreak = false;
  const push = (text: string, bold: boolean) => {
    if (cellBreak && runs.length && !/[\t ]$/.test(runs[runs.length - 1].text)) runs.push({ text: ' ', bold: false });
    cellBreak = false;
    runs.push({ text, bold });
    chars += text.length;
  };

  const walk = (n: MiniNode, bold: boolean, depth: number) => {
    if (depth > MAX_DEPTH || chars > MAX_CHARS) return;
    if (n.nodeType === 3) {
      const t = collapse(n.nodeValue ?? '');
      if (t) push(t, bold);
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return; // comments (Word's <!--[if …]>), PIs
    const tag = n.nodeName.toUpperCase();
    if (DROP.has(tag)) return;
    if (n.nodeType === 1 && (isWordNote(n) || (tag === 'SUP' && isReferenceSup(n)))) return;
    if (n.nodeType === 1 && isWordListNumber(n)) {
      const number = collapse(textOf(n)).trim();
      if (leadingMarker(number)) push(number, false);
      return;
    }
    const b = bold || BOLD.has(tag) || (n.nodeType === 1 && styleIsBold(n));
    const children = () => {
      for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i], b, depth + 1);
    };
    if (inCell) {
      // Inside a cell: blocks (and a table nested in it) separate words, not paragraphs.
      const breaks = tag === 'BR' || BLOCK.has(tag) || tag === 'TD' || tag === 'TH';
      if (breaks) cellBreak = true;
      if (tag !== 'BR') children();
      if (breaks) cellBreak = true;
      return;
    }
    if (tag === 'TR') {
      flush();
      source = 'row';
      cellsInRow = 0;
      children();
      flush();
      return;
    }
    if (tag === 'TD' || tag === 'TH') {
      if (source !== 'row') {
        flush();
        source = 'row';
      }
      cellBreak = false;
      if (cellsInRow++ > 0) push('\t', false);
      inCell++;
      children();
      inCell--;
      cellBreak = false;
      return;
    }
    if (tag === 'BR') {
      const keep = source;
      flush();
      source = keep;
      return;
    }
    if (tag === 'OL' || tag === 'UL') {
      flush();
      const start = Number(n.getAttribute?.('start'));
      lists.push(tag === 'OL' ? (Number.isInteger(start) && start > 0 ? start : 1) : null);
      children();
      lists.pop();
      flush();
      return;
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) {
      flush();
      source = /^H[1-4]$/.test(tag) ? (Number(tag[1]) as HeadingLevel) : 'text';
    }
    if (tag === 'LI' && lists.length && lists[lists.length - 1] !== null) {
      // An <ol> item's number is drawn by the list, not written: write it, as Word's list number is (above),
      // unless the item spells its own. Nested lists count （1）.
      const k = lists[lists.length - 1]!;
      lists[lists.length - 1] = k + 1;
      if (!leadingMarker(collapse(textOf(n)).trim())) push(lists.filter((x) => x !== null).length > 1 ? `（${k}）` : `${k}.`, false);
    }
    children();
    if (isBlock) flush();
  };
  walk(root, false, 0);
  flush();
  return blocks;
}

/** Plain text (e.g. from WPS or a text editor) → paragraphs, one per line, typed heading numbers recognised. */
export function plainTextToBlocks(text: string): BlockElement[] {
  const out: BlockElement[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n').slice(0, MAX_BLOCKS)) {
    // Word writes a list item as text with a tab after its number (“1.\t加强领导”): that tab is not a cell.
    const m = leadingMarker(raw);
    const line = m && raw[m.start + m.text.length] === '\t' ? raw.slice(0, m.start + m.text.length) + raw.slice(m.start + m.text.length).replace(/^\t+/, '') : raw;
    // A line with tabs is a table row copied as text (Word, Excel, WPS): it keeps its cells apart and is never a heading.
    const b = finishBlock([{ text: line.slice(0, MAX_CHARS), bold: false }], line.includes('\t') ? 'row' : 'text');
    if (b) out.push(b);
  }
  return out;
}
