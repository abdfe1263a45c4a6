/**
 * What the app works out from the draft — 字数, 讲话时长, 待填/待核对, 复用率, outline, review findings and
 * their inline marks — refreshed after the user pauses (300 ms, then in idle time), never inside a keystroke.
 * 复用率 asks the host's archive about the draft's sentences (corpusReuse) and keeps the answers per sentence, so a
 * pass after an edit asks only about what changed, and the page never holds the archive; a long draft's
 * text is analysed in a worker (analysis-worker.ts), so its seconds of checks never block typing. The result
 * goes to the store in one update (store.analysis).
 */
import { useEffect } from 'react';
import { ArchiveReuse } from '#core/checks/reuse-lookup';
import { type BlockElement, type Draft, numberHeadings } from '#core/draft/model';
import { ReactEditor } from 'slate-react';
import { buildMarkMap } from '../editor/marks';
import { outlineOf } from '#core/draft/outline';
import { analyseOffThread } from './analysis-offthread';
import { analyseText, type TextAnalysis } from './analysis-text';
import { currentContent, currentEditor } from './editor';
import { host } from '../host';
import { settingsOf, useApp } from './store';

/** The archive's answers about the draft's sentences; 复用率 shows once the host has answered. */
const reuse = new ArchiveReuse((sentences) => host.corpusReuse(sentences));
/** When the host last failed to answer: 复用率 stays blank for a while rather than asking again at every pause. */
let reuseFailedAt = 0;
const REUSE_RETRY_MS = 30_000;
let timer: number | undefined;

/**
 * Whether an IME composition is open in the page. Redrawing the marks around it would cancel it (Chromium
 * drops a composition whose text node changes), leaving the pinyin letters in the text.
 */
function composing(): boolean {
  const editor = currentEditor();
  return !!editor && ReactEditor.isComposing(editor);
}

/** Above this many blocks the text's analysis runs in a worker (the checks alone take seconds at 100,000 blocks). */
export const OFF_THREAD_ABOVE = 1500;

/** A long draft's pass in the worker, and whether another was asked for meanwhile. */
let inFlight = false;
let again = false;

/** One pass now (a draft was just loaded, the page mounted, settings or the reuse index changed) — or, while a composition is open, once it is over. */
export function analyseNow(): void {
  const s = useApp.getState();
  if (!s.session) return;
  if (composing()) return analyseAfterPause();
  const content = currentContent();
  const settings = settingsOf(s);
  const draft: Draft = { meta: s.session.draft.meta, content };
  if (content.length <= OFF_THREAD_ABOVE) return publish(content, analyseText(draft, settings));
  if (inFlight) return void (again = true);
  inFlight = true;
  const key = s.session.key;
  analyseOffThread(draft, settings).then(
    (text) => {
      inFlight = false;
      // Typed meanwhile (Slate replaces the array on every change) or another draft opened: that one is due instead.
      const stale = useApp.getState().session?.key !== key || currentContent() !== content;
      if (!stale) publish(content, text);
      if (stale || again) {
        again = false;
        analyseAfterPause();
      }
    },
    (e) => {
      inFlight = false;
      console.error('分析失败', e);
    },
  );
}

/**
 * The pass's result into the store, with what needs the page's own nodes (marks) and 复用率. Sentences the host
 * has not been asked about yet are asked now; the pass is published again with their answers (the ratio shown
 * meanwhile is the last complete one).
 */
function publish(content: BlockElement[], text: TextAnalysis): void {
  const s = useApp.getState();
  const r = reuse.analyze({ meta: { createdAt: '', updatedAt: '' }, content });
  const reuseFailed = Date.now() - reuseFailedAt < REUSE_RETRY_MS;
  if (r.pending.length && !reuseFailed) {
    const key = s.session?.key;
    reuse.learn(r.pending).then(
      () => {
        if (useApp.getState().session?.key === key && currentContent() === content) publish(content, text);
      },
      (e) => {
        reuseFailedAt = Date.now();
        console.error('复用率查询失败', e);
      },
    );
  }
  const ratio = r.pending.length ? (reuseFailed ? null : s.analysis.stats.reuse) : r.ratio;
  useApp.setState({
    analysis: {
      stats: { han: text.han, unfilled: text.unfilled, checks: text.checks, minutes: text.minutes, reuse: ratio },
      findings: text.findings,
      // Mapped once here onto the text nodes, so the editor's decorate is a lookup per node.
      marks: buildMarkMap(content, text.findings, r.spans),
      sectionMinutes: new Map(text.sections.filter((t) => content[t.blockIndex]?.type === 'heading').map((t) => [t.blockIndex, t.minutes])),
      outline: outlineOf(content, numberHeadings(content)),
      version: s.analysis.version + 1,
    },
  });
}

/** After an edit: a pass once the user has paused for 300 ms, and then only when the browser is idle. */
export function analyseAfterPause(): void {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => (window.requestIdleCallback ? window.requestIdleCallback(analyseNow, { timeout: 1000 }) : analyseNow()), 300);
}

/** The text changed outside a pass (find's replace): what re-reads the text on each pass re-reads it now. */
export function textChanged(): void {
  useApp.setState((s) => ({ analysis: { ...s.analysis, version: s.analysis.version + 1 } }));
}

/** Mounted once by App: re-runs the analysis when settings change, and asks 复用率 again when the archive does. */
export function useAnalysis(): void {
  const archiveVersion = useApp((s) => s.archiveVersion);
  const prefs = useApp((s) => s.prefs);

  useEffect(() => {
    if (!archiveVersion) return;
    reuse.clear();
    reuseFailedAt = 0;
    analyseNow();
  }, [archiveVersion]);

  useEffect(() => analyseNow(), [prefs]);
  useEffect(() => () => window.clearTimeout(timer), []);
}
