/**
 * 段落级别: the kind of the block under the caret, as of the last caret move or analysis pass. Offers 正文 and
 * the four heading levels; another kind (大标题, 称呼, a 公文要素) is shown, and one a draft has only one of
 * (`unique` in core/draft/blocks.ts) cannot be changed here.
 */
import React from 'react';
import { BLOCKS, blockLabel, specOf } from '#core/draft/blocks';
import { type BlockElement, type HeadingLevel, headingMarker } from '#core/draft/model';
import { setBlockKind } from '../../editor/commands';
import { focusEditor } from '../../app/editor';
import { type AppState, useApp } from '../../app/store';

const LEVELS: HeadingLevel[] = [1, 2, 3, 4];

/** '1'…'4' for a heading, else the kind ('paragraph', 'title'…); '' with no draft. */
function kindAtCaret(s: AppState): string {
  const b = s.session?.editor.children[s.activeBlock] as BlockElement | undefined;
  if (!b) return 'paragraph';
  return b.type === 'heading' ? String(b.level) : b.type;
}

export function BlockKindSelect() {
  const editor = useApp((s) => s.session?.editor ?? null);
  // Read again on every store change: a caret move, or the analysis pass after a key changed the kind (Ctrl+1).
  const kind = useApp(kindAtCaret);
  // 大标题, 称呼 and the 公文要素 other than headings and 正文 are shown; those a draft has once are not changed here.
  const other = kind in BLOCKS && kind !== 'paragraph' && kind !== 'heading' ? (kind as keyof typeof BLOCKS) : null;
  const fixed = other && specOf({ type: other } as BlockElement).unique ? other : null;
  return (
    <select
      className="tb-select"
      aria-label="段落级别"
      title="段落级别（Ctrl+1～4 标题，Ctrl+0 正文）"
      disabled={!editor || fixed !== null}
      value={kind}
      onChange={(e) => {
        if (!editor) return;
        const v = e.target.value;
        setBlockKind(editor, v === 'paragraph' ? 'paragraph' : (Number(v) as HeadingLevel));
        focusEditor();
      }}
    >
      {other && <option value={other}>{BLOCKS[other].label}</option>}
      <option value="paragraph">{BLOCKS.paragraph.label}</option>
      {LEVELS.map((n) => (
        <option key={n} value={String(n)}>
          {blockLabel({ type: 'heading', level: n, children: [] })} {headingMarker(n, 1)}
        </option>
      ))}
    </select>
  );
}
