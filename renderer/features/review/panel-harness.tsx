/** Test page for ChecksPanel.test.tsx: mounts the panel on window.FINDINGS and logs the callbacks to window.LOG. */
import React from 'react';
import { createRoot } from 'react-dom/client';
import type { Finding } from '#core/checks/types';
import { ChecksPanel } from './ChecksPanel';

const w = window as unknown as { FINDINGS: Finding[]; LOG: string[] };
w.LOG = [];
createRoot(document.getElementById('root')!).render(
  <ChecksPanel findings={w.FINDINGS} onJump={(f) => w.LOG.push(`jump:${f.id}`)} onFix={(f) => w.LOG.push(`fix:${f.id}`)} />,
);
