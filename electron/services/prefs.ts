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
  schema: Record<string, unknown>;
  defaults: PrefsData;
}

/** Builds the store; must throw if the file on disk is malformed or violates the schema. */
export type StoreFactory = (opts: StoreOptions) => KeyValueStore;

export const STORE_NAME = 'settings';
export const MAX_RECENT = 10;

const int = (minimum: number, maximum: number) => ({ type: 'integer', minimum, maximum });

/** JSON schema checked by conf/electron-store (ajv) on every read and write. */
export const PREFS_SCHEMA: Record<string, unknown> = {
  settings: {
    type: 'object',
    properties: {
      speechRate: int(60, 600),
      maxSentenceChars: int(20, 2000),
      maxParagraphChars: int(50, 20000),
      autosaveSeconds: int(1, 600),
      // Not required: settings files written before it existed stay valid and get the default.
      showCopied: { type: 'boolean' },
      // 易混词语 (core/checks/rules/confusables.ts): her own pairs and the words she silenced; optional like showCopied.
      userWordPairs: {
        type: 'array',
        maxItems: 2000,
        items: {
          type: 'object',
          properties: { wrong: { type: 'string', minLength: 1, maxLength: 40 }, right: { type: 'string', maxLength: 40 }, note: { type: 'string', maxLength: 200 } },
          required: ['wrong', 'right'],
        },
      },
      mutedWords: { type: 'array', maxItems: 2000, items: { type: 'string', minLength: 1, maxLength: 100 } },
      author: { type: 'string', maxLength: 60 },
      // The side columns (renderer/app/layout.ts); optional like showCopied.
      layout: {
        type: 'object',
        properties: { outlineOpen: { type: 'boolean' }, sideOpen: { type: 'boolean' }, outlineWidth: int(0, 2000), sideWidth: int(0, 2000) },
        required: ['outlineOpen', 'sideOpen', 'outlineWidth', 'sideWidth'],
      },
    },
    required: ['speechRate', 'maxSentenceChars', 'maxParagraphChars', 'autosaveSeconds'],
  },
  favourites: { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 10000 },
  userPhrases: {
    type: 'array',
    maxItems: 10000,
    items: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        text: { type: 'string', maxLength: 2000 },
        category: { enum: [...PHRASE_CATEGORIES] },
        createdAt: { type: 'string' },
      },
      required: ['id', 'text', 'category', 'createdAt'],
    },
  },
  recent: {
    type: 'array',
    items: {
      type: 'object',
      properties: { path: { type: 'string' }, name: { type: 'string' }, openedAt: { type: 'string' } },
      required: ['path', 'name', 'openedAt'],
    },
  },
  // 单位细则 (services/format-profiles.ts validates each profile with the core zod schema on read).
  formatProfiles: { type: 'array', maxItems: 100, items: { type: 'object' } },
  activeFormatProfile: { type: 'string', maxLength: 40 },
  windowState: {
    type: 'object',
    properties: { x: { type: 'integer' }, y: { type: 'integer' }, width: int(200, 100000), height: int(150, 100000), maximized: { type: 'boolean' } },
    required: ['width', 'height', 'maximized'],
  },
};

export function defaultPrefsData(): PrefsData {
  return { settings: { ...DEFAULT_SETTINGS }, favourites: [], userPhrases: [], recent: [] };
}

/** The browser host's (and tests') store: plain conf in the data dir. */
export const confStoreFactory: StoreFactory = (o) =>
  new Conf<PrefsData>({ cwd: o.cwd, configName: o.name, schema: o.schema as never, defaults: o.defaults, clearInvalidConfig: false, watch: false });

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
  const opts: StoreOptions = { cwd: dataDir, name: STORE_NAME, schema: PREFS_SCHEMA, defaults: defaultPrefsData() };
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
      } catch {
        moveAside('不是有效的 JSON');
      }
    }
    let store: KeyValueStore;
    try {
      store = factory(opts);
      store.get('settings'); // forces a read + schema validation
    } catch (e) {
      if (!existsSync(file) || errnoCode(e)) throw e;
      moveAside('内容不符合格式');
      store = factory(opts);
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
