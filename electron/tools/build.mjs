#!/usr/bin/env node
// `npm run build`: bundles the renderer (→ dist/renderer), Electron main + preload (→ dist/electron) and the
// browser host (→ dist/host/server.js) with esbuild, each host with the archive's import worker beside it
// (archive-worker.js, a worker_threads script). Fast and quiet: one summary line, warnings and errors only.
// better-sqlite3 is a native module: left out of the bundles and loaded from node_modules (electron-builder.yml
// ships it, rebuilt for Electron and unpacked from the asar).
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'dist');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const t0 = Date.now();
const common = { bundle: true, sourcemap: true, logLevel: process.env.BUILD_VERBOSE ? 'info' : 'warning', absWorkingDir: root, legalComments: 'none' };
const define = { __APP_VERSION__: JSON.stringify(pkg.version) };

// No wiping of dist/: a test or host may be running from it; esbuild overwrites what it emits.
mkdirSync(path.join(out, 'renderer'), { recursive: true });

const jobs = [
  build({
    ...common,
    entryPoints: { main: 'renderer/main.tsx' },
    outdir: path.join(out, 'renderer'),
    platform: 'browser',
    format: 'iife',
    target: ['chrome120'],
    jsx: 'automatic',
    // GONGWEN_NO_MINIFY=1 keeps names readable for profiling (bench/, DevTools).
    minify: !process.env.GONGWEN_NO_MINIFY,
    define: { ...define, 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff2': 'file', '.ttf': 'file', '.png': 'file', '.svg': 'file' },
  }),
  build({
    ...common,
    entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts', 'archive-worker': 'electron/services/archive/worker.ts' },
    outdir: path.join(out, 'electron'),
    platform: 'node',
    format: 'cjs',
    target: ['node20'],
    external: ['electron', 'better-sqlite3'],
    define,
  }),
  build({
    ...common,
    entryPoints: { server: 'electron/host/cli.ts', 'archive-worker': 'electron/services/archive/worker.ts' },
    outdir: path.join(out, 'host'),
    platform: 'node',
    format: 'cjs',
    target: ['node20'],
    external: ['better-sqlite3'],
    define,
  }),
];

try {
  await Promise.all(jobs);
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}

// Static files of the renderer: index.html and every stylesheet, at the same relative paths.
const rendererSrc = path.join(root, 'renderer');
cpSync(path.join(rendererSrc, 'index.html'), path.join(out, 'renderer', 'index.html'));
const copyCss = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) copyCss(p);
    else if (name.endsWith('.css')) {
      const dest = path.join(out, 'renderer', path.relative(rendererSrc, p));
      // Copied on every build (an edited stylesheet must reach dist/); only esbuild's own main.css — what a
      // stylesheet imported from TS becomes — is never clobbered.
      if (dest !== path.join(out, 'renderer', 'main.css')) cpSync(p, dest);
    }
  }
};
copyCss(rendererSrc);

// file:// pages get no HTTP headers, so Electron relies on the page's own CSP <meta>; insist that there is one.
const html = readFileSync(path.join(out, 'renderer', 'index.html'), 'utf8');
if (!/http-equiv=["']Content-Security-Policy["']/i.test(html)) {
  const { CSP } = await import('../csp.ts').catch(() => ({ CSP: null }));
  const policy = CSP ?? "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-src 'none'";
  writeFileSync(path.join(out, 'renderer', 'index.html'), html.replace(/<head>/i, `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`));
}

console.log(`build: dist/renderer, dist/electron, dist/host in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
