/**
 * The toolbar: buttons generated from the command table (label, tooltip with its keys, enabled state), laid
 * out in groups, plus the two pickers that are not commands (最近打开, 段落级别). Groups that do not fit the
 * window's width go, from the last one back, into a 更多 menu, so nothing is out of reach at 1024 wide; 设置
 * and 快捷键 stay at the far end.
 */
import React, { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type Command, commandById } from '../../app/commands';
import { contextOf, isEnabled, keysOf, keysText, runCommand } from '../../app/keys';
import { useApp } from '../../app/store';
import { ElementsMenu } from '../elements/ElementsMenu';
import { BlockKindSelect } from './BlockKindSelect';
import { RecentSelect } from './RecentSelect';
import './toolbar.css';

/** A button for command `id`; `text`/`className` when the button shows something other than the label. */
type Item = string | { id: string; text: string; className: string } | React.ComponentType;

/**
 * In order of need: when the window is narrow the last groups move into 更多 first. 导出Word — what every draft
 * ends with — stands with the file buttons, so it stays in the bar at 1024 wide; the other exports can wait in 更多.
 */
export const LAYOUT: Item[][] = [
  ['draft.new', 'draft.open', RecentSelect, 'draft.save', 'draft.saveAs', 'export.word'],
  ['edit.undo', 'edit.redo'],
  [BlockKindSelect, { id: 'text.bold', text: 'B', className: 'bold' }, 'find.open'],
  [ElementsMenu],
  ['export.pdf', 'export.copy', 'export.text'],
  ['corpus.open'],
];
/** At the far end: they open dialogs about the app, and take the focus from the page like any button. */
export const END: string[] = ['settings.open', 'help.keys'];

const idOf = (it: Item) => (typeof it === 'string' ? it : 'id' in it ? it.id : null);
export const ALL_IDS = [...LAYOUT.flat().map(idOf), ...END].filter((x): x is string => !!x);

const tooltip = (c: Command) => (keysOf(c).length ? `${c.hint ?? c.label}（${keysText(keysOf(c))}）` : (c.hint ?? c.label));

/**
 * How many groups fit: the groups' widths as last measured in the bar, against the room the brand, the end
 * buttons and (when something overflows) the 更多 button leave.
 */
export function groupsThatFit(widths: readonly number[], room: number, moreWidth: number): number {
  let used = 0;
  for (let n = 0; n < widths.length; n++) {
    used += widths[n];
    const reserve = n < widths.length - 1 ? moreWidth : 0;
    if (used + reserve > room) return Math.max(1, n);
  }
  return widths.length;
}

/** A rough width for a group never drawn in the bar yet (it starts in 更多 on a narrow window). */
const UNMEASURED = 220;
const MORE_WIDTH = 68;

export function Toolbar() {
  // Which buttons can act now: re-renders only when one of them changes (a draft opens, the corpus arrives…).
  const enabled = useApp(useShallow((s) => ALL_IDS.map((id) => isEnabled(commandById.get(id)!, contextOf(s)))));
  const on = (id: string) => enabled[ALL_IDS.indexOf(id)];
  const [shown, setShown] = useState(LAYOUT.length);
  const bar = useRef<HTMLElement>(null);
  const widths = useRef<number[]>([]);

  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    const fit = () => {
      const style = getComputedStyle(el);
      // Every item of the bar is followed by the flex gap: counted with it, or a bar that just fits overflows by the gaps.
      const gap = parseFloat(style.columnGap) || 0;
      el.querySelectorAll<HTMLElement>('[data-group]').forEach((g) => (widths.current[Number(g.dataset.group)] = g.offsetWidth + gap));
      // (The spacer before the end buttons takes what is left: only its gap counts.)
      const fixed = [...el.querySelectorAll<HTMLElement>('.brand, .tb-end')].reduce((n, x) => n + x.offsetWidth + (parseFloat(getComputedStyle(x).marginRight) || 0) + gap, gap);
      const room = el.clientWidth - fixed - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 8;
      const all = LAYOUT.map((_, i) => widths.current[i] ?? UNMEASURED);
      setShown(groupsThatFit(all, room, MORE_WIDTH));
    };
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    el.querySelectorAll('[data-group], .brand').forEach((g) => ro.observe(g));
    return () => ro.disconnect();
  }, [shown]);

  /** `keepSelection`: the page keeps its selection and focus (commands on the text, find, export…). */
  const button = (keepSelection: boolean, after?: () => void) => (it: Item, k: number) => {
    if (typeof it === 'function') return React.createElement(it, { key: k });
    const id = idOf(it)!;
    const c = commandById.get(id)!;
    return (
      <button
        key={id}
        type="button"
        className={typeof it === 'string' ? 'tb' : `tb ${it.className}`}
        title={tooltip(c)}
        disabled={!on(id)}
        onMouseDown={keepSelection ? (e) => e.preventDefault() : undefined}
        onClick={() => {
          after?.();
          runCommand(c);
        }}
      >
        {typeof it === 'string' ? c.label : it.text}
      </button>
    );
  };
  const hidden = LAYOUT.slice(shown);
  return (
    <header className="toolbar" role="toolbar" aria-label="工具栏" ref={bar}>
      <div className="brand">公文起草助手</div>
      {LAYOUT.slice(0, shown).map((group, g) => (
        <div key={g} className="tb-group" data-group={g}>
          {group.map(button(true))}
        </div>
      ))}
      {hidden.length > 0 && <MoreMenu groups={hidden} item={button} />}
      <span className="spacer" />
      <div className="tb-end">{END.map(button(false))}</div>
    </header>
  );
}

/** 更多: the groups that did not fit, one below another, closed by a choice, a click elsewhere or Escape. */
function MoreMenu({ groups, item }: { groups: Item[][]; item: (keep: boolean, after?: () => void) => (it: Item, k: number) => React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => !box.current?.contains(e.target as Node) && setOpen(false);
    const esc = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('mousedown', away);
    window.addEventListener('keydown', esc);
    return () => {
      window.removeEventListener('mousedown', away);
      window.removeEventListener('keydown', esc);
    };
  }, [open]);
  const close = () => setOpen(false);
  return (
    <div className="tb-group tb-more" ref={box}>
      <button type="button" className="tb" aria-haspopup="true" aria-expanded={open} title="放不下的按钮在这里" onMouseDown={(e) => e.preventDefault()} onClick={() => setOpen(!open)}>
        更多 ▾
      </button>
      {open && (
        <div className="tb-menu" data-testid="toolbar-more">
          {groups.map((group, g) => (
            <div key={g} className="tb-menu-group">
              {group.map(item(true, close))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
