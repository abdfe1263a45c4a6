/**
 * 语料库: the past documents the phrases, skeletons and section library come from. A list of the whole
 * archive (filtered by genre, year and a search of titles and file names, with counts; sorted by any column),
 * import of files or a folder with progress, removal of some documents and 恢复为内置语料 — each undoable while
 * the dialog is open — and each document opened to read and correct (DocumentReader).
 */
import React, { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { ArchiveDocument, DocumentQuery, DocumentSort } from '../../../electron/api';
import { GENRE_LABELS, GENRES, type Genre } from '#core/draft/model';
import { Dialog } from '../../ui/Dialog';
import { confirm, openDialog } from '../../app/dialogs';
import { startDraftFromPast } from '../from-past/from-past';
import { useApp } from '../../app/store';
import { failureText, say } from '../../app/toasts';
import { host } from '../../host';
import { watchArchive } from './archive-sync';
import { DocumentList } from './DocumentList';
import { DocumentReader } from './DocumentReader';
import { ImportStatus } from './ImportBar';
import { startImport, useImport } from './import-job';
import { useDocumentPages } from './useDocumentPages';
import './corpus.css';

/** 语料库 (the toolbar's entry): at most one open. */
export function openCorpusDialog(): void {
  openDialog((close) => <CorpusManager onClose={close} />, { key: 'corpus' });
}

/** An act the user can take back while the dialog is open. */
interface Undoable {
  text: string;
  token: string;
}

/** Columns whose natural order is newest or largest first. */
const DESC_FIRST: DocumentSort[] = ['imported', 'year', 'chars'];

export function CorpusManager({ onClose }: { onClose(): void }) {
  const [open, setOpen] = useState<string | null>(null);
  const [genre, setGenre] = useState<Genre | ''>('');
  const [year, setYear] = useState<number | ''>('');
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const [sort, setSort] = useState<DocumentSort>('imported');
  const [desc, setDesc] = useState(true);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [undos, setUndos] = useState<Undoable[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [bump, setBump] = useState(0);
  const archiveVersion = useApp((s) => s.archiveVersion);
  const importing = useImport((s) => !!s.job || s.starting);
  // While an import runs, the rows it has added appear every ten files or so.
  const importedSoFar = useImport((s) => (s.job ? Math.floor(s.job.imported / 10) : -1));
  useEffect(() => {
    useImport.setState({ inView: true });
    // A fetch of the corpus data that failed earlier is tried again when 语料库 is opened.
    watchArchive(0);
    return () => useImport.setState({ inView: false });
  }, []);

  const q = useMemo<DocumentQuery>(() => ({ genre: genre || undefined, year: year || undefined, query: query || undefined, sort, desc }), [genre, year, query, sort, desc]);
  const pages = useDocumentPages(q, `${archiveVersion}.${bump}.${importedSoFar}`);
  const changed = () => {
    setBump((b) => b + 1);
    watchArchive();
  };

  const onSort = useCallback(
    (k: DocumentSort) => {
      if (k === sort) setDesc((d) => !d);
      else {
        setSort(k);
        setDesc(DESC_FIRST.includes(k));
      }
    },
    [sort],
  );
  const onToggle = useCallback((d: ArchiveDocument) => {
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(d.id)) n.delete(d.id);
      else n.add(d.id);
      return n;
    });
  }, []);

  const act = async (label: string, f: () => Promise<void>) => {
    setBusy(label);
    try {
      await f();
    } catch (e) {
      say(failureText(`${label}未能完成`, e), true);
    } finally {
      setBusy(null);
    }
  };

  const remove = (ids = [...selected]) =>
    act('移除', async () => {
      const r = await host.corpusRemove(ids);
      setSelected((s) => new Set([...s].filter((x) => !ids.includes(x))));
      setOpen(null);
      setUndos((u) => [...u, { text: `已移除 ${r.removed} 份材料`, token: r.undo }]);
      changed();
    });

  /** Every imported document the filters show (to select them all at once). */
  const selectAll = () =>
    act('全选', async () => {
      const ids: string[] = [];
      for (let offset = 0; ; offset += 500) {
        const p = await host.corpusDocuments({ ...q, limit: 500, offset });
        ids.push(...p.documents.filter((d) => !d.builtIn).map((d) => d.id));
        if (p.documents.length < 500) break;
      }
      setSelected(new Set(ids));
    });

  const reset = async () => {
    const n = pages.imported;
    if (n === 0) return say('没有导入的材料，语料库本来就只有内置语料');
    const yes = await confirm({
      title: '恢复为内置语料',
      message: `将从语料库中移除导入的${n === null ? '全部' : ` ${n} 份`}材料，只保留内置语料；常用语、骨架和段落库随之更新。关闭语料库窗口前可以撤销。`,
      yes: '移除导入的材料',
      no: '取消',
    });
    if (!yes) return;
    await act('恢复为内置语料', async () => {
      const r = await host.corpusReset();
      setSelected(new Set());
      if (!r.removed) say('没有导入的材料，语料库本来就只有内置语料');
      else setUndos((u) => [...u, { text: `已恢复为内置语料（移除了导入的 ${r.removed} 份材料）`, token: r.undo }]);
      changed();
    });
  };

  const undo = (u: Undoable) =>
    act('撤销', async () => {
      const r = await host.corpusRestore(u.token);
      setUndos((all) => all.filter((x) => x !== u));
      say(`已撤销，${r.restored} 份材料已放回语料库`);
      changed();
    });

  const allCount = pages.genres.reduce((n, g) => n + g.count, 0);
  const genreCount = new Map(pages.genres.map((g) => [g.genre, g.count]));
  const lastUndo = undos[undos.length - 1];

  return (
    <Dialog title="语料库（往年材料）" onClose={onClose} wide testId="corpus-dialog">
      <div className="cm">
        {open ? (
          <DocumentReader
            id={open}
            onBack={() => setOpen(null)}
            onRemove={(id) => void remove([id])}
            onUseAsBase={(preset) => {
              onClose();
              void startDraftFromPast(preset);
            }}
          />
        ) : (
          <>
            <div className="cm-top">
              <p className="muted cm-intro">常用语、骨架和段落库都从这些材料中提取。可导入本单位往年的报告、讲话（.txt/.md/.docx，GBK 或 UTF-8 均可）；点标题可阅读并更正文种和各部分的作用。</p>
              <button type="button" className="btn" disabled={importing} onClick={() => void startImport(false)}>
                导入文件…
              </button>
              <button type="button" className="btn" disabled={importing} onClick={() => void startImport(true)}>
                导入文件夹…
              </button>
            </div>
            <ImportStatus />
            <div className="cm-filters">
              <input type="search" className="cm-search" placeholder="按标题或文件名查找" value={search} onChange={(e) => setSearch(e.target.value)} aria-label="按标题或文件名查找" />
              <select value={genre} onChange={(e) => setGenre(e.target.value as Genre | '')} aria-label="文种">
                <option value="">全部文种（{allCount}）</option>
                {GENRES.map((g) => (
                  <option key={g} value={g}>
                    {GENRE_LABELS[g]}（{genreCount.get(g) ?? 0}）
                  </option>
                ))}
              </select>
              <select value={year} onChange={(e) => setYear(e.target.value ? Number(e.target.value) : '')} aria-label="年份">
                <option value="">全部年份</option>
                {pages.years.map((y) => (
                  <option key={y.year} value={y.year}>
                    {y.year} 年（{y.count}）
                  </option>
                ))}
                {year !== '' && !pages.years.some((y) => y.year === year) && <option value={year}>{year} 年（0）</option>}
              </select>
              <span className="spacer" />
              <span className="muted" data-testid="corpus-total">
                {pages.total === null ? '正在载入……' : `共 ${pages.total} 份`}
              </span>
            </div>
            {pages.error && <p className="warn">材料列表未能载入：{pages.error}</p>}
            <DocumentList pages={pages} sort={sort} desc={desc} onSort={onSort} selected={selected} onToggle={onToggle} onOpen={setOpen} />
            {lastUndo && (
              <div className="cm-undo" role="status" data-testid="corpus-undo">
                <span>{lastUndo.text}</span>
                <button type="button" className="btn small" disabled={!!busy} onClick={() => void undo(lastUndo)}>
                  撤销
                </button>
                {undos.length > 1 && <span className="muted">（还可撤销之前的 {undos.length - 1} 步）</span>}
              </div>
            )}
          </>
        )}
      </div>
      <div className="dialog-actions">
        {!open && (
          <>
            <button type="button" className="btn danger" disabled={!selected.size || !!busy} onClick={() => void remove()}>
              {busy === '移除' ? '正在移除……' : `移除所选${selected.size ? `（${selected.size}）` : ''}`}
            </button>
            <button type="button" className="btn small" disabled={!pages.total || !!busy} onClick={() => void selectAll()} title="选择列表中全部导入的材料（内置语料除外）">
              全选
            </button>
            {selected.size > 0 && (
              <button type="button" className="btn small" onClick={() => setSelected(new Set())}>
                清除选择
              </button>
            )}
            <button type="button" className="btn danger" disabled={!!busy || importing} onClick={() => void reset()} title="移除导入的全部材料，只保留内置语料（可撤销）">
              {busy === '恢复为内置语料' ? '正在恢复……' : '恢复为内置语料'}
            </button>
          </>
        )}
        <span className="spacer" />
        <button type="button" className="btn" onClick={onClose}>
          关闭
        </button>
      </div>
    </Dialog>
  );
}
