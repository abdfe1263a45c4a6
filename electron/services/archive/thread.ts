/** Starting a thread on the archive worker script, bundled (dist) or TypeScript source (tests, benches, through tsx). */
import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface WorkerScript {
  file: string;
  /** Run through tsx (sources in tests and benches). */
  typescript: boolean;
}

export function startThread(script: WorkerScript, workerData: Record<string, unknown>, resourceLimits?: ResourceLimits): Worker {
  return script.typescript
    ? new Worker("require('tsx/cjs/api').register(); require(require('node:worker_threads').workerData.file)", { eval: true, workerData: { ...workerData, file: script.file }, resourceLimits })
    : new Worker(script.file, { workerData, resourceLimits });
}
