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

describe('export with the unit profile and the author from settings', () => {
  it('docxExport and docxToPdf use the selected 细则 and the settings author; fontsCheck reports against it', async () => {
    const JSZip = (await import('jszip')).default;
    const { GBT9704_PROFILE } = await import('../core/format/profile');
    const pdfInputs: Uint8Array[] = [];
    const s = await createServices({
      dataDir: tmp(),
      assetsDir,
      host: 'browser',
      version: 't',
      ...realEngines,
      docxToPdf: async (docx) => (pdfInputs.push(docx), new TextEncoder().encode('%PDF-1.7')),
      fontFamilies: async () => ['SimSun', 'FangSong', 'Times New Roman'],
    });
    await s.api.prefsSetSettings({ author: '县委办公室' });
    await s.api.formatProfileSave({ ...GBT9704_PROFILE, name: '县委办细则', pageNumbers: 'center', fonts: { ...GBT9704_PROFILE.fonts, body: '仿宋' } });
    await s.api.formatProfileSelect('县委办细则');
    const zip = await JSZip.loadAsync(await s.api.docxExport(emptyDraft(), { highlightIssues: false }));
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('<dc:creator>县委办公室</dc:creator>');
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:eastAsia="仿宋"');
    expect(await zip.file('word/settings.xml')!.async('string')).not.toContain('<w:evenAndOddHeaders/>');
    expect(new TextDecoder().decode(await s.api.docxToPdf(emptyDraft(), { highlightIssues: false }))).toBe('%PDF-1.7');
    expect(pdfInputs).toHaveLength(1);
    const fonts = await s.api.fontsCheck();
    expect(fonts.fonts.find((f) => f.role === 'body')).toMatchObject({ font: '仿宋', installed: true });
    expect(fonts.missing.map((f) => f.font)).toContain('方正小标宋简体');
    expect((await s.api.fontsCheck('GB/T 9704-2012')).fonts.find((f) => f.role === 'body')).toMatchObject({ font: '仿宋_GB2312', installed: false, shownAs: '仿宋' });
  });
});
