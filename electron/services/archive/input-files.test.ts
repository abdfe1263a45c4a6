import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listCorpusFiles } from './input-files';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function folder(files: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gw-list-'));
  dirs.push(dir);
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), 'x');
  }
  return dir;
}

describe('the files of a picked folder (Electron: the worker reads them by path)', () => {
  it('takes text and .docx in path order, leaves hidden and lock files, and says once what else it left out', async () => {
    const dir = folder(['2024/报告.txt', '2024/~$报告.docx', '2023/讲话.docx', '2023/.隐藏.txt', '旧/2009总结.doc', '旧/扫描.pdf', 'Thumbs.db']);
    const r = await listCorpusFiles([dir]);
    expect(r.files.map((f) => path.relative(dir, f))).toEqual(['2023/讲话.docx', '2024/报告.txt']);
    expect(r.issues).toEqual([{ file: '', severity: 'warning', message: expect.stringMatching(/^另有 2 个文件不是 \.txt、\.md 或 \.docx，未导入（\.doc 1 个、\.pdf 1 个）。旧版 Word/) }]);
  });

  it('says why nothing was imported from a folder of old Word files', async () => {
    const r = await listCorpusFiles([folder(['1.doc', '2.doc'])]);
    expect(r.files).toEqual([]);
    expect(r.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^文件夹中没有 \.txt、\.md 或 \.docx 文件，只有 2 个其他文件（\.doc 2 个）/)]);
  });

  it('passes a file picked by itself to the importer whatever its type (it says why a .doc is refused)', async () => {
    const dir = folder(['旧.doc']);
    const r = await listCorpusFiles([path.join(dir, '旧.doc')]);
    expect(r.files).toEqual([path.join(dir, '旧.doc')]);
    expect(r.issues).toEqual([]);
  });
});
