/** Public API of the .docx module: pure, usable in Node, a worker and the renderer. */
export { exportDocx, type ExportOptions } from './export-docx';
export { importDocx, type ImportResult } from './import-docx';
export { splitTitle } from './title-lines';
