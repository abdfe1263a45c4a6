/**
 * The toolbar: buttons generated from the command table (label, tooltip with its keys, enabled state), laid
 * out in groups, plus the two pickers that are not commands (最近打开, 段落级别).
 */
import React from 'react';
import { useShallow } from 'zustand/react/shallow';
import { commandById } from '../../app/commands';
import { contextOf, isEnabled, keysText, runCommand } from '../../app/keys';
import { useApp } from '../../app/store';
import { ElementsMenu } from '../elements/ElementsMenu';
import { BlockKindSelect } from './BlockKindSelect';
import { RecentSelect } from './RecentSelect';
import './toolbar.css';

/** A button for command `id`; `text`/`className` when the button shows something other than the label. */
type Item = string | { id: string; text: string; className: string } | React.ComponentType;

export const LAYOUT: Item[][] = [
  ['draft.new', 'draft.open', RecentSelect, 'draft.save', 'draft.saveAs'],
  ['export.word', 'export.pdf', 'export.copy', 'export.text'],
  ['corpus.open'],
  ['edit.undo', 'edit.redo'],
  [BlockKindSelect, { id: 'text.bold', text: 'B', className: 'bold' }, ElementsMenu, 'find.open'],
];
/** At the far end: they open dialogs about the app, and take the focus from the page like any button. */
export const END: string[] = ['settings.open', 'help.keys'];

const idOf = (it: Item) => (typeof it === 'string' ? it : 'id' in it ? it.id : null);
export const ALL_IDS = [...LAYOUT.flat().map(idOf), ...END].filter((x): x is string => !!x);

export function Toolbar() {
  // Which buttons can act now: re-renders only when one of them changes (a draft opens, the corpus arrives…).
  const enabled = useApp(useShallow((s) => ALL_IDS.map((id) => isEnabled(commandById.get(id)!, contextOf(s)))));
  const on = (id: string) => enabled[ALL_IDS.indexOf(id)];
  /** `keepSelection`: the page keeps its selection and focus (commands on the text, find, export…). */
  const button = (keepSelection: boolean) => (it: Item, k: number) => {
    if (typeof it === 'function') return React.createElement(it, { key: k });
    const id = idOf(it)!;
    const c = commandById.get(id)!;
    return (
      <button
        key={id}
        type="button"
        className={typeof it === 'string' ? 'tb' : `tb ${it.className}`}
        title={c.keys ? `${c.hint ?? c.label}（${keysText(c.keys)}）` : (c.hint ?? c.label)}
        disabled={!on(id)}
        onMouseDown={keepSelection ? (e) => e.preventDefault() : undefined}
        onClick={() => runCommand(c)}
      >
        {typeof it === 'string' ? c.label : it.text}
      </button>
    );
  };
  return (
    <header className="toolbar" role="toolbar" aria-label="工具栏">
      <div className="brand">公文起草助手</div>
      {LAYOUT.map((group, g) => (
        <div key={g} className="tb-group">
          {group.map(button(true))}
        </div>
      ))}
      <span className="spacer" />
      {END.map(button(false))}
    </header>
  );
}
