/**
 * Opening and saving drafts, and the recent list. Which paths the renderer may name is file-access.ts's
 * business; autosave and recovery are recovery.ts's (a save tells it, so a copy holding exactly the saved
 * text goes). Every call comes from a session (a window's or tab's page, see sessions.ts), which is told
 * when another one has the same file open.
 */
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { ErrorCode, FileBlob, FileVersion, OpenResult, RecentFile, SaveNewOptions, SaveOptions, SaveResult } from '../api';
import { DRAFT_EXTENSION, DRAFT_FORMAT, DRAFT_FORMAT_VERSION, parseDraftFile, serializeDraft } from '../core/draft/file-format';
import type { Draft } from '../core/draft/model';
import { atomicWriteFile, removeStaleTempFiles, writeNewFile } from './atomic-write';
import { intakeDraft, intakeDraftFile, type IntakeResult } from './draft-intake';
import { FileAccess, isDraftPath } from './file-access';
import { backupPathFor, safeFileName } from './file-names';
import { errnoCode, fsErrorCode, fsErrorMessage, logFailure } from './fs-errors';
import { KeyedQueue } from './keyed-queue';
import type { PrefsService } from './prefs';
import { READ_ONLY_MESSAGE, RecoveryService } from './recovery';
import { DEFAULT_SESSION, Sessions, type Session } from './sessions';
import { UserError } from './user-error';

export { safeFileName } from './file-names';

export type DocxImporter = (bytes: Uint8Array) => Promise<{ ok: true; draft: Draft; warnings: string[] } | { ok: false; error: string }>;

export interface DraftServiceOptions {
  dataDir: string;
  prefs: PrefsService;
  host: 'electron' | 'browser';
  importDocx: DocxImporter;
  now?: () => Date;
  /** Shared with the host, which starts and ends them; default: sessions that only end when told. */
  sessions?: Sessions;
  /** Another instance holds the data directory: nothing is written. */
  readOnly?: boolean;
}

/** Drafts above this size are not drafts; refusing early keeps a stray huge file from freezing the host. */
const MAX_DRAFT_FILE_BYTES = 100 * 1024 * 1024;

const failed = (error: string, code: ErrorCode): { ok: false; error: string; code: ErrorCode } => ({ ok: false, error, code });
export const versionOf = (data: string | Uint8Array): FileVersion => createHash('sha256').update(data).digest('hex');

export class DraftService {
  readonly sessions: Sessions;
  readonly files: FileAccess;
  readonly recovery: RecoveryService;
  private readonly now: () => Date;
  /** Writes to one file run one after another, in the order they were asked for. */
  private readonly queue = new KeyedQueue();
  /** Where the next free “name（n）” probably is, so many saves under one name do not probe from 1 each time. */
  private readonly nextFree = new Map<string, number>();

  constructor(private readonly o: DraftServiceOptions) {
    this.now = o.now ?? (() => new Date());
    this.sessions = o.sessions ?? new Sessions({ ttlMs: null });
    this.files = new FileAccess(o);
    this.recovery = new RecoveryService({ dataDir: o.dataDir, files: this.files, sessions: this.sessions, now: this.now, readOnly: o.readOnly });
  }

  /** Housekeeping at start: temp files a killed save left behind, the old single recovery file. Never fails. */
  async init(): Promise<void> {
    if (this.o.readOnly) return;
    for (const d of [this.o.dataDir, this.files.draftsDir, this.recovery.store.dir]) await removeStaleTempFiles(d).catch(() => 0);
    await this.recovery.store.migrateLegacy();
  }

  /** Parses a file the user handed over as bytes (browser file picker, or bytes Electron read). */
  async parse(file: FileBlob, session = DEFAULT_SESSION): Promise<OpenResult> {
    const r = await this.parseBytes(file);
    if (r.ok) this.sessions.touch(session).path = null;
    return r.ok ? r.result : r;
  }

  private async parseBytes(file: FileBlob): Promise<{ ok: true; result: Extract<OpenResult, { ok: true }>; truncated: boolean } | { ok: false; error: string; code: ErrorCode }> {
    const name = stripExt(file.name);
    let taken: IntakeResult;
    if (/\.docx$/i.test(file.name)) {
      const r = await this.o.importDocx(file.bytes);
      if (!r.ok) return failed(r.error, 'INVALID_FILE');
      const t = intakeDraft(r.draft, this.now());
      taken = { ...t, warnings: [...r.warnings, ...t.warnings] };
    } else if (/\.doc$/i.test(file.name)) {
      return failed(`“${file.name}”是旧版 Word（.doc）文件，请在 Word/WPS 中另存为 .docx 后再打开`, 'INVALID_FILE');
    } else {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
      } catch {
        return failed(`“${file.name}”不是公文起草助手的草稿文件（也不是 .docx）`, 'INVALID_FILE');
      }
      const r = intakeDraftFile(text, this.now());
      if (!r.ok) return failed(`无法打开“${file.name}”：${r.error}`, r.code);
      taken = r;
    }
    return {
      ok: true,
      result: { ok: true, draft: taken.draft, path: null, name, warnings: taken.warnings, version: null, openElsewhere: false },
      truncated: taken.truncated,
    };
  }

  /** Opens a path from the host's own dialog or from the OS (Electron) — grants it, and on success lists it as recent. */
  async openChosen(p: string, session = DEFAULT_SESSION): Promise<OpenResult> {
    return this.openAt(this.files.grant(p), session);
  }

  /** Re-opens a recent file (or anything else the host handed out). */
  async openRecent(p: string, session = DEFAULT_SESSION): Promise<OpenResult> {
    if (!this.files.isAllowed(p)) return failed('只能打开通过“打开”对话框选择或最近使用过的文件', 'NOT_ALLOWED');
    return this.openAt(path.resolve(p), session);
  }

  private async openAt(abs: string, sessionId: string): Promise<OpenResult> {
    const s = this.sessions.touch(sessionId);
    let bytes: Buffer;
    try {
      const st = await fs.stat(abs);
      if (st.size > MAX_DRAFT_FILE_BYTES) return failed(`文件过大（${Math.round(st.size / 1048576)} MB），无法作为草稿打开`, 'TOO_LARGE');
      bytes = await fs.readFile(abs);
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') {
        this.bestEffort(() => this.o.prefs.removeRecent(abs));
        return failed(`文件不存在（可能已被移动或删除）：${abs}`, 'NOT_FOUND');
      }
      return failed(fsErrorMessage(e, '打开文件', abs), fsErrorCode(e));
    }
    const r = await this.parseBytes({ name: path.basename(abs), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    const isBackup = /\.bak$/i.test(abs);
    if (!r.ok) {
      const bak = backupPathFor(abs);
      if (!isBackup && (await isValidDraftFile(bak))) {
        // Listing the backup as recent is how the user (in either host) can open it.
        this.bestEffort(() => this.o.prefs.addRecent(bak, `${stripExt(path.basename(abs))}（备份）`));
        return failed(`${r.error}。上一次保存的版本仍在备份文件中：${bak}（可从“最近文件”打开）`, r.code);
      }
      return r;
    }
    const warnings = [...r.result.warnings];
    this.bestEffort(() => this.o.prefs.addRecent(abs, r.result.name), warnings);
    // A .docx is imported, not edited in place, and a backup or a shortened draft must not be saved over its
    // file: saving those goes to a new .gwdraft the user chooses.
    const savable = isDraftPath(abs) && !isBackup && !r.truncated;
    const p = savable ? abs : null;
    s.path = p;
    return { ...r.result, path: p, warnings, version: savable ? versionOf(bytes) : null, openElsewhere: this.sessions.openElsewhere(s, p) };
  }

  /** Saves to a path the host handed out; atomic, previous version kept as `<file>.bak`. */
  async save(draft: Draft, p: string, opts: SaveOptions = {}, session = DEFAULT_SESSION): Promise<SaveResult> {
    if (!this.files.isAllowed(p)) return failed('只能保存到通过“另存为”选择或最近使用过的文件', 'NOT_ALLOWED');
    return this.saveAt(draft, path.resolve(p), opts, session);
  }

  /** Saves to a path the user chose in the host's own save dialog (Electron; the dialog already asked about replacing it). */
  async saveChosen(draft: Draft, p: string, session = DEFAULT_SESSION): Promise<SaveResult> {
    const abs = isDraftPath(p) ? p : p + DRAFT_EXTENSION;
    return this.saveAt(draft, this.files.grant(abs), {}, session);
  }

  /**
   * Browser host “另存为”: a new file `<dataDir>/drafts/<name>.gwdraft`, or `<name>（2）.gwdraft`… — the name is
   * taken atomically, so no two saves (concurrent or not) ever get the same file. With `exact`, only `<name>`
   * itself: a taken name is refused with the next free one to offer (NAME_TAKEN).
   */
  async saveNew(draft: Draft, name: string, session = DEFAULT_SESSION, opts: SaveNewOptions = {}): Promise<SaveResult> {
    if (this.o.readOnly) return failed(READ_ONLY_MESSAGE, 'READ_ONLY_INSTANCE');
    const base = safeFileName(name);
    const text = serializeDraft(draft);
    let abs: string;
    if (opts.exact) {
      try {
        abs = await writeNewFile(this.files.draftsDir, () => base + DRAFT_EXTENSION, text, 1);
      } catch (e) {
        if (errnoCode(e) === 'EEXIST') return { ...failed(`已有名为“${base}”的草稿`, 'NAME_TAKEN'), freeName: this.freeName(base) };
        return failed(fsErrorMessage(e, '保存草稿', path.join(this.files.draftsDir, base + DRAFT_EXTENSION)), fsErrorCode(e));
      }
      return this.afterSave(draft, abs, versionOf(text), [], this.sessions.touch(session));
    }
    try {
      // Each call starts probing at its own number, so concurrent saves under one name do not all race for the same ones.
      const from = this.nextFree.get(base) ?? 1;
      this.nextFree.set(base, from + 1);
      const nameAt = (k: number) => (k === 1 ? base : `${base}（${k}）`) + DRAFT_EXTENSION;
      abs = await writeNewFile(this.files.draftsDir, (n) => nameAt(from + n - 1), text);
      const k = Number(/（(\d+)）\.gwdraft$/.exec(abs)?.[1] ?? 1);
      this.nextFree.set(base, Math.max(this.nextFree.get(base) ?? 1, k + 1));
    } catch (e) {
      return failed(fsErrorMessage(e, '保存草稿', path.join(this.files.draftsDir, base + DRAFT_EXTENSION)), fsErrorCode(e));
    }
    return this.afterSave(draft, abs, versionOf(text), [], this.sessions.touch(session));
  }

  /** The first “name（k）” with no draft now (a suggestion: saving under it takes it atomically or is refused). */
  private freeName(base: string): string {
    for (let k = 2; ; k++) {
      const name = `${base}（${k}）`;
      if (!existsSync(path.join(this.files.draftsDir, name + DRAFT_EXTENSION))) return name;
    }
  }

  private async saveAt(draft: Draft, abs: string, opts: SaveOptions, sessionId: string): Promise<SaveResult> {
    if (this.o.readOnly) return failed(READ_ONLY_MESSAGE, 'READ_ONLY_INSTANCE');
    if (!isDraftPath(abs)) return failed('只能保存为公文草稿（.gwdraft）文件，请用“另存为”保存', 'NOT_ALLOWED');
    const s = this.sessions.touch(sessionId);
    return this.queue.run(abs, async () => {
      let current: Buffer | null = null;
      try {
        current = await fs.readFile(abs);
      } catch (e) {
        if (errnoCode(e) !== 'ENOENT') return failed(fsErrorMessage(e, '保存草稿', abs) + '。原文件没有改动', fsErrorCode(e));
      }
      const warnings: string[] = [];
      if (current) {
        const newer = formatVersionOf(current.toString('utf8'));
        if (newer > DRAFT_FORMAT_VERSION) {
          return failed(`“${path.basename(abs)}”由更新版本的公文起草助手创建（格式版本 ${newer}），为免丢失内容不能覆盖，请另存为新文件`, 'NEWER_FORMAT');
        }
        const onDisk = versionOf(current);
        if (opts.baseVersion && !opts.overwrite && onDisk !== opts.baseVersion) {
          return {
            ok: false,
            code: 'CHANGED_ON_DISK',
            diskVersion: onDisk,
            error: `“${stripExt(path.basename(abs))}”在打开之后被其他程序修改过。为免覆盖那些修改，这次没有保存：可以另存为新文件保留两份，或确认覆盖（被覆盖的版本会留作备份）。`,
          };
        }
      } else if (opts.baseVersion) {
        warnings.push(`原文件已被移动或删除，已在原位置重新保存：${abs}`);
      }
      const text = serializeDraft(draft);
      try {
        await atomicWriteFile(abs, text, { backup: true });
      } catch (e) {
        return failed(fsErrorMessage(e, '保存草稿', abs) + '。原文件没有改动', fsErrorCode(e));
      }
      return this.afterSave(draft, abs, versionOf(text), warnings, s);
    });
  }

  /** The draft is on disk: what follows is bookkeeping, which must never turn the save into a failure. */
  private async afterSave(draft: Draft, abs: string, version: FileVersion, warnings: string[], s: Session): Promise<SaveResult> {
    const name = stripExt(path.basename(abs));
    this.files.grant(abs);
    s.path = abs;
    this.bestEffort(() => this.o.prefs.addRecent(abs, name), warnings);
    await this.recovery.saved(draft, s);
    return { ok: true, path: abs, name, version, warnings };
  }

  /** The recent list, without files that no longer exist. */
  recent(): RecentFile[] {
    return this.o.prefs.recent().filter((r) => existsSync(r.path));
  }

  /** Side matters (the recent list): a failure is logged and, with `warnings`, told — never thrown. */
  private bestEffort(fn: () => void, warnings?: string[]): void {
    if (this.o.readOnly) return;
    try {
      fn();
    } catch (e) {
      logFailure('[drafts] recent list not updated:', e);
      warnings?.push(e instanceof UserError ? `“最近文件”列表没有更新：${e.message}` : fsErrorMessage(e, '更新“最近文件”列表'));
    }
  }

}

function stripExt(name: string): string {
  return name.replace(/\.(gwdraft|docx|json)(\.bak)?$/i, '');
}

async function isValidDraftFile(p: string): Promise<boolean> {
  try {
    return parseDraftFile(await fs.readFile(p, 'utf8')).ok;
  } catch {
    return false;
  }
}

/** The format version a draft file's text declares (0 if none or not a draft file). */
function formatVersionOf(text: string): number {
  try {
    const v = (JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as { format?: unknown; version?: unknown }) ?? {};
    return v.format === DRAFT_FORMAT && typeof v.version === 'number' ? v.version : 0;
  } catch {
    return 0;
  }
}
