import { describe, expect, it } from 'vitest';
import { notImportedIssue } from './file-types';

describe('what a picked folder held besides what can be imported', () => {
  it('is counted by type, the most frequent first, with advice for old Word and WPS files', () => {
    const names = ['a/2009年总结.doc', 'a/2010年总结.DOC', 'a/扫描件.pdf', 'b/计划.wps', 'b/表.xls', 'b/照片.jpg', 'b/说明'];
    const i = notImportedIssue(names)!;
    expect(i.severity).toBe('warning');
    expect(i.message).toBe('另有 7 个文件不是 .txt、.md 或 .docx，未导入（.doc 2 个、.jpg 1 个、.pdf 1 个、.wps 1 个、等）。旧版 Word（.doc）和 WPS（.wps）文件请先在 Word 或 WPS 中“另存为” .docx，再导入。');
  });

  it('says nothing of the system’s own files, and nothing at all when nothing was left out', () => {
    expect(notImportedIssue([])).toBeNull();
    expect(notImportedIssue(['x/Thumbs.db', 'x/desktop.ini', '.DS_Store'])).toBeNull();
    expect(notImportedIssue(['x/扫描件.pdf', 'x/Thumbs.db'])!.message).toBe('另有 1 个文件不是 .txt、.md 或 .docx，未导入（.pdf 1 个）。');
  });

  it('names in its advice only the kinds of document it found', () => {
    expect(notImportedIssue(['a.wps'])!.message).toBe('另有 1 个文件不是 .txt、.md 或 .docx，未导入（.wps 1 个）。WPS（.wps）文件请先在 Word 或 WPS 中“另存为” .docx，再导入。');
    expect(notImportedIssue(['a.doc'])!.message).toMatch(/。旧版 Word（\.doc）文件请先在 Word 或 WPS 中“另存为” \.docx，再导入。$/);
  });

  it('is the reason when the folder held nothing importable', () => {
    const i = notImportedIssue(['旧材料/1.doc', '旧材料/2.doc'], true)!;
    expect(i.severity).toBe('error');
    expect(i.message).toMatch(/^文件夹中没有 \.txt、\.md 或 \.docx 文件，只有 2 个其他文件（\.doc 2 个）。旧版 Word/);
  });
});
