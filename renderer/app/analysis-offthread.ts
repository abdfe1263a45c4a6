/**
 * analyseText in a worker, one request at a time. Where no worker can be started (a host that refuses one),
 * the same function runs in the page: slower to type through in a long draft, never a different result.
 */
import type { Draft } from '#core/draft/model';
import type { Settings } from '../../electron/api';
import { analyseText, type TextAnalysis } from './analysis-text';

/** undefined: not tried yet; null: not available here. */
let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve(r: TextAnalysis): void; reject(e: Error): void; draft: Draft; settings: Settings }>();

function start(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('analysis-worker.js', document.baseURI));
  } catch {
    return (worker = null);
  }
  worker.onmessage = (e: MessageEvent<{ id: number; result?: TextAnalysis; error?: string }>) => {
    const w = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    if (!w) return;
    if (e.data.result) w.resolve(e.data.result);
    else w.reject(new Error(e.data.error ?? '分析失败'));
  };
  // The script could not be loaded (or the worker died): from now on in the page, including what was waiting.
  worker.onerror = (e) => {
    e.preventDefault();
    worker?.terminate();
    worker = null;
    for (const [id, w] of waiting) {
      waiting.delete(id);
      try {
        w.resolve(analyseText(w.draft, w.settings));
      } catch (err) {
        w.reject(err as Error);
      }
    }
  };
  return worker;
}

export function analyseOffThread(draft: Draft, settings: Settings): Promise<TextAnalysis> {
  const w = start();
  if (!w) return Promise.resolve().then(() => analyseText(draft, settings));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject, draft, settings });
    w.postMessage({ id, draft, settings });
  });
}
