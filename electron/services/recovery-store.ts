/**
 * Recovery copies on disk: `<dataDir>/recovery/<id>.json`, one per draft per window/tab (who holds which is
 * sessions.ts's business). Each file is a draft file (docs/draft-format.md) plus `recovery: { path, savedAt }`.
 * Earlier versions kept one `<dataDir>/recovery.json` for everything; it is moved in as a copy of its own.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DRAFT_FORMAT, DRAFT_FORMAT_VERSION } from '../core/draft/file-format';
import type { Draft } from '../core/draft/model';
import { atomicWriteFile } from './atomic-write';
import { intakeDraftFile } from './draft-intake';
import { errnoCode, logFailure } from './fs-errors';

export const RECOVERY_DIR = 'recovery';
export const LEGACY_RECOVERY_FILE = 'recovery.json';

export interface StoredRecovery {
  id: string;
  draft: Draft;
  /** As written; not yet checked as a place to save to (see FileAccess.recoveredPath). */
  path: string | null;
  savedAt: string;
  /** What the normaliser mended or left out reading it (draft-intake.ts). */
  warnings: string[];
  /** Content was left out: the recovered text must not be saved over its file. */
  truncated: boolean;
}

const ID = /^[A-Za-z0-9_-]{1,80}$/;

export function newRecoveryId(): string {
  return randomBytes(9).toString('base64url');
}

export class RecoveryStore {
  readonly dir: string;

  constructor(private readonly dataDir: string) {
    this.dir = path.join(dataDir, RECOVERY_DIR);
  }

  private file(id: string): string {
    if (!ID.test(id)) throw new Error('invalid recovery id');
    return path.join(this.dir, id + '.json');
  }

  /** Moves the single recovery.json of earlier versions in as a copy of its own (kept where it is if that fails). */
  async migrateLegacy(): Promise<void> {
    const legacy = path.join(this.dataDir, LEGACY_RECOVERY_FILE);
    try {
      const st = await fs.stat(legacy);
      await fs.mkdir(this.dir, { recursive: true });
      await fs.rename(legacy, this.file(`legacy-${Math.round(st.mtimeMs)}`));
    } catch (e) {
      if (errnoCode(e) !== 'ENOENT') logFailure('[recovery] could not move recovery.json:', e);
    }
  }

  async write(id: string, draft: Draft, meta: { path: string | null; savedAt: string }): Promise<void> {
    const body = { format: DRAFT_FORMAT, version: DRAFT_FORMAT_VERSION, draft, recovery: meta };
    await atomicWriteFile(this.file(id), JSON.stringify(body));
  }

  async read(id: string): Promise<StoredRecovery | null> {
    let text: string;
    try {
      text = await fs.readFile(this.file(id), 'utf8');
    } catch {
      return null;
    }
    // Mended like an opened file (a copy written by an older version may not pass today's schema).
    const r = intakeDraftFile(text);
    if (!r.ok) return null;
    let meta: { path?: unknown; savedAt?: unknown } = {};
    try {
      meta = (JSON.parse(text) as { recovery?: typeof meta }).recovery ?? {};
    } catch {
      /* parseDraftFile already accepted it; keep the defaults */
    }
    return {
      id,
      draft: r.draft,
      warnings: r.warnings,
      truncated: r.truncated,
      path: typeof meta.path === 'string' ? meta.path : null,
      savedAt: typeof meta.savedAt === 'string' ? meta.savedAt : '',
    };
  }

  /** Every readable copy, newest first. Unreadable files are left alone (never deleted behind the user's back). */
  async list(): Promise<StoredRecovery[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch {
      return [];
    }
    const ids = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).filter((id) => ID.test(id));
    const all = await Promise.all(ids.map((id) => this.read(id)));
    return all.filter((r): r is StoredRecovery => r !== null).sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  }

  async remove(id: string): Promise<void> {
    await fs.rm(this.file(id), { force: true });
  }
}
