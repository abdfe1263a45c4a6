/**
 * The core boundary, checked: nothing in electron/core imports from outside electron/core, except the pure
 * libraries below. Core runs in Node, a worker and the renderer alike, so it may not reach for the file
 * system, Electron, the DOM, React or Slate, nor for the hosts' contract (electron/api.ts) — those depend
 * on core, never the other way round. Tests, their fixtures and test helpers may use node:* and are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const CORE = path.dirname(fileURLToPath(import.meta.url));

/** Pure libraries core may use: validation (zod) and the .docx reader/writer (docx, fflate for its zip, saxes). */
const ALLOWED_PACKAGES = new Set(['zod', 'docx', 'fflate', 'saxes']);

/** Globals of Node or the browser that pure code has no business touching. */
const HOST_GLOBALS = /\b(?:process|Buffer|window|globalThis\.document|localStorage|sessionStorage|navigator|__dirname|__filename)\s*[.[]|\brequire\s*\(/;

const isTestSupport = (rel: string) => /\.test\.tsx?$/.test(rel) || rel.split(path.sep).includes('fixtures') || /(^|\/)test-helpers\.ts$/.test(rel);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Comments and string contents removed (so a comment saying "document." or "process." is no finding); import specifiers kept. */
function codeOnly(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, '""');
}

function importsOf(src: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of src.matchAll(re)) out.push(m[1] ?? m[2]);
  return out;
}

/** Why `spec`, imported by `file`, leaves core (or null when it stays inside). */
function leak(file: string, spec: string): string | null {
  if (spec.startsWith('#core/')) return null;
  if (spec.startsWith('.')) {
    const target = path.resolve(path.dirname(file), spec);
    return target === CORE || target.startsWith(CORE + path.sep) ? null : `reaches outside electron/core (${path.relative(CORE, target)})`;
  }
  const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
  return ALLOWED_PACKAGES.has(pkg) ? null : `imports “${spec}”, which is not one of core's pure libraries`;
}

describe('the core boundary', () => {
  const files = sourceFiles(CORE).filter((f) => !isTestSupport(path.relative(CORE, f)));

  it('finds the core sources (the walk itself works)', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files.some((f) => f.endsWith(path.join('draft', 'model.ts')))).toBe(true);
  });

  it('imports nothing from outside electron/core except pure libraries', () => {
    const leaks = files.flatMap((f) => {
      const src = readFileSync(f, 'utf8');
      return importsOf(src)
        .map((spec) => [spec, leak(f, spec)] as const)
        .filter(([, why]) => why)
        .map(([spec, why]) => `${path.relative(CORE, f)}: ${spec} — ${why}`);
    });
    expect(leaks).toEqual([]);
  });

  it('touches no Node or browser globals', () => {
    const hits = files.filter((f) => HOST_GLOBALS.test(codeOnly(readFileSync(f, 'utf8')))).map((f) => path.relative(CORE, f));
    expect(hits).toEqual([]);
  });

  it('would catch each kind of leak (the rule is not vacuous)', () => {
    const here = path.join(CORE, 'draft', 'x.ts');
    expect(importsOf(`import type { Settings } from '../../api';\nimport { readFile } from 'node:fs/promises';\nexport { a } from "slate";\nconst m = await import('electron');`)).toEqual([
      '../../api',
      'node:fs/promises',
      'slate',
      'electron',
    ]);
    expect(leak(here, '../../api')).toMatch(/outside/);
    expect(leak(here, '../../api-schemas')).toMatch(/outside/);
    expect(leak(here, 'node:fs')).toMatch(/not one of/);
    expect(leak(here, 'react')).toMatch(/not one of/);
    expect(leak(here, 'slate')).toMatch(/not one of/);
    expect(leak(here, '../model')).toBeNull();
    expect(leak(here, '../../core/draft/model')).toBeNull();
    expect(leak(here, '#core/text/chars')).toBeNull();
    expect(leak(here, 'zod')).toBeNull();
    expect(leak(here, 'saxes')).toBeNull();
    expect(HOST_GLOBALS.test(codeOnly('const a = process.env.X;'))).toBe(true);
    expect(HOST_GLOBALS.test(codeOnly('// the process. of a document.\nconst s = "window.x";'))).toBe(false);
  });
});

describe('what the renderer takes from core', () => {
  // zod validates on the host side (electron/api-schemas.ts, core/draft/schema.ts); the core modules the UI
  // imports (the checks, the normaliser, the block specs) must not drag it into the page's bundle (~450 KB).
  it('keeps zod out of the renderer bundle', async () => {
    const r = await build({
      entryPoints: [path.join(CORE, '../../renderer/main.tsx')],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      format: 'iife',
      jsx: 'automatic',
      outdir: path.join(CORE, '../../dist/layering-check'),
      loader: { '.woff2': 'file', '.ttf': 'file', '.png': 'file', '.svg': 'file', '.css': 'empty' },
      define: { __APP_VERSION__: '"test"', 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    });
    const importers = Object.entries(r.metafile.inputs).flatMap(([file, v]) =>
      /node_modules\/zod\//.test(file) ? [] : v.imports.filter((i) => /node_modules\/zod\//.test(i.path)).map(() => file),
    );
    expect(importers).toEqual([]);
  });
});
