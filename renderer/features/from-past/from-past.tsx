/**
 * 以往年材料为底稿, as the rest of the app starts it: from the new-draft dialog (FromPastButton) or from the
 * corpus manager's document view (`startDraftFromPast({ docId, title, year })`). The host makes the draft; it
 * opens as a new unsaved draft, then the summary says what was carried over, moved on and marked, and
 * 逐处核对 steps through the marks.
 */
import React from 'react';
import type { FromPastRequest, PastSource } from '../../../electron/api';
import { type BlockElement, type Genre, inlineText } from '#core/draft/model';
import { openDialog } from '../../app/dialogs';
import { session } from '../../app/session';
import { host } from '../../host';
import { mayDiscard } from '../files/file-commands';
import { FromPastDialog, type PastPreset } from './FromPastDialog';
import { stepper } from './stepper';
import { SummaryDialog } from './SummaryDialog';

/**
 * Opens the chooser (with `preset`, that document already chosen; `genre`: the kind of document listed first).
 * Asks first when the open draft has unsaved changes.
 */
export async function startDraftFromPast(preset?: PastPreset, opts: { asked?: boolean; genre?: Genre } = {}): Promise<void> {
  if (!opts.asked && !(await mayDiscard())) return;
  openDialog((close) => <FromPastDialog preset={preset} genre={opts.genre} onClose={close} onMake={(source, o, name) => make(source, o, name, close)} />, { key: 'from-past' });
}

/** Makes the draft; the reason in Chinese when it could not be made (the chooser shows it and stays open). */
async function make(source: PastSource, opts: FromPastRequest, name: string, close: () => void): Promise<string | null> {
  let r;
  try {
    r = await host.draftFromPast(source, opts);
  } catch (e) {
    return `未能生成：${(e as Error).message}`;
  }
  if (!r.ok) return r.error;
  close();
  const summary = r.summary;
  session.load(r.draft, null, `${titleOf(r.draft.content) || name}（未保存）`);
  openDialog(
    (closeSummary) => (
      <SummaryDialog
        summary={summary}
        onClose={() => {
          closeSummary();
          stepper.open();
        }}
        onStep={() => {
          closeSummary();
          // The page mounts with the new draft first; then the first mark can be selected in it.
          window.setTimeout(() => stepper.open(true), 0);
        }}
      />
    ),
    { key: 'from-past-summary' },
  );
  return null;
}

function titleOf(content: readonly BlockElement[]): string {
  const t = content.find((b) => b.type === 'title');
  return t ? inlineText(t.children) : '';
}

/**
 * The new-draft dialog's entry: closes it and opens the chooser on the genre of the skeleton chosen there (the
 * unsaved-changes question was asked before it).
 */
export function FromPastButton({ closePicker, genre }: { closePicker(): void; genre?: Genre }) {
  return (
    <button
      type="button"
      className="btn"
      data-testid="from-past-entry"
      title="以往年的报告为底稿新建：年份顺延，具体内容标为待核对，回顾部分按去年的任务搭建"
      onClick={() => {
        closePicker();
        void startDraftFromPast(undefined, { asked: true, genre });
      }}
    >
      以往年材料为底稿…
    </button>
  );
}
