/** 查找/替换 (Ctrl+F / Ctrl+H) above the page, while open. Matching is in each block's whole text (editor/find.ts). */
import React, { useEffect, useRef } from 'react';
import { find, useFind } from './find';
import './find.css';

export function FindBar() {
  const open = useFind((s) => s.open);
  return open ? <Bar /> : null;
}

function Bar() {
  const query = useFind((s) => s.query);
  const replacement = useFind((s) => s.replacement);
  const count = useFind((s) => s.matches.length);
  const position = useFind((s) => s.pos + 1);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="findbar" role="search" data-testid="find-bar">
      <input
        ref={ref}
        value={query}
        placeholder="查找"
        aria-label="查找内容"
        onChange={(e) => find.setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            find.go(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') find.close();
        }}
      />
      <span className="muted find-count">{query ? (count ? `${position}/${count}` : '无结果') : ''}</span>
      <button type="button" className="icon" onClick={() => find.go(-1)} disabled={!count} title="上一个（Shift+Enter）">
        ↑
      </button>
      <button type="button" className="icon" onClick={() => find.go(1)} disabled={!count} title="下一个（Enter）">
        ↓
      </button>
      <input value={replacement} placeholder="替换为" aria-label="替换为" onChange={(e) => find.setReplacement(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && find.close()} />
      <button type="button" className="btn small" onClick={find.replaceOne} disabled={!count}>
        替换
      </button>
      <button type="button" className="btn small" onClick={find.replaceAll} disabled={!count}>
        全部替换
      </button>
      <button type="button" className="icon" onClick={find.close} title="关闭（Esc）" aria-label="关闭查找">
        ✕
      </button>
    </div>
  );
}
