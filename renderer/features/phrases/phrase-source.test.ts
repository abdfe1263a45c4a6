/** The in-memory phrase source: totals, pages that follow one another, scopes. */
import { describe, expect, it } from 'vitest';
import type { Phrase } from '#core/corpus/types';
import { memorySource } from './phrase-source';

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
