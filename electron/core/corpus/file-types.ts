/**
 * Which files the archive takes, by name: plain text and Markdown, and Word's .docx. Apart from the importer so the page
 * (the browser host's folder pick) can ask without loading the importer. Pure.
 */
import type { ImportIssue } from './types';

export const TEXT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown'];
export const WORD_EXTENSIONS = ['.docx'];
export const SUPPORTED_EXTENSIONS = [...TEXT_EXTENSIONS, ...WORD_EXTENSIONS];

export function extensionOf(name: string): string {
  const m = /\.[^./\\]+$/.exec(name);
  return m ? m[0].toLowerCase() : '';
}

export function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

/** Files a folder holds that are never material: hidden ones, Office's lock files (~$报告.docx), the system's own. */
const SYSTEM_FILES = /^(?:thumbs\.db|desktop\.ini)$/i;
export function ignoredInFolder(name: string): boolean {
  const base = baseName(name);
  return base.startsWith('.') || base.startsWith('~$') || SYSTEM_FILES.test(base);
}

/**
 * What a picked folder held besides what can be imported, said once for the folder: an office's archive holds
 * old Word (.doc) and WPS (.wps) files, PDFs and spreadsheets, and a count that leaves them out silently would
 * read as “all imported”. Null when nothing was left out. (A .doc picked by itself is refused by importFiles, by name.)
 * `nothingElse`: the folder held nothing that could be imported (said as the reason nothing was).
 */
export function notImportedIssue(names: readonly string[], nothingElse = false): ImportIssue | null {
  const counts = new Map<string, number>();
  for (const n of names) {
    if (ignoredInFolder(n)) continue;
    const ext = extensionOf(baseName(n)) || '无扩展名';
    counts.set(ext, (counts.get(ext) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (!total) return null;
  const byCount = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const shown = byCount.slice(0, 4).map(([ext, n]) => `${ext} ${n} 个`);
  if (byCount.length > 4) shown.push('等');
  // What to do with the ones that are documents: saved again as .docx (Word and WPS both can), then imported.
  const kinds = [counts.has('.doc') && '旧版 Word（.doc）', counts.has('.wps') && 'WPS（.wps）'].filter(Boolean).join('和 ');
  const advice = kinds ? `${kinds}文件请先在 Word 或 WPS 中“另存为” .docx，再导入。` : '';
  const what = nothingElse ? `文件夹中没有 .txt、.md 或 .docx 文件，只有 ${total} 个其他文件` : `另有 ${total} 个文件不是 .txt、.md 或 .docx，未导入`;
  return { file: '', severity: nothingElse ? 'error' : 'warning', message: `${what}（${shown.join('、')}）。${advice}` };
}
