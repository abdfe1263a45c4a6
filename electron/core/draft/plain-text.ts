/**
 * Draft → plain text, laid out the way 公文 are pasted into e-mail or OA systems: each block as its spec's
 * .txt form (blocks.ts) — the title on its own line and a blank line, headings numbered (一、/（一）/1./（1）),
 * body paragraphs and headings indented by two full-width spaces, the 附件说明 numbered, unfilled placeholders as 【label】.
 */
import { specOf } from './blocks';
import { type Draft, inlineText, numberHeadings } from './model';

export function draftToPlainText(draft: Draft, opts: { newline?: string } = {}): string {
  const markers = numberHeadings(draft.content);
  const lines = draft.content.flatMap((b, i) => specOf(b).plainText(inlineText(b.children).replace(/\r?\n/g, ' ').trim(), markers[i], b));
  return lines.join(opts.newline ?? '\n') + (lines.length ? (opts.newline ?? '\n') : '');
}
