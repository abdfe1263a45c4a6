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
import { keyMatches, keysOf } from './keys';

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
    // ⌥N on a Mac types a dead key (˜): with Alt the letter is known by its place too.
    expect(keyMatches({ ...key('˜', { altKey: true }), code: 'KeyN' }, 'Alt+N')).toBe(true);
    expect(keyMatches({ ...key('n', { altKey: true }), code: 'KeyN' }, 'Alt+N')).toBe(true);
    expect(keyMatches({ ...key('n'), code: 'KeyN' }, 'Alt+N')).toBe(false);
  });
});

describe('COMMANDS', () => {
  it('uses each id once, and each key once in each host', () => {
    expect(commandById.size).toBe(COMMANDS.length);
    for (const host of ['electron', 'browser'] as const) {
      const keys = COMMANDS.flatMap((c) => keysOf(c, host));
      expect(new Set(keys).size, host).toBe(keys.length);
    }
  });

  it('binds no key the browser keeps for itself in the browser host (Ctrl+N/T/W never reach a page; Ctrl+O not in every browser)', () => {
    const browserOwned = ['Ctrl+N', 'Ctrl+T', 'Ctrl+W', 'Ctrl+O', 'Ctrl+Shift+N', 'Ctrl+Shift+T', 'Ctrl+Shift+W'];
    const keys = COMMANDS.flatMap((c) => keysOf(c, 'browser'));
    expect(keys.filter((k) => browserOwned.includes(k))).toEqual([]);
    expect(keysOf(commandById.get('draft.new')!, 'browser')).toEqual(['Alt+N']);
    expect(keysOf(commandById.get('draft.open')!, 'browser')).toEqual(['Alt+O']);
    expect(keysOf(commandById.get('draft.new')!, 'electron')).toEqual(['Ctrl+N']);
  });

  it('has every command the toolbar lays out', () => {
    for (const id of ALL_IDS) expect(commandById.has(id), id).toBe(true);
  });

  it('lists every bound key in the 快捷键 dialog, with what it does — the keys of the host it runs in', () => {
    for (const host of ['electron', 'browser'] as const) {
      const html = renderToStaticMarkup(<ShortcutsDialog commands={COMMANDS} onClose={() => {}} host={host} />);
      for (const c of COMMANDS.filter((x) => keysOf(x, host).length)) {
        for (const k of keysOf(c, host)) expect(html).toContain(k);
        expect(html).toContain(c.hint ?? c.label);
      }
      expect(html).toContain('Ctrl+Shift+S');
      expect(html).toContain('跳到下一个未填写的占位符');
      expect(html.includes('<kbd>Ctrl+N</kbd>'), host).toBe(host === 'electron');
      expect(html.includes('<kbd>Alt+N</kbd>'), host).toBe(host === 'browser');
    }
  });
});
