/**
 * One first import in its own process, so its peak memory (maxRSS, the worker thread included) is its own:
 * a fresh data directory, the folder imported through the archive's worker the way Electron imports a picked
 * folder (paths; the worker reads each file in turn). Prints one JSON line.
 *   node --import tsx bench/archive-import.ts <folder> <data dir> [worker script]
 * GONGWEN_ANALYSERS=N sets the number of analysis threads (default: derive-pool.ts analyserCount()).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CorpusService } from '../electron/services/corpus-service';

async function main(): Promise<void> {
  const [folder, dataDir, workerFile] = process.argv.slice(2);
  const files = readdirSync(folder).filter((n) => !n.startsWith('.')).sort().map((n) => path.join(folder, n));
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const c = new CorpusService({ dataDir, assetsDir: path.resolve('assets'), workerScript: workerFile ? { file: path.resolve(workerFile), typescript: false } : undefined,
    analysers: process.env.GONGWEN_ANALYSERS ? Number(process.env.GONGWEN_ANALYSERS) : undefined,
  });
  await c.data();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const job = await c.importPaths(files, true);
  const t1 = performance.now();
  // CPU time of every thread of the process: on a shared machine, the figure that does not depend on the neighbours.
  const cpu = process.cpuUsage(cpu0);
  // Skeletons are refreshed once at the end of an import: the archive is complete when that is done.
  await c.idle();
  const t2 = performance.now();
  const docs = await c.documents({ limit: 1 });
  await c.close();
  console.log(
    JSON.stringify({
      files: files.length,
      bytes,
      imported: job.imported,
      failed: job.issues.filter((i) => i.severity === 'error').length,
      documents: docs.total,
      importMs: t1 - t0,
      importCpuMs: (cpu.user + cpu.system) / 1000,
      idleMs: t2 - t0,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

void main();
