/**
 * The renderer's one door to its host: `host` is the Electron adapter (the preload's contextBridge object) or
 * the browser adapter (HTTP to the browser host), chosen on first use. Synchronous: `host.draftSave(…)`, no
 * `await host()` first. Chosen lazily rather than at import so that importing a feature (in a unit test, in
 * Node) does not touch `window`.
 */
import type { HostApi } from '../../electron/api';
import { createBrowserHost } from './browser-host';
import { createElectronHost, hasElectronHost } from './electron-host';

let chosen: HostApi | null = null;

function getHost(): HostApi {
  chosen ??= hasElectronHost() ? createElectronHost() : createBrowserHost();
  return chosen;
}

/** Questions asked before the app's code loaded (early.ts): the first call of each method without arguments takes its answer. */
const early = new Map<string, { answer: Promise<unknown>; at: number }>();
/** An early answer older than this is not handed out (the app asks again): it may be out of date. */
const EARLY_MS = 5_000;

type NoArgMethod = { [K in keyof HostApi]: HostApi[K] extends () => Promise<unknown> ? K : never }[keyof HostApi];

export function askEarly(methods: readonly NoArgMethod[]): void {
  for (const m of methods) {
    let answer: Promise<unknown>;
    try {
      answer = (getHost()[m] as () => Promise<unknown>)();
    } catch {
      continue; // not even asked (no host yet): the app asks as it would have, and says what went wrong
    }
    answer.catch(() => undefined); // a failure reaches the caller that takes it; none taken is not an error
    early.set(m, { answer, at: performance.now() });
  }
}

export const host: HostApi = new Proxy({} as HostApi, {
  get: (_t, name) => {
    const e = typeof name === 'string' ? early.get(name) : undefined;
    if (!e) return Reflect.get(getHost(), name);
    early.delete(name as string);
    const method = Reflect.get(getHost(), name) as (...args: unknown[]) => unknown;
    const fresh = performance.now() - e.at < EARLY_MS;
    return (...args: unknown[]) => (fresh && !args.length ? e.answer : method(...args));
  },
});

export type { HostApi };
