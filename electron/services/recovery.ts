/**
 * Autosave and recovery: one copy per draft per session (a window's or tab's page, see sessions.ts), kept in
 * recovery-store.ts's folder. A live session's copies are never offered to, claimed by or deleted by another;
 * a session that is gone has its copies offered. A draft is known by its `meta.createdAt` (set once, when the
 * draft is made), so one page editing two drafts in turn keeps a copy of each.
 */
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { AutosaveResult, Recovery } from '../api';
import type { Draft } from '../core/draft/model';
import { isDraftPath, type FileAccess } from './file-access';
import { fsUserError, logFailure } from './fs-errors';
import { KeyedQueue } from './keyed-queue';
import { newRecoveryId, RecoveryStore, type StoredRecovery } from './recovery-store';
import { DEFAULT_SESSION, type Session, type Sessions } from './sessions';
import { UserError } from './user-error';

export const READ_ONLY_MESSAGE = '当前为只读模式（另一个公文起草助手正在使用同一数据目录）：不能保存或修改。请到已打开的那个窗口中编辑，或关闭它后重新启动。';

export interface RecoveryServiceOptions {
  dataDir: string;
  files: FileAccess;
  sessions: Sessions;
  now: () => Date;
  readOnly?: boolean;
}

export class RecoveryService {
  readonly store: RecoveryStore;
  private readonly queue = new KeyedQueue();

  constructor(private readonly o: RecoveryServiceOptions) {
    this.store = new RecoveryStore(o.dataDir);
  }

  async autosave(draft: Draft, p: string | null, sessionId = DEFAULT_SESSION): Promise<AutosaveResult> {
    if (this.o.readOnly) throw new UserError(READ_ONLY_MESSAGE, 'READ_ONLY_INSTANCE');
    const s = this.o.sessions.touch(sessionId);
    const savedFor = p && isDraftPath(p) && this.o.files.isAllowed(p) ? path.resolve(p) : null;
    s.path = savedFor;
    let id = s.slots.get(draft.meta.createdAt);
    if (!id) {
      id = newRecoveryId();
      s.slots.set(draft.meta.createdAt, id);
    }
    s.held.add(id);
    const slot = id;
    try {
      await this.queue.run(slot, () => this.store.write(slot, draft, { path: savedFor, savedAt: this.o.now().toISOString() }));
    } catch (e) {
      throw fsUserError(e, '自动保存');
    }
    return { recoveryId: slot, openElsewhere: this.o.sessions.openElsewhere(s, savedFor) };
  }

  /** Copies no live session holds, newest first. */
  async list(sessionId = DEFAULT_SESSION): Promise<Recovery[]> {
    this.o.sessions.touch(sessionId);
    const all = await this.store.list();
    return all.filter((r) => !this.o.sessions.holderOf(r.id)).map((r) => this.offered(r));
  }

  async claim(id: string, sessionId = DEFAULT_SESSION): Promise<Recovery> {
    const s = this.o.sessions.touch(sessionId);
    const holder = this.o.sessions.holderOf(id);
    if (holder && holder !== s) throw new UserError('这份恢复副本正由另一个窗口（或标签页）使用，不能在这里恢复', 'RECOVERY_IN_USE');
    const stored = await this.store.read(id);
    if (!stored) throw new UserError('这份恢复副本已不存在（可能已在其他窗口中恢复或删除）', 'NOT_FOUND');
    s.held.add(id);
    // Further autosaves of this draft from this session replace this copy instead of adding another.
    s.slots.set(stored.draft.meta.createdAt, id);
    return this.offered(stored);
  }

  /** The newest unheld copy, claimed for the caller; null if none. */
  async newest(sessionId = DEFAULT_SESSION): Promise<Recovery | null> {
    for (const r of await this.list(sessionId)) {
      try {
        return await this.claim(r.id, sessionId);
      } catch {
        /* taken meanwhile: try the next */
      }
    }
    return null;
  }

  /** With an id: that copy (unless another live session holds it). Without: every copy the caller holds. */
  async clear(id?: string, sessionId = DEFAULT_SESSION): Promise<void> {
    if (this.o.readOnly) throw new UserError(READ_ONLY_MESSAGE, 'READ_ONLY_INSTANCE');
    const s = this.o.sessions.touch(sessionId);
    for (const x of id === undefined ? [...s.held] : [id]) {
      const holder = this.o.sessions.holderOf(x);
      if (holder && holder !== s) throw new UserError('这份恢复副本正由另一个窗口（或标签页）使用，没有删除', 'RECOVERY_IN_USE');
      try {
        await this.queue.run(x, () => this.store.remove(x));
      } catch (e) {
        throw fsUserError(e, '删除恢复副本');
      }
      forget(s, x);
    }
  }

  /** After a save: the session's copy of that draft goes, but only if it holds exactly what was saved. */
  async saved(draft: Draft, s: Session): Promise<void> {
    const slot = s.slots.get(draft.meta.createdAt);
    if (!slot) return;
    await this.queue
      .run(slot, async () => {
        const rec = await this.store.read(slot);
        if (rec && isDeepStrictEqual(rec.draft.content, draft.content)) {
          await this.store.remove(slot);
          forget(s, slot);
        }
      })
      .catch((e) => logFailure('[recovery] could not remove a recovery copy:', e));
  }

  /** A copy as offered to the user (mended on reading, see RecoveryStore.read), its path kept only if it may be saved to. */
  private offered(r: StoredRecovery): Recovery {
    return { id: r.id, draft: r.draft, path: r.truncated ? null : this.o.files.recoveredPath(r.path), savedAt: r.savedAt };
  }
}

function forget(s: Session, id: string): void {
  s.held.delete(id);
  for (const [k, v] of s.slots) if (v === id) s.slots.delete(k);
}
