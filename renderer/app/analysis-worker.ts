/**
 * The analysis of a long draft's text, off the page's thread (dist/renderer/analysis-worker.js): the checks
 * over 100,000 blocks take seconds, which in the page froze typing after every pause. Messages: { id, draft,
 * settings } in, { id, result } or { id, error } out.
 */
import type { Draft } from '#core/draft/model';
import type { Settings } from '../../electron/api';
import { analyseText } from './analysis-text';

const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage(m: unknown): void };

scope.onmessage = (e: MessageEvent<{ id: number; draft: Draft; settings: Settings }>) => {
  const { id, draft, settings } = e.data;
  try {
    scope.postMessage({ id, result: analyseText(draft, settings) });
  } catch (err) {
    scope.postMessage({ id, error: String((err as Error)?.message ?? err) });
  }
};
