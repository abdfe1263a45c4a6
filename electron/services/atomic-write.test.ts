import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDraftFile, serializeDraft } from '../core/draft/file-format';
import { atomicWriteFile, removeStaleTempFiles, writeNewFile } from './atomic-write';
import { bigDraft, versionOf } from './test-support/big-draft';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'gw-atomic-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('writeNewFile', () => {
  it('concurrent creations under one name each get a file of their own, whole', async () => {
    const d = tmp();
    const nameFor = (n: number) => (n === 1 ? '报告.gwdraft' : `报告（${n}）.gwdraft`);
    const made = await Promise.all(Array.from({ length: 200 }, (_, i) => writeNewFile(d, nameFor, `第${i}份`)));
    expect(new Set(made).size).toBe(200);
    const names = readdirSync(d);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(new Set(names.map((n) => readFileSync(path.join(d, n), 'utf8'))).size).toBe(200);
  });
});

describe('atomicWriteFile', () => {
  it('writes, replaces and keeps the previous version as .bak', async () => {
    const f = path.join(tmp(), '报告.gwdraft');
    await atomicWriteFile(f, 'one', { backup: true });
    expect(readFileSync(f, 'utf8')).toBe('one');
    await atomicWriteFile(f, 'two', { backup: true });
    await atomicWriteFile(f, 'three', { backup: true });
    expect(readFileSync(f, 'utf8')).toBe('three');
    expect(readFileSync(f + '.bak', 'utf8')).toBe('two');
    expect(readdirSync(path.dirname(f)).sort()).toEqual(['报告.gwdraft', '报告.gwdraft.bak']);
  });

  it('leaves the old file untouched when the write fails', async () => {
    const d = tmp();
    const f = path.join(d, 'a.gwdraft');
    writeFileSync(f, 'old');
    // A directory where the target should be makes rename fail after the temp file was written.
    const blocked = path.join(d, 'sub');
    await atomicWriteFile(path.join(blocked, 'x'), 'x');
    await expect(atomicWriteFile(blocked, 'new')).rejects.toThrow();
    expect(readFileSync(f, 'utf8')).toBe('old');
    expect(readdirSync(d).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('removes temp files left by a killed process but not its own', async () => {
    const d = tmp();
    writeFileSync(path.join(d, '.a.gwdraft.99999999.0123abcd.tmp'), 'partial');
    writeFileSync(path.join(d, 'keep.gwdraft'), 'x');
    expect(await removeStaleTempFiles(d)).toBe(1);
    expect(readdirSync(d)).toEqual(['keep.gwdraft']);
  });

  it('a process SIGKILLed at random moments during repeated saves always leaves a complete old or new file', async () => {
    const d = tmp();
    const target = path.join(d, '工作报告.gwdraft');
    writeFileSync(target, serializeDraft(bigDraft(0)));
    const child = path.join(__dirname, 'test-support', 'save-loop.ts');
    let last = 0;
    const seen = new Set<number>();
    for (let round = 0; round < 24; round++) {
      const first = (round + 1) * 1000;
      const p = spawn(process.execPath, ['--import', 'tsx', child, target, d, String(first)], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve, reject) => {
        p.stdout.once('data', () => resolve());
        p.once('exit', (code) => reject(new Error('child exited early: ' + code)));
      });
      // Kill somewhere in the middle of the save loop: each save of this ~1.5 MB file takes a few ms.
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 150));
      const exited = new Promise((r) => p.once('exit', r));
      p.kill('SIGKILL');
      await exited;

      for (const f of [target, target + '.bak', path.join(d, 'recovery.json')]) {
        let text: string;
        try {
          text = readFileSync(f, 'utf8');
        } catch (e) {
          // .bak / recovery appear only after the first complete save of the first round.
          if (f === target) throw e;
          continue;
        }
        const r = parseDraftFile(text);
        expect(r.ok, `${path.basename(f)} after kill ${round}`).toBe(true);
        if (r.ok) {
          const v = versionOf(r.draft);
          if (f === target) {
            expect(v === last || v >= first, `target went backwards: ${v} after ${last}`).toBe(true);
            last = v;
            seen.add(v);
          }
        }
      }
    }
    // The kills did interrupt a running save loop (new versions landed), not only an idle child.
    expect(seen.size).toBeGreaterThan(5);
  }, 180_000);
});
