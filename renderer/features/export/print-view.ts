/**
 * The browser's print dialog of a print view: where no LibreOffice converts the .docx to PDF, the user prints the
 * draft (or “另存为 PDF” in that dialog). The view is the clipboard HTML (core/draft/rich-html.ts: GB/T 9704 fonts,
 * sizes, indents, the elements placed as in the .docx) on A4 pages with the profile's margins and “— n —” page
 * numbers outside, in this page (the app's CSP allows no frames or new windows) with everything else hidden while
 * printing. Chromium lays it out, not a word processor: lines may break differently from the .docx.
 */
import type { Draft } from '#core/draft/model';
import { draftToClipboardHtml } from '#core/draft/rich-html';
import type { FormatProfile } from '#core/format/profile';

const GBT9704_MARGINS = { top: 37, bottom: 35, left: 28, right: 26 };

/** The @page rules: A4, the 版心 margins, page numbers 7 mm under the 版心 (odd pages right, even pages left). */
export function pageCss(profile: Pick<FormatProfile, 'margins' | 'pageNumbers'> | null): string {
  const m = profile?.margins ?? GBT9704_MARGINS;
  const number = `content: "— " counter(page) " —"; font: 14pt '宋体', SimSun, serif; vertical-align: top; padding-top: 4mm;`;
  const where = profile?.pageNumbers ?? 'outside';
  const boxes =
    where === 'none'
      ? ''
      : where === 'center'
        ? `@page { @bottom-center { ${number} } }`
        : `@page :right { @bottom-right { ${number} margin-right: 14pt; } } @page :left { @bottom-left { ${number} margin-left: 14pt; } }`;
  return `@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; } ${boxes}`;
}

/** Prints `draft` through the browser's print dialog; resolves when the dialog is closed. */
export function printDraft(draft: Draft, profile: FormatProfile | null): void {
  const html = draftToClipboardHtml(draft);
  const body = /<!--StartFragment-->([\s\S]*)<!--EndFragment-->/.exec(html)?.[1] ?? '';
  const view = document.createElement('div');
  view.className = 'print-view';
  // Our own markup: rich-html escapes every text it writes.
  view.innerHTML = body;
  const style = document.createElement('style');
  style.textContent = `@media print { ${pageCss(profile)} }`;
  document.head.appendChild(style);
  document.body.appendChild(view);
  document.body.classList.add('printing');
  const done = () => {
    document.body.classList.remove('printing');
    view.remove();
    style.remove();
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
