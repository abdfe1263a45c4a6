/**
 * What the app knows, outside React (zustand): the open draft, the corpus, the preferences and the latest
 * analysis of the draft. Components select the slice they show, so a change re-renders only what shows it —
 * a keystroke that marks the draft dirty re-renders the save-state text and nothing else, and most keystrokes
 * do not touch the store at all (session.ts). What *happens* lives in the feature modules and hooks; this file
 * only declares the shape.
 */
import type { Editor } from 'slate';
import { create } from 'zustand';
import type { CorpusData, FileVersion, Prefs, RecentFile, Recovery } from '../../electron/api';
import type { Skeleton } from '#core/corpus/types';
import { DEFAULT_SETTINGS, type Settings } from '../../electron/api';
import type { Finding } from '#core/checks/index';
import type { Draft } from '#core/draft/model';
import type { MarkMap } from '../editor/marks';
import type { OutlineEntry } from '#core/draft/outline';

/** One opened draft. A new session (new key) mounts a fresh page with its own Slate editor and history. */
export interface Session {
  key: number;
  /** The draft as loaded: the page's initial value and the source of `meta`. The live text is `editor.children`. */
  draft: Draft;
  editor: Editor;
  path: string | null;
  name: string;
  /** The file's version when opened or last saved (OpenResult/SaveResult.version): a save over a file changed since is asked about. */
  version: FileVersion | null;
}

export interface Stats {
  /** 汉字 written. */
  han: number;
  unfilled: number;
  checks: number;
  /** Speaking time of what is read aloud (speechTiming: not the title). */
  minutes: number;
  /** Share of sentences found in the archive (null until the host has answered about them). */
  reuse: number | null;
}

/** Recomputed after the user pauses (analysis.ts), all at once. */
export interface Analysis {
  stats: Stats;
  findings: Finding[];
  /** Review findings and copied sentences mapped onto the text nodes (buildMarkMap). */
  marks: MarkMap;
  /** Estimated speaking minutes per level-1 heading, by block index. */
  sectionMinutes: ReadonlyMap<number, number>;
  outline: OutlineEntry[];
  /** Bumped on every pass (and on find/replace edits): what depends on the text re-reads it. */
  version: number;
}

export interface AppState {
  session: Session | null;
  /** Changed since the last explicit save. */
  dirty: boolean;
  /** Changed since the last autosave. */
  autosaveDirty: boolean;
  /** The status bar's 已保存 / 有未保存的修改 / 已自动保存 … text. */
  saveState: string;
  /** Top-level block under the caret. */
  activeBlock: number;
  /**
   * The archive's skeletons (one per genre), the only corpus data asked for at start; null until the host has
   * answered. Phrases, sections and 复用率 are asked of the host as they are needed (app/archive.ts).
   */
  skeletons: Skeleton[] | null;
  corpusError: string | null;
  /** Bumped when the archive changes (an import, a reset): what was asked of the host is asked again. */
  archiveVersion: number;
  /** The 语料库 dialog's listing, asked for when it opens (nothing else loads it). */
  corpus: CorpusData | null;
  prefs: Prefs | null;
  recent: RecentFile[];
  /** Start-up notices from the host (shown in a bar under the toolbar). */
  notices: string[];
  /**
   * Another instance holds the data directory and this window only looks (StartupInfo.readOnly): the banner's
   * text (the host's notice saying who holds it); null when this window can save.
   */
  readOnly: string | null;
  /** Autosaved copies no open window or tab holds (left by a crash or a window closed unsaved), newest first. */
  recoveries: Recovery[];
  analysis: Analysis;
  /** The 复用率 switch flips at once and is saved behind; null once the saved preference agrees. */
  copiedOverride: boolean | null;
  /** The side panel shown (an id from app/panels.ts). */
  sidePanel: string;
}

export const EMPTY_ANALYSIS: Analysis = {
  stats: { han: 0, unfilled: 0, checks: 0, minutes: 0, reuse: null },
  findings: [],
  marks: new WeakMap(),
  sectionMinutes: new Map(),
  outline: [],
  version: 0,
};

export const useApp = create<AppState>(() => ({
  session: null,
  dirty: false,
  autosaveDirty: false,
  saveState: '',
  activeBlock: 0,
  skeletons: null,
  corpusError: null,
  archiveVersion: 0,
  corpus: null,
  prefs: null,
  recent: [],
  notices: [],
  readOnly: null,
  recoveries: [],
  analysis: EMPTY_ANALYSIS,
  copiedOverride: null,
  sidePanel: 'phrases',
}));

/** The settings in force (the defaults until the host has answered). */
export const settingsOf = (s: AppState): Settings => s.prefs?.settings ?? DEFAULT_SETTINGS;

/** Whether copied sentences are tinted: the switch as just flipped, else as saved. */
export const showCopiedOf = (s: AppState): boolean => s.copiedOverride ?? settingsOf(s).showCopied;
