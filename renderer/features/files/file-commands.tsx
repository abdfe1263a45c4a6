/**
 * 新建 / 打开 / 最近 / 保存 / 另存为, with the unsaved-changes guard as a question that resolves. Plain
 * functions over the store and the host: the command table, the start screen and the toolbar call them.
 */
import React from 'react';
import type { OpenResult } from '../../../electron/api';
import { draftFromSkeleton } from '#core/draft/from-skeleton';
import { emptyDraft, type BlockElement } from '#core/draft/model';
import type { Skeleton } from '#core/corpus/types';
import { host } from '../../host';
import { confirm, openDialog } from '../../app/dialogs';
import { session, suggestName } from '../../app/session';
import { useApp } from '../../app/store';
import { orSay, say } from '../../app/toasts';
import { SkeletonPicker } from './SkeletonPicker';

/** True when there is nothing unsaved to lose, or the user agrees to lose it. */
export async function mayDiscard(): Promise<boolean> {
  const s = useApp.getState();
  if (!s.session || !s.dirty) return true;
  return confirm({
    title: '放弃修改？',
    message: '当前草稿有未保存的修改，继续将放弃这些修改（自动保存的恢复副本会保留到下次保存）。是否继续？',
    yes: '放弃修改并继续',
    no: '返回',
  });
}

function opened(r: OpenResult | null): void {
  if (!r) return;
  if (!r.ok) return say(r.error, true);
  session.load(r.draft, r.path, r.name);
  if (r.warnings.length) say(r.warnings.join('；'));
}

async function afterSave(path: string, name: string): Promise<void> {
  session.saved(path, name);
  await host.draftClearRecovery().catch(() => undefined);
  host.draftRecent().then((recent) => useApp.setState({ recent }), () => undefined);
}

/** The skeleton picker over the corpus as it stands (it may still be loading when Ctrl+N is pressed). */
function NewDraftDialog({ close }: { close(): void }) {
  const skeletons = useApp((s) => s.corpus?.skeletons);
  return (
    <SkeletonPicker
      skeletons={skeletons ?? []}
      onPick={(s: Skeleton) => {
        close();
        session.load(draftFromSkeleton(s), null, `${s.label}（未保存）`);
      }}
      onBlank={() => {
        close();
        session.load(emptyDraft(), null, '空白草稿（未保存）');
      }}
      onClose={close}
    />
  );
}

export const files = {
  async open(): Promise<void> {
    if (await mayDiscard()) await orSay('未能打开', async () => opened(await host.pickAndOpen()));
  },

  async openRecent(path: string): Promise<void> {
    if (await mayDiscard()) await orSay('未能打开', async () => opened(await host.draftOpenRecent(path)));
  },

  /** 新建: the skeleton picker (or a blank draft from it). */
  async newDraft(): Promise<void> {
    if (!(await mayDiscard())) return;
    openDialog((close) => <NewDraftDialog close={close} />, { key: 'skeleton-picker' });
  },

  async save(): Promise<void> {
    const s = useApp.getState().session;
    const draft = session.current();
    if (!s || !draft) return;
    if (!s.path) return files.saveAs();
    const path = s.path;
    await orSay('未能保存', async () => {
      const r = await host.draftSave(draft, path);
      if (r.ok) await afterSave(r.path, r.name);
      else say(r.error, true);
    });
  },

  async saveAs(): Promise<void> {
    const draft = session.current();
    if (!draft) return;
    await orSay('未能保存', async () => {
      const r = await host.saveAs(draft, suggestName(draft.content as BlockElement[]));
      if (!r) return;
      if (r.ok) {
        await afterSave(r.path, r.name);
        say(`已保存为“${r.name}”`);
      } else say(r.error, true);
    });
  },
};
