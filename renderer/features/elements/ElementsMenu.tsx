/**
 * 公文要素 ▾ in the toolbar: the commands that insert the elements around the body, 段首标题 and a heading's
 * numbering (a ticked item is on), as a menu (their labels, hints and enabled state from the command table,
 * app/commands.ts).
 */
import React, { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { commandById } from '../../app/commands';
import { contextOf, isEnabled, keysText, runCommand } from '../../app/keys';
import { useApp } from '../../app/store';
import './elements.css';

/** The menu's items, in the order a 公文 has them; '-' separates groups. */
export const ELEMENT_MENU: string[] = ['element.header', 'element.byline', '-', 'element.attachments', 'element.closing', 'element.note', '-', 'element.imprint', '-', 'heading.runIn', 'heading.restart', 'heading.continue'];

export function ElementsMenu() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const ids = ELEMENT_MENU.filter((id) => id !== '-');
  const enabled = useApp(useShallow((s) => ids.map((id) => isEnabled(commandById.get(id)!, contextOf(s)))));
  const checked = useApp(useShallow((s) => ids.map((id) => commandById.get(id)!.checked?.(contextOf(s)))));
  const any = enabled.some(Boolean);
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => ref.current && !ref.current.contains(e.target as Node) && setOpen(false);
    const esc = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('mousedown', away);
    window.addEventListener('keydown', esc);
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not(:disabled)')?.focus();
    return () => {
      window.removeEventListener('mousedown', away);
      window.removeEventListener('keydown', esc);
    };
  }, [open]);
  return (
    <div className="gw-menu" ref={ref}>
      <button
        type="button"
        className="tb"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={!any}
        title="插入落款、附件说明、附注、版记、版头、讲话人和日期；设为段首标题，改标题的编号"
        // The page keeps its selection: 段首标题 acts on the paragraph at the caret.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setOpen(!open)}
      >
        公文要素 ▾
      </button>
      {open && (
        <div className="gw-menu-list" role="menu" aria-label="公文要素">
          {ELEMENT_MENU.map((id, k) => {
            if (id === '-') return <div key={k} className="gw-menu-sep" role="separator" />;
            const c = commandById.get(id)!;
            const on = checked[ids.indexOf(id)];
            return (
              <button
                key={id}
                type="button"
                role={c.checked ? 'menuitemcheckbox' : 'menuitem'}
                aria-checked={c.checked ? !!on : undefined}
                className="gw-menu-item"
                disabled={!enabled[ids.indexOf(id)]}
                title={c.hint}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  setOpen(false);
                  runCommand(c);
                }}
              >
                <span>
                  {c.checked && <span className="gw-menu-tick">{on ? '✓' : ''}</span>}
                  {c.label}
                </span>
                {c.keys && <span className="muted">{keysText(c.keys)}</span>}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
