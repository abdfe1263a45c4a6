/**
 * The 公文 page of the open draft: the Slate editor (renderer/editor/DraftEditor) wired to the store. It
 * re-renders when a draft opens or an analysis pass brings new marks — never for a keystroke: a change only
 * tells the session (which touches the store once per save state) and schedules the next analysis pass.
 */
import React, { useEffect, useMemo } from 'react';
import { Editor, Element, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import { type BlockElement, isPlaceholder } from '#core/draft/model';
import { DraftEditor } from '../../editor/DraftEditor';
import { analyseAfterPause, analyseNow } from '../../app/analysis';
import { editorCommandFor } from '../../app/keys';
import { progressive } from '../../app/progressive-load';
import { session } from '../../app/session';
import { showCopiedOf, useApp } from '../../app/store';
import { useFind } from '../find/find';

const onValue = (_content: BlockElement[]) => {
  session.edited();
  analyseAfterPause();
};
const onBlock = (activeBlock: number) => useApp.setState({ activeBlock });

/**
 * A draft just opened or created starts at the top with the caret in its title — inside the title's
 * placeholder when it has one — so what she types first goes there, not nowhere, and the page is not left
 * scrolled to where the previous draft was.
 */
function startAtTitle(editor: Editor): void {
  try {
    const page = ReactEditor.toDOMNode(editor, editor);
    const scroller = page.closest('.scroller');
    if (scroller) scroller.scrollTop = 0;
    const title = editor.children[0];
    if (!Element.isElement(title)) return;
    const ph = (title as BlockElement).children.findIndex(isPlaceholder);
    Transforms.select(editor, Editor.start(editor, ph >= 0 ? [0, ph] : [0]));
    ReactEditor.focus(editor);
  } catch {
    /* not mounted */
  }
}

export function Page() {
  const key = useApp((st) => st.session?.key);
  const editor = useApp((st) => st.session?.editor);
  const draft = useApp((st) => st.session?.draft);
  const marks = useApp((st) => st.analysis.marks);
  const showCopied = useApp(showCopiedOf);
  const hits = useFind((st) => st.hits);
  const find = useMemo(() => ({ hits }), [hits]);

  // Once the page for a newly opened draft has mounted, analyse the very nodes Slate holds (its initial value is
  // a copy of the loaded draft): the inline marks are keyed by those node objects.
  useEffect(() => {
    if (!editor) return;
    analyseNow();
    startAtTitle(editor);
  }, [editor]);

  if (!editor || !draft) return null;
  return <DraftEditor key={key} editor={editor} initial={draft} find={find} marks={marks} showCopied={showCopied} onValue={onValue} onBlock={onBlock} commandFor={editorCommandFor} deferNumbering={progressive.loading} />;
}
