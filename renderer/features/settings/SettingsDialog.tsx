/** 设置: speaking rate, review limits and autosave interval (ranges as the host validates them). */
import React, { useState } from 'react';
import type { Settings } from '../../../electron/api';
import { Dialog } from '../../ui/Dialog';
import './settings.css';
import { openDialog } from '../../app/dialogs';
import { useApp } from '../../app/store';
import { say } from '../../app/toasts';
import { host } from '../../host';

const FIELDS: { key: keyof Settings; label: string; unit: string; min: number; max: number; step: number }[] = [
  { key: 'speechRate', label: '讲话语速', unit: '字/分钟', min: 60, max: 600, step: 10 },
  { key: 'maxSentenceChars', label: '长句提醒', unit: '字以上', min: 20, max: 2000, step: 10 },
  { key: 'maxParagraphChars', label: '长段提醒', unit: '字以上', min: 50, max: 20000, step: 50 },
  { key: 'autosaveSeconds', label: '自动保存间隔', unit: '秒', min: 1, max: 600, step: 1 },
];

export function SettingsDialog({ settings, onSave, onClose }: { settings: Settings; onSave(patch: Partial<Settings>): Promise<void>; onClose(): void }) {
  const [draft, setDraft] = useState<Record<keyof Settings, string>>(() => Object.fromEntries(FIELDS.map((f) => [f.key, String(settings[f.key])])) as Record<keyof Settings, string>);
  const invalid = FIELDS.filter((f) => {
    const n = Number(draft[f.key]);
    return !Number.isInteger(n) || n < f.min || n > f.max;
  });
  return (
    <Dialog title="设置" onClose={onClose} testId="settings-dialog">
      <div className="settings">
        {FIELDS.map((f) => (
          <label key={f.key} className="setting">
            <span className="setting-label">{f.label}</span>
            <input type="number" min={f.min} max={f.max} step={f.step} value={draft[f.key]} onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })} aria-invalid={invalid.includes(f)} />
            <span className="muted">
              {f.unit}（{f.min}–{f.max}）
            </span>
          </label>
        ))}
      </div>
      {invalid.length > 0 && <p className="warn">请检查：{invalid.map((f) => f.label).join('、')}（须为范围内的整数）</p>}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          取消
        </button>
        <button
          type="button"
          className="btn primary"
          disabled={invalid.length > 0}
          onClick={async () => {
            await onSave(Object.fromEntries(FIELDS.map((f) => [f.key, Number(draft[f.key])])) as Partial<Settings>);
            onClose();
          }}
        >
          保存设置
        </button>
      </div>
    </Dialog>
  );
}

/** 设置, saved through the host (which validates the same ranges). */
export function openSettingsDialog(): void {
  const prefs = useApp.getState().prefs;
  if (!prefs) return;
  openDialog(
    (close) => (
      <SettingsDialog
        settings={prefs.settings}
        onClose={close}
        onSave={async (patch) => {
          try {
            useApp.setState({ prefs: await host.prefsSetSettings(patch) });
            say('设置已保存');
          } catch (e) {
            say(`设置未能保存：${(e as Error).message}`, true);
          }
        }}
      />
    ),
    { key: 'settings' },
  );
}
