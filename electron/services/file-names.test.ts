import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atomicWriteFile } from './atomic-write';
import { backupPathFor, byteLength, isWindowsDeviceName, MAX_BASE_BYTES, NAME_MAX_BYTES, safeFileName, truncateBytes } from './file-names';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gw-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('safeFileName', () => {
  it('refuses Windows device names in every form', () => {
    // Microsoft's list (“Naming Files, Paths, and Namespaces”); Windows looks at the name before the first dot.
    const DEVICES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;
    const isDevice = (file: string) => DEVICES.test(file.split('.')[0].replace(/ +$/, ''));
    for (const n of ['con', 'CON', 'con.txt', 'Con .txt', 'nul', 'aux.tar.gz', 'prn', 'COM1', 'com9.gwdraft', 'LPT¹', 'COM¹', 'com²', 'lpt³.txt', 'COM0', 'CONIN$', 'conout$', 'CLOCK$', 'con.']) {
      expect(isWindowsDeviceName(n), n).toBe(true);
      const s = safeFileName(n);
      expect(isDevice(s + '.gwdraft'), `${n} → ${s}.gwdraft`).toBe(false);
    }
    expect(safeFileName('con.txt')).toBe('_con.txt');
    // Names that merely start like one are left alone.
    for (const n of ['console', 'com10', 'lpt', 'nul报告', '工作报告']) expect(safeFileName(n)).toBe(n);
  });

  it('keeps Chinese, replaces what Windows forbids, trims dots and spaces, never empty', () => {
    expect(safeFileName('关于2025年工作的报告')).toBe('关于2025年工作的报告');
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(safeFileName('  ..报告..  ')).toBe('报告');
    expect(safeFileName('...')).toBe('未命名草稿');
    expect(safeFileName('报告.gwdraft')).toBe('报告');
  });

  it('limits by bytes with room for .gwdraft, .bak and a “（n）”, cutting between characters', () => {
    const long = '关于进一步加强和改进新时代机关单位公文起草工作的若干意见'.repeat(5); // 145 characters
    const s = safeFileName(long);
    expect(byteLength(s)).toBeLessThanOrEqual(MAX_BASE_BYTES);
    expect(long.startsWith(s)).toBe(true);
    expect(byteLength(`${s}（9999）.gwdraft.bak`)).toBeLessThanOrEqual(NAME_MAX_BYTES);
    // 77 Chinese characters (231 bytes) fit whole.
    const c77 = '字'.repeat(77);
    expect(safeFileName(c77)).toBe(c77);
    // Never half a character, even an astral one.
    expect(truncateBytes('𠀋𠀋', 5)).toBe('𠀋');
  });
});

describe('backupPathFor', () => {
  it('is <file>.bak, or a shortened name when that would be too long — and writing it works on this file system', async () => {
    const short = path.join(dir, '报告.gwdraft');
    expect(backupPathFor(short)).toBe(short + '.bak');
    // A name the user typed in a save dialog, 252 bytes: <file>.bak would be 256.
    const long = path.join(dir, '长'.repeat(81) + '.gwdraft');
    expect(byteLength(path.basename(long))).toBe(251);
    const bak = backupPathFor(long);
    expect(byteLength(path.basename(bak))).toBeLessThanOrEqual(NAME_MAX_BYTES);
    expect(bak.endsWith('.bak')).toBe(true);
    writeFileSync(long, 'v1');
    await atomicWriteFile(long, 'v2', { backup: true });
    await atomicWriteFile(long, 'v3', { backup: true });
    expect(readdirSync(dir).filter((n) => n.endsWith('.bak')).length).toBe(1);
  });
});
