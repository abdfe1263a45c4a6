/** 新建：choose a skeleton from the corpus, with a preview of its sections and typical lengths. */
import React, { useState } from 'react';
import { GENRE_LABELS, ROLE_LABELS } from '#core/draft/model';
import type { Skeleton } from '#core/corpus/types';
import { patternToInlines } from '#core/draft/from-skeleton';
import { inlineText } from '#core/draft/model';
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
        <ul className="picker-list" role="listbox" aria-label="骨架">
          {skeletons.map((s) => (
            <li key={s.id} role="option" aria-selected={sel?.id === s.id} className={sel?.id === s.id ? 'sel' : ''} onClick={() => setSel(s)} onDoubleClick={() => onPick(s)}>
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
                      {sec.role === 'opening' || sec.role === 'closing' ? (
                        <b className="muted">{sec.role === 'opening' ? '开头段落（不设标题）' : '结尾段落（不设标题）'}</b>
                      ) : sec.form === 'paragraph' && sec.within ? (
                        // A part written as a paragraph inside another (问题 closing 回顾), as the draft lays it out.
                        <b className="muted">
                          {ROLE_LABELS[sec.role].split('/')[0]}段落（在“{ROLE_LABELS[sec.within].split('/')[0]}”{sec.at === 'start' ? '开头' : '末尾'}）
                        </b>
                      ) : (
                        <b>{inlineText(patternToInlines(sec.headingPatterns[0] ?? sec.headingExamples[0]?.text ?? sec.label.split('/')[0]))}</b>
                      )}
                      <span className="tag">{ROLE_LABELS[sec.role]}</span>
                      {sec.optional && (
                        <span className="tag" title="不到一半的往年材料有这一部分：新草稿中不预置">
                          可选
                        </span>
                      )}
                    </div>
                    <div className="muted">
                      {usualLength(sec)}
                      {sec.subsections.max > 0 && <>，小标题约 {sec.subsections.median} 个</>}
                      {sec.headingExamples.length > 0 && (
                        <>
                          ；例：
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
        <FromPastButton closePicker={onClose} />
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
