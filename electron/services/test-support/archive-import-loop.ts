/**
 * Child process for the archive crash test: runs the archive worker's work in this process (no thread), imports a
 * fixed pool of synthetic reports in a shuffled order and removes and restores documents as it goes, until the
 * parent kills it with SIGKILL. Prints `ready` once started and one line per progress report.
 * argv: <data dir> <assets dir> <shuffle seed>
 */
import { syntheticArchive } from '../../../bench/synthetic-archive';
import type { FromWorker } from '../archive/protocol';
import { ArchiveWorker } from '../archive/worker';

export const POOL = 40;

const [dataDir, assetsDir, seedArg] = process.argv.slice(2);

async function main(): Promise<void> {
  let seed = Number(seedArg) || 1;
  const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const files = syntheticArchive(POOL, 7, 1500).map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));
  for (let i = files.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [files[i], files[j]] = [files[j], files[i]];
  }
  const w = new ArchiveWorker((m: FromWorker) => {
    if (m.t === 'job') process.stdout.write(`job ${m.job.state} ${m.job.done}/${m.job.total}\n`);
  });
  await w.start({ dataDir, assetsDir, poisoned: [] });
  process.stdout.write('ready\n');
  w.startJob('loop', files, files.length);
  // Acts interleaved with the import: remove a document and bring it back.
  for (let k = 0; ; k++) {
    await new Promise((r) => setTimeout(r, 30 + rand() * 60));
    const docs = (w as unknown as { writer: { db: { prepare(s: string): { all(): { key: string }[] } } } }).writer.db
      .prepare('SELECT d.key FROM documents d JOIN files f ON f.id = d.file_id WHERE f.builtin = 0 AND d.removed_at IS NULL')
      .all();
    if (!docs.length) continue;
    const key = docs[Math.floor(rand() * docs.length)].key;
    const { undo } = (await w.call({ op: 'remove', keys: [key] })) as { undo: string };
    if (k % 3) await w.call({ op: 'restore', token: undo });
  }
}

void main();
