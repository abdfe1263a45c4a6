/**
 * Opening, saving, autosave/recovery and the recent list for drafts.
 *
 * File access is confined: the renderer can only name paths the host handed out itself — paths the user
 * chose in a native dialog (Electron), paths on the recent list, and in the browser host files inside
 * `<dataDir>/drafts/` (the browser cannot show a save dialog, so that is where its drafts live). Anything
 * else is refused, so a compromised renderer cannot read or overwrite arbitrary files.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { FileBlob, OpenResult, RecentFile, Recovery, SaveResult } from '../api';
import { DRAFT_EXTENSION, DRAFT_FORMAT, DRAFT_FORMAT_VERSION, parseDraftFile, serializeDraft } from '../core/draft/file-format';
import type { Draft } from '../core/draft/model';
import { atomicWriteFile, removeStaleTempFiles } from './atomic-write';
import type { PrefsService } from './prefs';

export type DocxImporter = (bytes: Uint8Array) => Promise<{ ok: true; draft: Draft; warnings: string[] } | { ok: false; error: string }>;

export interface DraftServiceOptions {
  dataDir: string;
  prefs: PrefsService;
  host: 'electron' | 'browser';
  importDocx: DocxImporter;
  now?: () => Date;
}

/** Drafts above this size are not drafts; refusing early keeps a stray huge file from freezing the host. */
const MAX_DRAFT_FILE_BYTES = 100 * 1024 * 1024;
const RECOVERY_FILE = 'recovery.json';

export class DraftService {
  readonly draftsDir: string;
  private readonly recoveryFile: string;
  /** Paths the user chose in a dialog during this session (Electron). */
  private readonly granted = new Set<string>();
  private readonly now: () => Date;

  constructor(private readonly o: DraftServiceOptions) {
    this.draftsDir = path.join(o.dataDir, 'drafts');
    this.recoveryFile = path.join(o.dataDir, RECOVERY_FILE);
    this.now = o.now ?? (() => new Date());
  }

  /** Housekeeping at start: temp files a killed save left behind. */
  async init(): Promise<void> {
    await removeStaleTempFiles(this.o.dataDir);
    await removeStaleTempFiles(this.draftsDir);
  }

  /** Marks a path the user picked in the host's own dialog as usable (Electron main only). */
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

  /** Parses a file the user handed over as bytes (browser file picker, or bytes Electron read). */
  async parse(file: FileBlob): Promise<OpenResult> {
    const name = stripExt(file.name);
    if (/\.docx$/i.test(file.name)) {
      const r = await this.o.importDocx(file.bytes);
      return r.ok ? { ok: true, draft: r.draft, path: null, name, warnings: r.warnings } : { ok: false, error: r.error };
    }
    if (/\.doc$/i.test(file.name)) return { ok: false, error: `“${file.name}”是旧版 Word（.doc）文件，请在 Word/WPS 中另存为 .docx 后再打开` };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    } catch {
      return { ok: false, error: `“${file.name}”不是公文起草助手的草稿文件（也不是 .docx）` };
    }
    const r = parseDraftFile(text);
    return r.ok ? { ok: true, draft: r.draft, path: null, name, warnings: [] } : { ok: false, error: `无法打开“${file.name}”：${r.error}` };
  }

  /** Opens a path from the host's own dialog (Electron) — grants it, and on success lists it as recent. */
  async openChosen(p: string): Promise<OpenResult> {
    return this.openAt(this.grant(p));
  }

  /** Re-opens a recent file (or anything else the host handed out). */
  async openRecent(p: string): Promise<OpenResult> {
    if (!this.isAllowed(p)) return { ok: false, error: '只能打开通过“打开”对话框选择或最近使用过的文件' };
    return this.openAt(path.resolve(p));
  }

  private async openAt(abs: string): Promise<OpenResult> {
    let bytes: Buffer;
    try {
      const st = await fs.stat(abs);
      if (st.size > MAX_DRAFT_FILE_BYTES) return { ok: false, error: `文件过大（${Math.round(st.size / 1048576)} MB），无法作为草稿打开` };
      bytes = await fs.readFile(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        this.o.prefs.removeRecent(abs);
        return { ok: false, error: `文件不存在（可能已被移动或删除）：${abs}` };
      }
      return { ok: false, error: `无法读取文件 ${abs}（${code ?? '未知错误'}）` };
    }
    const r = await this.parse({ name: path.basename(abs), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    if (!r.ok) {
      const bak = abs + '.bak';
      if (!abs.endsWith('.bak') && (await isValidDraftFile(bak))) {
        // Listing the backup as recent is how the user (in either host) can open it.
        this.o.prefs.addRecent(bak, `${stripExt(path.basename(abs))}（备份）`);
        return { ok: false, error: `${r.error}。上一次保存的版本仍在备份文件中：${bak}（可从“最近文件”打开）` };
      }
      return r;
    }
    const isDraftFile = !/\.docx$/i.test(abs);
    this.o.prefs.addRecent(abs, r.name);
    // A .docx is imported, not edited in place: saving goes to a new .gwdraft the user chooses.
    return { ...r, path: isDraftFile && !abs.endsWith('.bak') ? abs : null };
  }

  /** Saves to a path the host handed out; atomic, previous version kept as `<file>.bak`. */
  async save(draft: Draft, p: string): Promise<SaveResult> {
    if (!this.isAllowed(p)) return { ok: false, error: '只能保存到通过“另存为”选择或最近使用过的文件' };
    return this.saveAt(draft, path.resolve(p));
  }

  /** Saves to a path the user chose in the host's own save dialog (Electron). */
  async saveChosen(draft: Draft, p: string): Promise<SaveResult> {
    const abs = /\.gwdraft$/i.test(p) ? p : p + DRAFT_EXTENSION;
    return this.saveAt(draft, this.grant(abs));
  }

  /** Browser host “另存为”: a new file `<dataDir>/drafts/<name>.gwdraft` (never overwriting another draft). */
  async saveNew(draft: Draft, name: string): Promise<SaveResult> {
    const base = safeFileName(name);
    await fs.mkdir(this.draftsDir, { recursive: true });
    let candidate = path.join(this.draftsDir, base + DRAFT_EXTENSION);
    for (let i = 2; existsSync(candidate); i++) candidate = path.join(this.draftsDir, `${base}（${i}）${DRAFT_EXTENSION}`);
    return this.saveAt(draft, candidate);
  }

  private async saveAt(draft: Draft, abs: string): Promise<SaveResult> {
    if (abs.endsWith('.bak') || /\.docx$/i.test(abs)) return { ok: false, error: '不能覆盖备份文件或 Word 文件，请用“另存为”保存为草稿' };
    const newer = await newerVersionOf(abs);
    if (newer !== null) {
      return { ok: false, error: `“${path.basename(abs)}”由更新版本的公文起草助手创建（格式版本 ${newer}），为免丢失内容不能覆盖，请另存为新文件` };
    }
    try {
      await atomicWriteFile(abs, serializeDraft(draft), { backup: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOSPC' ? '磁盘空间不足' : code === 'EACCES' || code === 'EPERM' ? '没有写入权限' : code === 'EROFS' ? '磁盘只读' : (code ?? '未知错误');
      return { ok: false, error: `保存失败（${why}），原文件未被改动：${abs}` };
    }
    const name = stripExt(path.basename(abs));
    this.granted.add(abs);
    this.o.prefs.addRecent(abs, name);
    // The recovery copy is now redundant only if it holds exactly what was saved; otherwise keep it.
    const rec = await this.recovery();
    if (rec && isDeepStrictEqual(rec.draft, draft)) await this.clearRecovery();
    return { ok: true, path: abs, name };
  }

  async autosave(draft: Draft, p: string | null): Promise<void> {
    const savedFor = p && this.isAllowed(p) ? path.resolve(p) : null;
    const body = { format: DRAFT_FORMAT, version: DRAFT_FORMAT_VERSION, draft, recovery: { path: savedFor, savedAt: this.now().toISOString() } };
    await atomicWriteFile(this.recoveryFile, JSON.stringify(body));
  }

  async recovery(): Promise<Recovery | null> {
    let text: string;
    try {
      text = await fs.readFile(this.recoveryFile, 'utf8');
    } catch {
      return null;
    }
    const r = parseDraftFile(text);
    if (!r.ok) return null;
    const meta = (JSON.parse(text) as { recovery?: { path?: unknown; savedAt?: unknown } }).recovery ?? {};
    const p = typeof meta.path === 'string' ? meta.path : null;
    // We wrote this path ourselves after checking it, so it may be saved to again.
    if (p) this.granted.add(p);
    return { draft: r.draft, path: p, savedAt: typeof meta.savedAt === 'string' ? meta.savedAt : '' };
  }

  async clearRecovery(): Promise<void> {
    await fs.rm(this.recoveryFile, { force: true });
  }

  /** The recent list, without files that no longer exist. */
  recent(): RecentFile[] {
    return this.o.prefs.recent().filter((r) => existsSync(r.path));
  }
}

function stripExt(name: string): string {
  return name.replace(/\.(gwdraft|docx|json)(\.bak)?$/i, '');
}

/** A name usable as a file name on Windows and Linux, keeping Chinese as is. */
export function safeFileName(name: string): string {
  const s = stripExt(name)
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  return s === '' || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(s) ? '未命名草稿' : s;
}

async function isValidDraftFile(p: string): Promise<boolean> {
  try {
    return parseDraftFile(await fs.readFile(p, 'utf8')).ok;
  } catch {
    return false;
  }
}

/** The format version of an existing draft at `p` if it is newer than ours, else null. */
async function newerVersionOf(p: string): Promise<number | null> {
  let text: string;
  try {
    text = await fs.readFile(p, 'utf8');
  } catch {
    return null;
  }
  try {
    const v = (JSON.parse(text) as { format?: unknown; version?: unknown }) ?? {};
    return v.format === DRAFT_FORMAT && typeof v.version === 'number' && v.version > DRAFT_FORMAT_VERSION ? v.version : null;
  } catch {
    return null;
  }
}
