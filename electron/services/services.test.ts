import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../api';
import { emptyDraft } from '../core/draft/model';
import { realEngines } from './engines';
import { createServices } from './services';

const assetsDir = path.resolve(__dirname, '..', '..', 'assets');
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'gw-services-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('createServices', () => {
  it('a corrupt settings store: the app still starts, with a notice, the backup kept and defaults in use', async () => {
    const dataDir = tmp();
    writeFileSync(path.join(dataDir, 'settings.json'), '{"settings": {"speechRate": 2');
    const s = await createServices({ dataDir, assetsDir, host: 'browser', version: '1.2.3', ...realEngines });
    const info = await s.api.startup();
    expect(info).toMatchObject({ host: 'browser', version: '1.2.3' });
    expect(info.notices).toHaveLength(1);
    expect(info.notices[0]).toMatch(/设置文件已损坏.*已恢复为默认设置/);
    expect(readdirSync(dataDir).some((n) => /^settings\.corrupt-.*\.json$/.test(n))).toBe(true);
    expect((await s.api.prefsGet()).settings).toEqual(DEFAULT_SETTINGS);
    // Next start is clean.
    const again = await createServices({ dataDir, assetsDir, host: 'browser', version: '1.2.3', ...realEngines });
    expect((await again.api.startup()).notices).toEqual([]);
  });

  it('cleans temp files a killed save left behind', async () => {
    const dataDir = tmp();
    writeFileSync(path.join(dataDir, '.recovery.json.4242424.deadbeef.tmp'), '{"half');
    await createServices({ dataDir, assetsDir, host: 'browser', version: 't', ...realEngines });
    expect(existsSync(path.join(dataDir, '.recovery.json.4242424.deadbeef.tmp'))).toBe(false);
  });

  it('Electron has no draftSaveNew (it uses its save dialog); the browser host does', async () => {
    const e = await createServices({ dataDir: tmp(), assetsDir, host: 'electron', version: 't', ...realEngines });
    await expect(e.api.draftSaveNew(emptyDraft(), 'x')).rejects.toThrow(/另存为/);
    const b = await createServices({ dataDir: tmp(), assetsDir, host: 'browser', version: 't', ...realEngines });
    expect((await b.api.draftSaveNew(emptyDraft(), 'x')).ok).toBe(true);
  });
});
