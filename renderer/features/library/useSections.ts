/**
 * The section library's list: pages of SectionQuery answers from the host. When 本节 (the caret's role) has
 * nothing, the list is what every part has, marked `fellBack`. A new query replaces the list; `more` appends
 * the next page.
 */
import { useEffect, useState } from 'react';
import type { ArchiveSection, SectionPage, SectionQuery } from '../../../electron/api';

export type SectionSource = (q: SectionQuery) => Promise<SectionPage>;

export interface SectionResults {
  items: ArchiveSection[];
  total: number;
  /** False: `total` is a lower bound (a common term is not counted to the end). */
  exact: boolean;
  fellBack: boolean;
  loading: boolean;
  error: string | null;
  more(): void;
}

export const SECTION_PAGE = 30;

/**
 * `value` once it has stayed the same for `ms`: typing in the search box or in the draft (which moves what the
 * list is ranked by) asks the host once per pause, not per keystroke — a relevance query over a large archive
 * takes tens of milliseconds in the host.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, settled, ms]);
  return settled;
}

/** `roleIsCaret`: the role is the caret's (本节), so an empty answer falls back to every part. */
export function useSections(source: SectionSource, query: SectionQuery, roleIsCaret: boolean): SectionResults {
  const key = JSON.stringify(query);
  const [state, setState] = useState<{ key: string; page: SectionPage; fellBack: boolean; error: string | null } | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      let q: SectionQuery = { ...query, limit: SECTION_PAGE, offset: 0 };
      let page = await source(q);
      let fellBack = false;
      if (page.total === 0 && roleIsCaret && query.role) {
        q = { ...q, role: undefined };
        page = await source(q);
        fellBack = true;
      }
      if (live) setState({ key, page, fellBack, error: null });
    })().catch((e) => live && setState({ key, page: { total: 0, totalExact: true, sections: [] }, fellBack: false, error: (e as Error).message || String(e) }));
    return () => {
      live = false;
    };
    // `key` stands for `query`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source, key, roleIsCaret]);

  const current = state?.key === key ? state : null;
  const shown = current ?? state;
  return {
    items: shown?.page.sections ?? [],
    total: shown?.page.total ?? 0,
    exact: shown?.page.totalExact ?? true,
    fellBack: current?.fellBack ?? false,
    loading: !current,
    error: current?.error ?? null,
    more: () => {
      if (!current || current.page.sections.length >= current.page.total) return;
      const had = current.page.sections;
      const q = { ...query, role: current.fellBack ? undefined : query.role, limit: SECTION_PAGE, offset: had.length };
      void source(q).then(
        (next) =>
          setState((s) => (s && s.key === key ? { ...s, page: { total: next.total, totalExact: next.totalExact, sections: appendNew(had, next.sections) } } : s)),
        () => undefined,
      );
    },
  };
}

/** The next page after those shown (an import meanwhile may shift a page: an entry is listed once). */
export function appendNew(had: ArchiveSection[], next: ArchiveSection[]): ArchiveSection[] {
  const ids = new Set(had.map((s) => s.id));
  return [...had, ...next.filter((s) => !ids.has(s.id))];
}
