/**
 * 审稿 panel: the review findings grouped by rule (with counts), each clickable to its place in the
 * draft, with a “修正” button where the rule knows the fix. Pure view: the editor owns the draft and
 * does the jumping and fixing. Styles: checks.css beside it (class names prefixed ck-).
 */
import React, { useState } from 'react';
import { RULE_LABELS, RULES } from '#core/checks/index';
import type { Finding, Severity } from '#core/checks/types';
import './checks.css';

const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export function ChecksPanel(props: {
  findings: Finding[];
  onJump(f: Finding): void;
  onFix(f: Finding): void;
  /** 不再提示 for a finding that names its word-list entry (Finding.mute). */
  onMute?(f: Finding): void;
  /** 全部核对无误 (shown while there are 待核对 marks): the selection's, else the section's. */
  onConfirmChecks?(): void;
}) {
  const { findings, onJump, onFix, onMute, onConfirmChecks } = props;
  // Groups the user folded away (e.g. dozens of 长句 hints while fixing punctuation).
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (rule: string) =>
    setFolded((prev) => {
      const next = new Set(prev);
      if (!next.delete(rule)) next.add(rule);
      return next;
    });
  if (findings.length === 0) {
    return (
      <section className="ck-panel" aria-label="审稿">
        <div className="ck-empty" data-testid="checks-empty">
          未发现问题
        </div>
      </section>
    );
  }
  // Groups in the rules' order; findings of rules added elsewhere (unknown ids) go last, in order seen.
  const order = RULES.map((r) => r.id);
  const groups = new Map<string, Finding[]>();
  for (const id of order) groups.set(id, []);
  for (const f of findings) {
    if (!groups.has(f.rule)) groups.set(f.rule, []);
    groups.get(f.rule)!.push(f);
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;

  return (
    <section className="ck-panel" aria-label="审稿">
      <header className="ck-summary">
        共 {findings.length} 处
        {(['error', 'warning', 'info'] as const).map((s) =>
          counts[s] ? (
            <span key={s} className={`ck-count ck-${s}`}>
              {SEVERITY_LABELS[s]} {counts[s]}
            </span>
          ) : null,
        )}
      </header>
      {[...groups].map(([rule, list]) =>
        list.length === 0 ? null : (
          <div key={rule} className="ck-group" data-testid="finding-group" data-rule={rule}>
            <h3 className="ck-group-title">
              <button
                type="button"
                className="ck-group-toggle"
                aria-expanded={!folded.has(rule)}
                title={folded.has(rule) ? '展开' : '收起'}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => toggle(rule)}
              >
                <span className="ck-caret">{folded.has(rule) ? '▸' : '▾'}</span>
                {RULE_LABELS[rule] ?? rule}
                <span className="ck-group-count">{list.length}</span>
              </button>
              {rule === 'placeholders' && onConfirmChecks && (
                <button
                  type="button"
                  className="ck-fix ck-confirm"
                  title="选中范围内（未选中时为光标所在一节）标为待核对的内容，全部核对无误"
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={onConfirmChecks}
                >
                  全部核对无误
                </button>
              )}
            </h3>
            <ul className="ck-list" hidden={folded.has(rule)}>
              {list.map((f) => (
                <li
                  key={f.id}
                  className={`ck-item ck-${f.severity}`}
                  data-testid="finding"
                  data-rule={f.rule}
                  role="button"
                  tabIndex={0}
                  title="点击定位到原文"
                  // Keep the editor's selection until the jump moves it.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onJump(f)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      onJump(f);
                    }
                  }}
                >
                  <span className={`ck-badge ck-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>
                  <span className="ck-message">{f.message}</span>
                  {f.fix && (
                    <button
                      type="button"
                      className="ck-fix"
                      title={f.fix.label}
                      aria-label={`修正：${f.fix.label}`}
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={(e) => {
                        e.stopPropagation();
                        onFix(f);
                      }}
                      onKeyDown={(e) => e.stopPropagation()}
                    >
                      修正
                    </button>
                  )}
                  {f.mute && onMute && (
                    <button
                      type="button"
                      className="ck-fix ck-mute"
                      title={`以后不再提示“${f.mute}”（可在“设置”中恢复）`}
                      aria-label={`不再提示：${f.mute}`}
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={(e) => {
                        e.stopPropagation();
                        onMute(f);
                      }}
                      onKeyDown={(e) => e.stopPropagation()}
                    >
                      不再提示
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}
