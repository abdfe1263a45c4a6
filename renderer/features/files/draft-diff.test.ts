import { describe, expect, it } from 'vitest';
import type { BlockElement, Draft } from '#core/draft/model';
import { diffDrafts } from './draft-diff';

const draft = (...texts: string[]): Draft => ({
  meta: { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' },
  content: texts.map((t): BlockElement => (t.startsWith('#') ? { type: 'heading', level: 1, children: [{ text: t.slice(1) }] } : { type: 'paragraph', children: [{ text: t }] })) as BlockElement[],
});

describe('diffDrafts', () => {
  it('shows an edited paragraph character by character, with what only one side has', () => {
    const d = diffDrafts(draft('#总体要求', '今年要抓好三件事。', '旧的段落。'), draft('#总体要求', '今年要抓好四件事。', '新增的段落。', '旧的段落。'))!;
    expect(d.changed).toBe(1);
    expect(d.mine).toBe(1);
    expect(d.theirs).toBe(0);
    const changed = d.rows.find((r) => r.kind === 'changed');
    expect(changed).toEqual({ kind: 'changed', pieces: [{ text: '今年要抓好', side: undefined }, { text: '三', side: 'theirs' }, { text: '四', side: 'mine' }, { text: '件事。', side: undefined }] });
    expect(d.rows).toContainEqual({ kind: 'mine', text: '新增的段落。' });
    // Headings read with their numbers.
    expect(d.rows[0]).toEqual({ kind: 'same', text: '一、总体要求' });
  });

  it('folds long runs of identical paragraphs, keeping one on each side of a change', () => {
    const same = Array.from({ length: 50 }, (_, i) => `第${i}段。`);
    const d = diffDrafts(draft(...same, '磁盘上的结尾。'), draft(...same, '本页的结尾。', '本页多写的一段。'))!;
    expect(d.rows[0]).toEqual({ kind: 'folded', count: 49 });
    expect(d.rows[1]).toEqual({ kind: 'same', text: '第49段。' });
    expect(d.rows.slice(2).map((r) => r.kind)).toEqual(['changed', 'mine']);
  });

  it('says nothing differs for equal drafts', () => {
    const d = diffDrafts(draft('一', '二'), draft('一', '二'))!;
    expect(d.changed + d.mine + d.theirs).toBe(0);
  });
});
