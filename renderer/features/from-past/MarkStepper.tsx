/** 逐处核对 above the page, while open: the mark under review, 上一处 / 下一处, 核对无误, and which kinds to step through. */
import React from 'react';
import { MARK_KINDS, MARK_LABELS } from '#core/draft/marked-text';
import { stepper, useStepper, type KindFilter } from './stepper';
import './from-past.css';

export function MarkStepper() {
  const open = useStepper((s) => s.open);
  return open ? <Bar /> : null;
}

/** Buttons keep the page's selection (and focus) when pressed. */
const keep = (e: React.MouseEvent) => e.preventDefault();

function Bar() {
  const current = useStepper((s) => s.current);
  const index = useStepper((s) => s.index);
  const total = useStepper((s) => s.total);
  const filter = useStepper((s) => s.filter);
  return (
    <div className="fp-stepper" role="toolbar" aria-label="逐处核对" data-testid="mark-stepper">
      <b className="fp-stepper-title">逐处核对</b>
      <select value={filter} onChange={(e) => stepper.setFilter(e.target.value as KindFilter)} aria-label="核对哪一类">
        <option value="all">全部标记</option>
        {MARK_KINDS.map((k) => (
          <option key={k} value={k}>
            {MARK_LABELS[k]}
          </option>
        ))}
      </select>
      <span className="fp-stepper-count muted" data-testid="stepper-count">
        {total ? (index ? `第 ${index} / ${total} 处` : `共 ${total} 处`) : '没有待处理的标记'}
      </span>
      <span className="fp-stepper-reason" title={current?.reason}>
        {current && (
          <>
            <span className={`fp-kind fp-kind-${current.kind}`}>{MARK_LABELS[current.kind]}</span> {current.reason}
          </>
        )}
      </span>
      <button type="button" className="btn small" onMouseDown={keep} onClick={() => stepper.go(true)} disabled={!total} title="上一处（Shift+F8）">
        上一处
      </button>
      <button type="button" className="btn small" onMouseDown={keep} onClick={() => stepper.go()} disabled={!total} title="下一处（F8）">
        下一处
      </button>
      <button
        type="button"
        className="btn small"
        onMouseDown={keep}
        onClick={stepper.confirm}
        disabled={!current || current.kind === 'fill'}
        title={current?.kind === 'fill' ? '占位符请直接填写' : '核对无误：去掉这一处标记，转到下一处'}
      >
        核对无误
      </button>
      <button type="button" className="icon" onClick={stepper.close} title="关闭" aria-label="关闭逐处核对">
        ✕
      </button>
    </div>
  );
}
