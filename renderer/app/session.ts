/**
 * The open draft's life: loaded (from a file, a skeleton, a recovery copy), edited, saved. Every document
 * change calls `edited()`, so it is written to touch the store only when the save state really changes —
 * the first keystroke after a save or an autosave, not the ones after it.
 */
import type { FileVersion } from '../../electron/api';
import type { BlockElement, Draft } from '#core/draft/model';
import { Node } from 'slate';
import { analyseNow } from './analysis';
import { makeEditor } from './editor';
import { progressive } from './progressive-load';
import { useApp } from './store';

export const clock = (d = new Date()) => d.toLocaleTimeString('zh-CN', { hour12: false });

export const EDITED = '有未保存的修改';

/** Document changes so far (all sessions): a save knows whether the text changed while it was on its way. */
let edits = 0;

export const session = {
  /** Opens `draft` in a fresh page (new editor, empty undo history). */
  load(draft: Draft, path: string | null, name: string, opts: { unsaved?: string; version?: FileVersion | null } = {}): void {
    edits++;
    // A long draft mounts with its first blocks; the rest follow in slices (progressive-load.ts).
    const { first, rest } = progressive.split(draft.content);
    const editor = makeEditor({ chunked: rest.length > 0 });
    const saveState = opts.unsaved ?? (path ? '已打开' : '未保存');
    useApp.setState((s) => ({
      session: { key: (s.session?.key ?? 0) + 1, draft: rest.length ? { ...draft, content: first } : draft, editor, path, name, version: opts.version ?? null },
      // A recovered draft is in no file yet: it counts as unsaved from the start.
      dirty: !!opts.unsaved,
      autosaveDirty: !!opts.unsaved,
      saveState,
      activeBlock: 0,
    }));
    if (rest.length) progressive.start(useApp.getState().session!.key, editor, rest, saveState);
    // Outline and status at once from the loaded text; again from Slate's own nodes once the page mounts.
    analyseNow();
  },

  /** Called on every document change: only the first one after a save or autosave touches the store. */
  edited(): void {
    edits++;
    const s = useApp.getState();
    if (!s.dirty || !s.autosaveDirty || s.saveState !== EDITED) useApp.setState({ dirty: true, autosaveDirty: true, saveState: EDITED });
  },

  /** A mark to pass to `saved`: the text as it is now. */
  mark(): number {
    return edits;
  },

  /**
   * The draft as it was at `mark` is in the file at `path`. If the user typed while the save was on its way,
   * those changes are still unsaved (and not yet autosaved).
   */
  saved(path: string, name: string, version: FileVersion | null = null, mark = edits): void {
    const since = edits !== mark;
    useApp.setState((s) => ({
      session: s.session && { ...s.session, path, name, version },
      dirty: since,
      autosaveDirty: since,
      saveState: since ? EDITED : `已保存 ${clock()}`,
    }));
  },

  /** The draft as it stands now, for saving and export. */
  current(): Draft | null {
    const s = useApp.getState().session;
    if (!s) return null;
    const rest = progressive.remaining(s.key);
    const content = s.editor.children as BlockElement[];
    return { meta: { ...s.draft.meta, updatedAt: new Date().toISOString() }, content: rest.length ? content.concat(rest) : content };
  },
};

/** A file name from the draft's title (what 另存为 and the exports suggest). */
export function suggestName(content: readonly BlockElement[]): string {
  const title = content.find((b) => b.type === 'title');
  const t = title ? Node.string(title as Node).replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 40) : '';
  return t || '未命名草稿';
}
