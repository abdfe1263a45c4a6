/** The right column: one tab per entry of SIDE_PANELS (panels.ts) and the chosen panel's body. */
import React, { type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { SIDE_PANELS } from './panels';
import { useApp } from './store';
import { FoldButton } from './columns';

export function SidePanels({ splitter }: { splitter?: ReactNode }) {
  const labels = useApp(useShallow((s) => SIDE_PANELS.map((p) => p.label(s))));
  const current = useApp((s) => s.sidePanel);
  const corpusLoaded = useApp((s) => s.skeletons !== null);
  const corpusError = useApp((s) => s.corpusError);
  const panel = SIDE_PANELS.find((p) => p.id === current) ?? SIDE_PANELS[0];
  return (
    <aside className="right">
      {splitter}
      <div className="tabs" role="tablist">
        {SIDE_PANELS.map((p, i) => (
          <button key={p.id} type="button" role="tab" aria-selected={p === panel} className={p === panel ? 'tab on' : 'tab'} onClick={() => useApp.setState({ sidePanel: p.id })}>
            {labels[i]}
          </button>
        ))}
        <FoldButton column="side" />
      </div>
      <div className="tab-body">{panel.needsCorpus && !corpusLoaded ? <div className="muted pad">{corpusError ?? '正在载入语料……'}</div> : <panel.Component />}</div>
    </aside>
  );
}
