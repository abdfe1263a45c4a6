/** The three columns while a draft is open: outline and guidance · the page (with the find bar) · the side panels. */
import React from 'react';
import { FindBar } from '../features/find/FindBar';
import { MarkStepper } from '../features/from-past/MarkStepper';
import { OutlinePane } from '../features/outline/OutlinePane';
import { Page } from '../features/page/Page';
import { SidePanels } from './SidePanels';

export function Workspace() {
  return (
    <div className="main">
      <OutlinePane />
      <main className="centre">
        <FindBar />
        <MarkStepper />
        <div className="scroller">
          <Page />
        </div>
      </main>
      <SidePanels />
    </div>
  );
}
