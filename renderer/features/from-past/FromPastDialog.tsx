/**
 * 以往年材料为底稿: choose last year's document (from the archive, newest first, or a .docx/.txt picked for the
 * purpose), the new report's year (the source's + 1 by default) and whether the review is rebuilt from last
 * year's tasks; the host makes the draft. A document that cannot be read is said so here, and nothing is lost.
 */
import React, { useEffect, useRef, useState } from 'react';
import type { ArchiveDocument, DocumentPage, FileBlob, FromPastRequest, PastSource } from '../../../electron/api';
import { GENRE_LABELS, type Genre } from '#core/draft/model';
import { Dialog } from '../../ui/Dialog';
import { host } from '../../host';
import './from-past.css';

/** A document chosen before the dialog opens (the corpus manager's document view). */
export interface PastPreset {
  docId: string;
  title: string;
  year: number | null;
}

type Chosen = { kind: 'doc'; doc: Pick<ArchiveDocument, 'id' | 'title' | 'year' | 'genre' | 'fileName'> } | { kind: 'file'; file: FileBlob };

const PAGE = 100;
const ACCEPT = '.docx,.txt,.text,.md,.doc';

/**
 * `genre`: the kind listed first (the skeleton chosen in the new-draft dialog); by default annual reports, what a
 * draft from last year's is most often made from.
 */
export function FromPastDialog({
  preset,
  genre: firstGenre,
  onMake,
  onClose,
}: {
  preset?: PastPreset;
  genre?: Genre;
  onMake(source: PastSource, opts: FromPastRequest, name: string): Promise<string | null>;
  onClose(): void;
}) {
  const [query, setQuery] = useState('');
  const [genre, setGenre] = useState<Genre | ''>(preset ? '' : (firstGenre ?? 'annual-report'));
  /** Why the list shows every genre though one was chosen (a search found nothing in it). */
  const [widened, setWidened] = useState<string | null>(null);
  const [page, setPage] = useState<DocumentPage | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Chosen | null>(preset ? { kind: 'doc', doc: { id: preset.docId, title: preset.title, year: preset.year, genre: 'annual-report', fileName: '' } } : null);
  const [year, setYear] = useState<string>(preset?.year ? String(preset.year + 1) : '');
  const [scaffold, setScaffold] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    const t = window.setTimeout(() => {
      host
        .corpusDocuments({ query: query.trim() || undefined, genre: genre || undefined, sort: 'year', desc: true, limit: PAGE })
        .then(async (p) => {
          if (!live) return;
          // A search that finds nothing in the chosen genre but something in another (述职 typed while 年度工作报告
          // is chosen): the list shows every genre, and says why.
          if (genre && query.trim() && p.total === 0) {
            const all = await host.corpusDocuments({ query: query.trim(), sort: 'year', desc: true, limit: PAGE });
            if (!live) return;
            if (all.total > 0) {
              setWidened(`${GENRE_LABELS[genre]}中没有标题或文件名含“${query.trim()}”的材料，已改为在全部文种中查找。`);
              setPage(all);
              setGenre('');
              return;
            }
          }
          setPage(p);
          setListError(null);
          // Nothing of the chosen genre in the archive: show every genre rather than an empty list.
          if (genre && !query && p.total === 0 && p.genres.length) setGenre('');
        })
        .catch((e: Error) => live && setListError(`未能读取语料库：${e.message}`));
    }, 150);
    return () => {
      live = false;
      window.clearTimeout(t);
    };
  }, [query, genre]);

  const choose = (c: Chosen) => {
    setChosen(c);
    setError(null);
    setYear(c.kind === 'doc' && c.doc.year ? String(c.doc.year + 1) : '');
  };

  const pickFile = async (files: FileList | null) => {
    const f = files?.[0];
    if (!f) return;
    choose({ kind: 'file', file: { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) } });
  };

  const yearValue = year.trim() ? Number(year) : undefined;
  const yearBad = yearValue !== undefined && !(Number.isInteger(yearValue) && yearValue >= 1900 && yearValue <= 2200);

  /** `pick`: a document double-clicked in the list (its year + 1, as choosing it would set). */
  const make = async (pick?: Chosen) => {
    const c = pick ?? chosen;
    if (!c || (!pick && yearBad)) return;
    const targetYear = pick ? (pick.kind === 'doc' && pick.doc.year ? pick.doc.year + 1 : undefined) : yearValue;
    setBusy(true);
    setError(null);
    const source: PastSource = c.kind === 'doc' ? { docId: c.doc.id } : { file: c.file };
    const opts: FromPastRequest = {};
    if (targetYear !== undefined) opts.targetYear = targetYear;
    if (!scaffold) opts.scaffold = false;
    const name = c.kind === 'doc' ? c.doc.title : c.file.name.replace(/\.[^.]+$/, '');
    const why = await onMake(source, opts, name);
    setBusy(false);
    if (why) setError(why);
  };

  const chosenTitle = chosen?.kind === 'doc' ? chosen.doc.title : chosen?.file.name;
  return (
    <Dialog title="以往年材料为底稿" onClose={busy ? undefined : onClose} wide testId="from-past-dialog">
      <p className="muted fp-lead">选一篇往年的报告（如去年的工作报告），新稿保留其结构和文字：报告年份顺延，数字、日期、届次等标为待核对，回顾部分按去年的主要任务逐项搭建，待填写完成情况。</p>
      <div className="fp-choose">
        <div className="fp-docs">
          <div className="row fp-filters">
            <input type="search" placeholder="按标题或文件名查找" aria-label="查找往年材料" value={query} onChange={(e) => setQuery(e.target.value)} />
            <select
              value={genre}
              onChange={(e) => {
                setWidened(null);
                setGenre(e.target.value as Genre | '');
              }}
              aria-label="文种"
            >
              <option value="">全部文种</option>
              {(page?.genres ?? []).map((g) => (
                <option key={g.genre} value={g.genre}>
                  {GENRE_LABELS[g.genre]}（{g.count}）
                </option>
              ))}
              {genre && !page?.genres.some((g) => g.genre === genre) && <option value={genre}>{GENRE_LABELS[genre]}</option>}
            </select>
          </div>
          {widened && (
            <div className="muted fp-widened" role="status">
              {widened}
            </div>
          )}
          <ul className="fp-doc-list" role="listbox" aria-label="往年材料">
            {page?.documents.map((d) => (
              <li
                key={d.id}
                role="option"
                aria-selected={chosen?.kind === 'doc' && chosen.doc.id === d.id}
                className={chosen?.kind === 'doc' && chosen.doc.id === d.id ? 'sel' : ''}
                onClick={() => choose({ kind: 'doc', doc: d })}
                onDoubleClick={() => {
                  if (busy) return;
                  choose({ kind: 'doc', doc: d });
                  void make({ kind: 'doc', doc: d });
                }}
                title={`${d.fileName}（双击即据此新建）`}
              >
                <div className="fp-doc-title">{d.title}</div>
                <div className="muted">
                  {d.year ? `${d.year}年 · ` : ''}
                  {GENRE_LABELS[d.genre]} · {d.charCount.toLocaleString('zh-CN')} 字{d.builtIn ? ' · 内置' : ''}
                </div>
              </li>
            ))}
            {page && page.documents.length === 0 && <li className="muted">{query ? '没有标题或文件名含此内容的材料。' : '语料库中还没有这类材料，可先导入，或直接打开一个文件。'}</li>}
            {!page && !listError && <li className="muted">正在读取语料库……</li>}
            {listError && <li className="warn">{listError}</li>}
          </ul>
          {page && page.total > page.documents.length && <div className="muted fp-more">共 {page.total} 篇，显示最新的 {page.documents.length} 篇；可按标题查找。</div>}
          <div className="row">
            <button type="button" className="btn small" onClick={() => fileInput.current?.click()}>
              打开文件…
            </button>
            <span className="muted">不在语料库中的 .docx 或 .txt 文件也可作底稿</span>
            <input ref={fileInput} type="file" accept={ACCEPT} hidden data-testid="from-past-file" onChange={(e) => void pickFile(e.target.files).finally(() => (e.target.value = ''))} />
          </div>
        </div>
        <div className="fp-options">
          <div className="fp-label">底稿</div>
          <div className="fp-source" data-testid="from-past-source">
            {chosenTitle ?? <span className="muted">请在左侧选择，或打开一个文件</span>}
            {chosen?.kind === 'doc' && chosen.doc.year && <div className="muted">{chosen.doc.year}年</div>}
          </div>
          <label className="fp-label" htmlFor="fp-year">
            新报告年份
          </label>
          <input
            id="fp-year"
            className={yearBad ? 'fp-year bad' : 'fp-year'}
            inputMode="numeric"
            placeholder="自动（原文年份＋1）"
            value={year}
            onChange={(e) => setYear(e.target.value.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)))}
          />
          {yearBad && <div className="warn">请填写四位年份，如 2027</div>}
          <label className="fp-check">
            <input type="checkbox" checked={scaffold} onChange={(e) => setScaffold(e.target.checked)} />
            回顾部分按去年的主要任务逐项搭建（保留去年部署供对照，完成情况待填写）
          </label>
          {error && (
            <div className="warn fp-error" role="alert">
              {error}
            </div>
          )}
        </div>
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose} disabled={busy}>
          取消
        </button>
        <button type="button" className="btn primary" disabled={!chosen || yearBad || busy} onClick={() => void make()}>
          {busy ? '正在生成……' : '据此新建'}
        </button>
      </div>
    </Dialog>
  );
}
