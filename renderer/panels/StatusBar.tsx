/** 状态栏: 字数, 预计讲话时长, what is left to fill/check, autosave state. Values arrive debounced. */
import React, { useEffect, useState } from 'react';

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

export interface Stats {
  han: number;
  unfilled: number;
  checks: number;
  /** Speaking time of what is read aloud (speechTiming: not the title). */
  minutes: number;
  /** Share of sentences found in the corpus (null until the corpus is loaded). */
  reuse: number | null;
}

/** 35841 → "35,841", as zh-CN writes it; not toLocaleString, whose first call loads ICU data (~20 ms of start-up). */
export const groupDigits = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function StatusBar({ stats, rate, onRate, showCopied, onToggleCopied, saveState, fileName, extra, onNextCheck, onNextPlaceholder }: {
  stats: Stats;
  rate: number;
  /** Changes the speaking rate (字/分钟) kept in the settings. */
  onRate(rate: number): void;
  /** Whether copied sentences are highlighted in the page; clicking 复用率 toggles it. */
  showCopied: boolean;
  onToggleCopied(): void;
  saveState: string;
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
        {saveState}
      </span>
    </footer>
  );
}
