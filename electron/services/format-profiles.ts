/**
 * 单位细则 kept in the settings store: the user's named format profiles and the one exports use. GB/T 9704
 * is built in, always listed first and never stored or changed. Each stored profile is checked with the
 * core zod schema when read, so a hand-edited settings file cannot reach the exporter; a bad entry is skipped.
 */
import type { FileBlob, FormatProfiles, ProfileImportResult } from '../api';
import { type FormatProfile, formatProfileSchema, GBT9704_PROFILE, profileFromFile, profileToFile } from '../core/format/profile';
import type { KeyValueStore } from './prefs';
import { UserError } from './user-error';

const MAX_PROFILES = 100;

export class FormatProfileService {
  constructor(private readonly store: KeyValueStore) {}

  private saved(): FormatProfile[] {
    const raw = this.store.get('formatProfiles');
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((p) => {
      const r = formatProfileSchema.safeParse(p);
      return r.success && r.data.name !== GBT9704_PROFILE.name ? [r.data] : [];
    });
  }

  list(): FormatProfiles {
    const profiles = [GBT9704_PROFILE, ...this.saved()];
    const want = this.store.get('activeFormatProfile');
    const active = profiles.some((p) => p.name === want) ? (want as string) : GBT9704_PROFILE.name;
    return { profiles, active };
  }

  /** The profile exports use now (or the named one), falling back to GB/T 9704. */
  get(name?: string): FormatProfile {
    const { profiles, active } = this.list();
    return profiles.find((p) => p.name === (name ?? active)) ?? GBT9704_PROFILE;
  }

  save(profile: FormatProfile): FormatProfiles {
    const p = formatProfileSchema.parse(profile);
    if (p.name === GBT9704_PROFILE.name) throw new UserError('“GB/T 9704-2012”是内置规范，不能修改；请换一个细则名称');
    const list = this.saved().filter((q) => q.name !== p.name);
    if (list.length >= MAX_PROFILES) throw new UserError(`最多保存 ${MAX_PROFILES} 个细则`);
    this.store.set('formatProfiles', [...list, p]);
    return this.list();
  }

  remove(name: string): FormatProfiles {
    if (name === GBT9704_PROFILE.name) throw new UserError('内置的 GB/T 9704-2012 不能删除');
    this.store.set('formatProfiles', this.saved().filter((q) => q.name !== name));
    if (this.store.get('activeFormatProfile') === name) this.store.set('activeFormatProfile', GBT9704_PROFILE.name);
    return this.list();
  }

  select(name: string): FormatProfiles {
    if (!this.list().profiles.some((p) => p.name === name)) throw new UserError(`没有名为“${name}”的细则`);
    this.store.set('activeFormatProfile', name);
    return this.list();
  }

  exportFile(name: string): FileBlob {
    const p = this.list().profiles.find((q) => q.name === name);
    if (!p) throw new UserError(`没有名为“${name}”的细则`);
    const safe = p.name.replace(/[\\/:*?"<>|]/g, '_');
    return { name: `${safe}.细则.json`, bytes: new TextEncoder().encode(profileToFile(p)) };
  }

  importFile(file: FileBlob): ProfileImportResult {
    if (file.bytes.byteLength > 256 * 1024) return { ok: false, error: '细则文件过大（超过 256 KB），不像是细则文件' };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    } catch {
      return { ok: false, error: '细则文件不是 UTF-8 文本' };
    }
    const r = profileFromFile(text);
    if (!r.ok) return r;
    const taken = new Set(this.list().profiles.map((p) => p.name));
    let name = r.profile.name;
    while (taken.has(name)) name = `${name}（导入）`.slice(-40);
    const profiles = this.save({ ...r.profile, name });
    return { ok: true, profiles, name };
  }
}
