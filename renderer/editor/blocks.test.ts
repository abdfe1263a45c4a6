/**
 * The page's layout pass (pageLayoutOf): heading numbers and 附件 prefixes, the 署名 group placed from the right
 * edge (so a page narrower than 28 characters keeps the date two characters right of the 署名), and the run-in
 * heading's body range the page draws as body text.
 */
import { describe, expect, it } from 'vitest';
import { noticeDraft } from '#core/docx/fixtures/closing-drafts';
import { pageLayoutOf, runInBodyRange, sameLayout } from './blocks';

describe('pageLayoutOf', () => {
  it('numbers headings and attachments and places the 署名 and the date from the right', () => {
    const d = noticeDraft();
    const m = pageLayoutOf(d.content);
    const at = (type: string, n = 0) => m.get(d.content.filter((b) => b.type === type)[n])!;
    expect(at('attachment').marker).toBe('附件：1.');
    expect(at('attachment', 1).marker).toBe('2.');
    expect(at('signature').place).toEqual({ align: 'right', right: 2, linesBefore: 1 });
    // The date starts where the 署名 does plus two characters: 10 characters in from the right end.
    expect(at('date').place).toMatchObject({ align: 'left', startFromRight: 10 });
    expect(m.has(d.content.find((b) => b.type === 'paragraph')!)).toBe(false);
    expect(sameLayout(m, pageLayoutOf(d.content))).toBe(true);
  });

  it('a run-in heading: the text after its first stop is the body range', () => {
    const b = { type: 'heading' as const, level: 3 as const, runIn: true as const, children: [{ text: '加强领导。' }, { text: '各级要重视。', bold: true }] };
    expect(runInBodyRange(b, [4])).toEqual({ anchor: { path: [4, 0], offset: 5 }, focus: { path: [4, 1], offset: 6 } });
    expect(runInBodyRange({ ...b, runIn: undefined }, [4])).toBeNull();
  });
});
