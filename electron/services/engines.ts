/** The real engines both hosts wire into createServices (kept apart so services stay testable on their own). */
import { deriveSkeletons, extractPhrases, extractSections, importFiles } from '../core/corpus';
import { exportDocx } from '../core/docx/export-docx';
import { importDocx } from '../core/docx/import-docx';
import type { ServicesOptions } from './services';

export const realEngines: Pick<ServicesOptions, 'engine' | 'importDocx' | 'exportDocx'> = {
  engine: { importFiles: (files) => importFiles(files), deriveSkeletons, extractPhrases, extractSections },
  importDocx,
  exportDocx: (draft, opts) => exportDocx(draft, opts),
};
