/** The suite runs against the built app; build it once if `npm test`'s build stage has not. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export default function globalSetup(): void {
  const root = path.resolve(__dirname, '..');
  const built = ['dist/host/server.js', 'dist/renderer/index.html', 'dist/renderer/main.js'].every((f) => existsSync(path.join(root, f)));
  if (!built || process.env.GONGWEN_E2E_BUILD === '1') execFileSync(process.execPath, ['electron/tools/build.mjs'], { cwd: root, stdio: 'inherit' });
}
