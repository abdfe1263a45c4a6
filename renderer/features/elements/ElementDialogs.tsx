/**
 * The 公文要素 dialogs: one form per element group (落款, 附件说明, 附注, 版记, 版头, 讲话人和日期), filled with what
 * the draft has now, so a second time edits rather than adds. Each form says what GB/T 9704 expects (a date as
 * 2027年1月15日, 发文字号 with 〔〕) without stopping the user.
 */
import React, { useState } from 'react';
import { docNumberProblems } from '#core/format/closing';
import { Dialog } from '../../ui/Dialog';

export type Values = Record<string, string | boolean>;

export interface Field {
  key: string;
  label: string;
  kind?: 'text' | 'lines' | 'check';
  /** Shown in the empty input. */
  placeholder?: string;
  /** Shown under the input. */
  hint?: string;
  /** What is not as GB/T 9704 writes it (shown, not blocking). */
  problems?(value: string): string[];
  required?: boolean;
}

const DATE = /^\d{4}年[1-9]\d?月[1-9]\d?日$/;
export const dateProblems = (v: string): string[] => (v.trim() && !DATE.test(v.trim()) ? ['日期用阿拉伯数字写全年月日，月、日不编虚位，如“2027年1月15日”'] : []);
export const docNumberHints = (v: string): string[] => (v.trim() ? docNumberProblems(v) : []);

export function ElementDialog({
  title,
  intro,
  fields,
  initial,
  exists,
  onApply,
  onRemove,
  onClose,
  testId,
}: {
  title: string;
  intro?: React.ReactNode;
  fields: Field[];
  initial: Values;
  /** The draft has this element already: the dialog edits it and offers 删除. */
  exists: boolean;
  onApply(v: Values): void;
  onRemove?(): void;
  onClose(): void;
  testId: string;
}) {
  const [v, setV] = useState<Values>(initial);
  const missing = fields.filter((f) => f.required && !String(v[f.key] ?? '').trim());
  const apply = () => {
    if (missing.length) return;
    onApply(v);
    onClose();
  };
  return (
    <Dialog title={title} onClose={onClose} testId={testId}>
      {intro && <p className="muted gw-intro">{intro}</p>}
      <form
        className="gw-form"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        {fields.map((f) => {
          const value = v[f.key];
          const problems = typeof value === 'string' && f.problems ? f.problems(value) : [];
          if (f.kind === 'check')
            return (
              <label key={f.key} className="gw-check">
                <input type="checkbox" aria-label={f.label} checked={!!value} onChange={(e) => setV({ ...v, [f.key]: e.target.checked })} />
                {f.label}
                {f.hint && <span className="muted">（{f.hint}）</span>}
              </label>
            );
          return (
            <label key={f.key} className="gw-field">
              <span className="gw-label">
                {f.label}
                {f.required && <span className="warn">*</span>}
              </span>
              {f.kind === 'lines' ? (
                <textarea rows={3} aria-label={f.label} value={String(value ?? '')} placeholder={f.placeholder} onChange={(e) => setV({ ...v, [f.key]: e.target.value })} />
              ) : (
                <input type="text" aria-label={f.label} value={String(value ?? '')} placeholder={f.placeholder} onChange={(e) => setV({ ...v, [f.key]: e.target.value })} />
              )}
              {(f.hint || problems.length > 0) && (
                <span className={problems.length ? 'gw-hint warn' : 'gw-hint muted'}>{problems.length ? problems.join('；') : f.hint}</span>
              )}
            </label>
          );
        })}
        {missing.length > 0 && <p className="warn">请填写：{missing.map((f) => f.label).join('、')}</p>}
        <div className="dialog-actions">
          {exists && onRemove && (
            <button
              type="button"
              className="btn danger"
              onClick={() => {
                onRemove();
                onClose();
              }}
            >
              删除
            </button>
          )}
          <span className="spacer" />
          <button type="button" className="btn" onClick={onClose}>
            取消
          </button>
          <button type="submit" className="btn primary" disabled={missing.length > 0}>
            {exists ? '更新' : '插入'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
