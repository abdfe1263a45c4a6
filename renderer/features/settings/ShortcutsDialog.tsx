/** 快捷键一览, generated from the command table (app/commands.ts): it lists what the keys really do. */
import React from 'react';
import type { Command } from '../../app/commands';
import { type HostKind, hostKind, keysOf, keysText } from '../../app/keys';
import { Dialog } from '../../ui/Dialog';
import './settings.css';

/** Lists the keys that work in `host` (the one the page runs in by default): the browser keeps some for itself. */
export function ShortcutsDialog({ commands, onClose, host = hostKind() }: { commands: readonly Command[]; onClose(): void; host?: HostKind }) {
  return (
    <Dialog title="快捷键" onClose={onClose} testId="keys-dialog">
      {/* (A table cannot scroll itself: this box does, in a window lower than the list; styles.css .dialog.) */}
      <div>
        <table className="keys">
          <tbody>
            {commands
              .filter((c) => keysOf(c, host).length)
              .map((c) => (
                <tr key={c.id} data-command={c.id}>
                  <td>
                    <kbd>{keysText(keysOf(c, host))}</kbd>
                  </td>
                  <td>{c.hint ?? c.label}</td>
                </tr>
              ))}
          </tbody>
        </table>
        {host === 'browser' && <p className="muted">在浏览器中，Ctrl+N、Ctrl+T、Ctrl+W 由浏览器自己使用（新窗口、新标签页、关闭标签页），所以这里新建、打开用 Alt 键。</p>}
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn primary" onClick={onClose}>
          知道了
        </button>
      </div>
    </Dialog>
  );
}
