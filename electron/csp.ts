/**
 * The Content-Security-Policy of the renderer, the same in Electron (session header + <meta> injected at
 * build time, since file:// responses carry no headers) and in the browser host (HTTP header).
 * Scripts only from our own bundle, no eval, no plugins, no frames, no remote anything.
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-src 'none'; form-action 'none'";

/** Header-only directives (ignored in <meta>). */
export const CSP_HEADER = CSP + "; frame-ancestors 'none'";
