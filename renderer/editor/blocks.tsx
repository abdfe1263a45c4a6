/**
 * How each block kind is drawn on the page: one view per kind of core/draft/blocks.ts. The table's type makes
 * a kind without a view a compile error. The CSS class comes from the kind's spec (renderer/styles.css), and
 * every block carries `data-block="<kind>"`, which is how the e2e tests find blocks.
 */
import React, { createContext, useContext } from 'react';
import { Node } from 'slate';
import type { RenderElementProps } from 'slate-react';
import { type BlockType, specOf } from '#core/draft/blocks';
import type { BlockElement } from '#core/draft/model';
import './slate-types';

/** Heading element → its computed number. Keyed by element identity, so a moved heading finds its new number. */
export type Numbering = ReadonlyMap<object, string>;
export const NumberingContext = createContext<Numbering>(new Map());

interface BlockView {
  tag: 'div' | 'p';
  /** Reserve its estimated height while off screen (long kinds: headings and 正文). */
  estimate?: boolean;
  /** Shows its computed number (一、/（一）…) before its text, from NumberingContext. */
  numbered?: boolean;
  /** Its own layout, beside the kind's CSS class. */
  style?: React.CSSProperties;
}

export const BLOCK_VIEWS = {
  // A title that wraps is balanced, as the export lays it out (GB/T 9704 7.3.3 排列对称, core/docx/title-lines.ts):
  // “…工作的” over a lone “报告” becomes two lines of about equal length.
  title: { tag: 'div', style: { textWrap: 'balance' } },
  salutation: { tag: 'div' },
  heading: { tag: 'div', estimate: true, numbered: true },
  // Tab stops every four characters, so the cells of a pasted table row (tab-separated) line up in columns.
  paragraph: { tag: 'p', estimate: true, style: { tabSize: '4em' } },
} satisfies Record<BlockType, BlockView>;

/**
 * Blocks off screen are not laid out (content-visibility: auto in styles.css); until a block has been shown
 * once, the page reserves this estimate for it: its lines at 28 characters a line, the GB/T 9704 measure.
 * Keeps the scrollbar honest in a long draft.
 */
const estimate = (element: RenderElementProps['element']) => ({ '--lines': Math.max(1, Math.ceil(Node.string(element).length / 28)) }) as React.CSSProperties;
const styleOf = (view: BlockView, element: RenderElementProps['element']) => (view.estimate ? { ...view.style, ...estimate(element) } : view.style);

const NumberedBlock = ({ attributes, children, element }: RenderElementProps) => {
  const marker = useContext(NumberingContext).get(element) ?? '';
  const b = element as BlockElement;
  const view: BlockView = BLOCK_VIEWS[b.type];
  const Tag = view.tag;
  return (
    <Tag {...attributes} className={specOf(b).className(b)} data-block={b.type} data-num={marker} style={styleOf(view, element)}>
      {children}
    </Tag>
  );
};

/** renderElement for a top-level block (a plain function for unnumbered kinds: no extra component per block). */
export function renderBlock(props: RenderElementProps): React.JSX.Element {
  const b = props.element as BlockElement;
  const view: BlockView = BLOCK_VIEWS[b.type];
  if (view.numbered) return <NumberedBlock {...props} />;
  const Tag = view.tag;
  return (
    <Tag {...props.attributes} className={specOf(b).className(b)} data-block={b.type} style={styleOf(view, props.element)}>
      {props.children}
    </Tag>
  );
}
