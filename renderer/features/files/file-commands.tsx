/**
 * 新建 / 打开 / 最近 / 保存 / 另存为, and files the operating system asks to open, with the unsaved-changes guard
 * as a question that resolves. Plain functions over the store and the host: the command table, the start
 * screen and the toolbar call them. How a save lands (retries, a file changed on disk) is saving.ts's.
 */
import React from 'react';
import type { OpenResult } from '../../../electron/api';
import { draftFromSkeleton } from '#core/draft/from-skeleton';
import { emptyDraft } from '#core/draft/model';
import type { Skeleton } from '#core/corpus/types';
import { host } from '../../host';
import { confirm, openDialog } from '../../app/dialogs';
import { session } from '../../app/session';
import { useApp } from '../../app/store';
import { orSay, say } from '../../app/toasts';
import { SkeletonPicker } from './SkeletonPicker';
import { startSave } from './saving';

/** True when there is nothing unsaved to lose, or the user agrees to lose it. */
export async function mayDiscard(): Promise<boolean> {
  const s = useApp.getState();
  if (!s.session || !s.dirty) return true;
  return confirm({
    title: '放弃修改？',
    message: s.readOnly
      ? '当前草稿有修改，只读模式下不能保存，继续将放弃这些修改。是否继续？'
      : '当前草稿有未保存的修改，继续将放弃这些修改（最近一次自动保存的内容会留作恢复副本，关闭本页后可在开始页恢复）。是否继续？',
    yes: '放弃修改并继续',
    no: '返回',
  });
}

/** A matter the user should read and keep in view (the bar under the toolbar, until closed). */
export function notify(text: string): void {
  useApp.setState((s) => (s.notices.includes(text) ? s : { notices: [...s.notices, text] }));
}

/** Another window or tab has this file open: said once, in the bar under the toolbar. */
export function tellOpenElsewhere(name: string): void {
  notify(`“${name}”已在另一个窗口或标签页中打开。两处都修改时，后保存的一方会先被询问（保留两份、覆盖或比较），不会悄悄覆盖。`);
}

function opened(r: OpenResult | null): void {
  if (!r) return;
  if (!r.ok) {
    say(r.error, true);
    // A file gone from its place leaves the recent list (the host removed it).
    if (r.code === 'NOT_FOUND') host.draftRecent().then((recent) => useApp.setState({ recent }), () => undefined);
    return;
  }
  session.load(r.draft, r.path, r.name, { version: r.version });
  if (r.warnings.length) notify(`打开“${r.name}”时：${r.warnings.join('；')}`);
  if (r.openElsewhere) tellOpenElsewhere(r.name);
  if (r.path) host.draftRecent().then((recent) => useApp.setState({ recent }), () => undefined);
}

/** The skeleton picker over the corpus as it stands (it may still be loading when Ctrl+N is pressed). */
function NewDraftDialog({ close }: { close(): void }) {
  const skeletons = useApp((s) => s.skeletons);
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

  /**
   * Files the operating system handed over (a double-clicked .gwdraft, Electron): the last one is opened —
   * a window shows one draft — after the unsaved-changes guard; failures are said.
   */
  async openRequested(results: OpenResult[]): Promise<void> {
    const failures = results.filter((r) => !r.ok);
    const last = results.filter((r) => r.ok).pop();
    if (failures.length) opened(failures[failures.length - 1]);
    if (!last) return;
    if (await mayDiscard()) opened(last);
    else say(`没有打开“${last.ok ? last.name : ''}”：当前草稿的修改尚未保存`, true);
  },

  /** 新建: the skeleton picker (or a blank draft from it). */
  async newDraft(): Promise<void> {
    if (!(await mayDiscard())) return;
    openDialog((close) => <NewDraftDialog close={close} />, { key: 'skeleton-picker' });
  },

  save: (): Promise<void> => startSave('save'),

  saveAs: (): Promise<void> => startSave('saveAs'),
};
