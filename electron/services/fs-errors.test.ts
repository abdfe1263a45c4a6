import { describe, expect, it, vi } from 'vitest';
import { fsErrorCode, fsErrorMessage, retryTransient } from './fs-errors';

const err = (code: string) => Object.assign(new Error(code), { code });

describe('file-system failures in the user’s words', () => {
  it('each kind has its own code and its own message saying what to do', () => {
    const cases: [string, string, RegExp][] = [
      ['ENOSPC', 'DISK_FULL', /磁盘空间已满.*删除不需要的文件/],
      ['EROFS', 'READ_ONLY', /只读.*另存为/],
      ['EACCES', 'READ_ONLY', /没有写入权限.*另存为/],
      ['EPERM', 'READ_ONLY', /没有写入权限/],
      ['EBUSY', 'FILE_LOCKED', /正被其他程序占用.*稍后重试/],
      ['ENAMETOOLONG', 'NAME_TOO_LONG', /文件名或路径太长.*短一些/],
      ['ENOENT', 'NOT_FOUND', /找不到/],
      ['EIO', 'IO_ERROR', /磁盘读写出错（EIO）/],
    ];
    const messages = new Set<string>();
    for (const [errno, code, text] of cases) {
      expect(fsErrorCode(err(errno)), errno).toBe(code);
      const m = fsErrorMessage(err(errno), '保存草稿', '/x/报告.gwdraft', 'linux');
      expect(m, errno).toMatch(/^保存草稿失败：/);
      expect(m, errno).toMatch(text);
      expect(m, errno).toContain('/x/报告.gwdraft');
      messages.add(m);
    }
    expect(messages.size).toBe(cases.length - 1); // EACCES and EPERM are the same thing to the user
    // Windows reports a file held open by another program as EPERM when renaming over it.
    expect(fsErrorMessage(err('EPERM'), '保存草稿', undefined, 'win32')).toMatch(/正被其他程序使用/);
  });

  it('a briefly locked file is retried, a full disk is not', async () => {
    let n = 0;
    const flaky = vi.fn(async () => {
      if (n++ < 2) throw err('EBUSY');
      return 'ok';
    });
    expect(await retryTransient(flaky, [1, 1, 1])).toBe('ok');
    expect(flaky).toHaveBeenCalledTimes(3);
    const full = vi.fn(async () => {
      throw err('ENOSPC');
    });
    await expect(retryTransient(full, [1, 1, 1])).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(full).toHaveBeenCalledTimes(1);
    const stuck = vi.fn(async () => {
      throw err('EBUSY');
    });
    await expect(retryTransient(stuck, [1, 1])).rejects.toMatchObject({ code: 'EBUSY' });
    expect(stuck).toHaveBeenCalledTimes(3);
  });
});
