/**
 * 导出 Word / 导出 PDF: before the file is written the user sees which 单位细则 it is laid out with (and can switch or
 * manage them), which 公文 fonts this machine lacks and what Word/WPS will show instead (a note, never a stop), the
 * author written into the file, and — when there are any — the unfilled placeholders and unchecked specifics, with
 * the choice to stop or export with them highlighted.
 */
import React, { useEffect, useState } from 'react';
import type { FormatProfiles } from '../../../electron/api';
import type { ExportIssues } from '#core/draft/export-issues';
import type { FontReport, FontStatus } from '#core/format/font-check';
import { host } from '../../host';
import { useApp } from '../../app/store';
import { Dialog } from '../../ui/Dialog';
import { openFormatProfiles } from '../format-profiles/FormatProfilesDialog';
import './export.css';

export type ExportFormat = 'docx' | 'pdf';
const FORMAT_LABEL: Record<ExportFormat, string> = { docx: 'Word', pdf: 'PDF' };

/** Missing fonts grouped by face: “正文、三级标题字体“仿宋_GB2312”未安装，Word/WPS 将以“仿宋”显示。” */
export function missingFontLines(report: FontReport): string[] {
  const groups = new Map<string, FontStatus[]>();
  for (const f of report.missing) groups.set(f.font, [...(groups.get(f.font) ?? []), f]);
  return [...groups.values()].map((fs) => {
    const { font, shownAs } = fs[0];
    const who = fs.map((f) => f.label).join('、');
    return shownAs ? `${who}字体“${font}”未安装，Word/WPS 将以“${shownAs}”显示。` : `${who}字体“${font}”及其替代字体均未安装，Word/WPS 将以系统默认字体（通常为宋体）显示。`;
  });
}

export function ExportDialog({
  format,
  issues,
  onClose,
  onExport,
  onGoTo,
}: {
  format: ExportFormat;
  issues: ExportIssues;
  onClose(): void;
  /** Writes the file; `highlight`: with the unfilled placeholders and unchecked specifics marked. */
  onExport(highlight: boolean): void;
  onGoTo(blockIndex: number): void;
}) {
  const [profiles, setProfiles] = useState<FormatProfiles | null>(null);
  const [fonts, setFonts] = useState<FontReport | null>(null);
  const [fontError, setFontError] = useState('');
  const savedAuthor = useApp((s) => s.prefs?.settings.author ?? '');
  const [author, setAuthor] = useState(savedAuthor);
  const label = FORMAT_LABEL[format];
  const hasIssues = issues.items.length > 0;

  const checkFonts = (name?: string) => {
    setFonts(null);
    host.fontsCheck(name).then(setFonts, (e: Error) => setFontError(e.message));
  };
  useEffect(() => {
    host.formatProfiles().then(setProfiles, () => setProfiles(null));
    checkFonts();
  }, []);

  const choose = async (name: string) => {
    setProfiles(await host.formatProfileSelect(name));
    checkFonts(name);
  };
  const go = async (highlight: boolean) => {
    if (author.trim() !== savedAuthor) {
      try {
        useApp.setState({ prefs: await host.prefsSetSettings({ author: author.trim() }) });
      } catch {
        /* the author is a nicety: the export goes ahead without it */
      }
    }
    onClose();
    onExport(highlight);
  };
  const lines = fonts ? missingFontLines(fonts) : [];

  return (
    <Dialog title={`导出 ${label}`} onClose={onClose} testId="export-dialog">
      {/* One scrolling region for the rows and the list (styles.css .dialog) */}
      <div className="export-body">
        <div className="export-rows">
          <label className="export-row">
            <span className="export-label">版式</span>
            <select aria-label="版式细则" value={profiles?.active ?? ''} disabled={!profiles} onChange={(e) => void choose(e.target.value)}>
              {profiles?.profiles.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="link"
              onClick={() =>
                openFormatProfiles(() =>
                  host.formatProfiles().then((p) => {
                    setProfiles(p);
                    checkFonts(p.active);
                  }),
                )
              }
            >
              管理单位细则…
            </button>
          </label>
          <label className="export-row">
            <span className="export-label">作者</span>
            <input type="text" aria-label="作者" maxLength={60} value={author} placeholder="写入文件属性，可不填" onChange={(e) => setAuthor(e.target.value)} />
          </label>
          <div className="export-row export-fonts" data-testid="export-fonts">
            <span className="export-label">字体</span>
            <div>
              {!fonts && !fontError && <span className="muted">正在检查本机字体…</span>}
              {fontError && <span className="muted">未能检查本机字体：{fontError}</span>}
              {fonts && lines.length === 0 && <span className="muted">本机已安装此细则所需的全部字体。</span>}
              {lines.length > 0 && (
                <>
                  <ul className="font-list">
                    {lines.map((l) => (
                      <li key={l}>{l}</li>
                    ))}
                  </ul>
                  <span className="muted">不影响导出：文件仍按细则写明字体，在装有这些字体的电脑上打开即为规范字体。</span>
                </>
              )}
            </div>
          </div>
        </div>
        {hasIssues && (
          <div className="export-issues">
            <p>
              文中还有 <b>{issues.unfilledPlaceholders}</b> 处未填写的占位符、<b>{issues.checkMarks}</b> 处待核对的内容。
            </p>
            <ul className="issue-list">
              {issues.items.slice(0, 30).map((it, i) => (
                <li key={i}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      onClose();
                      onGoTo(it.blockIndex);
                    }}
                  >
                    <span className={it.kind === 'placeholder' ? 'ph-chip' : 'chk'}>{it.text}</span>
                    <span className="muted">{it.kind === 'placeholder' ? ' 未填写' : ` 待核对${it.reason ? '：' + it.reason : ''}`}</span>
                  </button>
                </li>
              ))}
              {issues.items.length > 30 && <li className="muted">……共 {issues.items.length} 处</li>}
            </ul>
          </div>
        )}
      </div>
      <div className="dialog-actions">
        {hasIssues ? (
          <>
            <button type="button" className="btn primary" onClick={onClose} data-autofocus>
              停止导出
            </button>
            <button type="button" className="btn" onClick={() => void go(true)}>
              仍然导出（高亮标出）
            </button>
          </>
        ) : (
          <>
            <button type="button" className="btn" onClick={onClose}>
              取消
            </button>
            <button type="button" className="btn primary" onClick={() => void go(false)} data-autofocus>
              导出 {label}
            </button>
          </>
        )}
      </div>
    </Dialog>
  );
}
