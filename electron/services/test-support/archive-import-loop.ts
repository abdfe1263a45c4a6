/**
 * Child process for the archive crash test: runs the archive worker's work in this process (no thread), imports
 * `PER_RUN` synthetic reports of its own (content seeded by argv) and removes and restores documents as it goes,
 * until the parent kills it with SIGKILL. Prints `ready` once started and `job <state> <imported> <done>/<total>`
 * per progress report (a file is reported only once committed).
 * argv: <data dir> <assets dir> <seed>
 */
import { syntheticArchive } from '../../../bench/synthetic-archive';
import type { FromWorker } from '../archive/protocol';
import { ArchiveWorker } from '../archive/worker';

export const PER_RUN = 60;

export function runFiles(seed: number) {
  return syntheticArchive(PER_RUN, 1000 + seed, 1500).map((f) => ({ name: `run${seed}-${f.name}`, bytes: new TextEncoder().encode(f.text) }));
}

const [dataDir, assetsDir, seedArg] = process.argv.slice(2);

async function main(): Promise<void> {
  const runSeed = Number(seedArg) || 1;
  let state = runSeed;
  const rand = () => ((state = (state * 48271) % 2147483647) / 2147483647);
  const files = runFiles(runSeed);
  const w = new ArchiveWorker((m: FromWorker) => {
    if (m.t === 'job') process.stdout.write(`job ${m.job.state} ${m.job.imported} ${m.job.done}/${m.job.total}\n`);
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

if (process.argv[1] && /archive-import-loop/.test(process.argv[1])) void main();
