/** 快捷键一览, generated from the command table (app/commands.ts): it lists what the keys really do. */
import React from 'react';
import type { Command } from '../../app/commands';
import { keysText } from '../../app/keys';
import { Dialog } from '../../ui/Dialog';
import './settings.css';

export function ShortcutsDialog({ commands, onClose }: { commands: readonly Command[]; onClose(): void }) {
  return (
    <Dialog title="快捷键" onClose={onClose} testId="keys-dialog">
      <table className="keys">
        <tbody>
          {commands
            .filter((c) => c.keys?.length)
            .map((c) => (
              <tr key={c.id} data-command={c.id}>
                <td>
                  <kbd>{keysText(c.keys!)}</kbd>
                </td>
                <td>{c.hint ?? c.label}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="btn primary" onClick={onClose}>
          知道了
        </button>
      </div>
    </Dialog>
  );
}
