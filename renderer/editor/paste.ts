/**
 * The DOM side of pasting: parse clipboard HTML with DOMParser (an inert document: no scripts run, no
 * images load) and hand the tree to the pure sanitiser. Slate fragments are read before this, by the editor's
 * paste plugin (plugins/with-paste.ts); one that does not decode falls back to its HTML here.
 */
import type { BlockElement } from '#core/draft/model';
import type { DataSource } from './plugin';
import { type MiniNode, plainTextToBlocks, sanitizeHtmlTree } from './sanitize-html';

export function convertPaste(data: DataSource): BlockElement[] | null {
  const html = data.getData('text/html');
  if (html) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return sanitizeHtmlTree(doc.body as unknown as MiniNode);
  }
  const text = data.getData('text/plain');
  // One line of text is typed in place by Slate; several lines become paragraphs/headings.
  if (text && /\n/.test(text.trim())) return plainTextToBlocks(text);
  return null;
}
