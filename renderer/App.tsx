/**
 * The drafting window: toolbar, outline + section guidance (left), the page (centre), 常用语 / 段落库 / 审稿
 * (right), status bar (bottom). The Slate editor owns the live document; this component only hears about
 * changes, and recomputes outline/status after the user pauses (300 ms) so typing stays within a frame.
 */
import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createEditor, Editor, Node, type Range, Text, Transforms } from 'slate';
import { withHistory } from 'slate-history';
import { ReactEditor, withReact } from 'slate-react';
import type { CorpusData, Prefs, Recovery, RecentFile } from '../electron/api';
import { DEFAULT_SETTINGS } from '../electron/api';
import type { Phrase, PhraseCategory, SectionEntry, Skeleton } from '../electron/core/corpus/types';
import { type Finding, runChecks, speechTiming } from '../electron/core/checks/index';
import { ReuseIndex, type ReuseSpan } from '../electron/core/checks/reuse';
import { findExportIssues, type ExportIssues } from '../electron/core/draft/export-issues';
import { draftToPlainText } from '../electron/core/draft/plain-text';
import { draftToClipboardHtml } from '../electron/core/draft/rich-html';
import { ChecksPanel } from './checks/ChecksPanel';
import { buildMarkMap, type MarkMap } from './editor/marks';
import { offsetsToRange, replaceOffsets } from './editor/offsets';
import { draftFromSkeleton } from '../electron/core/draft/from-skeleton';
import { type BlockElement, type Draft, emptyDraft, inlineText, numberHeadings, type Role } from '../electron/core/draft/model';
import { host } from './app-host';
import {
  blockIndexAtSelection,
  countHan,
  jumpToPlaceholder,
  moveSection,
  outlineOf,
  type OutlineEntry,
  phraseToInlines,
  roleAt,
  sectionRange,
  selectNextCheck,
  setBlockKind,
  toggleBold,
  topHeadingAt,
} from './editor/commands';
import { DraftEditor, type FindState } from './editor/DraftEditor';
import { findMatches, hitsByTextNode, replaceAllMatches } from './editor/find';
import { convertPaste } from './editor/paste';
import { insertBlocksAtCursor, insertInlines, withGongwen } from './editor/plugin';
import { Dialog } from './panels/Dialog';
import { CorpusDialog } from './panels/CorpusDialog';
import { ExportDialog } from './panels/ExportDialog';
import { FindBar } from './panels/FindBar';
import { GuidanceCard } from './panels/GuidanceCard';
import { Outline } from './panels/Outline';
import { PhrasePanel } from './panels/PhrasePanel';
import { SectionLibrary } from './panels/SectionLibrary';
import { SettingsDialog } from './panels/SettingsDialog';
import { SkeletonPicker } from './panels/SkeletonPicker';
import { type Stats, StatusBar } from './panels/StatusBar';

interface Doc {
  key: number;
  draft: Draft;
  path: string | null;
  name: string;
}

type RightTab = 'phrases' | 'library' | 'review';

const time = (d = new Date()) => d.toLocaleTimeString('zh-CN', { hour12: false });

function suggestName(content: readonly BlockElement[]): string {
  const title = content.find((b) => b.type === 'title');
  const t = title ? Node.string(title as Node).replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 40) : '';
  return t || '未命名草稿';
}

function makeEditor(): Editor {
  return withGongwen(withHistory(withReact(createEditor())), convertPaste);
}

interface Computed {
  stats: Stats;
  /** Copied sentences (empty until the reuse index is built). */
  copied: ReuseSpan[];
  /** Estimated speaking minutes per level-1 heading, by block index. */
  sectionMinutes: Map<number, number>;
}

function computeStats(content: readonly BlockElement[], rate: number, reuse: ReuseIndex | null): Computed {
  const draft: Draft = { meta: { createdAt: '', updatedAt: '' }, content: content as BlockElement[] };
  const issues = findExportIssues(draft);
  const timing = speechTiming(draft, Math.max(1, rate));
  const analysis = reuse ? reuse.analyze(draft) : null;
  return {
    stats: {
      han: countHan(content),
      unfilled: issues.unfilledPlaceholders,
      checks: issues.checkMarks,
      minutes: timing.totalMinutes,
      reuse: analysis ? analysis.ratio : null,
    },
    copied: analysis ? analysis.spans : [],
    sectionMinutes: new Map(timing.sections.filter((s) => content[s.blockIndex]?.type === 'heading').map((s) => [s.blockIndex, s.minutes])),
  };
}

/** A file the user keeps: the browser downloads it; Electron shows its own save dialog for downloads. */
function downloadText(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function App() {
  const [corpus, setCorpus] = useState<CorpusData | null>(null);
  const [corpusError, setCorpusError] = useState<string | null>(null);
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [doc, setDoc] = useState<Doc | null>(null);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [recovery, setRecovery] = useState<Recovery | null>(null);
  const [picker, setPicker] = useState(false);
  const [corpusOpen, setCorpusOpen] = useState(false);
  const [keysOpen, setKeysOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [confirm, setConfirm] = useState<{ message: string; yes(): void } | null>(null);
  const [exportIssues, setExportIssues] = useState<ExportIssues | null>(null);
  const [toast, setToast] = useState<{ text: string; error?: boolean } | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [tab, setTab] = useState<RightTab>('phrases');
  const [stats, setStats] = useState<Stats>({ han: 0, unfilled: 0, checks: 0, minutes: 0, reuse: null });
  const [findings, setFindings] = useState<Finding[]>([]);
  const [marks, setMarks] = useState<MarkMap>(() => new WeakMap());
  const [sectionMinutes, setSectionMinutes] = useState<Map<number, number>>(() => new Map());
  const [outline, setOutline] = useState<OutlineEntry[]>([]);
  const [active, setActive] = useState(0);
  const [saveState, setSaveStateRaw] = useState('');
  const saveStateRef = useRef('');
  const setSaveState = useCallback((v: string) => {
    saveStateRef.current = v;
    setSaveStateRaw(v);
  }, []);
  const [findOpen, setFindOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [findPos, setFindPos] = useState(-1);
  const [contentTick, setContentTick] = useState(0);

  // One editor per opened document (a new key remounts the page with fresh history).
  const editor = useMemo(() => makeEditor(), [doc?.key]);
  const contentRef = useRef<BlockElement[]>([]);
  const dirtyRef = useRef(false); // changed since the last explicit save
  const autosaveDirtyRef = useRef(false); // changed since the last autosave
  const statsTimer = useRef<number | undefined>(undefined);
  const docRef = useRef<Doc | null>(null);
  docRef.current = doc;

  const settings = prefs?.settings ?? DEFAULT_SETTINGS;
  // The 复用率 switch is a setting, so it is the same after a restart; it flips at once and is saved behind.
  const [copiedOverride, setCopiedOverride] = useState<boolean | null>(null);
  const showCopied = copiedOverride ?? settings.showCopied;

  const say = useCallback((text: string, error = false) => {
    setToast({ text, error });
    window.setTimeout(() => setToast((t) => (t && t.text === text ? null : t)), error ? 8000 : 3500);
  }, []);

  // ---- start-up: corpus, prefs, recent files, crash recovery ----
  useEffect(() => {
    let live = true;
    (async () => {
      const h = await host();
      // The corpus (the largest answer) is requested alongside the rest, not after it.
      h.corpusData().then(
        (c) => live && setCorpus(c),
        (e) => live && setCorpusError(`语料载入失败：${(e as Error).message}`),
      );
      const [info, p, rec, rc] = await Promise.all([h.startup(), h.prefsGet(), h.draftRecovery(), h.draftRecent()]);
      if (!live) return;
      setNotices(info.notices);
      setPrefs(p);
      setRecent(rc);
      if (rec) setRecovery(rec);
    })().catch((e) => say(`无法连接到本机服务：${(e as Error).message}`, true));
    return () => {
      live = false;
    };
  }, [say]);

  // Refreshed after the user pauses: the status bar, outline and review findings (the checks and the reuse
  // index cache per sentence/block, so a pause after an edit only re-examines what changed).
  const settingsRef = useRef(DEFAULT_SETTINGS);
  settingsRef.current = prefs?.settings ?? DEFAULT_SETTINGS;
  // Built in slices (createAsync) so a large archive never freezes the window; same index as the constructor.
  const [reuseIndex, setReuseIndex] = useState<ReuseIndex | null>(null);
  useEffect(() => {
    if (!corpus) return;
    const ac = new AbortController();
    // Only in idle time: at start-up the window is drawing its first screens, and a keystroke or click must not
    // wait behind a slice. (The index only feeds 复用率, which appears once it is ready.)
    const idle = () => new Promise<void>((resolve) => window.requestIdleCallback(() => resolve(), { timeout: 2000 }));
    ReuseIndex.createAsync(corpus.texts, { signal: ac.signal, pause: idle, sliceMs: 8 }).then(
      (ix) => !ac.signal.aborted && setReuseIndex(ix),
      (e) => {
        if (!ac.signal.aborted) console.error('复用率索引建立失败', e);
      },
    );
    return () => ac.abort();
  }, [corpus]);
  const reuseRef = useRef<ReuseIndex | null>(null);
  reuseRef.current = reuseIndex;
  const recompute = useCallback(() => {
    const content = contentRef.current;
    const st = settingsRef.current;
    const c = computeStats(content, st.speechRate, reuseRef.current);
    setStats(c.stats);
    setSectionMinutes(c.sectionMinutes);
    setOutline(outlineOf(content, numberHeadings(content)));
    const found = runChecks({ meta: docRef.current?.draft.meta ?? { createdAt: '', updatedAt: '' }, content }, st);
    setFindings(found);
    // Mapped once here onto the text nodes, so the editor's decorate is a lookup per node.
    setMarks(buildMarkMap(content, found, c.copied));
    setContentTick((t) => t + 1);
  }, []);
  useEffect(() => {
    if (docRef.current) recompute();
  }, [reuseIndex, prefs, recompute]);
  // Once the page for a newly opened draft has mounted, recompute from the very nodes Slate holds (its
  // initial value is a copy of the loaded draft): the inline marks are keyed by those node objects.
  useEffect(() => {
    if (!docRef.current || editor.children.length === 0) return;
    contentRef.current = editor.children as BlockElement[];
    recompute();
  }, [editor, recompute]);

  const loadDraft = useCallback(
    (draft: Draft, path: string | null, name: string) => {
      contentRef.current = draft.content;
      dirtyRef.current = false;
      autosaveDirtyRef.current = false;
      setDoc((d) => ({ key: (d?.key ?? 0) + 1, draft, path, name }));
      setActive(0);
      setSaveState(path ? '已打开' : '未保存');
      setFindOpen(false);
      recompute();
    },
    [recompute],
  );

  const currentDraft = useCallback((): Draft => {
    const d = docRef.current!;
    return { meta: { ...d.draft.meta, updatedAt: new Date().toISOString() }, content: editor.children as BlockElement[] };
  }, [editor]);

  const onValue = useCallback(
    (content: BlockElement[]) => {
      contentRef.current = content;
      dirtyRef.current = true;
      autosaveDirtyRef.current = true;
      // Only the first keystroke after a save/autosave changes the status text; later ones must not re-render the app.
      if (saveStateRef.current !== '有未保存的修改') setSaveState('有未保存的修改');
      window.clearTimeout(statsTimer.current);
      // After 300 ms without typing, and then only when the browser is idle (a keystroke waits for nothing).
      statsTimer.current = window.setTimeout(() => (window.requestIdleCallback ? window.requestIdleCallback(recompute, { timeout: 1000 }) : recompute()), 300);
    },
    [recompute],
  );

  const onBlock = useCallback((i: number) => setActive(i), []);

  // ---- autosave to the recovery file ----
  useEffect(() => {
    if (!doc) return;
    const save = async () => {
      if (!autosaveDirtyRef.current) return;
      autosaveDirtyRef.current = false;
      try {
        await (await host()).draftAutosave(currentDraft(), docRef.current?.path ?? null);
        if (dirtyRef.current) setSaveState(`已自动保存 ${time()}`);
      } catch (e) {
        autosaveDirtyRef.current = true;
        setSaveState(`自动保存失败：${(e as Error).message}`);
      }
    };
    // Serialising a long draft takes a few milliseconds: run it in the browser's idle time between
    // keystrokes rather than in the middle of one, and never more than half a second late.
    let idle = 0;
    const id = window.setInterval(() => {
      if (!autosaveDirtyRef.current || idle) return;
      idle = window.requestIdleCallback(() => ((idle = 0), void save()), { timeout: 500 });
    }, Math.max(1, settings.autosaveSeconds) * 1000);
    return () => {
      window.clearInterval(id);
      if (idle) window.cancelIdleCallback(idle);
    };
  }, [doc, settings.autosaveSeconds, currentDraft]);

  // ---- file commands ----
  const guardUnsaved = useCallback((then: () => void) => {
    if (docRef.current && dirtyRef.current) setConfirm({ message: '当前草稿有未保存的修改，继续将放弃这些修改（自动保存的恢复副本会保留到下次保存）。是否继续？', yes: then });
    else then();
  }, []);

  const afterSave = useCallback(async (path: string, name: string) => {
    dirtyRef.current = false;
    autosaveDirtyRef.current = false;
    setDoc((d) => (d ? { ...d, path, name } : d));
    setSaveState(`已保存 ${time()}`);
    const h = await host();
    await h.draftClearRecovery().catch(() => undefined);
    h.draftRecent().then(setRecent, () => undefined);
  }, []);

  const saveAs = useCallback(async () => {
    if (!docRef.current) return;
    const r = await (await host()).saveAs(currentDraft(), suggestName(editor.children as BlockElement[]));
    if (!r) return;
    if (r.ok) {
      await afterSave(r.path, r.name);
      say(`已保存为“${r.name}”`);
    } else say(r.error, true);
  }, [afterSave, currentDraft, editor, say]);

  const save = useCallback(async () => {
    const d = docRef.current;
    if (!d) return;
    if (!d.path) return saveAs();
    const r = await (await host()).draftSave(currentDraft(), d.path);
    if (r.ok) await afterSave(r.path, r.name);
    else say(r.error, true);
  }, [afterSave, currentDraft, saveAs, say]);

  const openResult = useCallback(
    (r: Awaited<ReturnType<Awaited<ReturnType<typeof host>>['pickAndOpen']>>) => {
      if (!r) return;
      if (!r.ok) return say(r.error, true);
      loadDraft(r.draft, r.path, r.name);
      if (r.warnings.length) say(r.warnings.join('；'));
    },
    [loadDraft, say],
  );

  const open = useCallback(() => guardUnsaved(async () => openResult(await (await host()).pickAndOpen())), [guardUnsaved, openResult]);
  const openRecent = useCallback((p: string) => guardUnsaved(async () => openResult(await (await host()).draftOpenRecent(p))), [guardUnsaved, openResult]);
  const newDraft = useCallback(() => guardUnsaved(() => setPicker(true)), [guardUnsaved]);

  const pickSkeleton = useCallback(
    (s: Skeleton) => {
      setPicker(false);
      loadDraft(draftFromSkeleton(s), null, `${s.label}（未保存）`);
    },
    [loadDraft],
  );

  const doExport = useCallback(
    async (highlightIssues: boolean) => {
      setExportIssues(null);
      const r = await (await host()).exportDocxToUser(currentDraft(), { highlightIssues }, suggestName(editor.children as BlockElement[]));
      if (r && r.ok) say(`已导出 Word：${r.name}`);
      else if (r && !r.ok) say(r.error, true);
    },
    [currentDraft, editor, say],
  );

  const exportWord = useCallback(() => {
    if (!docRef.current) return;
    const issues = findExportIssues(currentDraft());
    if (issues.items.length) setExportIssues(issues);
    else void doExport(false);
  }, [currentDraft, doExport]);

  const copyRich = useCallback(async () => {
    if (!docRef.current) return;
    const draft = currentDraft();
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([draftToClipboardHtml(draft)], { type: 'text/html' }),
          'text/plain': new Blob([draftToPlainText(draft, { newline: '\r\n' })], { type: 'text/plain' }),
        }),
      ]);
      say('已复制全文（带格式），可直接粘贴到 Word 或 WPS');
    } catch (e) {
      say(`复制失败：${(e as Error).message || '剪贴板不可用'}`, true);
    }
  }, [currentDraft, say]);

  const exportText = useCallback(() => {
    if (!docRef.current) return;
    // A BOM and CRLF so that Windows Notepad and older WPS open it as UTF-8 with line breaks.
    downloadText('\ufeff' + draftToPlainText(currentDraft(), { newline: '\r\n' }), suggestName(editor.children as BlockElement[]) + '.txt');
    say('已导出纯文本');
  }, [currentDraft, editor, say]);

  // ---- editing helpers used by panels ----
  const focusEditor = useCallback(() => {
    try {
      ReactEditor.focus(editor);
    } catch {
      /* not mounted */
    }
  }, [editor]);

  const scrollToBlock = useCallback(
    (index: number) => {
      const node = editor.children[index];
      if (!node) return;
      Transforms.select(editor, Editor.start(editor, [index]));
      focusEditor();
      try {
        ReactEditor.toDOMNode(editor, node).scrollIntoView({ block: 'center' });
      } catch {
        /* not rendered yet */
      }
    },
    [editor, focusEditor],
  );

  const insertPhrase = useCallback(
    (p: Phrase) => {
      insertInlines(editor, phraseToInlines(p.text));
      focusEditor();
    },
    [editor, focusEditor],
  );

  const insertSection = useCallback(
    (s: SectionEntry) => {
      // A section brings body text; the draft keeps its own title and 称呼.
      const has = (t: string) => (editor.children as BlockElement[]).some((b) => b.type === t);
      const blocks = s.blocks.filter((b) => !((b.type === 'title' || b.type === 'salutation') && has(b.type)));
      insertBlocksAtCursor(editor, blocks.length ? blocks : s.blocks);
      focusEditor();
      const n = blocks.reduce((k, b) => k + b.children.filter((c) => 'text' in c && c.check).length, 0);
      say(n ? `已插入“${s.heading}”，其中 ${n} 处具体内容待核对（点击黄色标记逐一核对）` : `已插入“${s.heading}”`);
    },
    [editor, focusEditor, say],
  );

  const onMoveSection = useCallback(
    (from: number, to: number) => {
      if (moveSection(editor, from, to)) {
        const content = editor.children as BlockElement[];
        // Find where the moved heading landed to keep the cursor with it.
        const landed = to < from ? to : to - (sectionRange(content, from)[1] - from);
        Transforms.select(editor, Editor.start(editor, [Math.max(0, Math.min(landed, content.length - 1))]));
        focusEditor();
      }
    },
    [editor, focusEditor],
  );

  // ---- find / replace ----
  const matches = useMemo(() => (findOpen && doc ? findMatches(editor, query) : []), [findOpen, query, editor, doc, contentTick]); // contentTick: re-find after edits
  const find: FindState = useMemo(() => ({ hits: hitsByTextNode(editor, matches, findPos) }), [editor, matches, findPos]);
  // A new query starts at its first match (edits to the text keep the position).
  useEffect(() => setFindPos(matches.length ? 0 : -1), [query]);

  const goMatch = useCallback(
    (delta: number) => {
      if (!matches.length) return;
      const i = (((findPos < 0 ? -1 : findPos) + delta) % matches.length + matches.length) % matches.length;
      setFindPos(i);
      Transforms.select(editor, matches[i]);
      try {
        const [node] = Editor.node(editor, matches[i].anchor.path);
        ReactEditor.toDOMNode(editor, node).scrollIntoView({ block: 'center' });
      } catch {
        /* ignore */
      }
    },
    [editor, matches, findPos],
  );

  const replaceOne = useCallback(() => {
    const r = matches[findPos];
    if (!r) return;
    Transforms.select(editor, r);
    Editor.insertText(editor, replacement);
    contentRef.current = editor.children as BlockElement[];
    setContentTick((t) => t + 1);
  }, [editor, matches, findPos, replacement]);

  const replaceAll = useCallback(() => {
    if (!matches.length) return;
    say(`已替换 ${replaceAllMatches(editor, matches, replacement)} 处`);
    contentRef.current = editor.children as BlockElement[];
    setContentTick((t) => t + 1);
  }, [editor, matches, replacement, say]);

  // ---- keyboard shortcuts a Word user expects (editing keys are handled in the editor) ----
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.isComposing) return;
      const k = e.key.toLowerCase();
      if (k === 's') {
        e.preventDefault();
        if (e.shiftKey) void saveAs();
        else void save();
      } else if (k === 'o') {
        e.preventDefault();
        open();
      } else if (k === 'n' && !e.shiftKey) {
        e.preventDefault();
        newDraft();
      } else if ((k === 'f' || k === 'h') && docRef.current) {
        e.preventDefault();
        const sel = editor.selection;
        if (sel && sel.anchor.path.join() === sel.focus.path.join() && sel.anchor.offset !== sel.focus.offset) {
          setQuery(Editor.string(editor, sel));
        }
        setFindOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor, newDraft, open, save, saveAs]);

  // Warn before closing the window with unsaved changes (the recovery copy exists, but say so).
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirtyRef.current && !autosaveDirtyRef.current) return; // autosaved: recoverable
      if (dirtyRef.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  // ---- phrases & favourites ----
  const phrases = useMemo<Phrase[]>(() => {
    const user: Phrase[] = (prefs?.userPhrases ?? []).map((u) => ({
      id: `user:${u.id}`,
      text: u.text,
      placeholders: [...u.text.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]),
      category: u.category,
      role: 'other',
      sources: [],
      score: 1e6,
    }));
    return [...user, ...(corpus?.phrases ?? [])];
  }, [corpus, prefs]);
  const favourites = useMemo(() => new Set(prefs?.favourites ?? []), [prefs]);

  const content = contentRef.current;
  const role: Role = doc ? roleAt(content, active) : 'opening';
  const skeleton = useMemo(() => {
    if (!doc || !corpus) return null;
    return corpus.skeletons.find((s) => s.id === doc.draft.meta.skeletonId) ?? corpus.skeletons.find((s) => s.genre === doc.draft.meta.genre) ?? null;
  }, [doc, corpus]);
  const sectionChars = useMemo(() => {
    const top = topHeadingAt(content, active);
    if (top < 0) return 0;
    const [s, e] = sectionRange(content, top);
    return countHan(content.slice(s + 1, e));
  }, [content, active, contentTick]);

  const blockKind = doc && content[active] ? (content[active].type === 'heading' ? String((content[active] as { level: number }).level) : content[active].type) : 'paragraph';

  const tb = (label: string, onClick: () => void, title?: string, disabled = !doc) => (
    <button type="button" className="tb" title={title ?? label} disabled={disabled} onMouseDown={(e) => e.preventDefault()} onClick={onClick}>
      {label}
    </button>
  );

  return (
    <div className="app">
      <header className="toolbar" role="toolbar" aria-label="工具栏">
        <div className="brand">公文起草助手</div>
        <div className="tb-group">
          {tb('新建', newDraft, '新建草稿（Ctrl+N）', false)}
          {tb('打开', open, '打开草稿或 Word 文件（Ctrl+O）', false)}
          {recent.length > 0 && (
            <select
              className="tb-select recent-select"
              aria-label="最近打开"
              title="最近打开的草稿"
              value=""
              onChange={(e) => {
                if (e.target.value) openRecent(e.target.value);
              }}
            >
              <option value="">最近…</option>
              {recent.slice(0, 10).map((r) => (
                <option key={r.path} value={r.path}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
          {tb('保存', () => void save(), '保存（Ctrl+S）')}
          {tb('另存为', () => void saveAs(), '另存为（Ctrl+Shift+S）')}
        </div>
        <div className="tb-group">
          {tb('导出Word', exportWord, '导出为符合 GB/T 9704 的 Word 文件')}
          {tb('复制富文本', () => void copyRich(), '复制全文（带格式），粘贴到 Word/WPS')}
          {tb('导出纯文本', exportText, '导出为 .txt 纯文本')}
        </div>
        <div className="tb-group">{tb('语料库', () => setCorpusOpen(true), '查看与导入往年材料', !corpus)}</div>
        <div className="tb-group">
          {tb('撤销', () => editor.undo(), '撤销（Ctrl+Z）')}
          {tb('重做', () => editor.redo(), '重做（Ctrl+Y）')}
        </div>
        <div className="tb-group">
          <select
            className="tb-select"
            aria-label="段落级别"
            title="段落级别（Ctrl+1～4 标题，Ctrl+0 正文）"
            disabled={!doc || blockKind === 'title' || blockKind === 'salutation'}
            value={blockKind}
            onChange={(e) => {
              const v = e.target.value;
              setBlockKind(editor, v === 'paragraph' ? 'paragraph' : (Number(v) as 1 | 2 | 3 | 4));
              focusEditor();
            }}
          >
            {blockKind === 'title' && <option value="title">大标题</option>}
            {blockKind === 'salutation' && <option value="salutation">称呼</option>}
            <option value="paragraph">正文</option>
            <option value="1">一级标题 一、</option>
            <option value="2">二级标题 （一）</option>
            <option value="3">三级标题 1.</option>
            <option value="4">四级标题 （1）</option>
          </select>
          <button type="button" className="tb bold" title="加粗（段首句，Ctrl+B）" disabled={!doc} onMouseDown={(e) => e.preventDefault()} onClick={() => toggleBold(editor)}>
            B
          </button>
          {tb('查找替换', () => setFindOpen(true), '查找/替换（Ctrl+F）')}
        </div>
        <span className="spacer" />
        <button type="button" className="tb" onClick={() => setSettingsOpen(true)} title="语速、审稿提醒、自动保存" disabled={!prefs}>
          设置
        </button>
        <button type="button" className="tb" onClick={() => setKeysOpen(true)} title="快捷键一览">
          快捷键
        </button>
      </header>

      {notices.length > 0 && (
        <div className="notice" role="status">
          {notices.join('；')}
          <button type="button" className="icon" onClick={() => setNotices([])} aria-label="关闭提示">
            ✕
          </button>
        </div>
      )}

      {doc ? (
        <div className="main">
          <aside className="left">
            <div className="panel-title">大纲</div>
            <Outline entries={outline} minutes={sectionMinutes} total={contentRef.current.length} active={active} onJump={scrollToBlock} onMove={onMoveSection} />
            <GuidanceCard skeleton={skeleton} role={role} sectionChars={sectionChars} />
          </aside>
          <main className="centre">
            {findOpen && (
              <FindBar
                query={query}
                replacement={replacement}
                count={matches.length}
                position={findPos + 1}
                onQuery={setQuery}
                onReplacement={setReplacement}
                onNext={() => goMatch(1)}
                onPrev={() => goMatch(-1)}
                onReplace={replaceOne}
                onReplaceAll={replaceAll}
                onClose={() => {
                  setFindOpen(false);
                  focusEditor();
                }}
              />
            )}
            <div className="scroller">
              <DraftEditor key={doc.key} editor={editor} initial={doc.draft} find={find} marks={marks} showCopied={showCopied} onValue={onValue} onBlock={onBlock} />
            </div>
          </main>
          <aside className="right">
            <div className="tabs" role="tablist">
              {(
                [
                  ['phrases', '常用语'],
                  ['library', '段落库'],
                  ['review', findings.length ? `审稿（${findings.length}）` : '审稿'],
                ] as [RightTab, string][]
              ).map(([k, label]) => (
                <button key={k} type="button" role="tab" aria-selected={tab === k} className={tab === k ? 'tab on' : 'tab'} onClick={() => setTab(k)}>
                  {label}
                </button>
              ))}
            </div>
            <div className="tab-body">
              {!corpus && tab !== 'review' && <div className="muted pad">{corpusError ?? '正在载入语料……'}</div>}
              {corpus && tab === 'phrases' && (
                <PhrasePanel
                  phrases={phrases}
                  favourites={favourites}
                  role={role}
                  selectionText={() => (editor.selection ? Editor.string(editor, editor.selection) : '')}
                  onInsert={insertPhrase}
                  onToggleFavourite={async (id) => setPrefs(await (await host()).prefsToggleFavourite(id))}
                  onAddPhrase={async (text: string, category: PhraseCategory) => {
                    setPrefs(await (await host()).prefsAddUserPhrase(text, category));
                    say('已存为常用语');
                  }}
                  onRemoveUserPhrase={async (id) => setPrefs(await (await host()).prefsRemoveUserPhrase(id))}
                />
              )}
              {corpus && tab === 'library' && <SectionLibrary sections={corpus.sections} role={role} onInsert={insertSection} />}
              {tab === 'review' && (
                <ChecksPanel
                  findings={findings}
                  onJump={(f) => {
                    const r = offsetsToRange(editor, f.blockIndex, f.start, f.end);
                    if (!r) return;
                    Transforms.select(editor, r);
                    focusEditor();
                    scrollToBlockNoSelect(editor, f.blockIndex);
                  }}
                  onFix={(f) => {
                    if (f.fix && replaceOffsets(editor, f.blockIndex, f.start, f.end, f.fix.replacement)) focusEditor();
                  }}
                />
              )}
            </div>
          </aside>
        </div>
      ) : (
        <div className="start">
          <div className="start-card">
            <h1>公文起草助手</h1>
            <p className="muted">从往年材料的骨架起草工作报告、讲话稿、实施方案。</p>
            <div className="row center">
              <button type="button" className="btn primary big" onClick={newDraft} disabled={!corpus && !corpusError}>
                {corpus || corpusError ? '新建草稿…' : '正在载入语料……'}
              </button>
              <button type="button" className="btn big" onClick={open}>
                打开…
              </button>
            </div>
            {recent.length > 0 && (
              <div className="recent">
                <div className="muted">最近打开</div>
                <ul>
                  {recent.slice(0, 8).map((r) => (
                    <li key={r.path}>
                      <button type="button" className="link" onClick={() => openRecent(r.path)} title={r.path}>
                        {r.name}
                      </button>
                      <span className="muted"> {new Date(r.openedAt).toLocaleString('zh-CN', { hour12: false })}</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </div>
      )}

      {doc && (
        <StatusBar
          stats={stats}
          rate={settings.speechRate}
          onRate={async (speechRate) => {
            try {
              setPrefs(await (await host()).prefsSetSettings({ speechRate }));
            } catch (e) {
              say(`语速未能保存：${(e as Error).message}`, true);
            }
          }}
          showCopied={showCopied}
          onToggleCopied={async () => {
            const next = !showCopied;
            setCopiedOverride(next);
            try {
              setPrefs(await (await host()).prefsSetSettings({ showCopied: next }));
              setCopiedOverride(null);
            } catch (e) {
              say(`复用率高亮的开关未能保存：${(e as Error).message}`, true);
            }
          }}
          saveState={saveState}
          fileName={doc.name}
          onNextCheck={() => {
            const t = selectNextCheck(editor);
            if (t) {
              focusEditor();
              scrollToBlockNoSelect(editor, t[1][0]);
            }
          }}
          onNextPlaceholder={() => {
            if (jumpToPlaceholder(editor)) {
              focusEditor();
              scrollToBlockNoSelect(editor, blockIndexAtSelection(editor));
            }
          }}
        />
      )}

      {toast && (
        <div className={toast.error ? 'toast error' : 'toast'} role={toast.error ? 'alert' : 'status'}>
          {toast.text}
        </div>
      )}

      {picker && (
        <SkeletonPicker
          skeletons={corpus?.skeletons ?? []}
          onPick={pickSkeleton}
          onBlank={() => {
            setPicker(false);
            loadDraft(emptyDraft(), null, '空白草稿（未保存）');
          }}
          onClose={() => setPicker(false)}
        />
      )}

      {recovery && (
        <Dialog title="恢复未保存的草稿" testId="recovery-dialog">
          <p>
            上次编辑的草稿“{inlineText(recovery.draft.content.find((b) => b.type === 'title')?.children ?? []) || '未命名草稿'}”没有正常保存（自动保存于{' '}
            {new Date(recovery.savedAt).toLocaleString('zh-CN', { hour12: false })}）。是否恢复？
          </p>
          <div className="dialog-actions">
            <button
              type="button"
              className="btn"
              onClick={async () => {
                setRecovery(null);
                await (await host()).draftClearRecovery();
              }}
            >
              放弃
            </button>
            <button
              type="button"
              className="btn primary"
              onClick={() => {
                const r = recovery;
                setRecovery(null);
                loadDraft(r.draft, r.path, r.path ? r.path.split(/[\\/]/).pop()!.replace(/\.gwdraft$/, '') + '（已恢复）' : '恢复的草稿（未保存）');
                // The recovered text is not in any file yet: it counts as unsaved.
                dirtyRef.current = true;
                autosaveDirtyRef.current = true;
                setSaveState('已恢复，尚未保存');
              }}
            >
              恢复
            </button>
          </div>
        </Dialog>
      )}

      {confirm && (
        <Dialog title="放弃修改？" onClose={() => setConfirm(null)}>
          <p>{confirm.message}</p>
          <div className="dialog-actions">
            <button type="button" className="btn primary" onClick={() => setConfirm(null)}>
              返回
            </button>
            <button
              type="button"
              className="btn danger"
              onClick={() => {
                const c = confirm;
                setConfirm(null);
                c.yes();
              }}
            >
              放弃修改并继续
            </button>
          </div>
        </Dialog>
      )}

      {corpusOpen && corpus && (
        <CorpusDialog
          summary={corpus.summary}
          onClose={() => setCorpusOpen(false)}
          onImport={async () => {
            const h = await host();
            const r = await h.pickAndImportCorpus();
            if (!r) return;
            setCorpus(await h.corpusData());
            const errors = r.issues.filter((i) => i.severity === 'error').length;
            say(`已导入 ${r.imported} 份材料${errors ? `，${errors} 份未能导入（见列表）` : ''}`, errors > 0 && r.imported === 0);
          }}
          onReset={async () => {
            const h = await host();
            await h.corpusReset();
            setCorpus(await h.corpusData());
            say('已恢复为内置语料');
          }}
        />
      )}

      {settingsOpen && prefs && (
        <SettingsDialog
          settings={prefs.settings}
          onClose={() => setSettingsOpen(false)}
          onSave={async (patch) => {
            try {
              setPrefs(await (await host()).prefsSetSettings(patch));
              say('设置已保存');
            } catch (e) {
              say(`设置未能保存：${(e as Error).message}`, true);
            }
          }}
        />
      )}

      {keysOpen && (
        <Dialog title="快捷键" onClose={() => setKeysOpen(false)} testId="keys-dialog">
          <table className="keys">
            <tbody>
              {[
                ['Ctrl+S', '保存'],
                ['Ctrl+Shift+S', '另存为'],
                ['Ctrl+O / Ctrl+N', '打开 / 新建'],
                ['Ctrl+Z / Ctrl+Y', '撤销 / 重做'],
                ['Ctrl+F / Ctrl+H', '查找 / 替换'],
                ['Ctrl+B', '加粗（段首句）'],
                ['Ctrl+1～4', '设为一～四级标题（一、 （一） 1. （1））；再按一次恢复正文'],
                ['Ctrl+0', '设为正文'],
                ['Tab / Shift+Tab', '跳到下一个 / 上一个未填写的占位符'],
                ['Ctrl+Enter', '光标在“待核对”内容上时：核对无误'],
              ].map(([k, v]) => (
                <tr key={k}>
                  <td>
                    <kbd>{k}</kbd>
                  </td>
                  <td>{v}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="dialog-actions">
            <button type="button" className="btn primary" onClick={() => setKeysOpen(false)}>
              知道了
            </button>
          </div>
        </Dialog>
      )}

      {exportIssues && (
        <ExportDialog
          issues={exportIssues}
          onStop={() => setExportIssues(null)}
          onExportAnyway={() => void doExport(true)}
          onGoTo={(i) => {
            setExportIssues(null);
            scrollToBlock(i);
          }}
        />
      )}
    </div>
  );
}

function scrollToBlockNoSelect(editor: Editor, index: number) {
  const node = editor.children[index];
  if (!node) return;
  try {
    ReactEditor.toDOMNode(editor, node).scrollIntoView({ block: 'center' });
  } catch {
    /* not rendered */
  }
}
