/**
 * Who is editing what: one session per page load — an Electron window's page (main starts and ends it with
 * the page) or a browser tab (which sends its own id with every call, pings while open and says goodbye on
 * pagehide). A session holds the file it has open and the recovery copies it writes or claimed; what a live
 * session holds is never offered to, or deleted by, another. Kept in memory: a host that exits takes every
 * session with it, and so all their recovery copies are offered at the next start.
 */

/** Callers without a session of their own (tests, the CLI, a client that sends none) share this one; it never expires. */
export const DEFAULT_SESSION = 'local';

export interface Session {
  readonly id: string;
  /** The file this page has open (absolute), or null for an unsaved draft. */
  path: string | null;
  /** Its recovery copy per draft (keyed by the draft's createdAt, set once when a draft is made). */
  readonly slots: Map<string, string>;
  /** Every recovery copy this session wrote or claimed. */
  readonly held: Set<string>;
  lastSeen: number;
}

export interface SessionsOptions {
  /** Silence after which a session counts as closed; null: only end() closes one (Electron). */
  ttlMs: number | null;
  now?: () => number;
}

export class Sessions {
  private readonly byId = new Map<string, Session>();
  private readonly now: () => number;

  constructor(private readonly o: SessionsOptions) {
    this.now = o.now ?? Date.now;
  }

  /**
   * The caller's session, marked as seen. One that had expired starts afresh (a tab waking from a long sleep):
   * what it held has meanwhile been offered to others, so it writes new recovery copies rather than reuse those.
   */
  touch(id: string): Session {
    let s = this.byId.get(id);
    if (s && this.expired(s)) s = undefined;
    if (!s) {
      s = { id, path: null, slots: new Map(), held: new Set(), lastSeen: 0 };
      this.byId.set(id, s);
    }
    s.lastSeen = this.now();
    return s;
  }

  end(id: string): void {
    this.byId.delete(id);
  }

  /** Live sessions other than `self`. */
  others(self: Session): Session[] {
    return this.live().filter((s) => s !== self);
  }

  /** Whether a live session other than `self` has file `p` open. */
  openElsewhere(self: Session, p: string | null): boolean {
    return p !== null && this.others(self).some((o) => o.path === p);
  }

  /** The live session holding recovery copy `id`, if any. */
  holderOf(id: string): Session | undefined {
    return this.live().find((s) => s.held.has(id));
  }

  private live(): Session[] {
    const out: Session[] = [];
    for (const s of this.byId.values()) {
      if (this.expired(s)) this.byId.delete(s.id);
      else out.push(s);
    }
    return out;
  }

  private expired(s: Session): boolean {
    return s.id !== DEFAULT_SESSION && this.o.ttlMs !== null && this.now() - s.lastSeen > this.o.ttlMs;
  }
}
