/** The host's start-up notices (e.g. settings reset after a damaged file), in a bar under the toolbar until dismissed. */
import React from 'react';
import { useApp } from '../../app/store';

export function Notices() {
  const notices = useApp((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      {notices.join('；')}
      <button type="button" className="icon" onClick={() => useApp.setState({ notices: [] })} aria-label="关闭提示">
        ✕
      </button>
    </div>
  );
}
