import { describe, expect, it } from 'vitest';
import type { ImportJob } from '../../../electron/api';
import { issuesInOrder, outcomeText } from './import-outcome';

const notice = (file: string) => ({ file, message: '已略去 12 行网页或版权等非正文内容', severity: 'warning' as const });

describe('how an import ended', () => {
  it('lists what could not be imported first, then what the folder held besides, then the notices, each in order', () => {
    const issues = [notice('a.txt'), notice('b.txt'), { file: '坏.docx', message: '文件已损坏', severity: 'error' as const }, { file: '', message: '另有 2 个文件不是 .txt、.md 或 .docx，未导入', severity: 'warning' as const }, notice('c.txt'), { file: '空.txt', message: '文件为空', severity: 'error' as const }];
    expect(issuesInOrder(issues).map((i) => i.file)).toEqual(['坏.docx', '空.txt', '', 'a.txt', 'b.txt', 'c.txt']);
  });

  it('says it in one sentence, counting the files that could not be imported', () => {
    const job: ImportJob = { id: 'j', state: 'done', total: 4, done: 4, current: null, imported: 2, skipped: 1, issues: [notice('a.txt'), { file: '坏.docx', message: '文件已损坏', severity: 'error' }] };
    expect(outcomeText(job)).toBe('导入完成：新增 2 份材料，1 份与已有材料内容相同，已跳过，1 份未能导入');
  });
});
