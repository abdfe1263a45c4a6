/** A Slate editor with the app's plugins over a copy of `content`, normalised as the app would: for unit tests. */
import { createEditor, Editor } from 'slate';
import { withHistory } from 'slate-history';
import type { BlockElement } from '#core/draft/model';
import { withGongwen } from './plugin';

export function editorWith(content: BlockElement[]) {
  const e = withGongwen(withHistory(createEditor()));
  e.children = structuredClone(content);
  Editor.normalize(e, { force: true });
  return e;
}
