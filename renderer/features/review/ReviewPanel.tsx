/** 审稿 as a side panel: the findings of the last analysis pass; a click selects the place, 修正 applies the fix. */
import React from 'react';
import { Transforms } from 'slate';
import type { Finding } from '#core/checks/types';
import { offsetsToRange, replaceOffsets } from '../../editor/offsets';
import { currentEditor, focusEditor, revealBlock } from '../../app/editor';
import { useApp } from '../../app/store';
import { ChecksPanel } from './ChecksPanel';

function jump(f: Finding): void {
  const editor = currentEditor();
  const r = editor && offsetsToRange(editor, f.blockIndex, f.start, f.end);
  if (!editor || !r) return;
  Transforms.select(editor, r);
  focusEditor();
  revealBlock(f.blockIndex);
}

function fix(f: Finding): void {
  const editor = currentEditor();
  if (editor && f.fix && replaceOffsets(editor, f.blockIndex, f.start, f.end, f.fix.replacement)) focusEditor();
}

export function ReviewSidePanel() {
  const findings = useApp((s) => s.analysis.findings);
  return <ChecksPanel findings={findings} onJump={jump} onFix={fix} />;
}
