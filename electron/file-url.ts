/**
 * A file: URL in comparable form — decoded (Chromium and Node percent-encode slightly differently, e.g. for
 * Chinese folder names), without query or hash, case-folded on Windows — or null for any other scheme.
 * Electron main uses it to recognise its own page and its own renderer folder.
 */
export function fileUrlKey(u: string, platform: string = process.platform): string | null {
  try {
    const url = new URL(u);
    if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return null;
    const p = decodeURIComponent(url.pathname);
    return platform === 'win32' ? p.toLowerCase() : p;
  } catch {
    return null;
  }
}
