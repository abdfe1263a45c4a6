/**
 * The archive's documents as one virtualised list: only the rows in view are drawn and only their pages
 * fetched, so ten thousand documents scroll like fifty. Column headers sort; a row's checkbox selects it
 * for removal (built-in documents cannot be removed); its title opens it for reading and correcting.
 */
import React, { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ArchiveDocument, DocumentSort } from '../../../electron/api';
import { GENRE_LABELS } from '#core/draft/model';
import type { DocumentPages } from './useDocumentPages';

const ROW = 32;

const COLUMNS: [DocumentSort, string][] = [
  ['title', '标题'],
  ['file', '文件'],
  ['genre', '文种'],
  ['year', '年份'],
  ['chars', '字数'],
  ['imported', '导入日期'],
];

export const groupDigits = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const day = (iso: string) => iso.slice(0, 10);

export function DocumentList({ pages, sort, desc, onSort, selected, onToggle, onOpen }: {
  pages: DocumentPages;
  sort: DocumentSort;
  desc: boolean;
  onSort(s: DocumentSort): void;
  selected: ReadonlySet<string>;
  onToggle(d: ArchiveDocument): void;
  onOpen(id: string): void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const count = pages.total ?? 0;
  const v = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 12 });
  const items = v.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (count) pages.want(first, last);
  }, [first, last, count, pages]);

  return (
    <div className="cm-table" role="table" aria-label="语料文档" aria-rowcount={count}>
      <div className="cm-row cm-head" role="row">
        <span role="columnheader" />
        {COLUMNS.map(([k, label]) => (
          <span key={k} role="columnheader" aria-sort={sort === k ? (desc ? 'descending' : 'ascending') : 'none'}>
            <button type="button" className={sort === k ? 'cm-sort on' : 'cm-sort'} onClick={() => onSort(k)} title={`按${label}排序`}>
              {label}
              {sort === k ? (desc ? ' ↓' : ' ↑') : ''}
            </button>
          </span>
        ))}
      </div>
      <div className="cm-scroll" ref={scroller} data-testid="corpus-list">
        <div style={{ height: v.getTotalSize(), position: 'relative' }}>
          {items.map((it) => {
            const d = pages.at(it.index);
            return (
              <div key={it.key} className="cm-row-wrap" style={{ transform: `translateY(${it.start}px)`, height: ROW }}>
                {d ? <Row d={d} checked={selected.has(d.id)} onToggle={onToggle} onOpen={onOpen} /> : <div className="cm-row muted">……</div>}
              </div>
            );
          })}
        </div>
        {pages.total === 0 && <div className="muted cm-empty">没有符合条件的材料。</div>}
      </div>
    </div>
  );
}

const Row = React.memo(function Row({ d, checked, onToggle, onOpen }: { d: ArchiveDocument; checked: boolean; onToggle(d: ArchiveDocument): void; onOpen(id: string): void }) {
  return (
    // A double-click anywhere on the row opens it too, as a file list does (not only the title's single click).
    <div
      className={checked ? 'cm-row sel' : 'cm-row'}
      role="row"
      data-testid="corpus-row"
      data-doc={d.id}
      onDoubleClick={(e) => {
        if ((e.target as HTMLElement).closest('input, button')) return;
        window.getSelection()?.removeAllRanges();
        onOpen(d.id);
      }}
    >
      <span role="cell">
        <input type="checkbox" checked={checked} disabled={d.builtIn} onChange={() => onToggle(d)} aria-label={`选择：${d.title || d.fileName}`} title={d.builtIn ? '内置语料不能移除' : undefined} />
      </span>
      <span role="cell" className="cm-title-cell">
        <button type="button" className="cm-title" onClick={() => onOpen(d.id)} title="打开阅读，可更正文种和各部分的作用">
          {d.title || d.fileName}
        </button>
        {d.builtIn && <span className="tag">内置</span>}
        {d.corrected && <span className="tag on">已更正</span>}
        {d.excluded && !d.error && <span className="tag">不参与提取</span>}
        {d.error && (
          <span className="tag warn" title={d.error}>
            无法分析
          </span>
        )}
      </span>
      {/* 第N篇 tells apart the documents of one file, which may all carry the file's one title (the seed's five do). */}
      <span role="cell" className="cm-file" title={d.part ? `${d.fileName} 第${d.part}篇` : d.fileName}>
        <span className="cm-file-name">{d.fileName}</span>
        {d.part && <span className="cm-part">第{d.part}篇</span>}
      </span>
      <span role="cell">{GENRE_LABELS[d.genre]}</span>
      <span role="cell">{d.year ?? ''}</span>
      <span role="cell" className="num">
        {groupDigits(d.charCount)}
      </span>
      <span role="cell">{d.builtIn ? '—' : day(d.importedAt)}</span>
    </div>
  );
});
