/**
 * 段落级别: the kind of the block under the caret, as of the last caret move or analysis pass. Offers 正文 and
 * the four heading levels; a kind a draft has only one of (大标题, 称呼 — `unique` in core/draft/blocks.ts) is
 * shown, not offered.
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
  const fixed = kind in BLOCKS && specOf({ type: kind } as BlockElement).unique ? (kind as keyof typeof BLOCKS) : null;
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
      {fixed && <option value={fixed}>{BLOCKS[fixed].label}</option>}
      <option value="paragraph">{BLOCKS.paragraph.label}</option>
      {LEVELS.map((n) => (
        <option key={n} value={String(n)}>
          {blockLabel({ type: 'heading', level: n, children: [] })} {headingMarker(n, 1)}
        </option>
      ))}
    </select>
  );
}
