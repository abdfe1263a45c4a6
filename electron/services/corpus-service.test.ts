import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusService } from './corpus-service';
import { realEngines } from './engines';

const ROOT = path.resolve(__dirname, '..', '..');
const assetsDir = path.join(ROOT, 'assets');
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'gw-corpus-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A real GBK-encoded 实施方案 (the corpus engine's fixture), the way an old Windows machine saved it. */
const gbkPlan = new Uint8Array(readFileSync(path.join(ROOT, 'electron', 'core', 'corpus', 'fixtures', 'mini-plan.gbk.txt')));
const seed = readFileSync(path.join(assetsDir, 'seed-reports.txt'));

describe('corpus service', () => {
  it('derives the seed’s five documents once and caches them', async () => {
    const c = new CorpusService({ dataDir: tmp(), assetsDir, engine: realEngines.engine });
    const a = await c.data();
    expect(a.summary.documents.length).toBe(5);
    expect(a.summary.documents.map((d) => d.genre)).toEqual(['inaugural', 'annual-report', 'speech', 'plan', 'speech']);
    expect(a.texts.map((t) => t.paragraphs.length).every((n) => n > 3)).toBe(true);
    expect(await c.data()).toBe(a);
  });

  it('keeps imported files in the data dir across restarts, skips broken ones, and resets', async () => {
    const dataDir = tmp();
    const c = new CorpusService({ dataDir, assetsDir, engine: realEngines.engine });
    await c.data();
    const r = await c.import([
      { name: 'C:\\材料\\2023年方案.txt', bytes: gbkPlan },
      { name: '空文件.txt', bytes: new Uint8Array() },
      { name: '扫描件.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) },
    ]);
    expect(r.imported).toBe(1);
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.file).sort()).toEqual(['扫描件.pdf', '空文件.txt'].sort());
    for (const i of r.issues) expect(i.message).toMatch(/[\u4e00-\u9fff]/);
    expect(readdirSync(path.join(dataDir, 'corpus'))).toEqual(['2023年方案.txt']);

    const after = await c.data();
    expect(after.summary.documents.length).toBe(6);
    expect(after.summary.issues).toEqual(expect.arrayContaining(r.issues));
    const mine = after.summary.documents.filter((d) => !d.builtIn);
    expect(mine.map((d) => [d.fileName, d.genre])).toEqual([['2023年方案.txt', 'plan']]);

    // A restart sees the imported file again.
    const again = new CorpusService({ dataDir, assetsDir, engine: realEngines.engine });
    expect((await again.data()).summary.documents.length).toBe(6);
    // Importing a file with the seed's own name does not make it “built in”.
    await again.import([{ name: 'seed-reports.txt', bytes: new Uint8Array(seed) }]);
    const d = await again.data();
    expect(d.summary.documents.filter((x) => x.builtIn).length).toBe(5);
    expect([...new Set(d.summary.documents.filter((x) => !x.builtIn).map((x) => x.fileName))].sort()).toEqual(['2023年方案.txt', 'seed-reports（2）.txt']);

    await again.reset();
    expect((await again.data()).summary.documents.length).toBe(5);
  });
});
