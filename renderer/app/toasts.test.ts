/**
 * What a failed host call says: the host's own sentence when it already names what failed (no doubled
 * “未能保存：保存草稿失败：…”), the action otherwise, and what to do when the service itself is the problem.
 */
import { describe, expect, it } from 'vitest';
import { HostError } from '../../electron/api';
import { failureText } from './toasts';

describe('failureText', () => {
  it('shows a service message that already says what failed as it is', () => {
    const e = new HostError('保存草稿失败：磁盘空间已满。请删除不需要的文件或清空回收站，然后重试', 'DISK_FULL');
    expect(failureText('未能保存', e)).toBe(e.message);
    expect(failureText('未能保存', new HostError('当前为只读模式（…）：不能保存或修改。', 'READ_ONLY_INSTANCE'))).toBe('当前为只读模式（…）：不能保存或修改。');
  });

  it('names the action for other messages, and says the text is safe when the service cannot be reached', () => {
    expect(failureText('未能打开', new HostError('文件不存在（可能已被移动或删除）：/d/a.gwdraft', 'NOT_FOUND'))).toBe('未能打开：文件不存在（可能已被移动或删除）：/d/a.gwdraft');
    const gone = failureText('未能保存', new HostError('无法连接到本机服务，请确认公文起草助手仍在运行', 'UNAVAILABLE'));
    expect(gone).toMatch(/^未能保存：无法连接到本机服务/);
    expect(gone).toContain('不会丢失');
    expect(failureText('未能保存', new HostError('参数无效（draftSave）', 'INVALID_ARGUMENT'))).toContain('导出纯文本');
    expect(failureText('未能导出 Word', new Error('x'))).toBe('未能导出 Word：x');
  });
});
