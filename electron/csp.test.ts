/** One CSP for the browser host's header, Electron's session header and the page's own <meta> (issue 16). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP, CSP_HEADER, withCspMeta } from './csp';

const ROOT = path.resolve(__dirname, '..');
const metas = (html: string) => [...html.matchAll(/<meta\s+http-equiv=["']Content-Security-Policy["']\s+content="([^"]*)"/gi)].map((m) => m[1].replace(/&quot;/g, '"'));

describe('one Content-Security-Policy', () => {
  it('renderer/index.html carries no policy of its own (the build writes it)', () => {
    expect(metas(readFileSync(path.join(ROOT, 'renderer', 'index.html'), 'utf8'))).toEqual([]);
  });

  it('the built page has exactly electron/csp.ts’s policy, and the header adds only header-only directives', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'gw-csp-'));
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'electron', 'tools', 'build.mjs'), '--static-only', '--out', out], { stdio: 'pipe' });
      const built = readFileSync(path.join(out, 'renderer', 'index.html'), 'utf8');
      expect(metas(built)).toEqual([CSP]);
      // Before anything the policy governs.
      expect(built.indexOf('Content-Security-Policy')).toBeLessThan(built.indexOf('<link'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    expect(CSP_HEADER.startsWith(CSP + ';')).toBe(true);
    expect(CSP_HEADER.slice(CSP.length)).toBe("; frame-ancestors 'none'");
  });

  it('withCspMeta replaces a stale policy instead of adding a second one', () => {
    const html = `<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src *"><title>x</title></head></html>`;
    expect(metas(withCspMeta(html))).toEqual([CSP]);
    expect(metas(withCspMeta(withCspMeta(html)))).toEqual([CSP]);
  });
});
