/** 写作提示 for the section under the cursor, from the draft's skeleton: shown beside the text, never part of it. */
import React from 'react';
import type { Skeleton } from '#core/corpus/types';
import { ROLE_LABELS, type Role } from '#core/draft/model';
import { PatternText } from '../../ui/PatternText';
import { usualLength } from '../../ui/usual-length';

export function GuidanceCard({ skeleton, role, sectionChars }: { skeleton: Skeleton | null; role: Role; sectionChars: number }) {
  const sec = skeleton?.sections.find((s) => s.role === role);
  return (
    <aside className="guide" aria-label="本节写作提示" data-testid="guidance">
      <div className="guide-title">
        本节写作提示 <span className="tag">{ROLE_LABELS[role]}</span>
      </div>
      {sec ? (
        <>
          <div className="guide-row">
            {usualLength(sec)}，已写 <b className={sectionChars > (sec.lengthRange?.max ?? sec.chars.max) ? 'warn' : ''}>{sectionChars}</b> 字
          </div>
          {sec.subsections.max > 0 && (
            <div className="guide-row">
              小标题通常 {sec.subsections.min === sec.subsections.max ? sec.subsections.median : `${sec.subsections.min}–${sec.subsections.max}`} 个
            </div>
          )}
          {sec.headingExamples.length > 0 && (
            <div className="guide-row">
              <div className="muted">标题示例</div>
              <ul>
                {sec.headingExamples.slice(0, 4).map((e, i) => (
                  <li key={i}>
                    <PatternText text={e.text} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {sec.openingExamples.length > 0 && (
            <div className="guide-row">
              <div className="muted">开头示例</div>
              <ul>
                {sec.openingExamples.slice(0, 2).map((e, i) => (
                  <li key={i} className="quote">
                    <PatternText text={e.length > 80 ? e.slice(0, 80) + '……' : e} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      ) : (
        <div className="muted">{skeleton ? '骨架中没有这一部分的提示。' : '从骨架新建的草稿会在此显示各部分的篇幅与示例。'}</div>
      )}
    </aside>
  );
}
