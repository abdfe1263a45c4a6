/**
 * A document's own heading numbers, kept when it is opened as a draft. The draft numbers headings from their
 * position (model.ts HeadingCounter), so an author's 1. 2. 3.｜lead-in paragraph｜1. 2. would read 1.–5., and a
 * 方案's （一）…（五） under 一、 then （六）…（十） under 二、 would read （一）…（五） twice. Where the number typed
 * departs from position in one of those two ways, the heading is marked to restart or continue; any other
 * difference (一、二、三、三、) is a slip, and position numbers it.
 * Pure: no Node, Electron or DOM imports.
 */
import { type BlockElement, HeadingCounter, type HeadingNumbering } from './model';

/**
 * Marks the headings of `content` (in place) whose typed number (`typed`: block index → number) is a restart at 1
 * or a continuation across a higher heading; returns how many were marked.
 */
export function keepTypedNumbering(content: BlockElement[], typed: ReadonlyMap<number, number>): number {
  const counter = new HeadingCounter();
  let marked = 0;
  content.forEach((b, i) => {
    if (b.type === 'paragraph') counter.typed(b);
    if (b.type !== 'heading') return;
    const t = typed.get(i);
    let numbering: HeadingNumbering | undefined;
    if (t !== undefined && t !== counter.peek(b.level)) {
      if (t === 1) numbering = 'restart';
      else if (t === counter.peek(b.level, 'continue')) numbering = 'continue';
    }
    if (numbering) {
      b.numbering = numbering;
      marked++;
    }
    counter.next(b.level, numbering);
  });
  return marked;
}
