import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../api';
import { confStoreFactory, openPrefs, type StoreFactory } from './prefs';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'gw-prefs-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('prefs store', () => {
  it('starts with defaults and persists settings, favourites and user phrases across reopen', () => {
    const d = tmp();
    const a = openPrefs(d);
    expect(a.notices).toEqual([]);
    expect(a.prefs.get()).toEqual({ settings: DEFAULT_SETTINGS, favourites: [], userPhrases: [] });
    a.prefs.setSettings({ speechRate: 180 });
    a.prefs.toggleFavourite('p1');
    a.prefs.toggleFavourite('p2');
    a.prefs.toggleFavourite('p1');
    a.prefs.addUserPhrase('  撸起袖子加油干  ', '口号');
    a.prefs.addUserPhrase('撸起袖子加油干', '口号'); // duplicate ignored

    const b = openPrefs(d).prefs.get();
    expect(b.settings).toEqual({ ...DEFAULT_SETTINGS, speechRate: 180 });
    expect(b.favourites).toEqual(['p2']);
    expect(b.userPhrases.map((p) => [p.text, p.category])).toEqual([['撸起袖子加油干', '口号']]);
    expect(JSON.parse(readFileSync(path.join(d, 'settings.json'), 'utf8')).settings.speechRate).toBe(180);
  });

  it('keeps the 复用率 highlight switch, and reads a settings file written before the switch existed', () => {
    const d = tmp();
    openPrefs(d).prefs.setSettings({ showCopied: false });
    expect(openPrefs(d).prefs.get().settings.showCopied).toBe(false);
    const old = tmp();
    const { showCopied: _, ...before } = DEFAULT_SETTINGS;
    writeFileSync(path.join(old, 'settings.json'), JSON.stringify({ settings: { ...before, speechRate: 200 }, favourites: [], userPhrases: [], recent: [] }));
    const r = openPrefs(old);
    expect(r.notices).toEqual([]);
    expect(r.prefs.get().settings).toEqual({ ...DEFAULT_SETTINGS, speechRate: 200, showCopied: true });
  });

  it('keeps the 易混词语 list settings (her pairs, 不再提示), and reads a settings file written before they existed', () => {
    const d = tmp();
    openPrefs(d).prefs.setSettings({ mutedWords: ['截止→截至'], userWordPairs: [{ wrong: '首府', right: '全市', note: '本单位用语' }] });
    expect(openPrefs(d).prefs.get().settings).toMatchObject({ mutedWords: ['截止→截至'], userWordPairs: [{ wrong: '首府', right: '全市', note: '本单位用语' }] });
    const old = tmp();
    const { userWordPairs: _u, mutedWords: _m, ...before } = DEFAULT_SETTINGS;
    writeFileSync(path.join(old, 'settings.json'), JSON.stringify({ settings: before, favourites: [], userPhrases: [], recent: [] }));
    const r = openPrefs(old);
    expect(r.notices).toEqual([]);
    expect(r.prefs.get().settings).toEqual(DEFAULT_SETTINGS);
    expect(() => r.prefs.setSettings({ userWordPairs: [{ wrong: '', right: 'x' }] })).toThrow();
  });

  it('removing a user phrase also removes it from favourites', () => {
    const { prefs } = openPrefs(tmp());
    const id = prefs.addUserPhrase('同志们：', '称呼').userPhrases[0].id;
    prefs.toggleFavourite(id);
    expect(prefs.removeUserPhrase(id)).toEqual({ settings: DEFAULT_SETTINGS, favourites: [], userPhrases: [] });
  });

  it('keeps at most 10 recent files, newest first, without duplicates', () => {
    const { prefs } = openPrefs(tmp());
    for (let i = 0; i < 12; i++) prefs.addRecent(`/x/${i}.gwdraft`, String(i));
    prefs.addRecent('/x/5.gwdraft', '5');
    const r = prefs.recent();
    expect(r.length).toBe(10);
    expect(r[0].path).toBe('/x/5.gwdraft');
    expect(new Set(r.map((x) => x.path)).size).toBe(10);
  });

  for (const [what, content] of [
    ['truncated JSON', '{"settings": {"speechRate": 22'],
    ['binary garbage', '\u0000\u0001\u0002垃圾'],
    ['an array', '[1,2,3]'],
    ['a schema violation', JSON.stringify({ settings: { speechRate: 'fast', maxSentenceChars: 1, maxParagraphChars: 1, autosaveSeconds: 0 } })],
    ['an empty file', ''],
  ] as const) {
    it(`a corrupt store (${what}) is moved aside, defaults used, and a Chinese notice given`, () => {
      const d = tmp();
      writeFileSync(path.join(d, 'settings.json'), content);
      const t = new Date('2026-03-04T05:06:07.890Z');
      const { prefs, notices } = openPrefs(d, undefined, () => t);
      expect(notices.length).toBe(1);
      expect(notices[0]).toMatch(/^设置文件已损坏/);
      const backup = path.join(d, 'settings.corrupt-2026-03-04T05-06-07-890Z.json');
      expect(notices[0]).toContain(backup);
      expect(readFileSync(backup, 'utf8')).toBe(content);
      expect(prefs.get().settings).toEqual(DEFAULT_SETTINGS);
      prefs.setSettings({ autosaveSeconds: 5 });
      expect(openPrefs(d).notices).toEqual([]);
      expect(readdirSync(d).filter((n) => n.startsWith('settings.corrupt-')).length).toBe(1);
    });
  }

  it('rejects a settings value outside the schema instead of writing it', () => {
    const d = tmp();
    const { prefs } = openPrefs(d);
    expect(() => prefs.setSettings({ speechRate: 5 })).toThrow();
    expect(openPrefs(d).prefs.get().settings.speechRate).toBe(DEFAULT_SETTINGS.speechRate);
    expect(existsSync(path.join(d, 'settings.json'))).toBe(true);
  });

  const errno = (code: string) => Object.assign(new Error(code), { code });

  it('a settings file that cannot be created (first start on a full disk) does not stop the app: in memory, with a notice', () => {
    const d = tmp();
    const full: StoreFactory = () => {
      throw errno('ENOSPC');
    };
    const { prefs, notices } = openPrefs(d, full);
    expect(notices).toEqual([expect.stringMatching(/^打开设置文件失败：磁盘空间已满.*本次对设置、收藏和自定短语的修改将不会保存/)]);
    expect(prefs.get().settings).toEqual(DEFAULT_SETTINGS);
    expect(prefs.setSettings({ speechRate: 200 }).settings.speechRate).toBe(200);
    expect(existsSync(path.join(d, 'settings.json'))).toBe(false);
  });

  it('a write the disk refuses gets its own message and code, and the value stays as it was', () => {
    const d = tmp();
    let refuse: string | null = null;
    const flaky: StoreFactory = (o) => {
      const s = confStoreFactory(o);
      return {
        get: (k) => s.get(k),
        set: (k, v) => {
          if (refuse) throw errno(refuse);
          s.set(k, v);
        },
        path: s.path,
      };
    };
    const { prefs } = openPrefs(d, flaky);
    for (const [code, expected, text] of [
      ['EROFS', 'READ_ONLY', /只读/],
      ['ENOSPC', 'DISK_FULL', /磁盘空间已满/],
      ['EBUSY', 'FILE_LOCKED', /正被其他程序占用/],
    ] as const) {
      refuse = code;
      let thrown: unknown;
      try {
        prefs.toggleFavourite('p1');
      } catch (e) {
        thrown = e;
      }
      expect(thrown, code).toMatchObject({ name: 'UserError', code: expected, message: expect.stringMatching(text) });
      expect((thrown as Error).message).toMatch(/^保存设置失败：/);
      refuse = null;
      expect(prefs.get().favourites).toEqual([]);
    }
  });

  it('read-only (another instance holds the directory): reads the file, never writes it', () => {
    const d = tmp();
    openPrefs(d).prefs.toggleFavourite('p1');
    const before = readFileSync(path.join(d, 'settings.json'), 'utf8');
    const { prefs } = openPrefs(d, undefined, undefined, { readOnly: true });
    expect(prefs.get().favourites).toEqual(['p1']);
    expect(() => prefs.toggleFavourite('p2')).toThrow(/只读模式/);
    expect(readFileSync(path.join(d, 'settings.json'), 'utf8')).toBe(before);
    // Not even a corrupt file is moved aside.
    writeFileSync(path.join(d, 'settings.json'), '{broken');
    expect(openPrefs(d, undefined, undefined, { readOnly: true }).notices).toEqual([]);
    expect(readdirSync(d)).toEqual(['settings.json']);
  });
});
