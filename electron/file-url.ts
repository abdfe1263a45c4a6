/**
 * A file: URL in comparable form — decoded (Chromium and Node percent-encode slightly differently, e.g. for
 * Chinese folder names), normalised (`.`/`..` segments resolved, so `dist/renderer/../../x` is not “inside”
 * dist/renderer), without query or hash, case-folded on Windows — or null for any other scheme, a remote
 * host, an encoded slash or backslash (which would turn one segment into several after decoding) or a NUL.
 * Electron main uses it to recognise its own page and its own renderer folder.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function fileUrlKey(u: string, platform: string = process.platform): string | null {
  const windows = platform === 'win32';
  try {
    const url = new URL(u);
    if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return null;
    url.search = '';
    url.hash = '';
    // Throws on %2F (and %5C on Windows) and on a Windows URL without a drive.
    const p = fileURLToPath(url, { windows });
    if (p.includes('\0') || (!windows && p.includes('\\'))) return null;
    const keepSlash = /[\\/]$/.test(p);
    let n = windows ? path.win32.normalize(p) : path.posix.normalize(p);
    if (keepSlash && !/[\\/]$/.test(n)) n += windows ? '\\' : '/';
    return windows ? n.toLowerCase() : n;
  } catch {
    return null;
  }
}
