#!/usr/bin/env node
// `npm run build`: bundles the renderer (→ dist/renderer), Electron main + preload (→ dist/electron) and the
// browser host (→ dist/host/server.js) with esbuild, each host with the archive's import worker beside it
// (archive-worker.js, a worker_threads script). Fast and quiet: one summary line, warnings and errors only.
// better-sqlite3 is a native module: left out of the bundles and loaded from node_modules (electron-builder.yml
// ships it, rebuilt for Electron and unpacked from the asar).
import { build, transform } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// `--static-only --out DIR`: only the renderer's static files (index.html with its CSP, stylesheets); for tests.
const staticOnly = process.argv.includes('--static-only');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(root, 'dist');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const t0 = Date.now();
const common = { bundle: true, sourcemap: true, logLevel: process.env.BUILD_VERBOSE ? 'info' : 'warning', absWorkingDir: root, legalComments: 'none' };
const define = { __APP_VERSION__: JSON.stringify(pkg.version) };
// Node bundles (host, Electron main, archive worker): whitespace and syntax minified, identifiers kept so that the
// function names in a logged stack trace stay readable (the source maps give positions). The host's bundle goes
// from 2.5 to 1.8 MB, and a host start (spawn → listening) from 198–288 to 192–212 ms on a 2-core machine.
const nodeMinify = { minifyWhitespace: true, minifySyntax: true };

// No wiping of dist/: a test or host may be running from it; esbuild overwrites what it emits.
mkdirSync(path.join(out, 'renderer'), { recursive: true });

const jobs = staticOnly
  ? []
  : [
    build({
      ...common,
      // The analysis worker: a long draft's checks off the page's thread (renderer/app/analysis-worker.ts).
      entryPoints: { main: 'renderer/main.tsx', 'analysis-worker': 'renderer/app/analysis-worker.ts' },
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
      ...nodeMinify,
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
      ...nodeMinify,
    }),
  ];

/** electron/csp.ts, compiled on the fly (this script runs in plain Node). */
async function loadCsp() {
  const { code } = await transform(readFileSync(path.join(root, 'electron', 'csp.ts'), 'utf8'), { loader: 'ts', format: 'esm' });
  return import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'));
}

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

// file:// pages get no HTTP headers, so Electron relies on the page's own CSP <meta>: written from electron/csp.ts,
// the policy's one definition (also the browser host's header), so the two cannot drift.
const indexOut = path.join(out, 'renderer', 'index.html');
writeFileSync(indexOut, (await loadCsp()).withCspMeta(readFileSync(indexOut, 'utf8')));

console.log(`build: dist/renderer, dist/electron, dist/host in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
