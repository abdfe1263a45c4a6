/**
 * File-system failures in the user's words. Each kind the user can do something about has its own code and
 * its own Chinese message saying what happened and what to do — a full disk is not a locked file, and
 * neither is “操作失败，请重启程序”.
 */
import type { ErrorCode } from '../api';
import { UserError } from './user-error';

export type FsErrorCode = Extract<ErrorCode, 'DISK_FULL' | 'READ_ONLY' | 'FILE_LOCKED' | 'NAME_TOO_LONG' | 'NOT_FOUND' | 'IO_ERROR'>;

/** The errno code of a Node file-system error (ENOSPC, EBUSY…), or undefined for anything else (our own codes included). */
export function errnoCode(e: unknown): string | undefined {
  const c = (e as NodeJS.ErrnoException | null)?.code;
  return typeof c === 'string' && /^E[A-Z0-9]+$/.test(c) ? c : undefined;
}

export function fsErrorCode(e: unknown): FsErrorCode {
  switch (errnoCode(e)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'DISK_FULL';
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return 'READ_ONLY';
    // libuv reports a Windows sharing or lock violation (a file another program holds open) as EBUSY.
    case 'EBUSY':
    case 'ETXTBSY':
      return 'FILE_LOCKED';
    case 'ENAMETOOLONG':
      return 'NAME_TOO_LONG';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'NOT_FOUND';
    default:
      return 'IO_ERROR';
  }
}

/**
 * “<action>失败：<what happened>。<what to do>” — `action` names what the user was doing (保存草稿, 自动保存,
 * 保存设置…), `file` (optional) is named at the end.
 */
export function fsErrorMessage(e: unknown, action: string, file?: string, platform: string = process.platform): string {
  const code = errnoCode(e);
  let why: string;
  switch (fsErrorCode(e)) {
    case 'DISK_FULL':
      why = '磁盘空间已满。请删除不需要的文件或清空回收站，然后重试';
      break;
    case 'READ_ONLY':
      why =
        code === 'EROFS'
          ? '磁盘是只读的（例如写保护的U盘或光盘）。请用“另存为”保存到其他位置'
          : '没有写入权限（文件被设为只读，或位于受保护的文件夹）。请用“另存为”保存到其他位置，例如“文档”文件夹' +
            // Windows answers EPERM, not EBUSY, when renaming over a file another program holds open.
            (platform === 'win32' ? '；如文件正被其他程序使用，请稍后重试' : '');
      break;
    case 'FILE_LOCKED':
      why = '文件正被其他程序占用（如杀毒、备份或同步软件，或在 Word/WPS 中打开）。请稍后重试，或关闭占用它的程序';
      break;
    case 'NAME_TOO_LONG':
      why = '文件名或路径太长。请换一个短一些的名字，或保存到层级较浅的文件夹';
      break;
    case 'NOT_FOUND':
      why = '找不到文件或文件夹（可能已被移动、删除，或U盘已拔出）';
      break;
    default:
      why = `磁盘读写出错（${code ?? '未知错误'}）。请检查磁盘或U盘后重试`;
  }
  return `${action}失败：${why}${file ? `。文件：${file}` : ''}`;
}

export function fsUserError(e: unknown, action: string, file?: string): UserError {
  return new UserError(fsErrorMessage(e, action, file), fsErrorCode(e));
}

/** Failures that go away by themselves within moments: a scanner or sync tool briefly holding the file. */
export function isTransientLock(e: unknown, platform: string = process.platform): boolean {
  const c = errnoCode(e);
  return c === 'EBUSY' || (platform === 'win32' && (c === 'EPERM' || c === 'EACCES'));
}

/** Runs `fn`, retrying a transient lock a few times (about 1.5 s in all) before giving up with its error. */
export async function retryTransient<T>(fn: () => Promise<T>, delaysMs: readonly number[] = [50, 100, 200, 400, 800]): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (i >= delaysMs.length || !isTransientLock(e)) throw e;
      await new Promise((r) => setTimeout(r, delaysMs[i]));
    }
  }
}

/** Logs a failure for whoever reads the host's console: the message for a known disk condition, the stack for a bug. */
export function logFailure(what: string, e: unknown): void {
  console.error(`${what} ${errnoCode(e) || e instanceof UserError ? String((e as Error).message ?? e) : ((e as Error)?.stack ?? String(e))}`);
}
