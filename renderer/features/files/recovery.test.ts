import { describe, expect, it } from 'vitest';
import type { Recovery } from '../../../electron/api';
import type { BlockElement } from '#core/draft/model';
import { recoveryFirstLine, recoveryName } from './recovery';

const rec = (content: BlockElement[], path: string | null = null): Recovery => ({ id: 'r1', path, savedAt: '2026-01-01T00:00:00Z', draft: { meta: { createdAt: 'c', updatedAt: 'u' }, content } });

describe('a recovery copy as listed', () => {
  it('is named by its file, else its title', () => {
    expect(recoveryName(rec([{ type: 'title', children: [{ text: '工作报告' }] }], '/d/草稿 一.gwdraft'))).toBe('草稿 一');
    expect(recoveryName(rec([{ type: 'title', children: [{ text: '工作报告' }] }]))).toBe('工作报告');
    expect(recoveryName(rec([{ type: 'paragraph', children: [{ text: '正文' }] }]))).toBe('未命名草稿');
  });

  it('begins with the first words of its own, not a skeleton’s unfilled 称呼', () => {
    const content = [
      { type: 'title', children: [{ text: '报告' }] },
      { type: 'salutation', children: [{ text: '' }, { type: 'placeholder', label: '称呼', children: [{ text: '' }] }, { text: '：' }] },
      { type: 'paragraph', children: [{ text: '今年以来，我们坚持稳中求进。' }] },
    ] as BlockElement[];
    expect(recoveryFirstLine(rec(content))).toBe('今年以来，我们坚持稳中求进。');
    expect(recoveryFirstLine(rec([{ type: 'title', children: [{ text: '只有标题' }] }]))).toBe('（没有正文）');
  });
});
