/**
 * 段落库: whole sections of the archive's documents, searched and ranked by the host (corpusSections) by
 * relevance to the heading and paragraph at the caret, by part and genre, a page at a time; each entry named by
 * its document, year and first sentence, with a preview. Inserted specifics arrive marked "to check".
 */
import React, { useEffect, useMemo, useRef, useState } from 'react';
import type { ArchiveSection } from '../../../electron/api';
import type { SectionEntry } from '#core/corpus/types';
import { type BlockElement, GENRE_LABELS, GENRES, inlineText, ROLE_LABELS, ROLES, type Genre, type Role } from '#core/draft/model';
import { withoutDuplicateUniques } from '#core/draft/blocks';
import { insertBlocksAtCursor } from '../../editor/plugin';
import { useCaretRole } from '../../app/caret';
import { currentEditor, focusEditor, revealBlock } from '../../app/editor';
import { useApp } from '../../app/store';
import { say } from '../../app/toasts';
import { host } from '../../host';
import { entryName, matchExcerpt, nearText, sectionCount } from './near';
import { type SectionSource, useSections, useSettled } from './useSections';
import './library.css';

export function SectionLibrary({ source, role, near, onInsert }: { source: SectionSource; role: Role; near: string; onInsert(s: SectionEntry): void }) {
  const [roleFilter, setRoleFilter] = useState<Role | '' | 'current'>('current');
  const [genre, setGenre] = useState<Genre | ''>('');
  const [text, setText] = useState('');
  const [sel, setSel] = useState<string | null>(null);
  // Typing in the box or in the draft asks again once per pause, not at every keystroke.
  const query = useSettled(text.trim(), 200);
  const nearSettled = useSettled(near, 400);
  const effectiveRole = roleFilter === 'current' ? role : roleFilter;
  const q = useMemo(
    () => ({ query: query || undefined, role: effectiveRole || undefined, genre: genre || undefined, near: nearSettled || undefined }),
    [query, effectiveRole, genre, nearSettled],
  );
  const r = useSections(source, q, roleFilter === 'current');
  const picked = r.items.find((s) => s.id === sel) ?? null;
  const count = sectionCount(r.total, r.exact);
  const selRef = useRef<HTMLLIElement | null>(null);
  // The chosen entry stays in view (a new page appended, the preview opening below the list).
  useEffect(() => {
    // A block, not an expression: Chromium's scrollIntoView may return a promise, which React would call as a cleanup.
    selRef.current?.scrollIntoView({ block: 'nearest' });
  }, [sel, picked]);
  return (
    <div className="library" data-testid="section-library">
      <input className="lib-search" type="search" value={text} placeholder="搜索标题、小标题或段首句" aria-label="搜索段落" onChange={(e) => setText(e.target.value)} />
      <div className="row filters">
        <select value={roleFilter} onChange={(e) => setRoleFilter(e.target.value as Role | '' | 'current')} aria-label="按部分筛选">
          <option value="current">本节（{ROLE_LABELS[role]}）</option>
          <option value="">全部部分</option>
          {ROLES.map((x) => (
            <option key={x} value={x}>
              {ROLE_LABELS[x]}
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
      {r.fellBack && <div className="muted pad">本节暂无可用段落，显示全部。</div>}
      <div className="muted lib-count" aria-live="polite">
        {r.loading ? '正在查找……' : r.total ? `共 ${count} 段${nearSettled ? '，与光标处内容相近的在前' : ''}` : ''}
      </div>
      <ul className="lib-list">
        {r.items.map((s) => (
          <Entry key={s.id} s={s} query={query} selected={s.id === sel} onPick={() => setSel(s.id)} itemRef={s.id === sel ? selRef : undefined} />
        ))}
        {!r.loading && r.items.length === 0 && <li className="muted pad">{r.error ? `段落库暂时无法查询：${r.error}` : query ? `没有找到含“${query}”的段落。` : '语料中没有这样的段落。'}</li>}
        {r.items.length < r.total && (
          <li>
            <button type="button" className="link lib-more" onClick={r.more}>
              显示更多（已显示 {r.items.length} / {count}）
            </button>
          </li>
        )}
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

function Entry({ s, query, selected, onPick, itemRef }: { s: ArchiveSection; query: string; selected: boolean; onPick(): void; itemRef?: React.Ref<HTMLLIElement> }) {
  const { source, first } = entryName(s);
  const found = matchExcerpt(s, query);
  return (
    <li ref={itemRef} className={selected ? 'lib-item sel' : 'lib-item'} data-testid="library-item" aria-selected={selected} onClick={onPick}>
      <div className="lib-head">{s.heading}</div>
      <div className="lib-first">{first}</div>
      {found && <div className="lib-found">{found}</div>}
      <div className="muted">
        {source} · {ROLE_LABELS[s.role].split('/')[0]} · {s.charCount} 字
      </div>
    </li>
  );
}

/** A section brings body text; the draft keeps its own title and 称呼 (unique kinds). Its specifics arrive marked 待核对. */
function insertSection(s: SectionEntry): void {
  const editor = currentEditor();
  if (!editor) return;
  const blocks = withoutDuplicateUniques(editor.children as BlockElement[], s.blocks);
  const inserted = blocks.length ? blocks : s.blocks;
  insertBlocksAtCursor(editor, inserted, { intoBody: true });
  focusEditor();
  // The caret ends after the inserted blocks: bring their start into view (a long section would otherwise show only its end).
  const last = editor.selection?.focus.path[0];
  if (last !== undefined) requestAnimationFrame(() => revealBlock(Math.max(0, last - inserted.length + 1)));
  const n = blocks.reduce((k, b) => k + b.children.filter((c) => 'text' in c && c.check).length, 0);
  say(n ? `已插入“${s.heading}”，其中 ${n} 处具体内容待核对（点击橙色标记逐一核对，或在审稿中“全部核对无误”）` : `已插入“${s.heading}”`);
}

/** The heading and paragraph at the caret (re-read on each store change; re-renders only when they change). */
const nearAtCaret = (s: ReturnType<typeof useApp.getState>): string => (s.session ? nearText(s.session.editor.children as BlockElement[], s.activeBlock) : '');

/** The side panel: the host's archive, asked again when it changes. */
export function LibrarySidePanel() {
  const role = useCaretRole();
  const near = useApp(nearAtCaret);
  const archiveVersion = useApp((s) => s.archiveVersion);
  // A new source function per archive version: the list asks again after an import.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const source = useMemo<SectionSource>(() => (q) => host.corpusSections(q), [archiveVersion]);
  return <SectionLibrary source={source} role={role} near={near} onInsert={insertSection} />;
}
