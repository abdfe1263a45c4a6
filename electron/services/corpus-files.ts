/**
 * Node-only helpers: read files and folders into InputFile[] (sizes checked with stat before
 * reading), and load the default corpus shipped in assets/. Hosts and the CLI use these; the pure
 * engine never touches the file system.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Corpus, ImportIssue, InputFile } from '#core/corpus/types';
import { MAX_FILE_BYTES } from '#core/corpus/decode';
import { extensionOf, ignoredInFolder, importFiles, SUPPORTED_EXTENSIONS } from '#core/corpus/import';

export interface ReadResult {
  files: InputFile[];
  issues: ImportIssue[];
}

function fsMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return '找不到该文件或文件夹';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  if (code === 'EISDIR') return '这是文件夹，不是文件';
  return `无法读取：${(e as Error)?.message ?? String(e)}`;
}

/**
 * Read files and folders (recursively; only .txt/.md/.docx inside folders, hidden entries skipped).
 * A file named explicitly is passed on whatever its extension, so the importer can say why it is refused.
 */
export async function readInputFiles(paths: string[], opts: { maxBytes?: number } = {}): Promise<ReadResult> {
  const max = opts.maxBytes ?? MAX_FILE_BYTES;
  const out: ReadResult = { files: [], issues: [] };
  const visit = async (p: string, explicit: boolean): Promise<void> => {
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      out.issues.push({ file: p, message: fsMessage(e), severity: 'error' });
      return;
    }
    if (st.isDirectory()) {
      let entries: string[];
      try {
        entries = (await readdir(p)).sort();
      } catch (e) {
        out.issues.push({ file: p, message: fsMessage(e), severity: 'error' });
        return;
      }
      const before = out.files.length + out.issues.length;
      for (const name of entries) {
        if (ignoredInFolder(name) || name === 'node_modules') continue;
        const child = path.join(p, name);
        let cst;
        try {
          cst = await stat(child);
        } catch {
          continue;
        }
        if (cst.isDirectory() || SUPPORTED_EXTENSIONS.includes(extensionOf(name))) await visit(child, false);
      }
      if (explicit && out.files.length + out.issues.length === before) out.issues.push({ file: p, message: '文件夹中没有 .txt、.md 或 .docx 文件', severity: 'error' });
      return;
    }
    if (!st.isFile()) {
      out.issues.push({ file: p, message: '不是普通文件', severity: 'error' });
      return;
    }
    if (st.size > max) {
      out.issues.push({ file: p, message: `文件过大（${(st.size / 1048576).toFixed(1)} MB，上限 ${Math.round(max / 1048576)} MB）`, severity: 'error' });
      return;
    }
    try {
      out.files.push({ name: p, bytes: new Uint8Array(await readFile(p)) });
    } catch (e) {
      out.issues.push({ file: p, message: fsMessage(e), severity: 'error' });
    }
  };
  for (const p of paths) await visit(p, true);
  return out;
}

/** Read and import in one step; file-system issues come first in `issues`. */
export async function importPaths(paths: string[], opts: { maxBytes?: number } = {}): Promise<Corpus> {
  const read = await readInputFiles(paths, opts);
  const corpus = await importFiles(read.files, opts);
  return { documents: corpus.documents, issues: [...read.issues, ...corpus.issues] };
}

/** Where assets/seed-reports.txt is: $GONGWEN_ASSETS, then the working directory and its parents. */
export function defaultCorpusPath(): string {
  const candidates: string[] = [];
  if (process.env.GONGWEN_ASSETS) candidates.push(path.join(process.env.GONGWEN_ASSETS, 'seed-reports.txt'));
  let dir = process.cwd();
  for (let i = 0; i < 6; i++) {
    candidates.push(path.join(dir, 'assets', 'seed-reports.txt'));
    dir = path.dirname(dir);
  }
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}

/** The embedded default corpus (five past reports), analysed. The ids use the file's name: `seed-reports.txt#N`. */
export async function loadDefaultCorpus(file = defaultCorpusPath()): Promise<Corpus> {
  const bytes = new Uint8Array(await readFile(file));
  return importFiles([{ name: path.basename(file), bytes }]);
}
