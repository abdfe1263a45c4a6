/**
 * Dialogs as calls, not state slots: `openDialog((close) => <X onClose={close}/>)` shows one, `confirm()` asks
 * and resolves to the answer. <DialogHost/> (in App) draws whatever is open, in the order opened. A dialog
 * that shows live data selects it from the store itself, so it stays current while open.
 */
import React, { type ReactNode } from 'react';
import { create } from 'zustand';
import { Dialog } from '../ui/Dialog';

type Render = (close: () => void) => ReactNode;

interface Open {
  id: number;
  /** At most one dialog per key (a second 新建 while the picker is open does not stack another). */
  key?: string;
  render: Render;
}

const useDialogs = create<{ open: Open[] }>(() => ({ open: [] }));
let nextId = 1;

/** Shows a dialog; returns its close function (also passed to `render`). */
export function openDialog(render: Render, opts: { key?: string } = {}): () => void {
  const existing = opts.key ? useDialogs.getState().open.find((d) => d.key === opts.key) : undefined;
  const id = existing?.id ?? nextId++;
  const close = () => closeDialog(id);
  if (!existing) useDialogs.setState((s) => ({ open: [...s.open, { id, key: opts.key, render }] }));
  return close;
}

export interface ConfirmOptions {
  title: string;
  message: ReactNode;
  /** The button that goes ahead (drawn as a warning: it is the one that loses something). */
  yes: string;
  /** The safe answer, focused first; Escape and the backdrop mean it too. */
  no: string;
}

/** Asks; true when the user chose `yes`. */
export function confirm(o: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    openDialog((close) => {
      const answer = (v: boolean) => () => {
        close();
        resolve(v);
      };
      return (
        <Dialog title={o.title} onClose={answer(false)}>
          <p>{o.message}</p>
          <div className="dialog-actions">
            <button type="button" className="btn primary" onClick={answer(false)}>
              {o.no}
            </button>
            <button type="button" className="btn danger" onClick={answer(true)}>
              {o.yes}
            </button>
          </div>
        </Dialog>
      );
    });
  });
}

export function DialogHost() {
  const open = useDialogs((s) => s.open);
  return (
    <>
      {open.map((d) => (
        <DialogSlot key={d.id} entry={d} />
      ))}
    </>
  );
}

/** Each open dialog rendered once, when opened: opening another does not re-render (and re-focus) it. */
const DialogSlot = React.memo(function DialogSlot({ entry }: { entry: Open }) {
  return <>{entry.render(() => closeDialog(entry.id))}</>;
});

function closeDialog(id: number): void {
  useDialogs.setState((s) => ({ open: s.open.filter((d) => d.id !== id) }));
}
