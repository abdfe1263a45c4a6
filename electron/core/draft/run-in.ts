/**
 * Run-in headings (“1.加强组织领导。各单位要成立……”): one paragraph whose heading part — the text up to and
 * including its first 。？！ — takes the level's style and is what the outline and Word's navigation pane show,
 * and whose body part follows on the same line. The model keeps the whole text in one heading block marked
 * `runIn`; these helpers split it for display and export, and are the transforms the editor calls.
 */
import type { BlockElement, HeadingElement, InlineNode } from './model';

/** What ends a run-in heading's heading part. */
export const RUN_IN_STOP = /[。？！]/;
const STOP = RUN_IN_STOP;

/** Splits inline content after the first sentence stop: [heading part, body part]. No stop: all heading. */
export function splitRunIn(children: InlineNode[]): [InlineNode[], InlineNode[]] {
  const head: InlineNode[] = [];
  const body: InlineNode[] = [];
  let done = false;
  for (const n of children) {
    if (done) {
      body.push(n);
      continue;
    }
    if ('type' in n) {
      head.push(n);
      continue;
    }
    const m = STOP.exec(n.text);
    if (!m) {
      head.push(n);
      continue;
    }
    const at = m.index + 1;
    head.push({ ...n, text: n.text.slice(0, at) });
    if (at < n.text.length) body.push({ ...n, text: n.text.slice(at) });
    done = true;
  }
  return [head, body];
}

/** The heading part's text, for the outline. */
export function runInHeadingText(b: HeadingElement): string {
  const [head] = b.runIn ? splitRunIn(b.children) : [b.children];
  return head.map((n) => ('type' in n ? n.children.map((t) => t.text).join('') || `【${n.label}】` : n.text)).join('');
}

/**
 * “接排”: a heading and the paragraph after it become one run-in heading. The heading gets a 。 if it has no
 * stop yet, so the split stays where it was. Returns a new content array; unchanged when `i` is not a heading
 * followed by a paragraph.
 */
export function joinRunIn(content: BlockElement[], i: number): BlockElement[] {
  const h = content[i];
  const p = content[i + 1];
  if (h?.type !== 'heading' || p?.type !== 'paragraph') return content;
  const text = h.children.map((n) => ('type' in n ? '' : n.text)).join('');
  const head = STOP.test(text) ? h.children : [...h.children, { text: '。' }];
  const joined: HeadingElement = { ...h, runIn: true, children: [...head, ...p.children] };
  return [...content.slice(0, i), joined, ...content.slice(i + 2)];
}

/** “分开”: a run-in heading becomes a heading and a paragraph again. */
export function separateRunIn(content: BlockElement[], i: number): BlockElement[] {
  const h = content[i];
  if (h?.type !== 'heading' || !h.runIn) return content;
  const [head, body] = splitRunIn(h.children);
  const { runIn: _r, ...plain } = h;
  const blocks: BlockElement[] = [{ ...plain, children: head.length ? head : [{ text: '' }] }];
  if (body.length) blocks.push({ type: 'paragraph', children: body });
  return [...content.slice(0, i), ...blocks, ...content.slice(i + 1)];
}
