/**
 * The drafting window, composed: toolbar, notices, then the workspace (outline · page · side panels) or the
 * start screen, the status bar, dialogs and the toast. The state is in app/store.ts; what happens is in the
 * feature modules and the few app-wide hooks mounted here.
 */
import React from 'react';
import { useAnalysis } from './app/analysis';
import { DialogHost } from './app/dialogs';
import { useShortcuts } from './app/keys';
import { useApp } from './app/store';
import { Toast } from './app/toasts';
import { useAutosave } from './app/useAutosave';
import { useStartup } from './app/useStartup';
import { Workspace } from './app/Workspace';
import { ReadOnlyBanner } from './features/files/ReadOnlyBanner';
import { StartScreen } from './features/files/StartScreen';
import { Notices } from './features/notices/Notices';
import { StatusBar } from './features/status/StatusBar';
import { Toolbar } from './features/toolbar/Toolbar';

export function App() {
  useStartup();
  useAnalysis();
  useAutosave();
  useShortcuts();
  const hasDraft = useApp((s) => s.session !== null);
  return (
    <div className="app">
      <Toolbar />
      <ReadOnlyBanner />
      <Notices />
      {hasDraft ? <Workspace /> : <StartScreen />}
      {hasDraft && <StatusBar />}
      <Toast />
      <DialogHost />
    </div>
  );
}
