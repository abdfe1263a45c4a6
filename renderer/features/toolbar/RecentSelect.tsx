/** 最近… in the toolbar: reopen one of the last ten drafts. */
import React from 'react';
import { useApp } from '../../app/store';
import { files } from '../files/file-commands';

export function RecentSelect() {
  const recent = useApp((s) => s.recent);
  if (recent.length === 0) return null;
  return (
    <select
      className="tb-select recent-select"
      aria-label="最近打开"
      title="最近打开的草稿"
      value=""
      onChange={(e) => {
        if (e.target.value) void files.openRecent(e.target.value);
      }}
    >
      <option value="">最近…</option>
      {recent.slice(0, 10).map((r) => (
        <option key={r.path} value={r.path}>
          {r.name}
        </option>
      ))}
    </select>
  );
}
