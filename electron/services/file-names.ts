/**
 * File names the host makes up (“另存为” in the browser host, corpus copies, backups): valid on Windows, Linux
 * and macOS, keeping Chinese as it is.
 *
 * Limits are in bytes, not characters: Linux and macOS allow 255 bytes per name in UTF-8, where a Chinese
 * character takes 3, and every name the host makes must leave room for what it appends — `.gwdraft`, the
 * `.bak` of the previous version and a “（2）” to stay unique (temp names are kept short separately).
 */
import path from 'node:path';

/** Bytes per file name on ext4, APFS, NTFS (UTF-16 units there: never fewer than UTF-8 bytes for our names). */
export const NAME_MAX_BYTES = 255;
/** `.gwdraft.bak` (12) and “（9999）” (10) must still fit after the base name. */
export const MAX_BASE_BYTES = NAME_MAX_BYTES - 12 - 10;

const utf8 = new TextEncoder();
export const byteLength = (s: string): number => utf8.encode(s).length;

/** The longest prefix of `s` within `max` UTF-8 bytes, cut between characters (never inside a surrogate pair). */
export function truncateBytes(s: string, max: number): string {
  if (byteLength(s) <= max) return s;
  let out = '';
  let n = 0;
  for (const ch of s) {
    const b = byteLength(ch);
    if (n + b > max) break;
    out += ch;
    n += b;
  }
  return out;
}

/**
 * Windows device names, which refer to a device whatever the extension (`con.txt`, `COM1.tar.gz`, `nul .x`):
 * CON PRN AUX NUL, COM0–9 and LPT0–9 including the superscript digits ¹²³, CONIN$, CONOUT$, CLOCK$.
 */
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;

export function isWindowsDeviceName(name: string): boolean {
  // Windows ignores what follows the first dot, and trailing spaces before it.
  return DEVICE.test(name.split('.')[0].replace(/[ ]+$/, ''));
}

function stripExt(name: string): string {
  return name.replace(/\.(gwdraft|docx|json)(\.bak)?$/i, '');
}

/** A base name (no extension) usable on Windows, Linux and macOS, at most MAX_BASE_BYTES long. */
export function safeFileName(name: string): string {
  let s = stripExt(name)
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  s = truncateBytes(s, MAX_BASE_BYTES).replace(/[.\s]+$/, '');
  if (s === '') return '未命名草稿';
  return isWindowsDeviceName(s) ? '_' + s : s;
}

/**
 * Where the previous version of `file` is kept: `<file>.bak`, or — when that name would be too long for the
 * file system (a long name the user typed in a save dialog) — the name shortened to fit, ending in `.bak`.
 */
export function backupPathFor(file: string): string {
  const base = path.basename(file);
  if (byteLength(base + '.bak') <= NAME_MAX_BYTES) return file + '.bak';
  return path.join(path.dirname(file), truncateBytes(base, NAME_MAX_BYTES - 5) + '~.bak');
}
