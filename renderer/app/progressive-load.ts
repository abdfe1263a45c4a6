/**
 * A long draft opens a screenful at a time. Drawing 100,000 blocks at once kept the tab frozen for many
 * seconds (React builds every block's elements and the browser its DOM before anything shows); instead the
 * page mounts with the first blocks, and the rest are appended in slices sized to take about a frame's worth
 * of work each, with the browser free to paint, scroll and take keystrokes in between. The draft counts as
 * whole meanwhile: `remaining()` is what has not reached the page yet, and session.current() adds it, so a
 * save or an export during loading has every block. The appended blocks are not an edit (no history, no
 * unsaved-changes mark). Slate's render chunks (getChunkSize) keep each slice from re-rendering the ones
 * before it.
 */
import type { Editor } from 'slate';
import type { BlockElement } from '#core/draft/model';
import { analyseAfterPause } from './analysis';
import { useApp } from './store';

/** Above this many blocks a draft loads progressively… */
export const PROGRESSIVE_ABOVE = 1500;
/** …starting with this many (more than a tall screen shows). */
const FIRST = 300;
/**
 * Work per slice, layout and paint included: each frame has a fixed cost (a repaint, Slate's pass over the
 * top-level children), so few large slices finish much sooner than many small ones; a keystroke during loading
 * waits at most about this long.
 */
const SLICE_MS = 100;
const MIN_SLICE = 500;
const MAX_SLICE = 10_000;

interface Job {
  key: number;
  editor: Editor;
  rest: BlockElement[];
  /** How many of `rest` are in the page. */
  next: number;
  batch: number;
  /** The save-state text to put back when done (unless the user's edits changed it meanwhile). */
  state: string;
}

let job: Job | null = null;

export const progressive = {
  /** The first blocks to mount the page with, and the rest to append (empty for a draft of ordinary length). */
  split(content: BlockElement[]): { first: BlockElement[]; rest: BlockElement[] } {
    if (content.length <= PROGRESSIVE_ABOVE) return { first: content, rest: [] };
    return { first: content.slice(0, FIRST), rest: content.slice(FIRST) };
  },

  /** Appends `rest` to session `key`'s page once it has mounted. */
  start(key: number, editor: Editor, rest: BlockElement[], state: string): void {
    job = { key, editor, rest, next: 0, batch: MIN_SLICE, state };
    window.setTimeout(step, 0);
  },

  /** Blocks of session `key` not yet in the page. */
  remaining(key: number): BlockElement[] {
    return job && job.key === key ? job.rest.slice(job.next) : [];
  },

  /**
   * Whether blocks are still arriving: the page leaves heading numbers alone until the last slice (renumbering
   * on every slice re-rendered every heading each time), then numbers them all once.
   */
  loading: () => job !== null,
};

const label = (j: Job) => `正在载入：${j.next + FIRST} / ${j.rest.length + FIRST} 段`;

function step(): void {
  const j = job;
  if (!j) return;
  if (useApp.getState().session?.key !== j.key) return void (job = null);
  // Slate takes its first value when the page renders: until then there is nothing to append to.
  if (j.editor.children.length === 0) return void window.setTimeout(step, 16);
  const t0 = performance.now();
  const slice = j.rest.slice(j.next, j.next + j.batch);
  j.next += slice.length;
  // Not an operation: no history, and Slate does not report it as a value change (so not as an edit either).
  j.editor.children = (j.editor.children as BlockElement[]).concat(slice);
  j.editor.onChange();
  const s = useApp.getState();
  if (s.saveState === j.state || s.saveState.startsWith('正在载入')) useApp.setState({ saveState: j.next < j.rest.length ? label(j) : j.state });
  // React renders the slice after this task's code and the browser lays it out and paints it in the next frame;
  // the task after that frame sees what it all cost, and sizes the next slice.
  window.requestAnimationFrame(() => window.setTimeout(() => {
    if (job !== j) return;
    const spent = Math.max(1, performance.now() - t0);
    j.batch = Math.max(MIN_SLICE, Math.min(MAX_SLICE, Math.round((j.batch * SLICE_MS) / spent)));
    if (j.next < j.rest.length) return step();
    job = null;
    // Loading is over: one more change notice, and the page numbers the headings of the whole draft.
    j.editor.onChange();
    // What depends on the whole text (outline, counts, checks) looks at it now.
    analyseAfterPause();
  }, 0));
}
