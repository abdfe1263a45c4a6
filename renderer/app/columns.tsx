/** The side columns' edges: the rail a folded column leaves, the splitter that resizes it, the fold button. */
import React, { useRef } from 'react';
import { clampWidth, type Column, setColumnWidth, toggleColumn } from './layout';

/** The CSS variable each column's width is in (styles.css sizes the grid with it). */
export const VAR: Record<Column, string> = { outline: '--outline-w', side: '--side-w' };

/** A folded column: one button down the edge that opens it again. */
export function Rail({ column, label }: { column: Column; label: string }) {
  return (
    <div className={`rail rail-${column}`}>
      <button type="button" className="rail-open" title={`显示${label}`} aria-label={`显示${label.replace(/ · /g, '、')}`} onClick={() => toggleColumn(column)}>
        {column === 'outline' ? '›' : '‹'} {label}
      </button>
    </div>
  );
}

/**
 * The edge between a side column and the page: drag to resize (the width follows the pointer at once, through
 * the CSS variable, and is saved when she lets go), ←/→ to step, double-click for the width the window suggests.
 */
export function Splitter({ column }: { column: Column }) {
  const drag = useRef<{ x: number; width: number; main: HTMLElement; last: number } | null>(null);
  const columnEl = (el: HTMLElement) => el.parentElement!;
  const widthNow = (el: HTMLElement) => columnEl(el).getBoundingClientRect().width;
  const sign = column === 'outline' ? 1 : -1;
  return (
    <div
      className={`splitter splitter-${column}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={column === 'outline' ? '调整大纲宽度' : '调整右侧面板宽度'}
      title="拖动调整宽度，双击恢复默认"
      tabIndex={0}
      onPointerDown={(e) => {
        const el = e.currentTarget;
        el.setPointerCapture(e.pointerId);
        const width = widthNow(el);
        drag.current = { x: e.clientX, width, main: el.closest('.main') as HTMLElement, last: width };
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        if (!d) return;
        d.last = clampWidth(d.width + sign * (e.clientX - d.x));
        d.main.style.setProperty(VAR[column], `${d.last}px`);
      }}
      onPointerUp={() => {
        const d = drag.current;
        drag.current = null;
        if (d && d.last !== d.width) setColumnWidth(column, d.last);
      }}
      onDoubleClick={() => setColumnWidth(column, 0)}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        e.preventDefault();
        const step = (e.key === 'ArrowRight' ? 16 : -16) * sign;
        setColumnWidth(column, widthNow(e.currentTarget) + step);
      }}
    />
  );
}

/** The fold button at the top of a side column. */
export function FoldButton({ column }: { column: Column }) {
  return (
    <button type="button" className="icon fold" title={column === 'outline' ? '收起大纲' : '收起右侧面板'} aria-label={column === 'outline' ? '收起大纲' : '收起右侧面板'} onClick={() => toggleColumn(column)}>
      {column === 'outline' ? '‹' : '›'}
    </button>
  );
}
