/** 新建：choose a skeleton from the corpus, with a preview of its sections and typical lengths. */
import React, { useState } from 'react';
import type { Skeleton } from '#core/corpus/types';
import { partCaption, patternToInlines } from '#core/draft/from-skeleton';
import { GENRE_LABELS, inlineText, ROLE_LABELS } from '#core/draft/model';
import { Dialog } from '../../ui/Dialog';
import { PatternText } from '../../ui/PatternText';
import { usualLength } from '../../ui/usual-length';
import { FromPastButton } from '../from-past/from-past';
import './picker.css';

export function SkeletonPicker({ skeletons, onPick, onBlank, onClose }: { skeletons: Skeleton[]; onPick(s: Skeleton): void; onBlank(): void; onClose(): void }) {
  const [sel, setSel] = useState<Skeleton | null>(skeletons[0] ?? null);
  return (
    <Dialog title="新建草稿：选择骨架" onClose={onClose} wide testId="skeleton-picker">
      <div className="picker">
        {/* Focused when the dialog opens: ↑/↓ choose a skeleton, Enter creates the draft (as 用此骨架新建). */}
        <ul
          className="picker-list"
          role="listbox"
          aria-label="骨架"
          tabIndex={0}
          data-autofocus
          aria-activedescendant={sel ? optionId(sel) : undefined}
          onKeyDown={(e) => {
            // (By id: the list may have been fetched again since the choice.)
            const i = skeletons.findIndex((s) => s.id === sel?.id);
            const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: skeletons.length - 1 }[e.key];
            if (to !== undefined) {
              e.preventDefault();
              const next = skeletons[Math.max(0, Math.min(skeletons.length - 1, to))];
              if (next) {
                setSel(next);
                document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
              }
            } else if (e.key === 'Enter' && sel) {
              e.preventDefault();
              onPick(sel);
            }
          }}
        >
          {skeletons.map((s) => (
            <li key={s.id} id={optionId(s)} role="option" aria-selected={sel?.id === s.id} className={sel?.id === s.id ? 'sel' : ''} onClick={() => setSel(s)} onDoubleClick={() => onPick(s)}>
              <div className="picker-name">{s.label}</div>
              <div className="muted">
                {s.label !== GENRE_LABELS[s.genre] && <>{GENRE_LABELS[s.genre]} · </>}
                {s.sections.length} 个部分 · 来自往年材料 {s.sourceDocs.length} 篇
              </div>
            </li>
          ))}
          {skeletons.length === 0 && <li className="muted">语料中暂无骨架，可新建空白草稿。</li>}
        </ul>
        <div className="picker-preview" aria-label="骨架预览">
          {sel ? (
            <>
              <div className="preview-title">{sel.label}</div>
              <ul className="preview-sections">
                {sel.sections.map((sec, i) => (
                  <li key={i}>
                    <div>
                      <PartCaption section={sec} skeleton={sel} />
                      <span className="tag">{ROLE_LABELS[sec.role]}</span>
                      {sec.optional && (
                        <span className="tag" title="不到一半的往年材料有这一部分：新草稿中不预置">
                          可选
                        </span>
                      )}
                    </div>
                    <div className="muted">
                      {usualLength(sec)}
                      {sec.subsections.median > 0 && <>，小标题约 {sec.subsections.median} 个</>}
                      {sec.headingExamples.length > 0 && (
                        <>
                          {partCaption(sec, sel).heading ? '；例：' : '；有的设标题，如：'}
                          {sec.headingExamples.slice(0, 2).map((e, k) => (
                            <React.Fragment key={k}>
                              {k > 0 && '／'}
                              <PatternText text={e.text} />
                            </React.Fragment>
                          ))}
                        </>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <div className="muted">请选择左侧的骨架</div>
          )}
        </div>
      </div>
      <div className="dialog-actions">
        <FromPastButton closePicker={onClose} genre={sel?.genre} />
        <button type="button" className="btn" onClick={onBlank}>
          空白草稿
        </button>
        <button type="button" className="btn" onClick={onClose}>
          取消
        </button>
        <button type="button" className="btn primary" disabled={!sel} onClick={() => sel && onPick(sel)}>
          用此骨架新建
        </button>
      </div>
    </Dialog>
  );
}

const optionId = (s: Skeleton) => `skeleton-option-${s.id}`;

/** A part as the new draft will have it: its heading (placeholders as 【年份】), or a grey line saying it has none. */
function PartCaption({ section, skeleton }: { section: Skeleton['sections'][number]; skeleton: Skeleton }) {
  const c = partCaption(section, skeleton);
  return c.heading ? <b>{inlineText(patternToInlines(c.text))}</b> : <b className="muted">{c.text}</b>;
}
