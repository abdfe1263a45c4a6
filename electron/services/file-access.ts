/**
 * Which files the renderer may name. It can only name paths the host handed out itself — paths the user chose
 * in a native dialog or the OS asked us to open (Electron), paths on the recent list, and in the browser host
 * files inside `<dataDir>/drafts/` (the browser cannot show a save dialog, so that is where its drafts live) —
 * and only `.gwdraft` files are ever written as drafts. Anything else is refused, so a compromised renderer
 * cannot read or overwrite arbitrary files.
 */
import path from 'node:path';
import { DRAFT_EXTENSION } from '../core/draft/file-format';
import type { PrefsService } from './prefs';

export const isDraftPath = (p: string): boolean => /\.gwdraft$/i.test(p);

export class FileAccess {
  readonly draftsDir: string;
  /** Paths granted during this run. */
  private readonly granted = new Set<string>();

  constructor(private readonly o: { dataDir: string; prefs: PrefsService; host: 'electron' | 'browser' }) {
    this.draftsDir = path.join(o.dataDir, 'drafts');
  }

  /** Marks a path the user picked in the host's own dialog (or the OS asked us to open) as usable; returns it absolute. */
  grant(p: string): string {
    const abs = path.resolve(p);
    this.granted.add(abs);
    return abs;
  }

  isAllowed(p: string): boolean {
    if (!path.isAbsolute(p)) return false;
    const abs = path.resolve(p);
    if (this.granted.has(abs)) return true;
    if (this.o.prefs.recent().some((r) => path.resolve(r.path) === abs)) return true;
    if (this.o.host === 'browser') {
      const rel = path.relative(this.draftsDir, abs);
      return !rel.startsWith('..') && !path.isAbsolute(rel) && !rel.includes(path.sep) && abs.endsWith(DRAFT_EXTENSION);
    }
    return false;
  }

  /**
   * The path stored with a recovery copy, if the recovered text may be saved there again: an absolute
   * `.gwdraft` (in the browser host: inside its drafts folder) — granted; otherwise null (never saved).
   */
  recoveredPath(p: string | null): string | null {
    if (p === null || !path.isAbsolute(p) || !isDraftPath(p)) return null;
    if (this.o.host === 'browser' && !this.isAllowed(p)) return null;
    return this.grant(p);
  }
}
