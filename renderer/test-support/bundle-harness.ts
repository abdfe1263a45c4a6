/**
 * Bundles a React test harness the way the app is bundled (esbuild, production React), for loading into
 * Chromium in a unit test. Stylesheets the components import are bundled apart, as in the app (main.css), and
 * left out: the test loads the real stylesheet it means to check.
 */
import { build } from 'esbuild';

export async function bundleHarness(entry: string): Promise<string> {
  // An output path (never written) lets components import their CSS.
  const out = await build({ entryPoints: [entry], bundle: true, write: false, outdir: 'harness-out', format: 'iife', jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error' });
  return out.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
}
