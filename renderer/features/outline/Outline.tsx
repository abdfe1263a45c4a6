/**
 * 大纲：headings with their computed numbers and, for each top-level section, its estimated speaking
 * time; click to jump, drag (or ↑/↓) to move a whole section.
 */
import React, { useState } from 'react';
import type { OutlineEntry } from '#core/draft/outline';

/** Speaking time as the outline shows it: 约40秒, 约2分, 约2分10秒. */
export function formatSpeakingTime(minutes: number): string {
  const total = Math.round(minutes * 60);
  const m = Math.floor(total / 60);
  const s = total % 60;
  if (m === 0) return `约${s}秒`;
  return s ? `约${m}分${s}秒` : `约${m}分`;
}

export function Outline({ entries, minutes, total, active, onJump, onMove }: {
  entries: OutlineEntry[];
  /** Estimated speaking minutes of each top-level section, by its heading's block index. */
  minutes?: ReadonlyMap<number, number>;
  total: number;
  active: number;
  onJump(index: number): void;
  onMove(from: number, to: number): void;
}) {
  const [drag, setDrag] = useState<OutlineEntry | null>(null);
  const [over, setOver] = useState<number | null>(null);

  const canDrop = (target: OutlineEntry | null) => !!drag && (target === null ? true : target.level <= drag.level && target.index !== drag.index);

  const siblings = (e: OutlineEntry) => {
    const i = entries.indexOf(e);
    let prev: OutlineEntry | null = null;
    for (let j = i - 1; j >= 0 && entries[j].level >= e.level; j--) if (entries[j].level === e.level) { prev = entries[j]; break; }
    let next: OutlineEntry | null = null;
    for (let j = i + 1; j < entries.length && entries[j].level >= e.level; j++) if (entries[j].level === e.level) { next = entries[j]; break; }
    // The next sibling's section ends at the following heading of the same or a higher level (or the end).
    let nextEnd = total;
    if (next) {
      const k = entries.indexOf(next);
      for (let j = k + 1; j < entries.length; j++) if (entries[j].level <= e.level) { nextEnd = entries[j].index; break; }
    }
    return { prev, next, nextEnd };
  };

  // Which outline row contains the cursor: the last heading at or before the active block.
  let activeIndex = -1;
  for (const e of entries) if (e.index <= active) activeIndex = e.index;

  return (
    <nav className="outline" aria-label="大纲">
      {entries.length === 0 && <div className="muted pad">尚无标题。用 Ctrl+1～4 把一段设为标题。</div>}
      <ul>
        {entries.map((e) => {
          const { prev, next, nextEnd } = siblings(e);
          const mins = e.level === 1 ? minutes?.get(e.index) : undefined;
          return (
            <li
              key={e.index}
              className={`ol-item lv${e.level}${e.index === activeIndex ? ' active' : ''}${over === e.index ? ' drop' : ''}`}
              draggable
              data-testid="outline-item"
              onDragStart={(ev) => {
                setDrag(e);
                ev.dataTransfer.effectAllowed = 'move';
                ev.dataTransfer.setData('text/x-gongwen-outline', String(e.index));
              }}
              onDragEnd={() => {
                setDrag(null);
                setOver(null);
              }}
              onDragOver={(ev) => {
                if (!canDrop(e)) return;
                ev.preventDefault();
                setOver(e.index);
              }}
              onDragLeave={() => setOver((o) => (o === e.index ? null : o))}
              onDrop={(ev) => {
                ev.preventDefault();
                if (drag && canDrop(e)) onMove(drag.index, e.index);
                setDrag(null);
                setOver(null);
              }}
            >
              <button type="button" className="ol-text" onClick={() => onJump(e.index)} title={`${e.marker}${e.text}`}>
                <span className="ol-num">{e.marker}</span>
                {e.text || <span className="muted">（空标题）</span>}
              </button>
              {mins !== undefined && (
                <span className="ol-time" data-testid="outline-time" title="本部分预计讲话时长（按所设语速）">
                  {formatSpeakingTime(mins)}
                </span>
              )}
              <span className="ol-moves">
                <button type="button" className="icon" title="上移本节" aria-label={`上移 ${e.marker}${e.text}`} disabled={!prev} onClick={() => prev && onMove(e.index, prev.index)}>
                  ↑
                </button>
                <button type="button" className="icon" title="下移本节" aria-label={`下移 ${e.marker}${e.text}`} disabled={!next} onClick={() => next && onMove(e.index, nextEnd)}>
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {drag && drag.level === 1 && (
        <div
          className={`ol-end${over === -1 ? ' drop' : ''}`}
          onDragOver={(ev) => {
            ev.preventDefault();
            setOver(-1);
          }}
          onDrop={(ev) => {
            ev.preventDefault();
            onMove(drag.index, total);
            setDrag(null);
            setOver(null);
          }}
        >
          拖到此处移到末尾
        </div>
      )}
    </nav>
  );
}
