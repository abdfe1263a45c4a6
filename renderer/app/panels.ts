/**
 * The side panels at the right, in tab order. A new panel is a folder under features/ with its component and
 * one entry here: the tab, its body and the corpus-loading message all come from the entry.
 */
import type { ComponentType } from 'react';
import { LibrarySidePanel } from '../features/library/SectionLibrary';
import { PhrasesSidePanel } from '../features/phrases/PhrasePanel';
import { ReviewSidePanel } from '../features/review/ReviewPanel';
import type { AppState } from './store';

export interface SidePanel {
  id: string;
  /** The tab's text (it may carry a count from the store: 审稿（5）). */
  label(s: AppState): string;
  Component: ComponentType;
  /** Drawn once the archive has answered (the skeletons at start); until then the tab says it is loading (or why it failed). */
  needsCorpus?: boolean;
}

export const SIDE_PANELS: readonly SidePanel[] = [
  { id: 'phrases', label: () => '常用语', Component: PhrasesSidePanel, needsCorpus: true },
  { id: 'library', label: () => '段落库', Component: LibrarySidePanel, needsCorpus: true },
  { id: 'review', label: (s) => (s.analysis.findings.length ? `审稿（${s.analysis.findings.length}）` : '审稿'), Component: ReviewSidePanel },
];
