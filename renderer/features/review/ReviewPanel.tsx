/**
 * 审稿 as a side panel: the findings of the last analysis pass; a click selects the place, 修正 applies the fix
 * (only to the text it was offered for), 不再提示 silences a 易混词语 entry, 全部核对无误 ends the 待核对 marks
 * of the selection or section.
 */
import React from 'react';
import { Transforms } from 'slate';
import type { Finding } from '#core/checks/types';
import { applyFix, offsetsToRange } from '../../editor/offsets';
import { analyseNow } from '../../app/analysis';
import { currentEditor, focusEditor, revealBlock } from '../../app/editor';
import { commandById } from '../../app/commands';
import { runCommand } from '../../app/keys';
import { settingsOf, useApp } from '../../app/store';
import { orSay, say } from '../../app/toasts';
import { host } from '../../host';
import { AgainstLastYearNote } from '../from-past/AgainstLastYearNote';
import { ChecksPanel } from './ChecksPanel';

function jump(f: Finding): void {
  const editor = currentEditor();
  const r = editor && offsetsToRange(editor, f.blockIndex, f.start, f.end);
  if (!editor || !r) return;
  Transforms.select(editor, r);
  focusEditor();
  revealBlock(f.blockIndex);
}

/**
 * 修正. The list is refreshed after a pause, so a fix can be older than an earlier fix or an edit in its
 * paragraph; applyFix refuses one whose text has moved, and the list is checked again at once.
 */
function fix(f: Finding): void {
  const editor = currentEditor();
  if (!editor) return;
  if (applyFix(editor, f)) return focusEditor();
  analyseNow();
  say('这处文字已有改动，审稿结果已更新，请再看一下');
}

/** 不再提示: the entry's key joins the muted words in the settings; the checks re-run when the settings arrive. */
async function mute(f: Finding): Promise<void> {
  if (!f.mute) return;
  const muted = settingsOf(useApp.getState()).mutedWords ?? [];
  if (muted.includes(f.mute)) return;
  await orSay('未能保存“不再提示”', async () => {
    useApp.setState({ prefs: await host.prefsSetSettings({ mutedWords: [...muted, f.mute!] }) });
    say(`“${f.mute}”不再提示（可在“设置”中恢复）`);
  });
}

const confirmAll = () => runCommand(commandById.get('check.confirmAll')!);

export function ReviewSidePanel() {
  const findings = useApp((s) => s.analysis.findings);
  const checks = useApp((s) => s.analysis.stats.checks);
  return (
    <>
      <AgainstLastYearNote />
      <ChecksPanel findings={findings} onJump={jump} onFix={fix} onMute={mute} onConfirmChecks={checks ? confirmAll : undefined} />
    </>
  );
}
