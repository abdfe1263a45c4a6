/** Bundles an Electron entry point (main or preload) for Node, with `electron` replaced by the recording stand-in. */
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

/** A native module stays outside a test bundle; an absolute path lets the bundle load it from a temp folder. */
export const nativeModulesOutside: Plugin = {
  name: 'native',
  setup: (b) => b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: require.resolve('better-sqlite3'), external: true })),
};

export async function bundleWithFakeElectron(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'error',
    plugins: [
      { name: 'fake-electron', setup: (b) => b.onResolve({ filter: /^electron$/ }, () => ({ path: path.join(__dirname, 'fake-electron.cjs') })) },
      nativeModulesOutside,
    ],
  });
}
