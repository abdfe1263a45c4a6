/**
 * This page's recovery copy of the open draft (the id draftAutosave answered, or the copy the user restored):
 * taken back after the service restarts (a restarted host no longer knows whose it was, and would offer it to
 * other tabs), dropped once the draft is saved with nothing typed since, and — if the host started a new copy
 * for the same draft meanwhile — the old one is removed, since the new one holds everything it held.
 */
import { host } from '../../host';

let copy: { key: number; id: string } | null = null;

export const recoveryCopy = {
  /** After an autosave or a restore: `id` is the copy of session `key`'s draft. */
  held(key: number, id: string): void {
    const old = copy;
    copy = { key, id };
    if (old && old.key === key && old.id !== id) void host.draftClearRecovery(old.id).catch(() => undefined);
  },

  async reclaim(key: number): Promise<void> {
    if (copy?.key === key) await host.draftRecoveryClaim(copy.id).catch(() => undefined);
  },

  dropAfterSave(key: number): void {
    if (copy?.key !== key) return;
    const id = copy.id;
    copy = null;
    void host.draftClearRecovery(id).catch(() => undefined);
  },
};
