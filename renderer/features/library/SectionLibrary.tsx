/** 段落库: whole sections of corpus documents by role and genre, with preview; inserted specifics arrive marked "to check". */
import React, { useMemo, useState } from 'react';
import type { SectionEntry } from '#core/corpus/types';
import { type BlockElement, GENRE_LABELS, GENRES, inlineText, ROLE_LABELS, ROLES, type Genre, type Role } from '#core/draft/model';
import { withoutDuplicateUniques } from '#core/draft/blocks';
import { insertBlocksAtCursor } from '../../editor/plugin';
import { useCaretRole } from '../../app/caret';
import { currentEditor, focusEditor } from '../../app/editor';
import { useApp } from '../../app/store';
import { say } from '../../app/toasts';
import './library.css';

export function SectionLibrary({ sections, role, onInsert }: { sections: SectionEntry[]; role: Role; onInsert(s: SectionEntry): void }) {
  const [roleFilter, setRoleFilter] = useState<Role | '' | 'current'>('current');
  const [genre, setGenre] = useState<Genre | ''>('');
  const [sel, setSel] = useState<string | null>(null);
  const effectiveRole = roleFilter === 'current' ? role : roleFilter;
  const list = useMemo(
    () => sections.filter((s) => (!effectiveRole || s.role === effectiveRole) && (!genre || s.genre === genre)),
    [sections, effectiveRole, genre],
  );
  const shown = list.length === 0 && roleFilter === 'current' ? sections.filter((s) => !genre || s.genre === genre) : list;
  const picked = shown.find((s) => s.id === sel) ?? null;
  return (
    <div className="library" data-testid="section-library">
      <div className="row filters">
        <select value={roleFilter} onChange={(e) => setRoleFilter(e.target.value as Role | '' | 'current')} aria-label="按部分筛选">
          <option value="current">本节（{ROLE_LABELS[role]}）</option>
          <option value="">全部部分</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        <select value={genre} onChange={(e) => setGenre(e.target.value as Genre | '')} aria-label="按文种筛选">
          <option value="">全部文种</option>
          {GENRES.map((g) => (
            <option key={g} value={g}>
              {GENRE_LABELS[g]}
            </option>
          ))}
        </select>
      </div>
      {shown !== list && <div className="muted pad">本节暂无可用段落，显示全部。</div>}
      <ul className="lib-list">
        {shown.map((s) => (
          <li key={s.id} className={s.id === sel ? 'lib-item sel' : 'lib-item'} data-testid="library-item" onClick={() => setSel(s.id)}>
            <div className="lib-head">{s.heading}</div>
            <div className="muted">
              {s.docTitle} · {ROLE_LABELS[s.role].split('/')[0]} · {s.charCount} 字
            </div>
          </li>
        ))}
        {shown.length === 0 && <li className="muted pad">语料中没有这样的段落。</li>}
      </ul>
      {picked && (
        <div className="lib-preview" aria-label="段落预览">
          <div className="lib-preview-body">
            {picked.blocks.slice(0, 12).map((b, i) => (
              <p key={i} className={b.type === 'heading' ? 'pv-h' : 'pv-p'}>
                {inlineText(b.children)}
              </p>
            ))}
            {picked.blocks.length > 12 && <p className="muted">……</p>}
          </div>
          <div className="row">
            <span className="muted">插入后，年份、数字、届次等具体内容会标为“待核对”。</span>
            <button type="button" className="btn primary" onMouseDown={(e) => e.preventDefault()} onClick={() => onInsert(picked)}>
              插入到光标处
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** A section brings body text; the draft keeps its own title and 称呼 (unique kinds). Its specifics arrive marked 待核对. */
function insertSection(s: SectionEntry): void {
  const editor = currentEditor();
  if (!editor) return;
  const blocks = withoutDuplicateUniques(editor.children as BlockElement[], s.blocks);
  insertBlocksAtCursor(editor, blocks.length ? blocks : s.blocks);
  focusEditor();
  const n = blocks.reduce((k, b) => k + b.children.filter((c) => 'text' in c && c.check).length, 0);
  say(n ? `已插入“${s.heading}”，其中 ${n} 处具体内容待核对（点击橙色标记逐一核对，或在审稿中“全部核对无误”）` : `已插入“${s.heading}”`);
}

/** The side panel: the view over the store. */
export function LibrarySidePanel() {
  const sections = useApp((s) => s.corpus?.sections ?? NONE);
  const role = useCaretRole();
  return <SectionLibrary sections={sections} role={role} onInsert={insertSection} />;
}

const NONE: SectionEntry[] = [];
