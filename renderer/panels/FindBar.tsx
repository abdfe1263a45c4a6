/** 查找/替换 (Ctrl+F / Ctrl+H). Matching is within a text run, which is what a user sees as contiguous text. */
import React, { useEffect, useRef } from 'react';

export function FindBar({ query, replacement, count, position, onQuery, onReplacement, onNext, onPrev, onReplace, onReplaceAll, onClose }: {
  query: string;
  replacement: string;
  count: number;
  position: number;
  onQuery(q: string): void;
  onReplacement(r: string): void;
  onNext(): void;
  onPrev(): void;
  onReplace(): void;
  onReplaceAll(): void;
  onClose(): void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="findbar" role="search" data-testid="find-bar">
      <input
        ref={ref}
        value={query}
        placeholder="查找"
        aria-label="查找内容"
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (e.shiftKey) onPrev();
            else onNext();
          } else if (e.key === 'Escape') onClose();
        }}
      />
      <span className="muted find-count">{query ? (count ? `${position}/${count}` : '无结果') : ''}</span>
      <button type="button" className="icon" onClick={onPrev} disabled={!count} title="上一个（Shift+Enter）">
        ↑
      </button>
      <button type="button" className="icon" onClick={onNext} disabled={!count} title="下一个（Enter）">
        ↓
      </button>
      <input value={replacement} placeholder="替换为" aria-label="替换为" onChange={(e) => onReplacement(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && onClose()} />
      <button type="button" className="btn small" onClick={onReplace} disabled={!count}>
        替换
      </button>
      <button type="button" className="btn small" onClick={onReplaceAll} disabled={!count}>
        全部替换
      </button>
      <button type="button" className="icon" onClick={onClose} title="关闭（Esc）" aria-label="关闭查找">
        ✕
      </button>
    </div>
  );
}
