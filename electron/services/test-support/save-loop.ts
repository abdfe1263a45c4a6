/**
 * Child process for the crash tests: saves a large draft over and over (alternating versions, as a user's
 * repeated Ctrl+S and the autosave timer would) until the parent kills it with SIGKILL.
 * argv: <target file> <recovery dir> <first version>
 */
import path from 'node:path';
import { atomicWriteFile } from '../atomic-write';
import { serializeDraft } from '../../core/draft/file-format';
import { bigDraft } from './big-draft';

const [target, recoveryDir, first] = process.argv.slice(2);

async function main(): Promise<never> {
  let v = Number(first);
  process.stdout.write('ready\n');
  for (;;) {
    await atomicWriteFile(target, serializeDraft(bigDraft(v)), { backup: true });
    await atomicWriteFile(path.join(recoveryDir, 'recovery.json'), serializeDraft(bigDraft(v)));
    v++;
  }
}
void main();
