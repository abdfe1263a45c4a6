/**
 * 查找/替换's state, next to the find bar that shows it (as Plate keeps a plugin's options with the plugin):
 * the query, the replacement, the matches in the open draft and which one is current. The matches are found
 * again whenever the text changes (each analysis pass, each replace) and dropped when another draft opens.
 */
import type { Range } from 'slate';
import { Editor, Transforms } from 'slate';
import { create } from 'zustand';
import { findMatches, type Hit, hitsByTextNode, replaceAllMatches } from '../../editor/find';
import { textChanged } from '../../app/analysis';
import { currentEditor, focusEditor, selectAndReveal } from '../../app/editor';
import { useApp } from '../../app/store';
import { say } from '../../app/toasts';

interface FindState {
  open: boolean;
  query: string;
  replacement: string;
  matches: Range[];
  /** Index of the current match, -1 for none. */
  pos: number;
  /** The matches cut at text-node boundaries, keyed by the node's path (what the page highlights). */
  hits: ReadonlyMap<string, Hit[]>;
}

const NO_HITS: ReadonlyMap<string, Hit[]> = new Map();

export const useFind = create<FindState>(() => ({ open: false, query: '', replacement: '', matches: [], pos: -1, hits: NO_HITS }));

/** Sets matches and position together, with the highlights they imply. */
function show(matches: Range[], pos: number): void {
  const editor = currentEditor();
  useFind.setState({ matches, pos, hits: editor && matches.length ? hitsByTextNode(editor, matches, pos) : NO_HITS });
}

function search(query: string): Range[] {
  const editor = currentEditor();
  return editor ? findMatches(editor, query) : [];
}

export const find = {
  /** Opens the bar; `prefill` (the selected text) becomes the query. */
  open(prefill = ''): void {
    const { query, pos } = useFind.getState();
    if (prefill && prefill !== query) return find.setQuery(prefill, true);
    useFind.setState({ open: true });
    show(search(query), pos);
  },

  close(): void {
    useFind.setState({ open: false });
    show([], useFind.getState().pos);
    focusEditor();
  },

  /** A new query starts at its first match. */
  setQuery(query: string, open = useFind.getState().open): void {
    const matches = search(query);
    useFind.setState({ query, open });
    show(matches, matches.length ? 0 : -1);
  },

  setReplacement(replacement: string): void {
    useFind.setState({ replacement });
  },

  /** The next (+1) or previous (-1) match, wrapping; selects it and brings it into view. */
  go(delta: number): void {
    const { matches, pos } = useFind.getState();
    if (!matches.length) return;
    const i = ((((pos < 0 ? -1 : pos) + delta) % matches.length) + matches.length) % matches.length;
    show(matches, i);
    selectAndReveal(matches[i]);
  },

  replaceOne(): void {
    const { matches, pos, replacement } = useFind.getState();
    const editor = currentEditor();
    const r = matches[pos];
    if (!editor || !r) return;
    Transforms.select(editor, r);
    Editor.insertText(editor, replacement);
    textChanged();
  },

  replaceAll(): void {
    const { matches, replacement } = useFind.getState();
    const editor = currentEditor();
    if (!editor || !matches.length) return;
    say(`已替换 ${replaceAllMatches(editor, matches, replacement)} 处`);
    textChanged();
  },
};

// The matches follow the text: found again after each change of it; a newly opened draft closes the bar.
useApp.subscribe((s, prev) => {
  if (s.session?.key !== prev.session?.key) {
    if (useFind.getState().open) useFind.setState({ open: false });
    show([], -1);
  } else if (s.analysis.version !== prev.analysis.version && useFind.getState().open) {
    show(search(useFind.getState().query), useFind.getState().pos);
  }
});
