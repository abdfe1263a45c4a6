/** Bundles a React test harness the way the app is bundled (esbuild, production React), for loading into Chromium in a unit test. */
import { build } from 'esbuild';

export async function bundleHarness(entry: string): Promise<string> {
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error' });
  return out.outputFiles[0].text;
}
