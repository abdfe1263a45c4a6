/**
 * The archive's documents for the manager's list, a page at a time: the first page with the total and the
 * counts per genre and year, the others fetched as the virtualised list scrolls to them. A new query (filter,
 * search, sort) starts again from the first page; a change to the archive (`reload`) fetches the pages shown
 * again, keeping the old rows on screen until they come, so a removal does not flash an empty list.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArchiveDocument, DocumentPage, DocumentQuery } from '../../../electron/api';
import { host } from '../../host';

export const PAGE = 200;

export interface DocumentPages {
  /** Matching documents (null until the first page has come). */
  total: number | null;
  genres: DocumentPage['genres'];
  years: DocumentPage['years'];
  /** Imported documents in the whole archive (null until the first page has come). */
  imported: number | null;
  /** Row i, if its page has come. */
  at(i: number): ArchiveDocument | undefined;
  /** Ask for the pages holding rows from..to. */
  want(from: number, to: number): void;
  error: string | null;
}

interface Head {
  total: number | null;
  genres: DocumentPage['genres'];
  years: DocumentPage['years'];
  imported: number | null;
  error: string | null;
}

export function useDocumentPages(q: DocumentQuery, reload: string): DocumentPages {
  const queryKey = JSON.stringify(q);
  const key = `${queryKey}#${reload}`;
  const pages = useRef(new Map<number, ArchiveDocument[]>());
  const stale = useRef(new Map<number, ArchiveDocument[]>());
  const asked = useRef(new Set<number>());
  const current = useRef({ key: '', queryKey: '' });
  const [head, setHead] = useState<Head>({ total: null, genres: [], years: [], imported: null, error: null });
  const [, setTick] = useState(0);

  const fetchPage = useMemo(() => {
    return (n: number) => {
      if (asked.current.has(n)) return;
      asked.current.add(n);
      const forKey = key;
      host.corpusDocuments({ ...q, limit: PAGE, offset: n * PAGE }).then(
        (p) => {
          if (current.current.key !== forKey) return;
          pages.current.set(n, p.documents);
          stale.current.delete(n);
          if (n === 0) {
            // Rows past the new end are gone.
            for (const k of stale.current.keys()) if (k * PAGE >= p.total) stale.current.delete(k);
            setHead({ total: p.total, genres: p.genres, years: p.years, imported: p.imported, error: null });
          } else setTick((t) => t + 1);
        },
        (e) => {
          if (current.current.key !== forKey) return;
          asked.current.delete(n);
          setHead((h) => ({ ...h, error: (e as Error).message }));
        },
      );
    };
    // `key` stands for the query (and the archive's version).
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const sameQuery = current.current.queryKey === queryKey;
    const shown = [...pages.current.keys()];
    stale.current = sameQuery ? new Map([...stale.current, ...pages.current]) : new Map();
    pages.current = new Map();
    asked.current = new Set();
    current.current = { key, queryKey };
    if (!sameQuery) setHead((h) => ({ ...h, total: null }));
    fetchPage(0);
    if (sameQuery) for (const n of shown) fetchPage(n);
  }, [key, queryKey, fetchPage]);

  return {
    ...head,
    at: (i) => {
      const n = Math.floor(i / PAGE);
      return (pages.current.get(n) ?? stale.current.get(n))?.[i % PAGE];
    },
    want: (from, to) => {
      for (let n = Math.floor(from / PAGE); n <= Math.floor(to / PAGE); n++) fetchPage(n);
    },
  };
}
