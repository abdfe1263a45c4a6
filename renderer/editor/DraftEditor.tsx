/**
 * The page: a Slate editor over the draft model. Performance matters (40k-character drafts must type
 * within a frame), so element and leaf renderers are stable and memoised, heading numbers come from one
 * cheap pass per value change shared through context (only headings re-render when numbering changes),
 * and decorate() only looks at the one text node it is given.
 */
import React, { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Editor, Node, type NodeEntry, Path, Range, Text, Transforms } from 'slate';
import { Editable, ReactEditor, type RenderChunkProps, type RenderElementProps, type RenderLeafProps, Slate } from 'slate-react';
import { type BlockElement, type Draft, TYPED_NUMBER_CHARS, typedNumberOf } from '#core/draft/model';
import { MARKER_CHARS } from '#core/text/markers';
import { LAID_OUT_KINDS, LayoutContext, type PageLayoutMap, pageLayoutOf, renderBlock, runInBodyRange, sameLayout } from './blocks';
import { Placeholder } from './placeholder-view';
import { clearCheck } from './commands';
import { type MarkMap, type MarkProps, markProps } from './marks';
import type { Hit } from './find';
import { isPlaceholderEl, PHRASE_MIME } from './plugin';
import { hideFromReactSelectionRestore, insertTextThroughModel, scrollCaretIntoView } from './typing-speed';
import './slate-types';

// Blocks are drawn by the view table of blocks.tsx, one view per kind of core/draft/blocks.ts.
const renderElement = (props: RenderElementProps) => (props.element.type === 'placeholder' ? <Placeholder {...props} /> : renderBlock(props));

/**
 * A long draft is drawn in render chunks (app/editor.ts sets getChunkSize): each chunk of blocks is one box that
 * the browser skips while off screen, instead of each block. Chromium checks every content-visibility box
 * against the viewport on every frame; with 100,000 blocks that check alone took seconds per frame (and per
 * keystroke). Its size until first shown: its blocks' lines at the draft's average (--chunk-lines).
 */
const renderChunk = ({ attributes, children, lowest }: RenderChunkProps) =>
  lowest ? (
    <div {...attributes} className="page-chunk">
      {children}
    </div>
  ) : (
    <>{children}</>
  );

/** Lines of a chunk of `size` blocks at the average of `blocks` (28 characters a line, as blocks.tsx estimates). */
function chunkLines(blocks: readonly Node[], size: number): number {
  if (!blocks.length) return size;
  const lines = blocks.reduce((n, b) => n + Math.max(1, Math.ceil(Node.string(b).length / 28)), 0);
  return Math.round((lines / blocks.length) * size);
}

type DecoratedLeaf = RenderLeafProps['leaf'] & MarkProps & { hit?: boolean; hitCurrent?: boolean; riBody?: boolean };

const renderLeaf = ({ attributes, children, leaf }: RenderLeafProps) => {
  const l = leaf as DecoratedLeaf;
  let c = children;
  if (l.bold) c = <strong>{c}</strong>;
  const cls = [
    l.check ? 'chk' : '',
    l.cp ? 'cp' : '',
    l.rv ? `rv rv-${l.rv}${l.rvLong ? ' rv-long' : ''}` : '',
    l.hit ? 'hit' : '',
    l.hitCurrent ? 'hit-cur' : '',
    l.riBody ? 'ri-body' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const titles = [l.rvMsg, l.check ? `待核对：${l.check}` : '', l.cp].filter(Boolean);
  return (
    <span {...attributes} className={cls || undefined} data-check={l.check || undefined} data-review={l.rv} title={titles.length ? titles.join('\n') : undefined}>
      {c}
    </span>
  );
};

export interface FindState {
  /** Find-bar matches cut at text-node boundaries, keyed by the text node's path; the current one is highlighted differently. */
  hits: ReadonlyMap<string, Hit[]>;
}

export interface DraftEditorProps {
  editor: Editor;
  initial: Draft;
  find: FindState;
  /** Review findings and copied sentences mapped to text nodes (buildMarkMap), refreshed after a pause. */
  marks: MarkMap;
  /** Whether copied sentences are highlighted. */
  showCopied: boolean;
  /** Called on every document change (not on selection-only changes); keep it cheap. */
  onValue(value: BlockElement[]): void;
  /** Called when the top-level block under the cursor changes. */
  onBlock(index: number): void;
  /**
   * The command bound to a key pressed in the page (the app's command table, editor scope), ready to run —
   * or null to let the key through to Slate. Never asked during IME composition.
   */
  commandFor?(e: KeyboardEvent): (() => void) | null;
  /** True while a long draft's blocks are still being appended (the page is laid out once they are all in). */
  deferNumbering?(): boolean;
}

interface CheckPop {
  path: Path;
  reason: string;
  top: number;
  left: number;
}

/**
 * Whether a text edit may have changed the heading number typed at a paragraph's start: typing into the number a
 * paragraph now opens with (up to its end), or deleting a character of one near the start. Typing the heading text
 * after the number, or anywhere further on, cannot — the keystroke path stays without a layout pass.
 */
function touchesTypedNumber(op: { type: 'insert_text' | 'remove_text'; path: number[]; offset: number; text: string }, block: BlockElement | undefined): boolean {
  if (!block || op.path[1] !== 0 || op.offset >= TYPED_NUMBER_CHARS) return false;
  if (op.type === 'remove_text') return MARKER_CHARS.test(op.text);
  const m = typedNumberOf(block);
  return m !== null && op.offset <= m.end;
}

export const DraftEditor = memo(function DraftEditor({ editor, initial, find, marks, showCopied, onValue, onBlock, commandFor, deferNumbering }: DraftEditorProps) {
  const initialValue = useMemo(() => structuredClone(initial.content) as never, [initial]);
  const chunkSize = editor.getChunkSize(editor);
  const pageStyle = useMemo(
    () => (chunkSize ? ({ '--chunk-lines': chunkLines(initialValue as Node[], chunkSize) } as React.CSSProperties) : undefined),
    [chunkSize, initialValue],
  );
  // Laid out from the very objects Slate keeps as its children.
  const [layout, setLayout] = useState<PageLayoutMap>(() => pageLayoutOf(initialValue as BlockElement[]));
  const layoutRef = useRef(layout);
  const lastBlock = useRef(-1);
  const [pop, setPopState] = useState<CheckPop | null>(null);
  // Selection changes on every keystroke; only touch React state when the popover really changes.
  const popRef = useRef<CheckPop | null>(null);
  const setPop = useCallback((next: CheckPop | null | ((p: CheckPop | null) => CheckPop | null)) => {
    const v = typeof next === 'function' ? next(popRef.current) : next;
    if (v === popRef.current) return;
    popRef.current = v;
    setPopState(v);
  }, []);
  const pageRef = useRef<HTMLDivElement>(null);

  const handleValue = useCallback(
    (value: unknown[]) => {
      const content = value as BlockElement[];
      // Typing inside body text cannot change any laid-out block's number, place or identity — except a number typed
      // at a paragraph's start (2.…), which the headings after it count (model.ts HeadingCounter.typed): skip the
      // pass otherwise.
      const textOnly = editor.operations.every(
        (op) =>
          op.type === 'set_selection' ||
          ((op.type === 'insert_text' || op.type === 'remove_text') && !LAID_OUT_KINDS.has(content[op.path[0]]?.type) && !touchesTypedNumber(op, content[op.path[0]])),
      );
      if (textOnly) return onValue(content);
      // One cheap pass per structural change; only when some block's layout (or identity) changed do laid-out blocks re-render.
      const n = pageLayoutOf(content);
      if (!sameLayout(n, layoutRef.current)) {
        layoutRef.current = n;
        setLayout(n);
      }
      onValue(content);
    },
    [editor, onValue],
  );

  // A change without operations: the value was extended directly (a long draft's slices, app/progressive-load.ts),
  // which Slate does not report as a value change. Laid out once the last slice is in.
  const handleExtended = useCallback(() => {
    if (editor.operations.length > 0 || deferNumbering?.()) return;
    const n = pageLayoutOf(editor.children as BlockElement[]);
    if (!sameLayout(n, layoutRef.current)) {
      layoutRef.current = n;
      setLayout(n);
    }
  }, [editor, deferNumbering]);

  // Show the "checked" button when the caret sits in a run marked to check.
  const updatePop = useCallback(() => {
    const sel = editor.selection;
    if (!sel) return setPop(null);
    const i = sel.anchor.path[0];
    if (i !== lastBlock.current) {
      lastBlock.current = i;
      onBlock(i);
    }
    let node: Node | null = null;
    try {
      node = Node.get(editor, sel.anchor.path);
    } catch {
      node = null;
    }
    if (!node || !Text.isText(node) || !node.check) return setPop((p) => (p ? null : p));
    try {
      const dom = ReactEditor.toDOMNode(editor, node);
      const r = dom.getBoundingClientRect();
      const base = pageRef.current!.getBoundingClientRect();
      const path = sel.anchor.path;
      setPop((p) =>
        p && Path.equals(p.path, path) && p.reason === node.check ? p : { path, reason: node.check!, top: r.bottom - base.top + 4, left: r.left - base.left },
      );
    } catch {
      setPop(null);
    }
  }, [editor, onBlock, setPop]);

  // Per text node: its precomputed review/copied marks (one WeakMap lookup), then find-bar hits.
  const decorate = useCallback(
    ([node, path]: NodeEntry): Range[] => {
      if (!Text.isText(node)) {
        // A run-in heading: the text after its heading part is body text (styles.css .ri-body).
        const body = path.length === 1 ? runInBodyRange(node as BlockElement, path) : null;
        return body ? [{ ...body, riBody: true } as Range] : [];
      }
      const out: Range[] = [];
      const ms = marks.get(node);
      if (ms)
        for (const m of ms) {
          const props = markProps(m, showCopied);
          if (props) out.push({ anchor: { path, offset: m.start }, focus: { path, offset: m.end }, ...props } as Range);
        }
      if (!find.hits.size) return out;
      for (const h of find.hits.get(path.join(',')) ?? []) out.push({ anchor: { path, offset: h.start }, focus: { path, offset: h.end }, [h.current ? 'hitCurrent' : 'hit']: true } as Range);
      return out;
    },
    [find, marks, showCopied],
  );

  const onKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      if (e.nativeEvent.isComposing) return;
      const mod = e.ctrlKey || e.metaKey;
      // Slate reads the DOM selection on a throttle; a key pressed right after a click or Home/End would
      // otherwise act on the previous position. Commands that read the selection sync it first.
      const syncSelection = () => {
        const dom = window.getSelection();
        if (!dom || dom.rangeCount === 0) return;
        const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
        if (range && !(editor.selection && Range.equals(range, editor.selection))) Transforms.select(editor, range);
      };
      // Arrow keys step one character at a time so the caret can stop just inside and just outside a
      // placeholder (Slate's recommended handling for editable inlines).
      if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && !mod && !e.altKey && !e.shiftKey) {
        syncSelection();
        if (editor.selection && Range.isCollapsed(editor.selection)) {
          e.preventDefault();
          Transforms.move(editor, { unit: 'offset', reverse: e.key === 'ArrowLeft' });
        }
        return;
      }
      const run = commandFor?.(e.nativeEvent);
      if (!run) return;
      e.preventDefault();
      syncSelection();
      run();
      // A command may have changed what is under the caret without moving it (核对无误 by Ctrl+Enter).
      updatePop();
    },
    [editor, commandFor, updatePop],
  );

  const onDOMBeforeInput = useCallback((e: InputEvent) => insertTextThroughModel(editor, e), [editor]);

  // Clicking an unfilled placeholder's 【label】 (a CSS pseudo-element) puts the caret inside it.
  const onMouseUp = useCallback(
    (e: React.MouseEvent) => {
      const ph = (e.target as HTMLElement).closest?.('.ph-empty');
      if (!ph) return;
      try {
        const node = ReactEditor.toSlateNode(editor, ph);
        if (isPlaceholderEl(node)) Transforms.select(editor, Editor.start(editor, ReactEditor.findPath(editor, node)));
      } catch {
        /* not a Slate node: ignore */
      }
    },
    [editor],
  );

  // Every paste goes through insertData (and so the sanitiser), whether or not the browser also sends a
  // beforeinput for it; handling it here means foreign HTML never reaches contentEditable.
  const onPaste = useCallback(
    (e: React.ClipboardEvent) => {
      e.preventDefault();
      ReactEditor.insertData(editor, e.clipboardData);
    },
    [editor],
  );

  // Phrases dragged from the panel: allow the drop and insert at the drop point with live placeholders.
  const onDragOver = useCallback((e: React.DragEvent) => {
    if (!e.dataTransfer.types.includes(PHRASE_MIME)) return false;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    return true;
  }, []);
  const onDrop = useCallback(
    (e: React.DragEvent) => {
      if (!e.dataTransfer.types.includes(PHRASE_MIME)) return false;
      e.preventDefault();
      try {
        const range = ReactEditor.findEventRange(editor, e);
        Transforms.select(editor, range);
      } catch {
        /* dropped outside text: insert at the cursor */
      }
      ReactEditor.insertData(editor, e.dataTransfer);
      ReactEditor.focus(editor);
      return true;
    },
    [editor],
  );

  useEffect(() => hideFromReactSelectionRestore(ReactEditor.toDOMNode(editor, editor)), [editor]);

  useEffect(() => {
    (window as unknown as { __gongwen?: unknown }).__gongwen = Object.freeze({
      getValue: (): Draft => structuredClone({ meta: initial.meta, content: editor.children as BlockElement[] }),
    });
  }, [editor, initial]);

  return (
    <Slate editor={editor} initialValue={initialValue} onChange={handleExtended} onValueChange={handleValue} onSelectionChange={updatePop}>
      <LayoutContext.Provider value={layout}>
        <div className="page" ref={pageRef}>
          <Editable
            className="page-body"
            style={pageStyle}
            renderElement={renderElement}
            renderChunk={renderChunk}
            renderLeaf={renderLeaf}
            decorate={decorate}
            scrollSelectionIntoView={scrollCaretIntoView}
            onDOMBeforeInput={onDOMBeforeInput}
            onKeyDown={onKeyDown}
            onMouseUp={onMouseUp}
            onPaste={onPaste}
            onDragOver={onDragOver}
            onDrop={onDrop}
            spellCheck={false}
            aria-label="公文正文"
          />
          {pop && (
            <div className="check-pop" style={{ top: pop.top, left: pop.left }} contentEditable={false}>
              <span className="check-reason">待核对：{pop.reason}</span>
              <button
                type="button"
                className="btn small primary"
                onMouseDown={(e) => {
                  e.preventDefault();
                  clearCheck(editor, pop.path);
                  setPop(null);
                }}
              >
                核对无误
              </button>
            </div>
          )}
        </div>
      </LayoutContext.Provider>
    </Slate>
  );
});
