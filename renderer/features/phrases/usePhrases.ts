/** 常用语's data and actions: the corpus phrases after the user's own, favourites, inserting at the caret. */
import { useMemo } from 'react';
import type { Phrase, PhraseCategory } from '#core/corpus/types';
import { Editor } from 'slate';
import { phraseToInlines } from '#core/draft/inlines';
import { insertInlines } from '../../editor/plugin';
import { currentEditor, focusEditor } from '../../app/editor';
import { useApp } from '../../app/store';
import { orSay, say } from '../../app/toasts';
import { host } from '../../host';

const EMPTY: string[] = [];

/** Her own phrases (as Phrase, ids 'user:…') and her favourites; the archive's are asked of the host (corpusPhrases). */
export function usePhrases(): { own: Phrase[]; favourites: ReadonlySet<string> } {
  const userPhrases = useApp((s) => s.prefs?.userPhrases);
  const favs = useApp((s) => s.prefs?.favourites ?? EMPTY);
  const own = useMemo<Phrase[]>(
    () =>
      (userPhrases ?? []).map((u) => ({
        id: `user:${u.id}`,
        text: u.text,
        placeholders: [...u.text.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]),
        category: u.category,
        role: 'other',
        sources: [],
        score: 1e6,
      })),
    [userPhrases],
  );
  const favourites = useMemo(() => new Set(favs), [favs]);
  return { own, favourites };
}

export const phraseActions = {
  insert(p: Phrase): void {
    const editor = currentEditor();
    if (!editor) return;
    insertInlines(editor, phraseToInlines(p.text));
    focusEditor();
  },
  selectionText(): string {
    const editor = currentEditor();
    return editor?.selection ? Editor.string(editor, editor.selection) : '';
  },
  async toggleFavourite(id: string): Promise<void> {
    await orSay('收藏未能保存', async () => useApp.setState({ prefs: await host.prefsToggleFavourite(id) }));
  },
  async add(text: string, category: PhraseCategory): Promise<void> {
    await orSay('常用语未能保存', async () => {
      useApp.setState({ prefs: await host.prefsAddUserPhrase(text, category) });
      say('已存为常用语');
    });
  },
  async remove(id: string): Promise<void> {
    await orSay('常用语未能删除', async () => useApp.setState({ prefs: await host.prefsRemoveUserPhrase(id) }));
  },
};
