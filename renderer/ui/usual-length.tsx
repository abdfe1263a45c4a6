/**
 * The usual length of a skeleton's part, as the corpus can vouch for it: a range when at least three documents
 * show the part (lengthRange), else the one length seen — not a “149 字（149–149）” made of a single document.
 * Shared by the skeleton picker and the guidance card.
 */
import React from 'react';
import type { SkeletonSection } from '#core/corpus/types';

export function usualLength(sec: SkeletonSection): React.ReactNode {
  if (sec.lengthRange) {
    return (
      <>
        常见篇幅 <b>{sec.lengthRange.min}–{sec.lengthRange.max}</b> 字（{sec.lengthRange.docs} 篇）
      </>
    );
  }
  return (
    <>
      参考篇幅约 <b>{sec.chars.median}</b> 字{sec.frequency <= 1 ? '（仅 1 篇可参考）' : `（${sec.frequency} 篇）`}
    </>
  );
}
