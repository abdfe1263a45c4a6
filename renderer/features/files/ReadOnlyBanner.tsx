/**
 * 只读模式: another instance has the data directory, so this window can look but not save. Said in a bar that
 * stays (it is not a notice to dismiss: every save, autosave and setting is refused while it holds), with what
 * to do.
 */
import React from 'react';
import { useApp } from '../../app/store';
import './read-only.css';

export function ReadOnlyBanner() {
  const text = useApp((s) => s.readOnly);
  if (!text) return null;
  return (
    <div className="read-only-banner" role="status" data-testid="read-only-banner">
      <b>只读模式</b>
      <span>
        {text} 要编辑，请到已打开的那个窗口中进行；这里的内容可用“导出纯文本”或“复制富文本”带走。
      </span>
    </div>
  );
}
