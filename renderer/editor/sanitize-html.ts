/**
 * Pasted HTML (from Word, WPS or a web page) → permitted draft blocks only. Whatever arrives — scripts,
 * iframes, javascript: links, event attributes, foreign styles, 5 MB inline images — the output is plain
 * paragraphs/headings of text with at most a bold flag: nothing is carried over that could run or style.
 *
 * Written over a minimal node interface (which the browser's DOMParser output satisfies) so that it is a
 * pure function, unit-tested in Node without a DOM. It never reads attributes except a few style words
 * that mean "bold", and never builds HTML; it only builds draft JSON.
 */
import type { BlockElement, HeadingLevel, TextLeaf } from '../../electron/core/draft/model';
import { leadingMarker } from '../../electron/core/text/markers';

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

/** Collapses HTML whitespace (not the full-width space U+3000, which Chinese text uses deliberately mid-line). */
function collapse(s: string): string {
  return s.replace(/[\t\n\r\f ]+/g, ' ').replace(/\u00a0/g, ' ');
}

function finishBlock(runs: Run[], tag: string): BlockElement | null {
  // Merge runs, trim the indent Word/web pages fake with spaces and U+3000.
  const leaves: TextLeaf[] = [];
  for (const r of runs) {
    const prev = leaves[leaves.length - 1];
    if (prev && !!prev.bold === r.bold) prev.text += r.text;
    else leaves.push(r.bold ? { text: r.text, bold: true } : { text: r.text });
  }
  // HTML source line breaks between Chinese characters are not spaces in Chinese text.
  for (const l of leaves) l.text = l.text.replace(/(?<=[\u3000-\u9fff\uff00-\uffef“”‘’]) (?=[\u3000-\u9fff\uff00-\uffef“”‘’])/g, '');
  while (leaves.length && leaves[0].text.replace(/^[\s\u3000]+/, '') === '') leaves.shift();
  while (leaves.length && leaves[leaves.length - 1].text.replace(/[\s\u3000]+$/, '') === '') leaves.pop();
  if (!leaves.length) return null;
  leaves[0].text = leaves[0].text.replace(/^[\s\u3000]+/, '');
  const last = leaves[leaves.length - 1];
  last.text = last.text.replace(/[\s\u3000]+$/, '');
  const full = leaves.map((l) => l.text).join('');

  let level: HeadingLevel | null = /^H[1-4]$/.test(tag) ? (Number(tag[1]) as HeadingLevel) : null;
  // A short line starting with a typed 公文 number (text/markers.ts) is a heading: strip the number, we compute it.
  const marker = leadingMarker(full);
  if (marker && full.length - marker.end <= 60) {
    stripPrefix(leaves, marker.end);
    level = marker.level;
  }
  const children = leaves.filter((l) => l.text !== '');
  if (!children.length) return null;
  if (level) return { type: 'heading', level, children };
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

/** Walks a parsed HTML document (or fragment) and returns permitted blocks. */
export function sanitizeHtmlTree(root: MiniNode): BlockElement[] {
  const blocks: BlockElement[] = [];
  let runs: Run[] = [];
  let chars = 0;
  let blockTag = 'P';

  const flush = () => {
    if (runs.length && blocks.length < MAX_BLOCKS) {
      const b = finishBlock(runs, blockTag);
      if (b) blocks.push(b);
    }
    runs = [];
    blockTag = 'P';
  };

  const walk = (n: MiniNode, bold: boolean, depth: number) => {
    if (depth > MAX_DEPTH || chars > MAX_CHARS) return;
    if (n.nodeType === 3) {
      const t = collapse(n.nodeValue ?? '');
      if (t) {
        runs.push({ text: t, bold });
        chars += t.length;
      }
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return; // comments (Word's <!--[if …]>), PIs
    const tag = n.nodeName.toUpperCase();
    if (DROP.has(tag)) return;
    if (tag === 'BR') {
      const keep = blockTag;
      flush();
      blockTag = keep;
      return;
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) {
      flush();
      blockTag = tag;
    }
    const b = bold || BOLD.has(tag) || (n.nodeType === 1 && styleIsBold(n));
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i], b, depth + 1);
    if (isBlock) flush();
  };
  walk(root, false, 0);
  flush();
  return blocks;
}

/** Plain text (e.g. from WPS or a text editor) → paragraphs, one per line, typed heading numbers recognised. */
export function plainTextToBlocks(text: string): BlockElement[] {
  const out: BlockElement[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n').slice(0, MAX_BLOCKS)) {
    const b = finishBlock([{ text: line.slice(0, MAX_CHARS), bold: false }], 'P');
    if (b) out.push(b);
  }
  return out;
}
