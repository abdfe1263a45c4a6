import { describe, expect, it } from 'vitest';
import { Node } from 'slate';
import { runChecks } from '../../electron/core/checks/index';
import type { BlockElement } from '../../electron/core/draft/model';
import { applyFix } from './offsets';
import { editorWith } from './test-editor';

const SETTINGS = { maxSentenceChars: 120, maxParagraphChars: 600 };
const META = { createdAt: '', updatedAt: '' };
const p = (text: string): BlockElement => ({ type: 'paragraph', children: [{ text }] });
const check = (content: BlockElement[]) => runChecks({ meta: META, content }, SETTINGS).filter((f) => f.fix);

describe('审稿 → 修正 (applyFix)', () => {
  it('fixing 坚持"两个毫不动摇"。 quote by quote, re-checking in between as the panel does, gives “…”', () => {
    const e = editorWith([p('坚持"两个毫不动摇"。')]);
    for (let f = check(e.children as BlockElement[]); f.length; f = check(e.children as BlockElement[])) expect(applyFix(e, f[0])).toBe(true);
    expect(Node.string(e.children[0])).toBe('坚持“两个毫不动摇”。');
  });

  it('a fix offered for text that has changed since (the panel not yet refreshed) is not applied', () => {
    const e = editorWith([p('深入开展\\"面对面\\"活动。')]);
    const [first, second] = check(e.children as BlockElement[]);
    expect(applyFix(e, first)).toBe(true);
    // The first fix replaced two characters (\") with one: the second finding's offsets are now one off.
    expect(applyFix(e, second)).toBe(false);
    expect(Node.string(e.children[0])).toBe('深入开展“面对面\\"活动。');
    const [again] = check(e.children as BlockElement[]);
    expect(applyFix(e, again)).toBe(true);
    expect(Node.string(e.children[0])).toBe('深入开展“面对面”活动。');
  });
});
