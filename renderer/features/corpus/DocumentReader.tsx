/**
 * One source document, read with its structure and the roles the engine gave its parts — and where the user
 * corrects the engine: the genre, a top-level section's role, or leaving the document out of the phrases,
 * skeletons and section library. A correction is saved at once; the host derives the document again and
 * answers once the skeletons, phrases and sections follow it, and the app's corpus data is fetched again.
 */
import React, { useEffect, useRef, useState } from 'react';
import type { DocumentCorrections, DocumentView } from '../../../electron/api';
import { GENRE_LABELS, GENRES, ROLE_LABELS, ROLES, type Genre, type Role } from '#core/draft/model';
import { failureText, say } from '../../app/toasts';
import { host } from '../../host';
import type { PastPreset } from '../from-past/FromPastDialog';
import { watchArchive } from './archive-sync';
import { correctedRole, roleCorrected, sectionName, topSections, withExcluded, withGenre, withRole, type TopSection } from './corrections';
import { groupDigits } from './DocumentList';

export function DocumentReader({ id, onBack, onRemove, onUseAsBase }: { id: string; onBack(): void; onRemove(id: string): void; onUseAsBase?(preset: PastPreset): void }) {
  const [view, setView] = useState<DocumentView | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The corrections being saved: the controls show them at once, not the old values until the host answers. */
  const [pending, setPending] = useState<{ c: DocumentCorrections | null } | null>(null);
  const saving = pending !== null;
  const [saved, setSaved] = useState(false);
  const text = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    host.corpusDocument(id).then(
      (v) => live && setView(v),
      (e) => live && setError((e as Error).message),
    );
    return () => {
      live = false;
    };
  }, [id]);

  const correct = async (next: DocumentCorrections | null) => {
    setPending({ c: next });
    setSaved(false);
    try {
      setView(await host.corpusSetCorrections(id, next));
      setSaved(true);
      watchArchive();
    } catch (e) {
      say(failureText('更正未能保存', e), true);
    } finally {
      setPending(null);
    }
  };

  const back = (
    <button type="button" className="btn small" onClick={onBack} data-autofocus>
      ← 返回列表
    </button>
  );
  if (error)
    return (
      <div className="cm-reader">
        <div className="cm-reader-bar">{back}</div>
        <p className="warn">{error}</p>
      </div>
    );
  if (!view)
    return (
      <div className="cm-reader">
        <div className="cm-reader-bar">{back}</div>
        <p className="muted">正在打开……</p>
      </div>
    );

  const d = view.document;
  const c = view.corrections;
  const sections = topSections(view.lines);
  const genre = pending ? (pending.c?.genre ?? d.detectedGenre) : d.genre;
  const excluded = pending ? !!pending.c?.excluded : d.excluded;
  const roleOf = (s: TopSection) => (pending ? (correctedRole(pending.c, s) ?? s.role) : s.role);
  const jump = (s: TopSection) => text.current?.querySelector(`[data-line="${s.line}"]`)?.scrollIntoView({ block: 'start' });
  return (
    <div className="cm-reader" data-testid="corpus-reader">
      <div className="cm-reader-bar">
        {back}
        <h3 className="cm-reader-title" title={d.title}>
          {d.title || d.fileName}
        </h3>
      </div>
      <div className="muted cm-reader-meta">
        {d.fileName}
        {d.part ? ` 第${d.part}篇` : ''}
        {d.year ? ` · ${d.year} 年` : ''} · {groupDigits(d.charCount)} 字 · {d.builtIn ? '内置语料' : `导入于 ${d.importedAt.slice(0, 10)}`}
      </div>
      {d.error ? (
        <p className="warn">此文件无法分析：{d.error}。可在列表中将其移除。</p>
      ) : (
        <div className="cm-fix" aria-label="更正">
          <label>
            文种
            <select value={genre} disabled={saving} onChange={(e) => void correct(withGenre(c, e.target.value as Genre, d.detectedGenre))} aria-label="文种">
              {GENRES.map((g) => (
                <option key={g} value={g}>
                  {GENRE_LABELS[g]}
                  {g === d.detectedGenre && d.genre !== d.detectedGenre ? '（程序识别）' : ''}
                </option>
              ))}
            </select>
          </label>
          <span className="muted cm-reasons" title={view.genreReasons.join('；')}>
            {d.genre !== d.detectedGenre ? `已更正，程序识别为“${GENRE_LABELS[d.detectedGenre]}”` : view.genreReasons.length ? `依据：${view.genreReasons.join('；')}` : ''}
          </span>
          <label className="cm-exclude">
            <input type="checkbox" checked={excluded} disabled={saving} onChange={(e) => void correct(withExcluded(c, e.target.checked))} />
            不用于提取常用语、骨架和段落库
          </label>
          <span className="spacer" />
          <span className="muted" role="status" data-testid="correction-state">
            {saving ? '正在更新……' : saved ? '已更正，骨架、常用语和段落库已随之更新' : ''}
          </span>
          {c && (
            <button type="button" className="btn small" disabled={saving} onClick={() => void correct(null)} title="撤销对这份材料的全部更正">
              恢复识别结果
            </button>
          )}
        </div>
      )}
      <div className="cm-reader-remove">
        {onUseAsBase && (
          <button type="button" className="btn small" onClick={() => onUseAsBase({ docId: id, title: d.title || d.fileName, year: d.year })} title="以这份材料为底稿新建草稿：年份顺延，数字、届次等标出待核对">
            以此为底稿新建…
          </button>
        )}
        {!d.builtIn && (
          <button type="button" className="btn small danger" disabled={saving} onClick={() => onRemove(id)} title="从语料库移除这份材料（关闭语料库窗口前可以撤销）">
            从语料库移除
          </button>
        )}
      </div>
      {view.unapplied.length > 0 && (
        <p className="warn cm-unapplied">
          以下更正找不到对应的部分（材料或分析规则已变化），未再生效：{view.unapplied.map((r) => `“${r.heading || `第${r.index + 1}部分`}”→${ROLE_LABELS[r.role]}`).join('；')}
        </p>
      )}
      <div className="cm-reader-body">
        {sections.length > 0 && (
          <ol className="cm-sections" aria-label="各部分的作用">
            {sections.map((s) => (
              <li key={s.index}>
                <button type="button" className="cm-sec-head" onClick={() => jump(s)} title={sectionName(s)}>
                  {s.heading || s.marker ? sectionName(s) : `第${s.index + 1}部分（无标题）`}
                </button>
                <select
                  value={roleOf(s)}
                  disabled={saving || !!d.error}
                  onChange={(e) => void correct(withRole(c, s, e.target.value as Role))}
                  aria-label={`“${s.heading || `第${s.index + 1}部分`}”的作用`}
                  className={roleCorrected(c, s) ? 'corrected' : ''}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r]}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ol>
        )}
        <div className="cm-text" ref={text} aria-label="原文">
          {view.lines.map((l, i) => {
            const top = l.kind === 'heading' && sections.some((s) => s.line === i);
            const sectionRole = l.section !== undefined ? sections.find((s) => s.index === l.section)?.role : undefined;
            // 开头 and 结尾 are parts without a heading: named once, where they begin.
            const part = l.part !== 'body' && view.lines[i - 1]?.part !== l.part ? (l.part === 'opening' ? '开头' : '结尾') : null;
            return (
              <React.Fragment key={i}>
                {part && <div className="cm-part muted">{part}</div>}
                <p data-line={i} className={`cm-line ${l.enumeration ? 'enum' : l.kind}${l.level && !l.enumeration ? ` h${l.level}` : ''}${d.excluded ? ' out' : ''}`}>
                  {/* Not a line of the original: the run of 第一…第五 paragraphs below is read as one part. */}
                  {l.enumeration ? `${l.marker ?? ''} 各段（原文无小标题，按列举分为一部分）` : `${l.marker ?? ''}${l.text}`}
                  {top && l.role && <span className="tag role">{ROLE_LABELS[l.role]}</span>}
                  {l.kind === 'paragraph' && sectionRole && l.role && l.role !== sectionRole && l.role !== 'other' && <span className="tag">{ROLE_LABELS[l.role].split('/')[0]}</span>}
                </p>
              </React.Fragment>
            );
          })}
          {view.lines.length === 0 && <p className="muted">（没有可显示的正文）</p>}
        </div>
      </div>
    </div>
  );
}
