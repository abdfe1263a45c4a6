/**
 * Corpus text with its specifics turned into placeholders (`{单位}{届次}常委会`), drawn as it reads in a draft:
 * each placeholder a 【单位】 chip, never the raw braces.
 */
import React from 'react';
import { shownLabel, splitPlaceholders } from '#core/text/placeholders';

export function PatternText({ text }: { text: string }) {
  return (
    <>
      {splitPlaceholders(text).map((p, i) =>
        'label' in p ? (
          <span key={i} className="ph-chip">
            {shownLabel(p.label)}
          </span>
        ) : (
          <React.Fragment key={i}>{p.text}</React.Fragment>
        ),
      )}
    </>
  );
}
