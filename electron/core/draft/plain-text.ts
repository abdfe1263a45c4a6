/**
 * Draft → plain text, laid out the way 公文 are pasted into e-mail or OA systems: the title on
 * its own line, a blank line, headings numbered (一、/（一）/1./（1）), body paragraphs and
 * headings indented by two full-width spaces, unfilled placeholders as 【label】.
 */
import { type Draft, inlineText, numberHeadings } from './model';

const INDENT = '\u3000\u3000';

export function draftToPlainText(draft: Draft, opts: { newline?: string } = {}): string {
  const markers = numberHeadings(draft.content);
  const lines: string[] = [];
  draft.content.forEach((b, i) => {
    const text = inlineText(b.children).replace(/\r?\n/g, ' ').trim();
    switch (b.type) {
      case 'title':
        if (!text) return;
        lines.push(text, '');
        return;
      case 'salutation':
        lines.push(text);
        return;
      case 'heading':
        lines.push(INDENT + markers[i] + text);
        return;
      case 'paragraph':
        if (text) lines.push(INDENT + text);
        return;
    }
  });
  return lines.join(opts.newline ?? '\n') + (lines.length ? (opts.newline ?? '\n') : '');
}
