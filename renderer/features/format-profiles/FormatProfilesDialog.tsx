/**
 * 单位细则: the format profiles exports use. GB/T 9704-2012 is built in and cannot be changed; a unit's own variant
 * (margins, each element's font, lines and characters, bold 三级标题, page numbers, the face for digits) is saved
 * under a name, chosen for export, and shared with colleagues as a `.细则.json` file. Ranges are checked as the
 * user types, in the words the host's check would use (core/format/profile-limits.ts).
 */
import React, { useEffect, useState } from 'react';
import type { FormatProfiles } from '../../../electron/api';
import type { FormatProfile } from '#core/format/profile';
import { FONT_CHOICES, FONT_ROLE_LABELS, FONT_ROLES, PAGE_NUMBER_LABELS, PAGE_NUMBER_PLACEMENTS, PROFILE_LIMITS as L } from '#core/format/profile-limits';
import { host } from '../../host';
import { openDialog } from '../../app/dialogs';
import { say } from '../../app/toasts';
import { Dialog } from '../../ui/Dialog';
import { download, pickFile } from '../export/download';
import './format-profiles.css';

const BUILT_IN = 'GB/T 9704-2012';
const MARGINS = [
  ['top', '上（天头）'],
  ['bottom', '下'],
  ['left', '左（订口）'],
  ['right', '右'],
] as const;

/** What is wrong with a profile being edited, one Chinese sentence each ([] when it can be saved). */
export function profileProblems(p: FormatProfile): string[] {
  const out: string[] = [];
  const name = p.name.trim();
  if (!name) out.push('请填写细则名称');
  else if (name.length > L.nameChars) out.push(`细则名称不超过 ${L.nameChars} 字`);
  else if (name === BUILT_IN) out.push('“GB/T 9704-2012”是内置规范，不能修改；请换一个细则名称再保存');
  for (const [k, label] of MARGINS) {
    const v = p.margins[k];
    if (!Number.isFinite(v) || v < L.marginMm.min || v > L.marginMm.max) out.push(`页边距“${label}”应在 ${L.marginMm.min}–${L.marginMm.max} 毫米之间`);
  }
  if (!Number.isInteger(p.linesPerPage) || p.linesPerPage < L.linesPerPage.min || p.linesPerPage > L.linesPerPage.max) out.push(`每页行数应为 ${L.linesPerPage.min}–${L.linesPerPage.max} 的整数`);
  if (!Number.isInteger(p.charsPerLine) || p.charsPerLine < L.charsPerLine.min || p.charsPerLine > L.charsPerLine.max) out.push(`每行字数应为 ${L.charsPerLine.min}–${L.charsPerLine.max} 的整数`);
  for (const r of FONT_ROLES) {
    const f = p.fonts[r].trim();
    if (!f) out.push(`请填写${FONT_ROLE_LABELS[r]}字体`);
    else if (f.length > L.fontChars) out.push(`${FONT_ROLE_LABELS[r]}字体名过长`);
  }
  return out;
}

const trimmed = (p: FormatProfile): FormatProfile => ({ ...p, name: p.name.trim(), fonts: Object.fromEntries(FONT_ROLES.map((r) => [r, p.fonts[r].trim()])) as FormatProfile['fonts'] });

export function FormatProfilesDialog({ initial, onClose }: { initial: FormatProfiles; onClose(): void }) {
  const [all, setAll] = useState(initial);
  const [selected, setSelected] = useState(initial.active);
  const base = all.profiles.find((p) => p.name === selected) ?? all.profiles[0];
  const [edit, setEdit] = useState<FormatProfile>(() => structuredClone(base));
  useEffect(() => setEdit(structuredClone(base)), [base]);
  const problems = profileProblems(edit);
  const builtIn = selected === BUILT_IN;
  const renamed = edit.name.trim() !== selected;

  const run = async (f: () => Promise<FormatProfiles>, done: string, select?: string) => {
    try {
      const next = await f();
      setAll(next);
      if (select) setSelected(select);
      say(done);
    } catch (e) {
      say((e as Error).message, true);
    }
  };
  const set = (patch: Partial<FormatProfile>) => setEdit({ ...edit, ...patch });
  const num = (v: string) => (v.trim() === '' ? NaN : Number(v));

  return (
    <Dialog title="单位细则" onClose={onClose} wide testId="format-profiles">
      <div className="fp">
        <div className="fp-list" role="listbox" aria-label="细则列表">
          {all.profiles.map((p) => (
            <button key={p.name} type="button" role="option" aria-selected={p.name === selected} className={p.name === selected ? 'fp-item on' : 'fp-item'} onClick={() => setSelected(p.name)}>
              <span>{p.name}</span>
              {p.name === all.active && <span className="tag">导出使用</span>}
            </button>
          ))}
          <div className="fp-list-actions">
            <button
              type="button"
              className="btn small"
              onClick={async () => {
                const file = await pickFile('.json,application/json');
                if (!file) return;
                try {
                  const r = await host.formatProfileImport(file);
                  if (!r.ok) return say(`未能导入细则：${r.error}`, true);
                  setAll(r.profiles);
                  setSelected(r.name);
                  say(`已导入细则“${r.name}”`);
                } catch (e) {
                  say(`未能导入细则：${(e as Error).message}`, true);
                }
              }}
            >
              导入细则文件…
            </button>
          </div>
        </div>
        <form
          className="fp-form"
          onSubmit={(e) => {
            e.preventDefault();
          }}
        >
          {builtIn && <p className="muted fp-note">内置的 GB/T 9704—2012 不能修改：改动后请填写新的细则名称，“保存为新细则”。</p>}
          <label className="fp-field">
            <span>细则名称</span>
            <input type="text" aria-label="细则名称" value={edit.name} onChange={(e) => set({ name: e.target.value })} />
          </label>
          <fieldset className="fp-group">
            <legend>页边距（毫米）</legend>
            {MARGINS.map(([k, label]) => (
              <label key={k} className="fp-num">
                <span>{label}</span>
                <input type="number" step={0.5} min={L.marginMm.min} max={L.marginMm.max} aria-label={`页边距${label}`} value={Number.isNaN(edit.margins[k]) ? '' : edit.margins[k]} onChange={(e) => set({ margins: { ...edit.margins, [k]: num(e.target.value) } })} />
              </label>
            ))}
          </fieldset>
          <fieldset className="fp-group">
            <legend>版心</legend>
            <label className="fp-num">
              <span>每页行数</span>
              <input type="number" aria-label="每页行数" min={L.linesPerPage.min} max={L.linesPerPage.max} value={Number.isNaN(edit.linesPerPage) ? '' : edit.linesPerPage} onChange={(e) => set({ linesPerPage: num(e.target.value) })} />
            </label>
            <label className="fp-num">
              <span>每行字数</span>
              <input type="number" aria-label="每行字数" min={L.charsPerLine.min} max={L.charsPerLine.max} value={Number.isNaN(edit.charsPerLine) ? '' : edit.charsPerLine} onChange={(e) => set({ charsPerLine: num(e.target.value) })} />
            </label>
          </fieldset>
          <fieldset className="fp-group fp-fonts">
            <legend>字体</legend>
            {FONT_ROLES.map((r) => (
              <label key={r} className="fp-font">
                <span>{FONT_ROLE_LABELS[r]}</span>
                <input type="text" list={`fp-fonts-${r}`} aria-label={`${FONT_ROLE_LABELS[r]}字体`} value={edit.fonts[r]} onChange={(e) => set({ fonts: { ...edit.fonts, [r]: e.target.value } })} />
                <datalist id={`fp-fonts-${r}`}>
                  {FONT_CHOICES[r].map((f) => (
                    <option key={f} value={f} />
                  ))}
                </datalist>
              </label>
            ))}
          </fieldset>
          <label className="fp-check">
            <input type="checkbox" checked={edit.heading3Bold} onChange={(e) => set({ heading3Bold: e.target.checked })} />
            三级标题（1.）加粗
          </label>
          <label className="fp-field">
            <span>页码</span>
            <select aria-label="页码" value={edit.pageNumbers} onChange={(e) => set({ pageNumbers: e.target.value as FormatProfile['pageNumbers'] })}>
              {PAGE_NUMBER_PLACEMENTS.map((p) => (
                <option key={p} value={p}>
                  {PAGE_NUMBER_LABELS[p]}
                </option>
              ))}
            </select>
          </label>
          {problems.length > 0 && (
            <ul className="warn fp-problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </form>
      </div>
      <div className="dialog-actions">
        {!builtIn && (
          <button type="button" className="btn danger" onClick={() => void run(() => host.formatProfileRemove(selected), `已删除细则“${selected}”`, BUILT_IN)}>
            删除
          </button>
        )}
        <button
          type="button"
          className="btn"
          onClick={async () => {
            try {
              const f = await host.formatProfileExport(selected);
              download(f.bytes as BlobPart, f.name, 'application/json');
              say(`已导出细则文件：${f.name}`);
            } catch (e) {
              say(`未能导出细则：${(e as Error).message}`, true);
            }
          }}
        >
          导出细则文件
        </button>
        <span className="spacer" />
        <button type="button" className="btn" disabled={all.active === selected} onClick={() => void run(() => host.formatProfileSelect(selected), `导出将使用细则“${selected}”`)}>
          导出时使用
        </button>
        <button
          type="button"
          className="btn primary"
          disabled={problems.length > 0}
          onClick={() => {
            const p = trimmed(edit);
            void run(
              async () => {
                await host.formatProfileSave(p);
                return host.formatProfileSelect(p.name);
              },
              renamed ? `已保存为新细则“${p.name}”，导出将使用它` : `已保存细则“${p.name}”`,
              p.name,
            );
          }}
        >
          {renamed || builtIn ? '保存为新细则' : '保存'}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          关闭
        </button>
      </div>
    </Dialog>
  );
}

/** Opens 单位细则; `onClosed` runs when it closes (the export dialog then reads the choice again). */
export function openFormatProfiles(onClosed?: () => void): void {
  void host.formatProfiles().then(
    (initial) =>
      openDialog(
        (close) => (
          <FormatProfilesDialog
            initial={initial}
            onClose={() => {
              close();
              onClosed?.();
            }}
          />
        ),
        { key: 'format-profiles' },
      ),
    (e: Error) => say(`未能读取单位细则：${e.message}`, true),
  );
}
