/**
 * Keys → commands (app/commands.ts). Two listeners read the same table: the window's, for app commands, and
 * the page's onKeyDown, for editor commands (it asks `editorCommandFor`). Neither acts during IME composition.
 */
import { useEffect } from 'react';
import { host } from '../host';
import { type Command, type CommandContext, COMMANDS } from './commands';
import { type AppState, useApp } from './store';
import { say } from './toasts';

/**
 * Whether `e` is the key written as 'Ctrl+Shift+S', 'Tab', 'Ctrl+1', 'Alt+N'… (Ctrl also matches ⌘). Modifiers
 * must match exactly. With Alt a letter is also known by its place (e.code): on macOS ⌥N types a dead key.
 */
export function keyMatches(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'> & { code?: string }, key: string): boolean {
  const parts = key.split('+');
  const name = parts.pop()!;
  if ((e.ctrlKey || e.metaKey) !== parts.includes('Ctrl') || e.shiftKey !== parts.includes('Shift') || e.altKey !== parts.includes('Alt')) return false;
  return e.key.toLowerCase() === name.toLowerCase() || (e.altKey && /^[a-z]$/i.test(name) && e.code === `Key${name.toUpperCase()}`);
}

export type HostKind = 'electron' | 'browser';

/** Which host the page runs in (Electron when there is no window: unit tests in Node). */
export const hostKind = (): HostKind => (typeof window === 'undefined' ? 'electron' : host.kind);

/** The keys that work for command `c` in this host: its browserKeys in the browser host, else its keys. */
export const keysOf = (c: Command, kind: HostKind = hostKind()): string[] => (kind === 'browser' && c.browserKeys) || c.keys || [];

/** 'Ctrl+F / Ctrl+H': as the tooltips and the 快捷键 dialog show a command's keys. */
export const keysText = (keys: readonly string[]): string => keys.join(' / ');

export const contextOf = (state: AppState): CommandContext => ({ state, editor: state.session?.editor ?? null });
const commandContext = () => contextOf(useApp.getState());

export function isEnabled(c: Command, ctx: CommandContext): boolean {
  return c.enabled ? c.enabled(ctx) : c.scope === 'app' || ctx.editor !== null;
}

/** Runs a command now; a failure the command did not report itself is said, never left unhandled. */
function run(c: Command, ctx: CommandContext): void {
  const failed = (e: unknown) => say(`${c.label}未能完成：${(e as Error).message}`, true);
  try {
    const r = c.run(ctx);
    if (r instanceof Promise) r.catch(failed);
  } catch (e) {
    failed(e);
  }
}

export function runCommand(c: Command): void {
  const ctx = commandContext();
  if (isEnabled(c, ctx)) run(c, ctx);
}

/** The key names the table binds in this host ('s', 'tab', '1'…): a typed letter is turned away with one lookup. */
let boundNames: Set<string> | null = null;

function bound(e: KeyboardEvent, scope: Command['scope']): Command | undefined {
  boundNames ??= new Set(COMMANDS.flatMap((c) => keysOf(c)).map((k) => k.split('+').pop()!.toLowerCase()));
  const letter = e.altKey && /^Key[A-Z]$/.test(e.code) ? e.code.slice(3).toLowerCase() : '';
  if (!boundNames.has(e.key.toLowerCase()) && !boundNames.has(letter)) return undefined;
  return COMMANDS.find((c) => c.scope === scope && keysOf(c).some((k) => keyMatches(e, k)));
}

/**
 * The page's keys: the enabled editor command bound to `e`, ready to run, or null to let the key through to
 * Slate (a disabled one too: Ctrl+Enter off a 待核对 run is an ordinary key).
 */
export function editorCommandFor(e: KeyboardEvent): (() => void) | null {
  const c = bound(e, 'editor');
  if (!c) return null;
  const ctx = commandContext();
  return isEnabled(c, ctx) ? () => run(c, commandContext()) : null;
}

/** The window's keys (mounted once by App): app commands work wherever the focus is. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing) return;
      const c = bound(e, 'app');
      if (!c) return;
      // The browser's own meaning of Ctrl+S/O/N… never applies, even when the command cannot run now.
      e.preventDefault();
      runCommand(c);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
