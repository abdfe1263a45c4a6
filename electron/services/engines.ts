/**
 * The real engines both hosts wire into createServices (kept apart so services stay testable on their own).
 * The corpus engine runs in the archive worker (archive/worker.ts), which imports it itself.
 */
import { exportDocx } from '../core/docx/export-docx';
import { importDocx } from '../core/docx/import-docx';
import type { ServicesOptions } from './services';

export const realEngines: Pick<ServicesOptions, 'importDocx' | 'exportDocx'> = {
  importDocx,
  exportDocx: (draft, opts) => exportDocx(draft, opts),
};
