/**
 * 设置: speaking rate, review limits and autosave interval (ranges as the host validates them), her own 易混词语
 * pairs (wrong → right, with a note) and the words she silenced with 不再提示, which she can bring back.
 */
import React, { useState } from 'react';
import type { Settings } from '../../../electron/api';
import type { UserWordPair } from '#core/checks/types';
import { Dialog } from '../../ui/Dialog';
import './settings.css';
import { openDialog } from '../../app/dialogs';
import { useApp } from '../../app/store';
import { say } from '../../app/toasts';
import { host } from '../../host';

type NumberKey = 'speechRate' | 'maxSentenceChars' | 'maxParagraphChars' | 'autosaveSeconds';

const FIELDS: { key: NumberKey; label: string; unit: string; min: number; max: number; step: number }[] = [
  { key: 'speechRate', label: '讲话语速', unit: '字/分钟', min: 60, max: 600, step: 10 },
  { key: 'maxSentenceChars', label: '长句提醒', unit: '字以上', min: 20, max: 2000, step: 10 },
  { key: 'maxParagraphChars', label: '长段提醒', unit: '字以上', min: 50, max: 20000, step: 50 },
  { key: 'autosaveSeconds', label: '自动保存间隔', unit: '秒', min: 1, max: 600, step: 1 },
];

/** The limits the host checks (api-schemas.ts), said before saving. */
const PAIR_LIMITS = { wrong: 40, right: 40, note: 200, count: 2000 };

/** What is wrong with her pair list, in words she can act on; empty when it can be saved. */
export function pairProblems(pairs: readonly UserWordPair[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  pairs.forEach((p, i) => {
    const n = `第 ${i + 1} 行`;
    const wrong = p.wrong.trim();
    if (!wrong) out.push(`${n}：请填写易错写法`);
    else if (wrong === p.right.trim()) out.push(`${n}：易错写法与正确写法相同`);
    if (wrong.length > PAIR_LIMITS.wrong || p.right.length > PAIR_LIMITS.right) out.push(`${n}：词语最长 ${PAIR_LIMITS.wrong} 字`);
    if ((p.note ?? '').length > PAIR_LIMITS.note) out.push(`${n}：说明最长 ${PAIR_LIMITS.note} 字`);
    if (wrong && seen.has(wrong)) out.push(`${n}：“${wrong}”已在前面列出`);
    seen.add(wrong);
  });
  if (pairs.length > PAIR_LIMITS.count) out.push(`最多 ${PAIR_LIMITS.count} 条`);
  return out;
}

/** Her pairs as the checks take them: trimmed, an empty note left out. */
const cleanPairs = (pairs: readonly UserWordPair[]): UserWordPair[] =>
  pairs.map((p) => ({ wrong: p.wrong.trim(), right: p.right.trim(), ...(p.note?.trim() ? { note: p.note.trim() } : {}) }));

function WordPairs({ pairs, onChange }: { pairs: UserWordPair[]; onChange(p: UserWordPair[]): void }) {
  const set = (i: number, patch: Partial<UserWordPair>) => onChange(pairs.map((p, k) => (k === i ? { ...p, ...patch } : p)));
  return (
    <section className="settings-section" aria-label="我的易混词语">
      <h3>我的易混词语</h3>
      <p className="muted">审稿时，正文中出现“易错写法”会提示改为“正确写法”。</p>
      {pairs.length > 0 && (
        <table className="pairs">
          <thead>
            <tr>
              <th>易错写法</th>
              <th>正确写法</th>
              <th>说明（可不填）</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {pairs.map((p, i) => (
              <tr key={i} data-testid="word-pair">
                <td>
                  <input value={p.wrong} maxLength={PAIR_LIMITS.wrong} aria-label={`第 ${i + 1} 行易错写法`} onChange={(e) => set(i, { wrong: e.target.value })} />
                </td>
                <td>
                  <input value={p.right} maxLength={PAIR_LIMITS.right} aria-label={`第 ${i + 1} 行正确写法`} onChange={(e) => set(i, { right: e.target.value })} />
                </td>
                <td>
                  <input value={p.note ?? ''} maxLength={PAIR_LIMITS.note} aria-label={`第 ${i + 1} 行说明`} onChange={(e) => set(i, { note: e.target.value })} />
                </td>
                <td>
                  <button type="button" className="icon" title="删除这一条" aria-label={`删除第 ${i + 1} 行`} onClick={() => onChange(pairs.filter((_, k) => k !== i))}>
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="btn small" onClick={() => onChange([...pairs, { wrong: '', right: '', note: '' }])}>
        ＋ 添加一条
      </button>
    </section>
  );
}

function MutedWords({ muted, onChange }: { muted: string[]; onChange(m: string[]): void }) {
  return (
    <section className="settings-section" aria-label="不再提示的词语">
      <h3>不再提示的词语</h3>
      {muted.length === 0 ? (
        <p className="muted">没有。审稿中对易混词语点“不再提示”后，会列在这里，可随时恢复。</p>
      ) : (
        <ul className="muted-words">
          {muted.map((w) => (
            <li key={w} data-testid="muted-word">
              <span>{w}</span>
              <button type="button" className="btn small" onClick={() => onChange(muted.filter((x) => x !== w))} aria-label={`恢复提示：${w}`}>
                恢复提示
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SettingsDialog({ settings, onSave, onClose }: { settings: Settings; onSave(patch: Partial<Settings>): Promise<boolean>; onClose(): void }) {
  const [numbers, setNumbers] = useState<Record<NumberKey, string>>(() => Object.fromEntries(FIELDS.map((f) => [f.key, String(settings[f.key])])) as Record<NumberKey, string>);
  const [pairs, setPairs] = useState<UserWordPair[]>(() => (settings.userWordPairs ?? []).map((p) => ({ ...p })));
  const [muted, setMuted] = useState<string[]>(() => [...(settings.mutedWords ?? [])]);
  const invalid = FIELDS.filter((f) => {
    const n = Number(numbers[f.key]);
    return !Number.isInteger(n) || n < f.min || n > f.max;
  });
  const problems = pairProblems(pairs);
  return (
    <Dialog title="设置" onClose={onClose} testId="settings-dialog" wide>
      <div className="settings-body">
        <div className="settings">
          {FIELDS.map((f) => (
            <label key={f.key} className="setting">
              <span className="setting-label">{f.label}</span>
              <input type="number" min={f.min} max={f.max} step={f.step} value={numbers[f.key]} onChange={(e) => setNumbers({ ...numbers, [f.key]: e.target.value })} aria-invalid={invalid.includes(f)} />
              <span className="muted">
                {f.unit}（{f.min}–{f.max}）
              </span>
            </label>
          ))}
        </div>
        <WordPairs pairs={pairs} onChange={setPairs} />
        <MutedWords muted={muted} onChange={setMuted} />
      </div>
      {invalid.length > 0 && <p className="warn">请检查：{invalid.map((f) => f.label).join('、')}（须为范围内的整数）</p>}
      {problems.length > 0 && <p className="warn">易混词语：{problems.join('；')}</p>}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          取消
        </button>
        <button
          type="button"
          className="btn primary"
          disabled={invalid.length > 0 || problems.length > 0}
          onClick={async () => {
            const patch: Partial<Settings> = { ...(Object.fromEntries(FIELDS.map((f) => [f.key, Number(numbers[f.key])])) as Partial<Settings>), userWordPairs: cleanPairs(pairs), mutedWords: muted };
            // On failure the dialog stays open with what she typed (the toast says why).
            if (await onSave(patch)) onClose();
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
            return true;
          } catch (e) {
            say(`设置未能保存：${(e as Error).message}`, true);
            return false;
          }
        }}
      />
    ),
    { key: 'settings' },
  );
}
