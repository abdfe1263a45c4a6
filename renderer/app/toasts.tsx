/**
 * The one-line message at the bottom (已保存, 已导出, errors): `say(text)` from anywhere; <Toast/> in App shows it.
 * A plain message goes after a few seconds; an error stays until the user closes it or another message takes
 * its place — someone who looked away must still be able to read what went wrong and what to do.
 */
import React from 'react';
import { create } from 'zustand';
import { HostError } from '../../electron/api';

const useToast = create<{ toast: { text: string; error: boolean } | null }>(() => ({ toast: null }));

/** Shows `text`: a few seconds; an error (announced as an alert) until closed or replaced. */
export function say(text: string, error = false): void {
  useToast.setState({ toast: { text, error } });
  if (!error) window.setTimeout(() => useToast.setState((s) => (s.toast && s.toast.text === text && !s.toast.error ? { toast: null } : s)), 3500);
}

/** Takes an error message down once the matter is settled (e.g. the save that failed has now succeeded). */
export function unsay(text?: string): void {
  useToast.setState((s) => (s.toast && (text === undefined || s.toast.text === text) ? { toast: null } : s));
}

export function Toast() {
  const toast = useToast((s) => s.toast);
  if (!toast) return null;
  return (
    <div className={toast.error ? 'toast error' : 'toast'} role={toast.error ? 'alert' : 'status'} data-testid="toast">
      <span>{toast.text}</span>
      {toast.error && (
        <button type="button" className="toast-close" aria-label="关闭提示" onClick={() => unsay()}>
          ✕
        </button>
      )}
    </div>
  );
}

/** A message that already says what failed (the services write “保存草稿失败：…。请…”): shown as it is. */
const SAYS_WHAT_FAILED = /^[^：。]{1,16}失败：/;

/** Codes whose messages are whole sentences of their own (what happened and what to do). */
const WHOLE: ReadonlySet<string> = new Set(['READ_ONLY_INSTANCE', 'RECOVERY_IN_USE', 'CHANGED_ON_DISK', 'NEWER_FORMAT']);

/**
 * “<what>：<why>” in the user's words, with what to do where the message alone does not say: the local service
 * gone, a request it could not read, a bug on its side.
 */
export function failureText(what: string, e: unknown): string {
  const message = (e as Error)?.message || String(e);
  const code = e instanceof HostError ? e.code : (e as { code?: string })?.code;
  switch (code) {
    case 'UNAVAILABLE':
      return `${what}：${message}（本页的内容仍在，不会丢失）`;
    case 'BAD_RESPONSE':
      return `${what}：${message}。请稍后重试；页面上的内容不会丢失`;
    case 'FORBIDDEN':
      return `${what}：${message}。本页已无法连接本机服务：请先用“导出纯文本”保留内容，再重新打开公文起草助手`;
    case 'INVALID_ARGUMENT':
    case 'BAD_REQUEST':
      return `${what}：${message}。请重试；如反复出现，请先用“导出纯文本”保留内容，再重新启动程序`;
  }
  if ((code && WHOLE.has(code)) || SAYS_WHAT_FAILED.test(message)) return message;
  return `${what}：${message}`;
}

/**
 * Runs `f`; if it fails (the host unreachable, a file refused…) the user is told `what` and why, instead of
 * the error vanishing into an unhandled rejection.
 */
export async function orSay<T>(what: string, f: () => Promise<T>): Promise<T | undefined> {
  try {
    return await f();
  } catch (e) {
    say(failureText(what, e), true);
    return undefined;
  }
}
