/**
 * The folder holding dist/ and assets/ — the repo in development, app.asar when packaged — found by walking up
 * from the running bundle (dist/electron or dist/host). Not app.getAppPath(): that is dist/electron when
 * Electron is started on dist/electron/main.js directly (as the e2e suite does).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export function findAppRoot(from: string): string | null {
  for (let d = path.resolve(from); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, 'assets', 'seed-reports.txt'))) return d;
    if (path.dirname(d) === d) return null;
  }
}
