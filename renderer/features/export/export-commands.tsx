/**
 * 导出Word (with the 导出前请注意 list when placeholders are unfilled or specifics unchecked), 复制富文本 and
 * 导出纯文本: each from the draft as it stands.
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
import { ExportDialog } from './ExportDialog';

async function exportDocx(highlightIssues: boolean): Promise<void> {
  const draft = session.current();
  if (!draft) return;
  await orSay('未能导出 Word', async () => {
    const r = await host.exportDocxToUser(draft, { highlightIssues }, suggestName(draft.content as BlockElement[]));
    if (r && r.ok) say(`已导出 Word：${r.name}`);
    else if (r && !r.ok) say(r.error, true);
  });
}

/** A file the user keeps: the browser downloads it; Electron shows its own save dialog for downloads. */
function downloadText(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const exportDraft = {
  word(): void {
    const draft = session.current();
    if (!draft) return;
    const issues = findExportIssues(draft);
    if (!issues.items.length) return void exportDocx(false);
    openDialog(
      (close) => (
        <ExportDialog
          issues={issues}
          onStop={close}
          onExportAnyway={() => {
            close();
            void exportDocx(true);
          }}
          onGoTo={(i) => {
            close();
            goToBlock(i);
          }}
        />
      ),
      { key: 'export' },
    );
  },

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
    downloadText('\ufeff' + draftToPlainText(draft, { newline: '\r\n' }), suggestName(draft.content as BlockElement[]) + '.txt');
    say('已导出纯文本');
  },
};
