/**
 * Everything pasted or dropped enters through the core normaliser (core/draft/normalize.ts), whatever its
 * clipboard type: a phrase dragged from the panel (PHRASE_MIME), a Slate fragment — ours, or another
 * Slate-based editor's, as `application/x-slate-fragment` or as a `data-slate-fragment` attribute in pasted
 * HTML — Word/WPS/web HTML and plain text (through the injected converter). `editor.insertFragment` itself is
 * normalised too, so no path into the document bypasses it and a foreign fragment can never make the draft
 * unsaveable.
 */
import { Editor, Node, Range, Transforms } from 'slate';
import type { BlockElement } from '#core/draft/model';
import { blocksToInsert, insertBlocksAtCursor, insertInlines, setNotifier } from './insert';
import '../slate-types';

/** What insertData understands besides text: phrases dragged from the panel carry their inline nodes. */
export const PHRASE_MIME = 'application/x-gongwen-inlines';
/** Slate's own clipboard type (slate-react's default `clipboardFormatKey`). */
export const SLATE_FRAGMENT_MIME = 'application/x-slate-fragment';

export interface DataSource {
  getData(type: string): string;
}

/** Converts pasted data to blocks; injected so the DOM-dependent HTML parser stays out of this module. */
export type PasteConverter = (data: DataSource) => BlockElement[] | null;

export interface PasteOptions {
  convert?: PasteConverter;
  /** Tells the user what a paste left out (a Chinese message); the app shows it as a notice. */
  notify?: (message: string) => void;
}

/** slate-dom's encoding: base64 of the URI-encoded JSON. Null for anything that does not decode. */
export function decodeSlateFragment(encoded: string): unknown {
  try {
    return JSON.parse(decodeURIComponent(atob(encoded)));
  } catch {
    return null;
  }
}

/** The fragment slate-dom puts in copied HTML as `data-slate-fragment="…"` (the same pattern slate-dom reads). */
export function slateFragmentAttribute(html: string): string | null {
  return /<[^>]*\sdata-slate-fragment="([^"]+)"/m.exec(html)?.[1] ?? null;
}

export function withPaste<E extends Editor>(editor: E, { convert, notify }: PasteOptions = {}): E {
  setNotifier(editor, notify);
  const { insertFragment } = editor;
  const ed = editor as E & { insertData?: (d: DataSource) => void; insertFragmentData?: (d: DataSource) => boolean };
  const { insertData } = ed;

  editor.insertFragment = (fragment, options) => {
    const blocks = blocksToInsert(editor, fragment);
    if (blocks.length) insertFragment(blocks as Node[], options);
  };

  // slate-react reads fragments here (from the Slate type or the HTML attribute): decoded safely, then normalised.
  ed.insertFragmentData = (data: DataSource) => {
    const encoded = data.getData(SLATE_FRAGMENT_MIME) || slateFragmentAttribute(data.getData('text/html') ?? '');
    const fragment = encoded ? decodeSlateFragment(encoded) : null;
    if (fragment === null) return false;
    editor.insertFragment(fragment as Node[]);
    return true;
  };

  ed.insertData = (data: DataSource) => {
    const phrase = data.getData(PHRASE_MIME);
    if (phrase) {
      try {
        insertInlines(editor, JSON.parse(phrase));
        return;
      } catch {
        /* malformed drag data: fall through to the other types */
      }
    }
    // A copy inside the editor (or from another Slate editor) keeps its structure, as Slate would paste it.
    if (data.getData(SLATE_FRAGMENT_MIME) && ed.insertFragmentData!(data)) return;
    const blocks = convert?.(data);
    if (blocks && blocks.length) {
      // A selection is replaced, as in Word: it goes first. Everything selected (Ctrl+A) leaves one empty block,
      // which the pasted blocks then replace whatever its kind, or the skeleton's title would stay above them.
      if (editor.selection && Range.isExpanded(editor.selection)) {
        Editor.deleteFragment(editor);
        if (editor.children.length === 1 && Node.string(editor.children[0]) === '') {
          Editor.withoutNormalizing(editor, () => {
            Transforms.removeNodes(editor, { at: [0] });
            Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [0], select: true });
          });
        }
      }
      const cur = editor.selection ? (editor.children[editor.selection.anchor.path[0]] as BlockElement) : undefined;
      // Into an empty line whole blocks keep their kind; inside text, Word-like: split and merge at the ends.
      if (!cur || Node.string(cur) === '') insertBlocksAtCursor(editor, blocks);
      else Transforms.insertFragment(editor, blocks as Node[]);
      return;
    }
    // Plain text (slate-react: a fragment in the HTML, else the text), or nothing without slate-react.
    if (insertData) insertData(data as DataTransfer);
    else ed.insertFragmentData!(data);
  };
  return editor;
}
