/**
 * Tells Slate's TypeScript types that its value is our draft model (electron/core/draft/model.ts):
 * the editor value IS the document, so no conversion layer exists between them.
 */
import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { BlockElement, PlaceholderElement, TextLeaf } from '#core/draft/model';

export type GongwenEditor = BaseEditor & ReactEditor & HistoryEditor;

declare module 'slate' {
  interface CustomTypes {
    Editor: GongwenEditor;
    Element: BlockElement | PlaceholderElement;
    Text: TextLeaf;
  }
}
