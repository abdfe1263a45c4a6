/**
 * The command table is the one source of the toolbar, the keys and the 快捷键 dialog: each id and each key
 * is used once, the toolbar names only commands that exist, the dialog lists every key, and a key string
 * matches exactly the key a user presses.
 */
import React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ShortcutsDialog } from '../features/settings/ShortcutsDialog';
import { ALL_IDS } from '../features/toolbar/Toolbar';
import { commandById, COMMANDS } from './commands';
import { keyMatches } from './keys';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('keyMatches', () => {
  it('matches the key with exactly the modifiers written (Ctrl is ⌘ too)', () => {
    expect(keyMatches(key('s', { ctrlKey: true }), 'Ctrl+S')).toBe(true);
    expect(keyMatches(key('s', { metaKey: true }), 'Ctrl+S')).toBe(true);
    expect(keyMatches(key('S', { ctrlKey: true, shiftKey: true }), 'Ctrl+S')).toBe(false);
    expect(keyMatches(key('S', { ctrlKey: true, shiftKey: true }), 'Ctrl+Shift+S')).toBe(true);
    expect(keyMatches(key('s'), 'Ctrl+S')).toBe(false);
    expect(keyMatches(key('s', { ctrlKey: true, altKey: true }), 'Ctrl+S')).toBe(false);
    expect(keyMatches(key('Tab'), 'Tab')).toBe(true);
    expect(keyMatches(key('Tab', { shiftKey: true }), 'Tab')).toBe(false);
    expect(keyMatches(key('Tab', { shiftKey: true }), 'Shift+Tab')).toBe(true);
    expect(keyMatches(key('1', { ctrlKey: true }), 'Ctrl+1')).toBe(true);
    expect(keyMatches(key('Enter', { ctrlKey: true }), 'Ctrl+Enter')).toBe(true);
  });
});

describe('COMMANDS', () => {
  it('uses each id and each key once', () => {
    expect(commandById.size).toBe(COMMANDS.length);
    const keys = COMMANDS.flatMap((c) => c.keys ?? []);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has every command the toolbar lays out', () => {
    for (const id of ALL_IDS) expect(commandById.has(id), id).toBe(true);
  });

  it('lists every bound key in the 快捷键 dialog, with what it does', () => {
    const html = renderToStaticMarkup(<ShortcutsDialog commands={COMMANDS} onClose={() => {}} />);
    for (const c of COMMANDS.filter((x) => x.keys)) {
      for (const k of c.keys!) expect(html).toContain(k);
      expect(html).toContain(c.hint ?? c.label);
    }
    expect(html).toContain('Ctrl+Shift+S');
    expect(html).toContain('跳到下一个未填写的占位符');
  });
});
