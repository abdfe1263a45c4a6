/**
 * 导出Word and 导出PDF (through the export dialog: 单位细则, missing fonts, author, and the 导出前请注意 list when
 * placeholders are unfilled or specifics unchecked), 复制富文本 and 导出纯文本: each from the draft as it stands.
 */
import React from 'react';
import { findExportIssues } from '#core/draft/export-issues';
import type { BlockElement } from '#core/draft/model';
import { draftToPlainText } from '#core/draft/plain-text';
import { draftToClipboardHtml } from '#core/draft/rich-html';
import { host } from '../../host';
import { openDialog } from '../../app/dialogs';
import { goToBlock } from '../../app/editor';
import { session, suggestName } from '../../app/session';
import { orSay, say } from '../../app/toasts';
import { HostError } from '../../../electron/api';
import { ExportDialog, type ExportFormat } from './ExportDialog';
import { printDraft } from './print-view';
import { download } from './download';

async function exportDocx(highlightIssues: boolean): Promise<void> {
  const draft = session.current();
  if (!draft) return;
  await orSay('未能导出 Word', async () => {
    const r = await host.exportDocxToUser(draft, { highlightIssues }, suggestName(draft.content as BlockElement[]));
    if (r && r.ok) say(`已导出 Word：${r.name}`);
    else if (r && !r.ok) say(r.error, true);
  });
}

/**
 * PDF through LibreOffice (the .docx's own pages); where it is not installed (NO_CONVERTER), the browser's print
 * dialog of a print view, whose “另存为 PDF” gives the file.
 */
async function exportPdf(highlightIssues: boolean): Promise<void> {
  const draft = session.current();
  if (!draft) return;
  say('正在生成 PDF…');
  try {
    const r = await host.exportPdfToUser(draft, { highlightIssues }, suggestName(draft.content as BlockElement[]));
    if (r && r.ok) say(`已导出 PDF：${r.name}`);
    else if (r && !r.ok) say(r.error, true);
  } catch (e) {
    if (!(e instanceof HostError) || e.code !== 'NO_CONVERTER') return say(`未能导出 PDF：${(e as Error).message}`, true);
    const profiles = await host.formatProfiles().catch(() => null);
    say('本机未安装 LibreOffice：请在打印对话框中选择“另存为 PDF”（版面由浏览器排出，与 Word 文件可能略有差别）');
    printDraft(draft, profiles?.profiles.find((p) => p.name === profiles.active) ?? null);
  }
}

/** The export dialog (profile, fonts, author, and what is left unfilled or unchecked), then the file. */
function exportVia(format: ExportFormat): void {
  const draft = session.current();
  if (!draft) return;
  openDialog(
    (close) => (
      <ExportDialog format={format} issues={findExportIssues(draft)} onClose={close} onExport={(highlight) => void (format === 'pdf' ? exportPdf(highlight) : exportDocx(highlight))} onGoTo={goToBlock} />
    ),
    { key: 'export' },
  );
}

export const exportDraft = {
  word: () => exportVia('docx'),
  pdf: () => exportVia('pdf'),

  async copyRich(): Promise<void> {
    const draft = session.current();
    if (!draft) return;
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([draftToClipboardHtml(draft)], { type: 'text/html' }),
          'text/plain': new Blob([draftToPlainText(draft, { newline: '\r\n' })], { type: 'text/plain' }),
        }),
      ]);
      say('已复制全文（带格式），可直接粘贴到 Word 或 WPS');
    } catch (e) {
      say(`复制失败：${(e as Error).message || '剪贴板不可用'}`, true);
    }
  },

  text(): void {
    const draft = session.current();
    if (!draft) return;
    // A BOM and CRLF so that Windows Notepad and older WPS open it as UTF-8 with line breaks.
    download('\ufeff' + draftToPlainText(draft, { newline: '\r\n' }), suggestName(draft.content as BlockElement[]) + '.txt', 'text/plain;charset=utf-8');
    say('已导出纯文本');
  },
};
