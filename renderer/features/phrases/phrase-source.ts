/**
 * Where the 常用语 panel gets its phrases: one function, (query, offset, limit) → {items, total}, so the list
 * can say how many there are and page through them. hostSource asks the host for a page of the whole archive
 * (corpusPhrases) after her own phrases; memorySource searches phrases in memory (her own, when the host
 * cannot answer).
 */
import { useEffect, useState } from 'react';
import type { PhrasePage as ArchivePage, PhraseQuery as ArchiveQuery } from '../../../electron/api';
import { PhraseIndex } from '#core/corpus/phrase-index';
import type { Phrase, PhraseCategory, Skeleton } from '#core/corpus/types';
import type { Genre, Role } from '#core/draft/model';

export type PhraseScope = 'role' | 'all' | 'fav';

export interface PanelQuery {
  text: string;
  /** 本节 (phrases of `role`), 全部, 收藏. */
  scope: PhraseScope;
  role: Role;
  category?: PhraseCategory;
}

export interface PanelPage {
  items: Phrase[];
  /** How many match in all (items is the page asked for). */
  total: number;
  /** False when `total` is only a lower bound (the host stops counting a very common search): “超过 N 条”. */
  exact?: boolean;
}

export type PhraseSource = (query: PanelQuery, offset: number, limit: number) => Promise<PanelPage>;

/**
 * The in-memory source: an index over all phrases and one over the favourites, and the full, ranked list of
 * the last few queries kept, so the next page is a slice.
 */
/** One index per phrase list: starring a phrase makes a new source, not a new index of every phrase. */
const indexes = new WeakMap<Phrase[], PhraseIndex>();

export function memorySource(phrases: Phrase[], favourites: ReadonlySet<string>): PhraseSource {
  let all = indexes.get(phrases);
  if (!all) indexes.set(phrases, (all = new PhraseIndex(phrases)));
  let fav: PhraseIndex | null = null;
  const cache = new Map<string, Phrase[]>();
  const ranked = (q: PanelQuery): Phrase[] => {
    const key = JSON.stringify([q.text.trim(), q.scope, q.scope === 'role' ? q.role : '', q.category ?? '']);
    let hit = cache.get(key);
    if (!hit) {
      const index = q.scope === 'fav' ? (fav ??= new PhraseIndex(phrases.filter((p) => favourites.has(p.id)))) : all!;
      hit = index.search(q.text.trim(), { category: q.category, role: q.scope === 'role' ? q.role : undefined, limit: Number.POSITIVE_INFINITY });
      if (cache.size > 20) cache.clear();
      cache.set(key, hit);
    }
    return hit;
  };
  return async (q, offset, limit) => {
    const list = ranked(q);
    return { items: list.slice(offset, offset + limit), total: list.length };
  };
}

/**
 * Her own phrases (only the renderer has them, from her preferences) first, then the archive's, a page at a time
 * from the host — all of it, not only the top phrases loaded at start.
 */
/** How many documents of the draft's kind the archive must hold before 本节 keeps to that kind. */
export const GENRE_SCOPE_MIN_DOCS = 3;

/**
 * The kind of document 本节 keeps to: the draft's, once the archive holds a few of that kind (one or two documents
 * would make a thin list, and the seed alone keeps every kind's phrases), else none.
 */
export function scopeGenre(genre: Genre | undefined, skeletons: readonly Skeleton[] | null): Genre | undefined {
  if (!genre || genre === 'other') return undefined;
  return (skeletons?.find((k) => k.genre === genre)?.sourceDocs.length ?? 0) >= GENRE_SCOPE_MIN_DOCS ? genre : undefined;
}

/**
 * Her phrases, then the archive's. 本节 is the caret's part in `genre`'s documents when one is given (a 工作计划's
 * opening wants no 各位代表 of the archive's speeches); 全部 and 收藏 are the whole archive.
 */
export function hostSource(own: Phrase[], favourites: ReadonlySet<string>, ask: (q: ArchiveQuery) => Promise<ArchivePage>, genre?: Genre): PhraseSource {
  const mine = memorySource(own, favourites);
  const ownIds = new Set(own.map((p) => p.id));
  const favIds = [...favourites].filter((id) => !ownIds.has(id));
  return async (q, offset, limit) => {
    const m = await mine(q, 0, Number.MAX_SAFE_INTEGER);
    const items = m.items.slice(offset, offset + limit);
    // Asked even when her phrases fill the page: the answer's total is the count the panel shows.
    const page = await ask({
      query: q.text.trim() || undefined,
      role: q.scope === 'role' ? q.role : undefined,
      genre: q.scope === 'role' ? genre : undefined,
      category: q.category,
      ids: q.scope === 'fav' ? favIds : undefined,
      offset: Math.max(0, offset - m.total),
      limit: Math.max(1, limit - items.length),
    });
    if (items.length < limit) items.push(...page.phrases.slice(0, limit - items.length));
    return { items, total: m.total + page.total, exact: page.totalExact };
  };
}

/** `first`, or — when it fails (the archive is being rebuilt, the host is gone) — `second`. */
export const orElse =
  (first: PhraseSource, second: PhraseSource): PhraseSource =>
  (q, offset, limit) =>
    first(q, offset, limit).catch(() => second(q, offset, limit));

export interface PhraseResults extends PanelPage {
  /** The scope asked for had nothing, so these are from 全部 (the panel says so). */
  fellBack: boolean;
  /** Still loading the first page of this query. */
  loading: boolean;
  /** Loads the next `page` items (nothing when all are shown). */
  more(): void;
}

const EMPTY: PanelPage = { items: [], total: 0 };

/**
 * The list for a query, `page` at a time. When the scope asked for (本节, 收藏) has no match, the list is what
 * 全部 has, marked `fellBack`: a search never says 没有找到 while other phrases match.
 */
export function usePhraseResults(source: PhraseSource, query: PanelQuery, page: number): PhraseResults {
  const [state, setState] = useState<{ key: string; page: PanelPage; fellBack: boolean; scopeUsed: PhraseScope } | null>(null);
  const key = JSON.stringify(query);
  useEffect(() => {
    let live = true;
    (async () => {
      let scopeUsed = query.scope;
      let first = await source(query, 0, page);
      if (first.total === 0 && query.scope !== 'all') {
        scopeUsed = 'all';
        first = await source({ ...query, scope: 'all' }, 0, page);
      }
      if (live) setState({ key, page: first, fellBack: scopeUsed !== query.scope, scopeUsed });
    })().catch(() => live && setState({ key, page: EMPTY, fellBack: false, scopeUsed: query.scope }));
    return () => {
      live = false;
    };
    // `key` stands for `query`: a new object with the same fields is the same query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source, key, page]);

  const current = state && state.key === key ? state : null;
  return {
    items: current?.page.items ?? state?.page.items ?? [],
    total: current?.page.total ?? state?.page.total ?? 0,
    exact: (current ?? state)?.page.exact ?? true,
    fellBack: current?.fellBack ?? false,
    loading: !current,
    more: () => {
      if (!current || (current.page.items.length >= current.page.total && current.page.exact !== false)) return;
      const shown = current.page.items;
      void source({ ...query, scope: current.scopeUsed }, shown.length, page).then((next) =>
        setState((s) => (s && s.key === key ? { ...s, page: { items: [...shown, ...next.items], total: next.total, exact: next.exact } } : s)),
      );
    },
  };
}
