import { describe, expect, it } from 'vitest';
import type { BlockElement } from './model';
import { draftFromPast } from './from-past';
import { smallReport } from './test-helpers';
import { countByKind, liveMarks, stepFrom } from './live-marks';

describe('逐处核对: the marks of a draft made from a past document, read from its text', () => {
  const { draft, summary } = draftFromPast(smallReport(), { targetYear: 2026 });

  it('as made, the same marks the summary counted, kind by kind', () => {
    const marks = liveMarks(draft.content);
    expect(marks.length).toBe(summary.counts.total);
    expect(countByKind(marks)).toEqual(summary.counts.byKind);
  });

  it('each mark is the text at its place, in reading order', () => {
    const marks = liveMarks(draft.content);
    for (const m of marks) expect(m.text.length).toBe(m.end - m.start);
    for (let i = 1; i < marks.length; i++) {
      const a = marks[i - 1];
      const b = marks[i];
      expect(a.blockIndex < b.blockIndex || (a.blockIndex === b.blockIndex && a.start <= b.start)).toBe(true);
    }
  });

  it('text typed before a mark moves it; a mark cleared is no longer stepped to', () => {
    const marks = liveMarks(draft.content);
    const m = marks.find((x) => x.kind === 'specific')!;
    const content = structuredClone(draft.content) as BlockElement[];
    const block = content[m.blockIndex];
    block.children.unshift({ text: '新增' });
    const moved = liveMarks(content).filter((x) => x.blockIndex === m.blockIndex && x.reason === m.reason);
    expect(moved.some((x) => x.start === m.start + 2 && x.text === m.text)).toBe(true);

    for (const c of block.children) if ('text' in c && c.check === m.reason) delete c.check;
    expect(liveMarks(content).filter((x) => x.blockIndex === m.blockIndex && x.reason === m.reason)).toEqual([]);
  });

  it('下一处 and 上一处 wrap around; from the caret, the first mark starting at or after it', () => {
    const marks = liveMarks(draft.content);
    expect(stepFrom(marks, null)).toBe(marks[0]);
    expect(stepFrom(marks, null, true)).toBe(marks[marks.length - 1]);
    expect(stepFrom(marks, marks[marks.length - 1])).toBe(marks[0]);
    expect(stepFrom(marks, marks[0], true)).toBe(marks[marks.length - 1]);
    expect(stepFrom(marks, marks[1], true)).toBe(marks[0]);
    const caret = { blockIndex: marks[1].blockIndex, start: marks[1].start, end: Infinity };
    expect(stepFrom(marks, caret)).toBe(marks.find((x) => x.blockIndex > caret.blockIndex || (x.blockIndex === caret.blockIndex && x.start >= caret.start)));
    const pastLast = { blockIndex: draft.content.length, start: 0, end: Infinity };
    expect(stepFrom(marks, pastLast)).toBe(marks[0]);
    expect(stepFrom([], null)).toBeNull();
  });
});
