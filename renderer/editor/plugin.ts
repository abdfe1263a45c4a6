/**
 * The editor's behaviour for a 公文, one concern per plugin (Slate's `withX` idiom), composed in one line:
 * - with-block-schema: the top level holds the block kinds of core/draft/blocks.ts, with their attributes;
 * - with-placeholders: {年份}-style placeholders are inline elements the caret can enter, leave and delete;
 * - with-next-paragraph: what Enter at the end of a block starts, from its spec;
 * - with-heading-autoformat: Enter after a typed heading (（一）突出…) makes it that level of heading;
 * - with-paste: whatever is pasted or dropped passes the core normaliser first;
 * - with-check-marks: editing inside a “to check” run clears its mark.
 * No slate-react import here, so it runs (and is tested) in plain Node.
 */
import type { Editor } from 'slate';
import { withBlockSchema } from './plugins/with-block-schema';
import { withCheckMarks } from './plugins/with-check-marks';
import { withHeadingAutoformat } from './plugins/with-heading-autoformat';
import { withNextParagraph } from './plugins/with-next-paragraph';
import { type PasteConverter, withPaste } from './plugins/with-paste';
import { withPlaceholders } from './plugins/with-placeholders';

export { insertBlocksAtCursor, insertInlines } from './plugins/insert';
export { type DataSource, PHRASE_MIME, type PasteConverter } from './plugins/with-paste';
export { isPlaceholderEl, placeholderAtSelection } from './plugins/with-placeholders';

export function withGongwen<E extends Editor>(editor: E, paste?: PasteConverter, notify?: (message: string) => void): E {
  return withCheckMarks(withPaste(withHeadingAutoformat(withNextParagraph(withPlaceholders(withBlockSchema(editor)))), { convert: paste, notify }));
}
