/**
 * 另存为 in the browser host, which has no save dialog of its own: she names the draft (prefilled from its
 * title). The host saves under exactly that name or refuses — never over another draft — and when the name
 * is taken the dialog says so and offers the free name it found, leaving her free to type another.
 */
import React, { useState } from 'react';
import type { SaveResult } from '../../../electron/api';
import { openDialog } from '../../app/dialogs';
import { focusEditor } from '../../app/editor';
import { failureText } from '../../app/toasts';
import { Dialog } from '../../ui/Dialog';
import './save-name.css';

type Saved = Extract<SaveResult, { ok: true }>;

export function SaveNameDialog({ suggested, save, onSaved, onClose }: {
  suggested: string;
  /** Saves under exactly `name` (draftSaveNew with exact). */
  save(name: string): Promise<SaveResult>;
  onSaved(r: Saved): void;
  onClose(): void;
}) {
  const [name, setName] = useState(suggested);
  const [problem, setProblem] = useState<{ text: string; freeName?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const trimmed = name.trim();

  const submit = async (n: string) => {
    setBusy(true);
    try {
      const r = await save(n);
      if (r.ok) return onSaved(r);
      setProblem({ text: r.code === 'NAME_TAKEN' ? `${r.error}，换个名字，或保存为“${r.freeName}”。` : r.error, freeName: r.code === 'NAME_TAKEN' ? r.freeName : undefined });
    } catch (e) {
      setProblem({ text: failureText('未能保存', e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="另存为" onClose={onClose} testId="save-name-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (trimmed && !busy) void submit(trimmed);
        }}
      >
        <label className="save-name">
          <span>草稿名称</span>
          <input
            data-autofocus
            value={name}
            maxLength={100}
            aria-label="草稿名称"
            onFocus={(e) => e.currentTarget.select()}
            onChange={(e) => {
              setName(e.target.value);
              setProblem(null);
            }}
          />
        </label>
        <p className="muted">保存在本机的“草稿”文件夹中，可从“打开”或“最近打开”找到。</p>
        {problem && (
          <p className="warn" role="alert">
            {problem.text}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            取消
          </button>
          {problem?.freeName && (
            <button type="button" className="btn" disabled={busy} onClick={() => void submit(problem.freeName!)}>
              保存为“{problem.freeName}”
            </button>
          )}
          <button type="submit" className="btn primary" disabled={!trimmed || busy}>
            保存
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Opens the dialog; resolves with the save once it landed, or null when she closed it. */
export function askSaveName(suggested: string, save: (name: string) => Promise<SaveResult>): Promise<Saved | null> {
  return new Promise((resolve) => {
    openDialog(
      (close) => (
        <SaveNameDialog
          suggested={suggested}
          save={save}
          onSaved={(r) => {
            close();
            // Back to the page where she was, to write on.
            focusEditor();
            resolve(r);
          }}
          onClose={() => {
            close();
            focusEditor();
            resolve(null);
          }}
        />
      ),
      { key: 'save-name' },
    );
  });
}
