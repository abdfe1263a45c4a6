/**
 * Where the tests find the real development set: `../shared/corpus/real` beside the repository when it is there
 * (the team's shared, possibly newer copy), else the copy kept in the repository
 * (electron/core/corpus/fixtures/real, same files and labels, sources in its README), so a clean clone on its own
 * still runs every real-document test instead of failing for want of a folder.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SHARED = fileURLToPath(new URL('../../../shared/corpus/real/', import.meta.url));
const KEPT = fileURLToPath(new URL('../core/corpus/fixtures/real/', import.meta.url));

/** The folder holding the development set's .txt files and labels.json, with a trailing slash. */
export const REAL_DIR = existsSync(`${SHARED}labels.json`) ? SHARED : KEPT;
