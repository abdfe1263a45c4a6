/**
 * The three columns while a draft is open: outline and guidance · the page (with the find bar) · the side
 * panels. The side columns fold to a narrow rail and can be dragged wider or narrower (layout.ts); the page
 * takes what is left and keeps a readable width (styles.css).
 */
import React from 'react';
import { useShallow } from 'zustand/react/shallow';
import { FindBar } from '../features/find/FindBar';
import { MarkStepper } from '../features/from-past/MarkStepper';
import { OutlinePane } from '../features/outline/OutlinePane';
import { Page } from '../features/page/Page';
import { Rail, Splitter, VAR } from './columns';
import { layoutOf } from './layout';
import { SidePanels } from './SidePanels';
import { useApp } from './store';

export function Workspace() {
  const [outlineOpen, sideOpen, outlineWidth, sideWidth] = useApp(useShallow((s) => {
    const l = layoutOf(s);
    return [l.outlineOpen, l.sideOpen, l.outlineWidth, l.sideWidth];
  }));
  const style = { [VAR.outline]: outlineWidth ? `${outlineWidth}px` : undefined, [VAR.side]: sideWidth ? `${sideWidth}px` : undefined } as React.CSSProperties;
  return (
    <div className={`main${outlineOpen ? '' : ' outline-folded'}${sideOpen ? '' : ' side-folded'}`} style={style}>
      {outlineOpen ? <OutlinePane splitter={<Splitter column="outline" />} /> : <Rail column="outline" label="大纲" />}
      <main className="centre">
        <FindBar />
        <MarkStepper />
        <div className="scroller">
          <Page />
        </div>
      </main>
      {sideOpen ? <SidePanels splitter={<Splitter column="side" />} /> : <Rail column="side" label="常用语 · 段落库 · 审稿" />}
    </div>
  );
}
