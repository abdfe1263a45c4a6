/**
 * The Content-Security-Policy of the renderer — its one definition. The browser host sends it as an HTTP
 * header; Electron sets it as a session header and, since file:// pages get no headers before the session
 * hook sees them, the build writes it into dist/renderer/index.html as a <meta> (withCspMeta; the source
 * renderer/index.html carries none of its own, so the two cannot drift).
 * Scripts only from our own bundle, no eval, no plugins, no frames, no remote anything.
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-src 'none'; form-action 'none'";

/** Header-only directives (ignored in <meta>). */
export const CSP_HEADER = CSP + "; frame-ancestors 'none'";

const META = /<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>\s*/gi;

/** The page with exactly one CSP <meta>, holding CSP, right after the charset (before anything it governs). */
export function withCspMeta(html: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${CSP.replace(/"/g, '&quot;')}" />`;
  const stripped = html.replace(META, '');
  const anchor = /<meta\s+charset=[^>]*>/i.exec(stripped) ?? /<head[^>]*>/i.exec(stripped);
  if (!anchor) throw new Error('index.html has no <head>');
  const at = anchor.index + anchor[0].length;
  return `${stripped.slice(0, at)}\n    ${tag}${stripped.slice(at)}`;
}
