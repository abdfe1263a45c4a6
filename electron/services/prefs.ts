/**
 * Settings, favourite phrases, the user's own phrases, the recent-files list and the window state, kept in
 * one JSON store (`settings.json` in the data dir). The store itself is injected: `conf` in the browser host
 * and tests, `electron-store` (which wraps conf and takes the same options) in Electron main.
 *
 * A corrupt or schema-violating store must not stop the app: before the store is used we check it, move a
 * bad file aside to `settings.corrupt-<timestamp>.json`, start from defaults and tell the user once.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { z } from 'zod';
import { DEFAULT_SETTINGS, type Prefs, type RecentFile, type Settings, type UserPhrase } from '../api';
import { PHRASE_CATEGORIES, type PhraseCategory } from '../core/corpus/types';
import { errnoCode, fsErrorMessage, fsUserError, logFailure } from './fs-errors';
import { UserError } from './user-error';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface PrefsData {
  settings: Settings;
  favourites: string[];
  userPhrases: UserPhrase[];
  recent: RecentFile[];
  windowState?: WindowState;
  formatProfiles?: unknown[];
  activeFormatProfile?: string;
}

/** The part of conf / electron-store we use. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  readonly path: string;
}

export interface StoreOptions {
  cwd: string;
  name: string;
  defaults: PrefsData;
}

/** Builds the store; throws if the file on disk is malformed (openPrefs checks it against PREFS_SCHEMA). */
export type StoreFactory = (opts: StoreOptions) => KeyValueStore;

export const STORE_NAME = 'settings';
export const MAX_RECENT = 10;

const int = (min: number, max: number) => z.number().int().min(min).max(max);

/**
 * What the settings file may hold, checked when it is opened and on every write. Objects let unknown keys
 * through (a file written by a newer version stays readable); only `settings` has required keys.
 *
 * zod, not the JSON schema conf/electron-store can check (ajv): compiling that schema cost every start about
 * 90 ms before the host could listen, a tenth of the app-ready budget (issue 12); zod checks the same rules
 * with nothing to compile, and is already how every other boundary of the app is checked.
 */
export const PREFS_SCHEMA = z
  .object({
    settings: z
      .object({
        speechRate: int(60, 600),
        maxSentenceChars: int(20, 2000),
        maxParagraphChars: int(50, 20000),
        autosaveSeconds: int(1, 600),
        // Optional: settings files written before these existed stay valid and get the defaults.
        showCopied: z.boolean().optional(),
        // 易混词语 (core/checks/rules/confusables.ts): her own pairs and the words she silenced.
        userWordPairs: z.array(z.object({ wrong: z.string().min(1).max(40), right: z.string().max(40), note: z.string().max(200).optional() }).passthrough()).max(2000).optional(),
        mutedWords: z.array(z.string().min(1).max(100)).max(2000).optional(),
        author: z.string().max(60).optional(),
        // The side columns (renderer/app/layout.ts).
        layout: z.object({ outlineOpen: z.boolean(), sideOpen: z.boolean(), outlineWidth: int(0, 2000), sideWidth: int(0, 2000) }).passthrough().optional(),
      })
      .passthrough(),
    favourites: z.array(z.string().max(200)).max(10000),
    userPhrases: z
      .array(z.object({ id: z.string(), text: z.string().max(2000), category: z.enum(PHRASE_CATEGORIES), createdAt: z.string() }).passthrough())
      .max(10000),
    recent: z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() }).passthrough()),
    // 单位细则 (services/format-profiles.ts validates each profile with the core zod schema on read).
    formatProfiles: z.array(z.object({}).passthrough()).max(100),
    activeFormatProfile: z.string().max(40),
    windowState: z.object({ x: z.number().int().optional(), y: z.number().int().optional(), width: int(200, 100000), height: int(150, 100000), maximized: z.boolean() }).passthrough(),
  })
  .partial()
  .passthrough();

type PrefsKey = keyof typeof PREFS_SCHEMA.shape;

/** Thrown for content the schema refuses (not an errno: openPrefs moves such a file aside). */
export class PrefsSchemaError extends Error {}

function check(key: string, value: unknown): void {
  const field = PREFS_SCHEMA.shape[key as PrefsKey];
  if (!field || value === undefined) return;
  const r = field.safeParse(value);
  if (!r.success) throw new PrefsSchemaError(`设置项 ${key} 不符合格式：${r.error.issues[0]?.path.join('.')} ${r.error.issues[0]?.message}`);
}

/** The store with every key it holds checked now, and every write checked before it is made. */
export function checkedStore(inner: KeyValueStore): KeyValueStore {
  for (const key of Object.keys(PREFS_SCHEMA.shape)) check(key, inner.get(key));
  return {
    get: (key) => inner.get(key),
    set: (key, value) => {
      check(key, value);
      inner.set(key, value);
    },
    path: inner.path,
  };
}

export function defaultPrefsData(): PrefsData {
  return { settings: { ...DEFAULT_SETTINGS }, favourites: [], userPhrases: [], recent: [] };
}

/** The browser host's (and tests') store: plain conf in the data dir. */
export const confStoreFactory: StoreFactory = (o) =>
  new Conf<PrefsData>({ cwd: o.cwd, configName: o.name, defaults: o.defaults, clearInvalidConfig: false, watch: false });

export interface OpenedPrefs {
  prefs: PrefsService;
  /** Chinese notices for the user (e.g. the store was corrupt and has been reset). */
  notices: string[];
}

export interface OpenPrefsOptions {
  /** Another instance holds the data directory: read the file once, never write it. */
  readOnly?: boolean;
}

export function openPrefs(dataDir: string, factory: StoreFactory = confStoreFactory, now: () => Date = () => new Date(), o: OpenPrefsOptions = {}): OpenedPrefs {
  const file = path.join(dataDir, `${STORE_NAME}.json`);
  const notices: string[] = [];
  if (o.readOnly) return { prefs: new PrefsService(memoryStore(readPrefsFile(file), file), now, true), notices };
  const opts: StoreOptions = { cwd: dataDir, name: STORE_NAME, defaults: defaultPrefsData() };
  const moveAside = (why: string) => {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const backup = path.join(dataDir, `${STORE_NAME}.corrupt-${stamp}.json`);
    renameSync(file, backup);
    notices.push(`设置文件已损坏（${why}），已恢复为默认设置；原文件已备份为 ${backup}`);
  };
  // A store that cannot be written at all (full or read-only disk at the very first start) must not stop the
  // app: settings then live in memory for this run, and the user is told they will not be kept.
  const inMemory = (e: unknown): OpenedPrefs => {
    logFailure('[prefs] settings store unavailable:', e);
    notices.push(`${fsErrorMessage(e, '打开设置文件', file)}。本次对设置、收藏和自定短语的修改将不会保存。`);
    return { prefs: new PrefsService(memoryStore(readPrefsFile(file), file), now), notices };
  };
  try {
    // Check the JSON ourselves first: some store versions silently reset unparsable files, losing the evidence.
    if (existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      try {
        const v = JSON.parse(text);
        if (typeof v !== 'object' || v === null || Array.isArray(v)) moveAside('内容不是设置对象');
        // Checked before the store opens it: the store writes its defaults into the file as it opens, and the
        // copy moved aside must be the file as it was.
        else if (!PREFS_SCHEMA.safeParse(v).success) moveAside('内容不符合格式');
      } catch {
        moveAside('不是有效的 JSON');
      }
    }
    let store: KeyValueStore;
    try {
      store = checkedStore(factory(opts));
    } catch (e) {
      if (!existsSync(file) || errnoCode(e)) throw e;
      moveAside('内容不符合格式');
      store = checkedStore(factory(opts));
    }
    return { prefs: new PrefsService(store, now), notices };
  } catch (e) {
    if (!errnoCode(e)) throw e;
    return inMemory(e);
  }
}

/** A store kept in memory only (read-only instance, or a data directory that cannot be written). */
export function memoryStore(initial: PrefsData, file: string): KeyValueStore {
  const data: Record<string, unknown> = structuredClone(initial) as unknown as Record<string, unknown>;
  return {
    get: (key) => structuredClone(data[key]),
    set: (key, value) => {
      data[key] = structuredClone(value);
    },
    path: file,
  };
}

/** The settings file's content as far as it is usable, over the defaults; never throws. */
function readPrefsFile(file: string): PrefsData {
  const d = defaultPrefsData();
  let v: Partial<Record<keyof PrefsData, unknown>>;
  try {
    v = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof v !== 'object' || v === null) return d;
  } catch {
    return d;
  }
  const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (isObj(v.settings)) d.settings = { ...d.settings, ...(v.settings as Partial<Settings>) };
  if (Array.isArray(v.favourites)) d.favourites = v.favourites.filter((x): x is string => typeof x === 'string');
  if (Array.isArray(v.userPhrases)) d.userPhrases = v.userPhrases.filter(isObj) as unknown as UserPhrase[];
  if (Array.isArray(v.recent)) d.recent = v.recent.filter((r) => isObj(r) && typeof r.path === 'string' && typeof r.name === 'string') as unknown as RecentFile[];
  if (isObj(v.windowState)) d.windowState = v.windowState as unknown as WindowState;
  return d;
}

export class PrefsService {
  /** The last value read per key: a settings file another program holds for a moment must not fail a read. */
  private readonly lastRead = new Map<string, unknown>();

  constructor(
    /** Shared with the format-profile service, which keeps its own keys in the same file. */
    readonly store: KeyValueStore,
    private readonly now: () => Date = () => new Date(),
    readonly readOnly = false,
  ) {}

  private read(key: keyof PrefsData): unknown {
    try {
      const v = this.store.get(key);
      this.lastRead.set(key, v);
      return v;
    } catch (e) {
      if (!errnoCode(e)) throw e;
      logFailure(`[prefs] could not read ${key}, using the last value read:`, e);
      return this.lastRead.get(key) ?? defaultPrefsData()[key];
    }
  }

  /** Writes one key; a disk that refuses gets its own message (and code), the value stays as it was. */
  private write(key: keyof PrefsData, value: unknown): void {
    if (this.readOnly) throw new UserError('当前为只读模式（另一个公文起草助手正在使用同一数据目录），设置不能修改', 'READ_ONLY_INSTANCE');
    try {
      this.store.set(key, value);
    } catch (e) {
      if (!errnoCode(e)) throw e;
      throw fsUserError(e, '保存设置', this.store.path);
    }
    this.lastRead.set(key, value);
  }

  get path(): string {
    return this.store.path;
  }

  get(): Prefs {
    return {
      settings: { ...DEFAULT_SETTINGS, ...(this.read('settings') as Settings) },
      favourites: [...((this.read('favourites') as string[]) ?? [])],
      userPhrases: [...((this.read('userPhrases') as UserPhrase[]) ?? [])],
    };
  }

  setSettings(patch: Partial<Settings>): Prefs {
    const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    this.write('settings', { ...this.get().settings, ...clean });
    return this.get();
  }

  toggleFavourite(phraseId: string): Prefs {
    const favs = this.get().favourites;
    const i = favs.indexOf(phraseId);
    if (i >= 0) favs.splice(i, 1);
    else favs.push(phraseId);
    this.write('favourites', favs);
    return this.get();
  }

  addUserPhrase(text: string, category: PhraseCategory): Prefs {
    const t = text.trim();
    if (!t) throw new UserError('短语内容不能为空');
    const list = this.get().userPhrases;
    if (!list.some((p) => p.text === t && p.category === category)) {
      list.push({ id: 'user:' + randomUUID(), text: t, category, createdAt: this.now().toISOString() });
      this.write('userPhrases', list);
    }
    return this.get();
  }

  removeUserPhrase(id: string): Prefs {
    const list = this.get().userPhrases;
    this.write('userPhrases', list.filter((p) => p.id !== id));
    const favs = this.get().favourites;
    if (favs.includes(id)) this.write('favourites', favs.filter((f) => f !== id));
    return this.get();
  }

  recent(): RecentFile[] {
    return [...((this.read('recent') as RecentFile[]) ?? [])];
  }

  addRecent(filePath: string, name: string): void {
    const list = this.recent().filter((r) => r.path !== filePath);
    list.unshift({ path: filePath, name, openedAt: this.now().toISOString() });
    this.write('recent', list.slice(0, MAX_RECENT));
  }

  removeRecent(filePath: string): void {
    this.write('recent', this.recent().filter((r) => r.path !== filePath));
  }

  windowState(): WindowState | undefined {
    return this.read('windowState') as WindowState | undefined;
  }

  setWindowState(s: WindowState): void {
    this.write('windowState', s);
  }
}
