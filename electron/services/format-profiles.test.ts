import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FormatProfile, GBT9704_PROFILE } from '../core/format/profile';
import { FormatProfileService } from './format-profiles';
import { openPrefs } from './prefs';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'gw-profiles-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const service = (d: string) => new FormatProfileService(openPrefs(d).prefs.store);
const unit: FormatProfile = { ...GBT9704_PROFILE, name: '县委办细则', heading3Bold: false, pageNumbers: 'center', fonts: { ...GBT9704_PROFILE.fonts, body: '仿宋' } };

describe('format profiles in the settings store', () => {
  it('starts with GB/T 9704 only; saves, selects and removes named profiles, across reopen', () => {
    const d = tmp();
    expect(service(d).list()).toEqual({ profiles: [GBT9704_PROFILE], active: 'GB/T 9704-2012' });
    service(d).save(unit);
    service(d).select('县委办细则');
    expect(service(d).list()).toEqual({ profiles: [GBT9704_PROFILE, unit], active: '县委办细则' });
    expect(service(d).get()).toEqual(unit);
    service(d).save({ ...unit, linesPerPage: 23 }); // same name: replaced
    expect(service(d).list().profiles).toHaveLength(2);
    expect(service(d).get().linesPerPage).toBe(23);
    service(d).remove('县委办细则');
    expect(service(d).list()).toEqual({ profiles: [GBT9704_PROFILE], active: 'GB/T 9704-2012' });
  });

  it('refuses to change or remove the built-in standard, with Chinese messages', () => {
    const s = service(tmp());
    expect(() => s.save({ ...unit, name: 'GB/T 9704-2012' })).toThrow(/内置规范，不能修改/);
    expect(() => s.remove('GB/T 9704-2012')).toThrow(/不能删除/);
    expect(() => s.select('没有这个')).toThrow('没有名为“没有这个”的细则');
  });

  it('exports a profile as a file a colleague imports; a taken name gets “（导入）”; bad files are refused', () => {
    const a = service(tmp());
    a.save(unit);
    const file = a.exportFile('县委办细则');
    expect(file.name).toBe('县委办细则.细则.json');
    const b = service(tmp());
    const r = b.importFile(file);
    expect(r).toMatchObject({ ok: true, name: '县委办细则' });
    expect(b.get('县委办细则')).toEqual(unit);
    expect(b.importFile(file)).toMatchObject({ ok: true, name: '县委办细则（导入）' });
    expect(b.importFile({ name: 'x.json', bytes: new TextEncoder().encode('{') })).toEqual({ ok: false, error: '不是有效的细则文件（内容不是 JSON）' });
    expect(b.importFile({ name: 'x.json', bytes: new Uint8Array([0xff, 0xfe, 0x00]) })).toEqual({ ok: false, error: '细则文件不是 UTF-8 文本' });
  });

  it('skips a hand-edited profile that no longer fits the schema instead of exporting with it', () => {
    const d = tmp();
    service(d).save(unit);
    const file = path.join(d, 'settings.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.formatProfiles.push({ ...unit, name: '坏细则', margins: { top: 'x' } });
    data.activeFormatProfile = '坏细则';
    writeFileSync(file, JSON.stringify(data));
    expect(service(d).list()).toEqual({ profiles: [GBT9704_PROFILE, unit], active: 'GB/T 9704-2012' });
    expect(service(d).get()).toEqual(GBT9704_PROFILE);
  });
});
