/**
 * The host and its import worker open a new archive at the same moment: both must find it created once, neither
 * failing with "table meta already exists" (seen in CI before the migration took its write lock first).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DB = path.join(ROOT, 'electron', 'services', 'archive', 'db.ts');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function openIn(file: string): Promise<{ code: number | null; err: string }> {
  const code = `import(${JSON.stringify(DB)}).then((m) => (m.openDb ?? m.default.openDb)(${JSON.stringify(file)}).close()).catch((e) => { console.error(e.message); process.exit(3); })`;
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', '-e', code], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    p.on('exit', (c) => resolve({ code: c, err }));
  });
}

describe('a new archive opened by several processes at once', () => {
  it('is created once; every opener succeeds', async () => {
    for (let round = 0; round < 4; round++) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'gw-migrate-race-'));
      dirs.push(dir);
      const file = path.join(dir, 'archive.sqlite');
      const results = await Promise.all([0, 1, 2].map(() => openIn(file)));
      expect(results.filter((r) => r.code !== 0).map((r) => r.err.trim())).toEqual([]);
    }
  }, 120_000);
});
