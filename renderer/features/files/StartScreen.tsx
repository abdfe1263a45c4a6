/** The window before a draft is open: 新建 (once the corpus has loaded), 打开, the drafts left unsaved, and the recent drafts. */
import React from 'react';
import { useApp } from '../../app/store';
import { openCorpusDialog } from '../corpus/CorpusDialog';
import { startDraftFromPast } from '../from-past/from-past';
import { files } from './file-commands';
import { RecoveryList } from './recovery';
import './start.css';

export function StartScreen() {
  const ready = useApp((s) => !!s.skeletons || !!s.corpusError);
  const recent = useApp((s) => s.recent);
  const unsaved = useApp((s) => s.recoveries.length);
  return (
    <div className="start">
      <div className="start-card">
        <h1>公文起草助手</h1>
        <p className="muted">从往年材料的骨架起草工作报告、讲话稿、实施方案。</p>
        <div className="row center">
          <button type="button" className="btn primary big" onClick={() => void files.newDraft()} disabled={!ready}>
            {ready ? '新建草稿…' : '正在载入语料……'}
          </button>
          <button type="button" className="btn big" onClick={() => void files.open()}>
            打开…
          </button>
        </div>
        {/* The two other ways a secretary starts: from last year's report, or by bringing in her own archive first. */}
        <div className="row center start-more">
          <button type="button" className="link" onClick={() => void startDraftFromPast()} disabled={!ready}>
            以去年的材料为底稿起草…
          </button>
          <span className="muted">·</span>
          <button type="button" className="link" onClick={openCorpusDialog} disabled={!ready}>
            导入本单位往年材料…
          </button>
        </div>
        {unsaved > 0 && (
          <div className="recovered">
            <div className="muted">未保存的草稿（自动保存的副本）</div>
            <RecoveryList />
          </div>
        )}
        {recent.length > 0 && (
          <div className="recent">
            <div className="muted">最近打开</div>
            <ul>
              {recent.slice(0, 8).map((r) => (
                <li key={r.path}>
                  <button type="button" className="link" onClick={() => void files.openRecent(r.path)} title={r.path}>
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
  );
}
