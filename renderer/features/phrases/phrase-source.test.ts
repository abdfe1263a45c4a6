/** The in-memory phrase source: totals, pages that follow one another, scopes. */
import { describe, expect, it } from 'vitest';
import type { PhraseQuery as ArchiveQuery } from '../../../electron/api';
import type { Phrase, Skeleton } from '#core/corpus/types';
import { GENRE_SCOPE_MIN_DOCS, hostSource, memorySource, orElse, scopeGenre } from './phrase-source';

const phrase = (i: number, text: string, role: Phrase['role']): Phrase => ({ id: `p${i}`, text, placeholders: [], category: '段首句', role, sources: [], score: 1000 - i });

// 200 phrases about 劳模 in the review part, 3 in tasks, one other.
const phrases = [
  ...Array.from({ length: 200 }, (_, i) => phrase(i, `第${i}位劳模事迹突出`, 'review')),
  ...Array.from({ length: 3 }, (_, i) => phrase(300 + i, `弘扬劳模精神第${i}条`, 'tasks')),
  phrase(400, '加强职工思想政治引领', 'tasks'),
];

describe('memorySource', () => {
  const source = memorySource(phrases, new Set(['p1', 'p301']));

  it('says how many match in all and gives them a page at a time, in rank order', async () => {
    const first = await source({ text: '劳模', scope: 'all', role: 'tasks' }, 0, 80);
    expect(first.total).toBe(203);
    expect(first.items).toHaveLength(80);
    const second = await source({ text: '劳模', scope: 'all', role: 'tasks' }, 80, 80);
    const third = await source({ text: '劳模', scope: 'all', role: 'tasks' }, 160, 80);
    expect(third.items).toHaveLength(43);
    const ids = [...first.items, ...second.items, ...third.items].map((p) => p.id);
    expect(new Set(ids).size).toBe(203);
  });

  it('本节 is the role at the caret; 收藏 the starred ones', async () => {
    expect((await source({ text: '劳模', scope: 'role', role: 'tasks' }, 0, 80)).total).toBe(3);
    expect((await source({ text: '', scope: 'role', role: 'tasks' }, 0, 80)).total).toBe(4);
    expect((await source({ text: '劳模', scope: 'role', role: 'problems' }, 0, 80)).total).toBe(0);
    expect((await source({ text: '', scope: 'fav', role: 'tasks' }, 0, 80)).items.map((p) => p.id)).toEqual(['p1', 'p301']);
  });
});

describe('hostSource', () => {
  // The host as a plain function over the same phrases: what it was asked, and a page of what matches.
  const asked: ArchiveQuery[] = [];
  const archive = memorySource(phrases, new Set());
  const ask = async (q: ArchiveQuery) => {
    asked.push(q);
    const ids = q.ids && new Set(q.ids);
    const all = await archive({ text: q.query ?? '', scope: q.role ? 'role' : 'all', role: q.role ?? 'other', category: q.category }, 0, 1e9);
    const hits = ids ? all.items.filter((p) => ids.has(p.id)) : all.items;
    return { total: hits.length, totalExact: true, phrases: hits.slice(q.offset ?? 0, (q.offset ?? 0) + (q.limit ?? 50)).map((p) => ({ ...p, docCount: 1 })) };
  };
  const own = [{ ...phrase(900, '我的劳模语句甲', 'other'), id: 'user:a' }, { ...phrase(901, '我的劳模语句乙', 'other'), id: 'user:b' }];

  it('her own phrases first, then the archive’s pages, with one total', async () => {
    const source = hostSource(own, new Set(['user:b', 'p2']), ask);
    const first = await source({ text: '劳模', scope: 'all', role: 'tasks' }, 0, 80);
    expect(first.total).toBe(205);
    expect(first.items.slice(0, 2).map((p) => p.id)).toEqual(['user:a', 'user:b']);
    expect(first.items).toHaveLength(80);
    const second = await source({ text: '劳模', scope: 'all', role: 'tasks' }, 80, 80);
    expect(asked.at(-1)).toMatchObject({ query: '劳模', offset: 78, limit: 80 });
    const ids = [...first.items, ...second.items].map((p) => p.id);
    expect(new Set(ids).size).toBe(160);
    // 收藏: her starred own phrase from memory, the starred archive phrases by id.
    const fav = await source({ text: '', scope: 'fav', role: 'tasks' }, 0, 80);
    expect(asked.at(-1)?.ids).toEqual(['p2']);
    expect(fav.items.map((p) => p.id)).toEqual(['user:b', 'p2']);
  });

  it('asks 本节 of the draft’s kind of document, and 全部 and 收藏 of the whole archive', async () => {
    const source = hostSource([], new Set(['p2']), ask, 'work-plan');
    await source({ text: '', scope: 'role', role: 'tasks' }, 0, 80);
    expect(asked.at(-1)).toMatchObject({ role: 'tasks', genre: 'work-plan' });
    await source({ text: '', scope: 'all', role: 'tasks' }, 0, 80);
    expect(asked.at(-1)?.genre).toBeUndefined();
    await source({ text: '', scope: 'fav', role: 'tasks' }, 0, 80);
    expect(asked.at(-1)?.genre).toBeUndefined();
  });

  it('falls back to the phrases loaded at start when the host cannot answer', async () => {
    const broken = hostSource(own, new Set(), async () => {
      throw new Error('无法连接到本机服务');
    });
    const page = await orElse(broken, memorySource(phrases, new Set()))({ text: '劳模精神', scope: 'all', role: 'tasks' }, 0, 80);
    expect(page.total).toBe(3);
  });
});

describe('scopeGenre', () => {
  const skeleton = (genre: Skeleton['genre'], docs: number): Skeleton => ({ id: genre, genre, label: genre, sourceDocs: Array.from({ length: docs }, (_, i) => `d${i}`), sections: [] });
  it('keeps 本节 to the draft’s kind once the archive holds a few of it; the seed’s one or two of a kind keep every kind', () => {
    const skeletons = [skeleton('work-plan', GENRE_SCOPE_MIN_DOCS), skeleton('speech', GENRE_SCOPE_MIN_DOCS - 1)];
    expect(scopeGenre('work-plan', skeletons)).toBe('work-plan');
    expect(scopeGenre('speech', skeletons)).toBeUndefined();
    expect(scopeGenre('plan', skeletons)).toBeUndefined();
    expect(scopeGenre(undefined, skeletons)).toBeUndefined();
    expect(scopeGenre('work-plan', null)).toBeUndefined();
  });
});
