/** The one-line message at the bottom (已保存, 已导出, errors): `say(text)` from anywhere; <Toast/> in App shows it. */
import React from 'react';
import { create } from 'zustand';

const useToast = create<{ toast: { text: string; error: boolean } | null }>(() => ({ toast: null }));

/** Shows `text` for a few seconds (errors longer, and announced as alerts). */
export function say(text: string, error = false): void {
  useToast.setState({ toast: { text, error } });
  window.setTimeout(() => useToast.setState((s) => (s.toast && s.toast.text === text ? { toast: null } : s)), error ? 8000 : 3500);
}

export function Toast() {
  const toast = useToast((s) => s.toast);
  if (!toast) return null;
  return (
    <div className={toast.error ? 'toast error' : 'toast'} role={toast.error ? 'alert' : 'status'}>
      {toast.text}
    </div>
  );
}

/**
 * Runs `f`; if it fails (the host unreachable, a file refused…) the user is told `what` and why, instead of
 * the error vanishing into an unhandled rejection.
 */
export async function orSay<T>(what: string, f: () => Promise<T>): Promise<T | undefined> {
  try {
    return await f();
  } catch (e) {
    say(`${what}：${(e as Error).message}`, true);
    return undefined;
  }
}
