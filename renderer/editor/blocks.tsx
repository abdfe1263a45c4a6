/**
 * How each block kind is drawn on the page: one view per kind of core/draft/blocks.ts. The table's type makes
 * a kind without a view a compile error. The CSS class comes from the kind's spec (renderer/styles.css), and
 * every block carries `data-block="<kind>"`, which is how the e2e tests find blocks.
 *
 * What depends on a block's neighbours — a heading's number, where a 署名 or 成文日期 sits on its line, the
 * “附件：1.” before an attachment — is computed in one pass over the draft (pageLayoutOf) and shared through
 * LayoutContext, keyed by element identity, so a moved block finds its new place and only laid-out blocks
 * re-render when it changes.
 */
import React, { createContext, useContext } from 'react';
import { Node, type Path, type Range } from 'slate';
import type { RenderElementProps } from 'slate-react';
import { type BlockType, specOf } from '#core/draft/blocks';
import { type ElementPlacement, elementPlacement, LINE_CHARS } from '#core/draft/element-layout';
import { type BlockElement, numberHeadings, ROLE_HINTS } from '#core/draft/model';
import { RUN_IN_STOP } from '#core/draft/run-in';
import { displayWidth } from '#core/format/closing';
import './slate-types';
import './elements.css';

/** One block's place in the draft: its computed marker (一、/（一）/附件：1.) and, for an element, its placement. */
export interface BlockLayout {
  marker: string;
  place: PagePlacement | null;
  prev?: BlockType;
  next?: BlockType;
}
/** Block element → its layout; only blocks whose view reads it are in the map. */
export type PageLayoutMap = ReadonlyMap<object, BlockLayout>;
export const LayoutContext = createContext<PageLayoutMap>(new Map());

interface BlockView {
  tag: 'div' | 'p';
  /** Reserve its estimated height while off screen (long kinds: headings and 正文). */
  estimate?: boolean;
  /** Reads its layout from LayoutContext: a computed number, or an element's place on the line. */
  laidOut?: boolean;
  /** Its own layout, beside the kind's CSS class. */
  style?: React.CSSProperties;
}

const element: BlockView = { tag: 'p', laidOut: true };

export const BLOCK_VIEWS = {
  // A title that wraps is balanced, as the export lays it out (GB/T 9704 7.3.3 排列对称, core/docx/title-lines.ts):
  // “…工作的” over a lone “报告” becomes two lines of about equal length.
  title: { tag: 'div', style: { textWrap: 'balance' } },
  salutation: { tag: 'div' },
  heading: { tag: 'div', estimate: true, laidOut: true },
  // Tab stops every four characters, so the cells of a pasted table row (tab-separated) line up in columns.
  paragraph: { tag: 'p', estimate: true, style: { tabSize: '4em' } },
  headerLine: element,
  issuerMark: element,
  docNumber: element,
  byline: element,
  attachment: element,
  signature: element,
  date: element,
  note: element,
  copyTo: element,
  printed: element,
} satisfies Record<BlockType, BlockView>;

/** The kinds whose view reads LayoutContext: typing in one of them can change its layout, so the pass runs again. */
export const LAID_OUT_KINDS: ReadonlySet<string> = new Set(Object.entries(BLOCK_VIEWS).filter(([, v]) => (v as BlockView).laidOut).map(([k]) => k));

/** The one pass over the draft behind LayoutContext. */
export function pageLayoutOf(content: readonly BlockElement[]): PageLayoutMap {
  const markers = numberHeadings(content);
  const m = new Map<object, BlockLayout>();
  content.forEach((b, i) => {
    if (!LAID_OUT_KINDS.has(b.type)) return;
    m.set(b, { marker: markers[i], place: onPage(b, elementPlacement(content, i, LINE_CHARS)), prev: content[i - 1]?.type, next: content[i + 1]?.type });
  });
  return m;
}

/**
 * The page is narrower than 28 characters when the window is: a 署名 or 成文日期 placed by its first character from the
 * left (format/closing.ts) is placed from the right edge instead — that many characters in from it (CSS: 100% less
 * them) — so its distance from the right, and from the other lines of the group, holds at any width. (Chinese
 * characters are exactly 1em; only a date's digits are estimated.)
 */
export interface PagePlacement extends ElementPlacement {
  /** Its first character this many characters left of the line's right end. */
  startFromRight?: number;
}

function onPage(b: BlockElement, p: ElementPlacement | null): PagePlacement | null {
  if (!p || p.align !== 'left' || p.left === undefined || (b.type !== 'signature' && b.type !== 'date')) return p;
  return { ...p, left: undefined, startFromRight: LINE_CHARS - p.left };
}

const samePlace = (a: PagePlacement | null, b: PagePlacement | null) =>
  a === b ||
  (!!a &&
    !!b &&
    a.align === b.align &&
    a.left === b.left &&
    a.right === b.right &&
    a.hanging === b.hanging &&
    a.firstLine === b.firstLine &&
    a.linesBefore === b.linesBefore &&
    a.prefix === b.prefix &&
    a.suffix === b.suffix &&
    a.startFromRight === b.startFromRight);

export function sameLayout(a: PageLayoutMap, b: PageLayoutMap): boolean {
  if (a.size !== b.size) return false;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (!y || x.marker !== y.marker || x.prev !== y.prev || x.next !== y.next || !samePlace(x.place, y.place)) return false;
  }
  return true;
}

/**
 * Blocks off screen are not laid out (content-visibility: auto in styles.css); until a block has been shown
 * once, the page reserves this estimate for it: its lines at 28 characters a line, the GB/T 9704 measure.
 * Keeps the scrollbar honest in a long draft.
 */
const estimate = (element: RenderElementProps['element']) => ({ '--lines': Math.max(1, Math.ceil(Node.string(element).length / 28)) }) as React.CSSProperties;
const styleOf = (view: BlockView, element: RenderElementProps['element']) => (view.estimate ? { ...view.style, ...estimate(element) } : view.style);

/** A line of the page is 1.75 body characters (styles.css: .page-body's line-height, and --body its font size). */
const LINE_EM = 1.75;
const bodyLines = (n: number) => `calc(${+(n * LINE_EM).toFixed(3)} * var(--body))`;

/** An element's placement as CSS: indents in em of its own size, blank lines in lines of the body. */
function placementStyle(p: PagePlacement): React.CSSProperties {
  return {
    textAlign: p.align === 'both' ? 'justify' : p.align,
    paddingLeft: p.startFromRight !== undefined ? `calc(100% - ${+p.startFromRight.toFixed(3)}em)` : p.left ? `${p.left}em` : undefined,
    paddingRight: p.right ? `${p.right}em` : undefined,
    textIndent: p.hanging ? `-${p.hanging}em` : p.firstLine ? `${p.firstLine}em` : 0,
    marginTop: p.linesBefore ? bodyLines(p.linesBefore) : undefined,
  };
}

/**
 * A run-in heading (“1.加强组织领导。各单位要……”): the range of its body part, the text after the first stop
 * (core/draft/run-in.ts splitRunIn), which the page decorates as body text (styles.css .ri-body). Null for other blocks.
 */
export function runInBodyRange(b: BlockElement, path: Path): Range | null {
  if (b.type !== 'heading' || !b.runIn) return null;
  for (let i = 0; i < b.children.length; i++) {
    const c = b.children[i];
    if ('type' in c) continue;
    const m = RUN_IN_STOP.exec(c.text);
    if (!m) continue;
    const last = b.children.length - 1;
    const end = b.children[last];
    const focus = 'type' in end ? { path: [...path, last, end.children.length - 1], offset: end.children[end.children.length - 1].text.length } : { path: [...path, last], offset: end.text.length };
    return { anchor: { path: [...path, i], offset: m.index + 1 }, focus };
  }
  return null;
}

const LaidOutBlock = ({ attributes, children, element }: RenderElementProps) => {
  const layout = useContext(LayoutContext).get(element);
  const b = element as BlockElement;
  const view: BlockView = BLOCK_VIEWS[b.type];
  const Tag = view.tag;
  const place = layout?.place ?? null;
  let style = styleOf(view, element);
  if (place) style = { ...style, ...placementStyle(place) };
  if (b.type === 'byline') {
    // Straight under the title (styles.css takes the title's space below away), one blank line after the last.
    style = { ...style, marginBottom: layout?.next === 'byline' ? undefined : bodyLines(1) };
  }
  // The 发文机关标志 stays on one line: its size follows its width in characters (elements.css).
  if (b.type === 'issuerMark') style = { ...style, '--chars': Math.max(1, displayWidth(Node.string(element))) } as React.CSSProperties;
  const suffix = place?.suffix && (b.type === 'printed' || b.type === 'docNumber') ? place.suffix : null;
  return (
    <Tag
      {...attributes}
      className={specOf(b).className(b)}
      data-block={b.type}
      data-num={b.type === 'heading' ? layout?.marker ?? '' : undefined}
      data-prefix={place?.prefix || undefined}
      data-suffix={!suffix && place?.suffix ? place.suffix : undefined}
      style={style}
    >
      {children}
      {suffix && (
        <span className="b-suffix" contentEditable={false} title="在“公文要素”菜单中修改">
          {b.type === 'docNumber' ? (
            <>
              签发人：<span className="b-signer">{b.signer}</span>
            </>
          ) : (
            suffix
          )}
        </span>
      )}
    </Tag>
  );
};

/** renderElement for a top-level block (a plain function for kinds without a layout: no extra component per block). */
export function renderBlock(props: RenderElementProps): React.JSX.Element {
  const b = props.element as BlockElement;
  const view: BlockView = BLOCK_VIEWS[b.type];
  if (view.laidOut) return <LaidOutBlock {...props} />;
  const Tag = view.tag;
  // An empty paragraph a skeleton laid out for a part says what goes there (styles.css shows it while empty).
  const hint = b.type === 'paragraph' && b.role ? ROLE_HINTS[b.role] : undefined;
  return (
    <Tag {...props.attributes} className={specOf(b).className(b)} data-block={b.type} data-hint={hint} style={styleOf(view, props.element)}>
      {props.children}
    </Tag>
  );
}
