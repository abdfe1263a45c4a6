/** The left column: 大纲 (jump to a heading, move a section) and the 本节写作提示 card for the section at the caret. */
import React, { type ReactNode } from 'react';
import { Editor, Transforms } from 'slate';
import type { BlockElement } from '#core/draft/model';
import { partAt, partChars, sectionRange } from '#core/draft/outline';
import { moveSection } from '../../editor/commands';
import { useCaretPartRole } from '../../app/caret';
import { currentEditor, focusEditor, goToBlock } from '../../app/editor';
import { type AppState, useApp } from '../../app/store';
import { FoldButton } from '../../app/columns';
import { GuidanceCard } from './GuidanceCard';
import { Outline } from './Outline';
import './outline.css';

function move(from: number, to: number): void {
  const editor = currentEditor();
  if (!editor || !moveSection(editor, from, to)) return;
  const content = editor.children as BlockElement[];
  // Keep the caret with the moved heading.
  const landed = to < from ? to : to - (sectionRange(content, from)[1] - from);
  Transforms.select(editor, Editor.start(editor, [Math.max(0, Math.min(landed, content.length - 1))]));
  focusEditor();
}

/**
 * 汉字 written so far in the part at the caret (the opening, its level-1 section, or the closing — partAt, cut
 * as the corpus cuts the skeleton's 常见篇幅): counted again when the caret changes block or an analysis pass
 * has run, not on every store change (the first keystroke after a save is one).
 */
let counted = { key: '', chars: 0 };
function sectionChars(s: AppState): number {
  const key = `${s.session?.key}:${s.analysis.version}:${s.activeBlock}`;
  if (counted.key !== key) counted = { key, chars: countSectionChars(s) };
  return counted.chars;
}

function countSectionChars(s: AppState): number {
  const content = (s.session?.editor.children ?? []) as BlockElement[];
  return content.length ? partChars(content, partAt(content, s.activeBlock)) : 0;
}

function skeletonOf(s: AppState) {
  const meta = s.session?.draft.meta;
  if (!meta || !s.skeletons) return null;
  return s.skeletons.find((k) => k.id === meta.skeletonId) ?? s.skeletons.find((k) => k.genre === meta.genre) ?? null;
}

export function OutlinePane({ splitter }: { splitter?: ReactNode }) {
  const entries = useApp((s) => s.analysis.outline);
  const minutes = useApp((s) => s.analysis.sectionMinutes);
  const total = useApp((s) => s.session?.editor.children.length ?? 0);
  const active = useApp((s) => s.activeBlock);
  const skeleton = useApp(skeletonOf);
  const role = useCaretPartRole();
  const chars = useApp(sectionChars);
  return (
    <aside className="left">
      {splitter}
      <div className="panel-title">
        大纲
        <FoldButton column="outline" />
      </div>
      <Outline entries={entries} minutes={minutes} total={total} active={active} onJump={goToBlock} onMove={move} />
      <GuidanceCard skeleton={skeleton} role={role} sectionChars={chars} />
    </aside>
  );
}
