/**
 * 状态栏: 字数, 预计讲话时长 (with the rate, editable), what is left to fill/check, 复用率, the file and its
 * save state. The counts arrive with each analysis pass; the save state is its own subscriber, so the first
 * keystroke after a save re-renders that text and nothing else.
 */
import React, { useEffect, useState } from 'react';
import { jumpToPlaceholder, selectNextCheck, blockIndexAtSelection } from '../../editor/commands';
import { currentEditor, focusEditor, revealBlock } from '../../app/editor';
import { settingsOf, showCopiedOf, type Stats, useApp } from '../../app/store';
import { say } from '../../app/toasts';
import { host } from '../../host';
import './status.css';

/** The speaking rate, editable in place (60–600 字/分钟, as the settings allow). */
function RateInput({ rate, onRate }: { rate: number; onRate(r: number): void }) {
  const [v, setV] = useState(String(rate));
  useEffect(() => setV(String(rate)), [rate]);
  const commit = () => {
    const n = Math.round(Number(v));
    if (Number.isFinite(n) && n >= 60 && n <= 600 && n !== rate) onRate(n);
    else setV(String(rate));
  };
  return (
    <input
      className="rate"
      type="number"
      min={60}
      max={600}
      step={10}
      value={v}
      aria-label="讲话语速（字/分钟）"
      title="讲话语速，可修改（60～600 字/分钟）"
      onChange={(e) => setV(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && (e.currentTarget as HTMLInputElement).blur()}
    />
  );
}

/** 35841 → "35,841", as zh-CN writes it; not toLocaleString, whose first call loads ICU data (~20 ms of start-up). */
export const groupDigits = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function StatusBarView({ stats, rate, onRate, showCopied, onToggleCopied, saveState, fileName, extra, onNextCheck, onNextPlaceholder }: {
  stats: Stats;
  rate: number;
  /** Changes the speaking rate (字/分钟) kept in the settings. */
  onRate(rate: number): void;
  /** Whether copied sentences are highlighted in the page; clicking 复用率 toggles it. */
  showCopied: boolean;
  onToggleCopied(): void;
  /** The save-state text (by default the store's, subscribed on its own). */
  saveState?: React.ReactNode;
  fileName: string;
  extra?: React.ReactNode;
  onNextCheck(): void;
  onNextPlaceholder(): void;
}) {
  const minutes = stats.minutes;
  const mm = Math.floor(minutes);
  const ss = Math.min(59, Math.round((minutes - mm) * 60));
  return (
    <footer className="status" data-testid="status-bar">
      <span title="正文中的汉字数">
        字数 <b data-testid="han-count">{groupDigits(stats.han)}</b>
      </span>
      <span title="标题不计，按所设语速估算">
        预计讲话 <b data-testid="speech-time">{mm} 分 {ss} 秒</b>（
        <RateInput rate={rate} onRate={onRate} />
        字/分钟）
      </span>
      <button type="button" className={stats.unfilled ? 'link warn' : 'link'} onMouseDown={(e) => e.preventDefault()} onClick={onNextPlaceholder} disabled={!stats.unfilled}>
        待填 <b data-testid="unfilled-count">{stats.unfilled}</b> 处
      </button>
      <button type="button" className={stats.checks ? 'link warn' : 'link'} onMouseDown={(e) => e.preventDefault()} onClick={onNextCheck} disabled={!stats.checks}>
        待核对 <b data-testid="check-count">{stats.checks}</b> 处
      </button>
      {stats.reuse !== null && (
        <button
          type="button"
          className={showCopied ? 'link reuse on' : 'link reuse'}
          aria-pressed={showCopied}
          data-testid="reuse-toggle"
          title={`正文中与往年材料相同或几乎相同的句子所占比例。点击${showCopied ? '隐藏' : '显示'}雷同句子的底色`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={onToggleCopied}
        >
          <span className="cp-swatch" aria-hidden="true" />
          复用率 <b data-testid="reuse-ratio">{Math.round(stats.reuse * 100)}%</b>
        </button>
      )}
      {extra}
      <span className="spacer" />
      <span className="muted" title="当前文件">
        {fileName}
      </span>
      <span data-testid="save-state" className="save-state">
        {saveState ?? <SaveState />}
      </span>
    </footer>
  );
}

/** The save state; a failure or a save waiting for the service stands out (and its whole text is in the tooltip). */
function SaveState() {
  const text = useApp((s) => s.saveState);
  const trouble = /失败|未响应|未能|未保存：/.test(text);
  return (
    <span className={trouble ? 'save-trouble' : undefined} title={text}>
      {text}
    </span>
  );
}

async function setRate(speechRate: number): Promise<void> {
  try {
    useApp.setState({ prefs: await host.prefsSetSettings({ speechRate }) });
  } catch (e) {
    say(`语速未能保存：${(e as Error).message}`, true);
  }
}

/** The 复用率 switch is a setting, so it is the same after a restart; it flips at once and is saved behind. */
async function toggleCopied(): Promise<void> {
  const next = !showCopiedOf(useApp.getState());
  useApp.setState({ copiedOverride: next });
  try {
    useApp.setState({ prefs: await host.prefsSetSettings({ showCopied: next }), copiedOverride: null });
  } catch (e) {
    say(`复用率高亮的开关未能保存：${(e as Error).message}`, true);
  }
}

function nextCheck(): void {
  const editor = currentEditor();
  const t = editor && selectNextCheck(editor);
  if (!t) return;
  focusEditor();
  revealBlock(t[1][0]);
}

function nextPlaceholder(): void {
  const editor = currentEditor();
  if (!editor || !jumpToPlaceholder(editor)) return;
  focusEditor();
  revealBlock(blockIndexAtSelection(editor));
}

export function StatusBar() {
  const stats = useApp((s) => s.analysis.stats);
  const rate = useApp((s) => settingsOf(s).speechRate);
  const showCopied = useApp(showCopiedOf);
  const fileName = useApp((s) => s.session?.name ?? '');
  return <StatusBarView stats={stats} rate={rate} onRate={setRate} showCopied={showCopied} onToggleCopied={toggleCopied} fileName={fileName} onNextCheck={nextCheck} onNextPlaceholder={nextPlaceholder} />;
}
