/** Where the archive lives in the data directory. */
import path from 'node:path';

export const SEED_FILE = 'seed-reports.txt';

export function archivePaths(dataDir: string) {
  const root = path.join(dataDir, 'archive');
  return {
    root,
    db: path.join(root, 'archive.sqlite'),
    ledger: path.join(root, 'ledger.jsonl'),
    originals: path.join(root, 'originals'),
    /** Before the archive, imported files were copied here under their own names; migrated on first start. */
    legacy: path.join(dataDir, 'corpus'),
  };
}
