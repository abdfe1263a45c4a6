/**
 * 常用语: phrases for the role of the section under the cursor (switchable to all / favourites), an
 * instant search box, categories; click or drag to insert with placeholders live; source on hover;
 * star to favourite; add your own phrase from the selection. The list says how many match and shows them a
 * page at a time; a search with nothing in 本节 or 收藏 shows what 全部 has, and says so.
 */
import React, { useDeferredValue, useMemo, useState } from 'react';
import { PHRASE_CATEGORIES, type Phrase, type PhraseCategory } from '#core/corpus/types';
import { ROLE_LABELS, type Role } from '#core/draft/model';
import { phraseToInlines } from '#core/draft/inlines';
import { PHRASE_MIME } from '../../editor/plugin';
import { useCaretRole } from '../../app/caret';
import { host } from '../../host';
import { useApp } from '../../app/store';
import { hostSource, memorySource, orElse, scopeGenre, type PhraseScope, type PhraseSource, usePhraseResults } from './phrase-source';
import { phraseActions, usePhrases } from './usePhrases';
import './phrases.css';

type Scope = PhraseScope;

/** How many phrases the list shows at first, and how many more each 显示更多 adds. */
export const PHRASE_PAGE = 80;

export interface PhrasePanelProps {
  /** The phrases, a page at a time (phrase-source.ts). */
  source: PhraseSource;
  favourites: ReadonlySet<string>;
  role: Role;
  selectionText: () => string;
  onInsert(p: Phrase): void;
  onToggleFavourite(id: string): void;
  onAddPhrase(text: string, category: PhraseCategory): void;
  onRemoveUserPhrase(id: string): void;
}

function sourceTip(p: Phrase): string {
  if (p.id.startsWith('user:')) return '自选语句';
  const s = p.sources[0];
  if (!s) return '';
  const more = p.sources.length > 1 ? `\n（共见于 ${p.sources.length} 处）` : '';
  return `来源：${s.docTitle}${s.sectionPath.length ? ' › ' + s.sectionPath.join(' › ') : ''}\n“${s.context}”${more}`;
}

/** Phrase text with its {placeholders} shown as 【label】 chips. */
function PhraseText({ text }: { text: string }) {
  const parts = text.split(/(\{[^{}]{1,20}\})/g);
  return (
    <>
      {parts.map((part, i) =>
        /^\{.*\}$/.test(part) ? (
          <span key={i} className="ph-chip">
            【{part.slice(1, -1)}】
          </span>
        ) : (
          <React.Fragment key={i}>{part}</React.Fragment>
        ),
      )}
    </>
  );
}

/** “12 条”, or “超过 80 条” when the host stopped counting a very common search. */
const howMany = (total: number, exact: boolean) => (exact ? `${total} 条` : `超过 ${total - 1} 条`);

/** What the list says when the scope asked for had nothing and 全部 is shown instead. */
function fallbackNote(scope: Scope, role: Role, q: string, total: number, exact: boolean): string {
  const where = scope === 'fav' ? '收藏中' : `本节（${ROLE_LABELS[role].split('/')[0]}）`;
  if (!q) return scope === 'fav' ? '还没有收藏的语句，显示全部。' : '本节暂无专用语句，显示全部。';
  return `${where}没有含“${q}”的语句，以下是全部语句中的 ${howMany(total, exact)}。`;
}

export function PhrasePanel(props: PhrasePanelProps) {
  const { source, favourites, role } = props;
  const [scope, setScope] = useState<Scope>('role');
  const [category, setCategory] = useState<PhraseCategory | ''>('');
  const [query, setQuery] = useState('');
  const q = useDeferredValue(query).trim();
  const [adding, setAdding] = useState<{ text: string; category: PhraseCategory } | null>(null);

  const request = useMemo(() => ({ text: q, scope, role, category: category || undefined }), [q, scope, role, category]);
  const list = usePhraseResults(source, request, PHRASE_PAGE);
  const left = list.total - list.items.length;
  const exact = list.exact !== false;

  return (
    <div className="phrases" data-testid="phrase-panel">
      <div className="seg" role="tablist" aria-label="范围">
        {(
          [
            ['role', `本节（${ROLE_LABELS[role].split('/')[0]}）`],
            ['all', '全部'],
            ['fav', '收藏'],
          ] as [Scope, string][]
        ).map(([k, label]) => (
          <button key={k} type="button" role="tab" aria-selected={scope === k} className={scope === k ? 'on' : ''} onClick={() => setScope(k)}>
            {label}
          </button>
        ))}
      </div>
      <input className="search" type="search" placeholder="搜索常用语（即输即查）" value={query} onChange={(e) => setQuery(e.target.value)} aria-label="搜索常用语" />
      <div className="chips" aria-label="分类">
        <button type="button" className={category === '' ? 'chip on' : 'chip'} onClick={() => setCategory('')}>
          全部分类
        </button>
        {PHRASE_CATEGORIES.map((c) => (
          <button key={c} type="button" className={category === c ? 'chip on' : 'chip'} onClick={() => setCategory(category === c ? '' : c)}>
            {c}
          </button>
        ))}
      </div>
      {!list.loading && (
        <div className="phrase-count muted" data-testid="phrase-count">
          {list.fellBack ? fallbackNote(scope, role, q, list.total, exact) : list.total ? `共 ${howMany(list.total, exact)}` : ''}
        </div>
      )}
      <ul className="phrase-list">
        {list.items.map((p) => (
          <li
            key={p.id}
            className="phrase"
            data-testid="phrase-item"
            draggable
            title={sourceTip(p)}
            onDragStart={(e) => {
              e.dataTransfer.setData(PHRASE_MIME, JSON.stringify(phraseToInlines(p.text)));
              e.dataTransfer.setData('text/plain', p.text);
              e.dataTransfer.effectAllowed = 'copy';
            }}
          >
            <button type="button" className="phrase-text" onClick={() => props.onInsert(p)} aria-label={`插入：${p.text}`}>
              <PhraseText text={p.text} />
            </button>
            <span className="phrase-meta">
              <span className="tag">{p.category}</span>
              <button
                type="button"
                className={favourites.has(p.id) ? 'star on' : 'star'}
                title={favourites.has(p.id) ? '取消收藏' : '收藏'}
                aria-label={favourites.has(p.id) ? '取消收藏' : '收藏'}
                aria-pressed={favourites.has(p.id)}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => props.onToggleFavourite(p.id)}
              >
                {favourites.has(p.id) ? '★' : '☆'}
              </button>
              {p.id.startsWith('user:') && (
                <button type="button" className="icon" title="删除自选语句" onClick={() => props.onRemoveUserPhrase(p.id.slice(5))}>
                  ✕
                </button>
              )}
            </span>
          </li>
        ))}
        {!list.loading && list.items.length === 0 && <li className="muted pad">没有找到匹配的语句。</li>}
        {left > 0 && (
          <li className="phrase-more">
            <button type="button" className="btn wide" onMouseDown={(e) => e.preventDefault()} onClick={list.more}>
              {exact ? `显示更多（还有 ${left} 条）` : '显示更多'}
            </button>
          </li>
        )}
      </ul>
      <div className="panel-foot">
        {adding ? (
          <div className="add-phrase">
            <textarea value={adding.text} onChange={(e) => setAdding({ ...adding, text: e.target.value })} rows={3} aria-label="自选语句内容" />
            <div className="row">
              <select value={adding.category} onChange={(e) => setAdding({ ...adding, category: e.target.value as PhraseCategory })} aria-label="新语句的分类">
                {PHRASE_CATEGORIES.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
              <button type="button" className="btn" onClick={() => setAdding(null)}>
                取消
              </button>
              <button
                type="button"
                className="btn primary"
                disabled={!adding.text.trim()}
                onClick={() => {
                  props.onAddPhrase(adding.text.trim(), adding.category);
                  setAdding(null);
                }}
              >
                保存为常用语
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            className="btn wide"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => setAdding({ text: props.selectionText(), category: category || '段首句' })}
            title="把正文中选中的文字存为自己的常用语"
          >
            ＋ 选中文字存为常用语
          </button>
        )}
      </div>
    </div>
  );
}

/** The side panel: the view over the store. */
export function PhrasesSidePanel() {
  const { own, favourites } = usePhrases();
  const role = useCaretRole();
  // The whole archive through the host; her own phrases when it cannot answer. A changed archive (an import)
  // bumps archiveVersion, so the list asks again.
  const archiveVersion = useApp((s) => s.archiveVersion);
  // 本节 is this part of this kind of document; when the kind has nothing for the part, the list falls back to 全部.
  const genre = useApp((s) => scopeGenre(s.session?.draft.meta.genre, s.skeletons));
  const source = useMemo(
    () => orElse(hostSource(own, favourites, (q) => host.corpusPhrases(q), genre), memorySource(own, favourites)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- archiveVersion: a new source is what asks again
    [own, favourites, archiveVersion, genre],
  );
  return (
    <PhrasePanel
      source={source}
      favourites={favourites}
      role={role}
      selectionText={phraseActions.selectionText}
      onInsert={phraseActions.insert}
      onToggleFavourite={phraseActions.toggleFavourite}
      onAddPhrase={phraseActions.add}
      onRemoveUserPhrase={phraseActions.remove}
    />
  );
}
