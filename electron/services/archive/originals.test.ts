import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentHash, Originals } from './originals';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function fresh(): Originals {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-originals-'));
  dirs.push(d);
  return new Originals(path.join(d, 'originals'));
}

/** Every file under the originals' folder, temp files included. */
function filesUnder(o: Originals): string[] {
  return fs.existsSync(o.dir) ? (fs.readdirSync(o.dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(o.dir, f)).isFile()) : [];
}

describe('Originals: staged ahead of the commit', () => {
  const bytes = new TextEncoder().encode('二〇二五年工作报告');
  const hash = contentHash(bytes);

  it('a staged file is not an original until placed; placed, it is kept under its hash and read back whole', async () => {
    const o = fresh();
    const s = await o.stage(hash, '.txt', bytes);
    expect(o.has(hash, '.txt')).toBe(false);
    expect(filesUnder(o)).toHaveLength(1); // the temp file
    o.place(s);
    expect(o.has(hash, '.txt')).toBe(true);
    expect(o.read(hash, '.txt')).toEqual(bytes);
    expect(filesUnder(o)).toEqual([path.join(hash.slice(0, 2), hash + '.txt')]);
    await o.flush();
  });

  it('a cancelled file leaves nothing (discard), and a killed import’s temp file is neither listed nor kept (list)', async () => {
    const o = fresh();
    o.discard(await o.stage(hash, '.txt', bytes));
    await new Promise((r) => setTimeout(r, 50));
    expect(filesUnder(o)).toEqual([]);
    await o.stage(hash, '.txt', bytes); // as if the process died before the commit
    expect(o.list()).toEqual([]);
    expect(filesUnder(o)).toEqual([]);
  });

  it('placing content already kept only drops the temp file', async () => {
    const o = fresh();
    o.place(await o.stage(hash, '.txt', bytes));
    o.place(await o.stage(hash, '.txt', bytes));
    expect(filesUnder(o)).toHaveLength(1);
    expect(o.list()).toEqual([{ hash, ext: '.txt' }]);
  });

  it('many files of one shard staged at once share one directory creation', async () => {
    const o = fresh();
    const all = Array.from({ length: 40 }, (_, i) => new TextEncoder().encode(`第${i}份`));
    const staged = await Promise.all(all.map((b) => o.stage(contentHash(b), '.txt', b)));
    staged.forEach((s) => o.place(s));
    expect(o.list()).toHaveLength(40);
  });
});
