/** The Electron adapter turns what crosses contextBridge (plain `{ message, code }` objects) back into HostErrors. */
import { afterEach, describe, expect, it } from 'vitest';
import { HostError } from '../../electron/api';
import { createElectronHost } from './electron-host';

const g = globalThis as unknown as { window?: { gongwenHost?: unknown } };
afterEach(() => delete g.window);

describe('Electron HostApi adapter', () => {
  it('rejects with a HostError carrying the code; resolves and plain calls pass through', async () => {
    const unsubscribe = () => undefined;
    g.window = {
      gongwenHost: {
        kind: 'electron',
        draftSave: () => Promise.reject({ name: 'HostError', message: '保存草稿失败：磁盘空间已满', code: 'DISK_FULL' }),
        prefsGet: () => Promise.resolve({ settings: 1 }),
        startup: () => Promise.reject(new Error('旧式错误')),
        onOpenRequest: () => unsubscribe,
      },
    };
    const h = createElectronHost();
    expect(h.kind).toBe('electron');
    const e = await h.draftSave({} as never, '/x').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    expect(e).toMatchObject({ message: '保存草稿失败：磁盘空间已满', code: 'DISK_FULL' });
    expect(await h.prefsGet()).toEqual({ settings: 1 });
    await expect(h.startup()).rejects.toMatchObject({ name: 'HostError', code: 'INTERNAL', message: '旧式错误' });
    expect(h.onOpenRequest(() => undefined)).toBe(unsubscribe);
  });
});
