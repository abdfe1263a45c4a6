/**
 * How a {年份}-style placeholder is drawn: a tinted inline whose 【label】 shows (as CSS generated content,
 * `.ph-empty::after` in styles.css) while it is unfilled. While an IME composes inside the empty placeholder, the
 * pinyin already stands where the caret is but the model is still empty until the commit; the label is hidden
 * then, or the page would read “gonghui【标题】”.
 */
import React from 'react';
import { type RenderElementProps, useComposing, useSelected } from 'slate-react';
import type { PlaceholderElement } from '#core/draft/model';
import './slate-types';

// Keeps the caret from getting stuck at the edges of inline elements in Chromium (Slate's inlines example).
export const InlineChromiumBugfix = () => (
  <span contentEditable={false} style={{ fontSize: 0 }}>
    {String.fromCodePoint(160)}
  </span>
);

export const Placeholder = ({ attributes, children, element }: RenderElementProps) => {
  const el = element as PlaceholderElement;
  const composing = useComposing();
  const selected = useSelected();
  const composingHere = composing && selected;
  const empty = el.children.every((t) => t.text === '') && !composingHere;
  return (
    <span {...attributes} className={empty ? 'ph ph-empty' : 'ph ph-filled'} data-label={el.label} title={`待填：${el.label}（Tab 跳到下一处）`}>
      <InlineChromiumBugfix />
      {children}
      <InlineChromiumBugfix />
    </span>
  );
};
