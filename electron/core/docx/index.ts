/** Public API of the .docx module: pure, usable in Node, a worker and the renderer. */
export { exportDocx, type ExportOptions } from './export-docx';
export { findExportIssues, type ExportIssues, type ExportIssueItem } from './export-issues';
export { importDocx, type ImportResult } from './import-docx';
export { splitTitle } from './title-lines';
export { draftToPlainText } from '../draft/plain-text';
export { draftToClipboardHtml } from '../draft/rich-html';
