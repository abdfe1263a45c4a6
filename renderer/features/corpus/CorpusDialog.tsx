/** 语料库: the past reports the phrases, skeletons and sections come from; import more, or go back to the built-in set. */
import React, { useState } from 'react';
import type { CorpusSummary } from '../../../electron/api';
import { GENRE_LABELS } from '#core/draft/model';
import { Dialog } from '../../ui/Dialog';
import './corpus.css';
import { openDialog } from '../../app/dialogs';
import { useApp } from '../../app/store';
import { failureText, orSay, say } from '../../app/toasts';
import { host } from '../../host';

export function CorpusDialog({ summary, onImport, onReset, onClose }: { summary: CorpusSummary; onImport(): Promise<void>; onReset(): Promise<void>; onClose(): void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const run = (label: string, f: () => Promise<void>) => async () => {
    setBusy(label);
    try {
      await f();
    } finally {
      setBusy(null);
    }
  };
  return (
    <Dialog title="语料库（往年材料）" onClose={onClose} wide testId="corpus-dialog">
      <p className="muted">常用语、骨架和段落库都从这些材料中提取。可导入本单位往年的报告、讲话（.txt/.md/.docx，GBK 或 UTF-8 均可）。</p>
      <table className="corpus-table">
        <thead>
          <tr>
            <th>文件</th>
            <th>标题</th>
            <th>文种</th>
            <th>字数</th>
            <th>部分</th>
            <th>来源</th>
          </tr>
        </thead>
        <tbody>
          {summary.documents.map((d) => (
            <tr key={d.id}>
              <td>{d.fileName}</td>
              <td>{d.declaredTitle}</td>
              <td>{GENRE_LABELS[d.genre]}</td>
              <td>{d.charCount.toLocaleString('zh-CN')}</td>
              <td>{d.sectionCount}</td>
              <td>{d.builtIn ? '内置' : '导入'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.issues.length > 0 && (
        <ul className="issue-list" aria-label="导入问题">
          {summary.issues.map((i, k) => (
            <li key={k} className={i.severity === 'error' ? 'warn' : 'muted'}>
              {i.file}：{i.message}
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn danger" disabled={!!busy} onClick={run('reset', onReset)} title="删除导入的材料，只保留内置语料">
          {busy === 'reset' ? '正在恢复……' : '恢复为内置语料'}
        </button>
        <span className="spacer" />
        <button type="button" className="btn" onClick={onClose}>
          关闭
        </button>
        <button type="button" className="btn primary" disabled={!!busy} onClick={run('import', onImport)}>
          {busy === 'import' ? '正在导入……' : '导入材料…'}
        </button>
      </div>
    </Dialog>
  );
}

/** 语料库 over the corpus as it stands: an import or a reset shows in the open dialog. */
export function openCorpusDialog(): void {
  openDialog((close) => <ConnectedCorpusDialog close={close} />, { key: 'corpus' });
}

function ConnectedCorpusDialog({ close }: { close(): void }) {
  const summary = useApp((s) => s.corpus?.summary);
  if (!summary) return null;
  return (
    <CorpusDialog
      summary={summary}
      onClose={close}
      onImport={() =>
        orSay('未能导入', async () => {
          const r = await host.pickAndImportCorpus();
          if (!r) return;
          const errors = r.issues.filter((i) => i.severity === 'error').length;
          const imported = `已导入 ${r.imported} 份材料${errors ? `，${errors} 份未能导入（见列表）` : ''}`;
          // The import is done and kept; only the page's copy of the corpus is behind, which a restart mends.
          try {
            useApp.setState({ corpus: await host.corpusData() });
          } catch (e) {
            return say(`${imported}。${failureText('但语料未能重新载入', e)}。请稍后重新打开语料库，或重新启动程序`, true);
          }
          say(imported, errors > 0 && r.imported === 0);
        }).then(() => undefined)
      }
      onReset={() =>
        orSay('未能恢复内置语料', async () => {
          await host.corpusReset();
          useApp.setState({ corpus: await host.corpusData() });
          say('已恢复为内置语料');
        }).then(() => undefined)
      }
    />
  );
}
