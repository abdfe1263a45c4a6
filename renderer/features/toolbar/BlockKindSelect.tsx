/**
 * 段落级别: the kind of the block under the caret (大标题 and 称呼 are shown, not offered), as of the last
 * caret move or analysis pass.
 */
import React from 'react';
import type { BlockElement } from '#core/draft/model';
import { setBlockKind } from '../../editor/commands';
import { focusEditor } from '../../app/editor';
import { useApp } from '../../app/store';

function kindAtCaret(s: ReturnType<typeof useApp.getState>): string {
  const b = s.session?.editor.children[s.activeBlock] as BlockElement | undefined;
  if (!b) return 'paragraph';
  return b.type === 'heading' ? String(b.level) : b.type;
}

export function BlockKindSelect() {
  const editor = useApp((s) => s.session?.editor ?? null);
  // Read again on every store change: a caret move, or the analysis pass after a key changed the kind (Ctrl+1).
  const kind = useApp(kindAtCaret);
  return (
    <select
      className="tb-select"
      aria-label="段落级别"
      title="段落级别（Ctrl+1～4 标题，Ctrl+0 正文）"
      disabled={!editor || kind === 'title' || kind === 'salutation'}
      value={kind}
      onChange={(e) => {
        if (!editor) return;
        const v = e.target.value;
        setBlockKind(editor, v === 'paragraph' ? 'paragraph' : (Number(v) as 1 | 2 | 3 | 4));
        focusEditor();
      }}
    >
      {kind === 'title' && <option value="title">大标题</option>}
      {kind === 'salutation' && <option value="salutation">称呼</option>}
      <option value="paragraph">正文</option>
      <option value="1">一级标题 一、</option>
      <option value="2">二级标题 （一）</option>
      <option value="3">三级标题 1.</option>
      <option value="4">四级标题 （1）</option>
    </select>
  );
}
