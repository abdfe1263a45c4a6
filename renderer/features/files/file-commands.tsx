/**
 * 新建 / 打开 / 最近 / 保存 / 另存为, with the unsaved-changes guard as a question that resolves. Plain
 * functions over the store and the host: the command table, the start screen and the toolbar call them.
 */
import React from 'react';
import type { OpenResult } from '../../../electron/api';
import { draftFromSkeleton } from '#core/draft/from-skeleton';
import { emptyDraft, type BlockElement, type Draft } from '#core/draft/model';
import { writtenText } from '#core/draft/outline';
import type { Skeleton } from '#core/corpus/types';
import { host } from '../../host';
import { confirm, openDialog } from '../../app/dialogs';
import { session, suggestName } from '../../app/session';
import { useApp } from '../../app/store';
import { orSay, say } from '../../app/toasts';
import { SaveNameDialog } from './SaveNameDialog';
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

const isBlank = (d: Draft) => (d.content as BlockElement[]).every((b) => !writtenText(b.children).trim());

/** The browser host's 另存为: a name she chooses, saved under exactly that name (the host never overwrites). */
function saveAsNamed(draft: Draft): Promise<boolean> {
  return new Promise((resolve) => {
    openDialog(
      (close) => (
        <SaveNameDialog
          suggested={suggestName(draft.content as BlockElement[])}
          // The text as it is when she confirms, not when the dialog opened.
          save={(name) => host.draftSaveNew(session.current() ?? draft, name, { exact: true })}
          onSaved={async (r) => {
            close();
            await afterSave(r.path, r.name);
            say(`已保存为“${r.name}”`);
            resolve(true);
          }}
          onClose={() => {
            close();
            resolve(false);
          }}
        />
      ),
      { key: 'save-name' },
    );
  });
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
    if (!s.path) {
      // Ctrl+S on a new draft with nothing in it would only make an empty 未命名草稿.
      if (isBlank(draft)) return say('草稿还是空的：先写标题或正文，再保存');
      return void (await files.saveAs());
    }
    const path = s.path;
    await orSay('未能保存', async () => {
      const r = await host.draftSave(draft, path);
      if (r.ok) await afterSave(r.path, r.name);
      else say(r.error, true);
    });
  },

  /** 另存为: the browser host asks for a name (SaveNameDialog), Electron shows its save dialog. True once saved. */
  async saveAs(): Promise<boolean> {
    const draft = session.current();
    if (!draft) return false;
    if (host.kind === 'browser') return saveAsNamed(draft);
    let done = false;
    await orSay('未能保存', async () => {
      const r = await host.saveAs(draft, suggestName(draft.content as BlockElement[]));
      if (!r) return;
      if (r.ok) {
        await afterSave(r.path, r.name);
        say(`已保存为“${r.name}”`);
        done = true;
      } else say(r.error, true);
    });
    return done;
  },
};
