/** Messages between the host (worker-client.ts) and the archive worker (worker.ts). */
import type { ArchiveStatus, DocumentCorrections, ErrorCode, ImportJob } from '../../api';
import type { ImportIssue } from '../../core/corpus/types';
import type { WorkerScript } from './thread';

export interface WorkerInit {
  dataDir: string;
  /** Folder holding seed-reports.txt. */
  assetsDir: string;
  /** Content hashes of files during whose analysis a previous worker died: recorded as failed, not analysed again. */
  poisoned: string[];
  /** This worker's own script, to start analysis threads on (none without it). */
  script?: WorkerScript;
  /** Analysis threads (default: derive-pool.ts analyserCount()). */
  analysers?: number;
}

/** A file to import: bytes (browser host, renderer) or a path the host's own dialog returned (Electron). */
export type ImportInput = { name: string; bytes: Uint8Array } | { path: string };

export type Command =
  | { op: 'remove'; keys: string[] }
  | { op: 'reset' }
  | { op: 'restore'; token: string }
  | { op: 'correct'; key: string; corrections: DocumentCorrections | null }
  /** Resolves once every queued act and skeleton refresh is done (tests, benches). */
  | { op: 'idle' };

export type ToWorker =
  | { t: 'init'; init: WorkerInit }
  | { t: 'start'; id: string; files: ImportInput[]; expected: number; issues?: ImportIssue[] }
  | { t: 'append'; id: string; files: ImportInput[] }
  | { t: 'cancel'; id: string }
  | { t: 'call'; rid: number; cmd: Command };

export type FromWorker =
  /** The built-in corpus is in the database: queries can be answered. */
  | { t: 'ready' }
  | { t: 'job'; job: ImportJob }
  | { t: 'task'; task: ArchiveStatus['task'] }
  /** About to analyse the file with this hash (so a crash can be pinned on it). */
  | { t: 'working'; hash: string | null }
  | { t: 'notice'; text: string }
  | { t: 'reply'; rid: number; ok: true; result: unknown }
  | { t: 'reply'; rid: number; ok: false; error: string; user: boolean; code?: ErrorCode }
  | { t: 'log'; text: string };
