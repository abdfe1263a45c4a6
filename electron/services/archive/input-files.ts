/**
 * The files a picked folder holds for import, as paths: the worker reads each when its turn comes, so a
 * folder of a thousand files is never all in memory at once. Same rules as reading a folder for the CLI
 * (services/corpus-files.ts readInputFiles): recursive, .txt/.md/.docx only, hidden and Office lock files skipped.
 * What else the folder held is said once (notImportedIssue): 300 old .doc files must not vanish without a word.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { extensionOf, ignoredInFolder, notImportedIssue, SUPPORTED_EXTENSIONS } from '../../core/corpus/import';
import type { ImportIssue } from '../../core/corpus/types';

export async function listCorpusFiles(paths: string[]): Promise<{ files: string[]; issues: ImportIssue[] }> {
  const files: string[] = [];
  const issues: ImportIssue[] = [];
  const left: string[] = [];
  const visit = async (p: string, explicit: boolean): Promise<void> => {
    let st;
    try {
      st = await fs.stat(p);
    } catch {
      issues.push({ file: p, message: '找不到该文件或文件夹', severity: 'error' });
      return;
    }
    if (!st.isDirectory()) {
      // A file named explicitly goes to the importer whatever its type, so it can say why it is refused.
      if (explicit || SUPPORTED_EXTENSIONS.includes(extensionOf(p))) files.push(p);
      else left.push(p);
      return;
    }
    const before = files.length;
    let entries: string[];
    try {
      entries = (await fs.readdir(p)).sort();
    } catch {
      issues.push({ file: p, message: '没有读取权限', severity: 'error' });
      return;
    }
    for (const name of entries) {
      if (ignoredInFolder(name) || name === 'node_modules') continue;
      await visit(path.join(p, name), false);
    }
    if (explicit && files.length === before && !left.length) issues.push({ file: p, message: '文件夹中没有 .txt、.md 或 .docx 文件', severity: 'error' });
  };
  for (const p of paths) await visit(p, true);
  const notice = notImportedIssue(left, !files.length);
  if (notice) issues.push(notice);
  return { files, issues };
}
