import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDraftFile, serializeDraft } from '../core/draft/file-format';
import { emptyDraft, type Draft } from '../core/draft/model';
import { DraftService } from './drafts';
import { openPrefs } from './prefs';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'gw-drafts-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const noDocx = async () => {
  throw new Error('not a .docx test');
};

function draft(text: string): Draft {
  const d = emptyDraft(new Date('2026-01-01T00:00:00Z'));
  d.content[0] = { type: 'title', children: [{ text }] };
  return d;
}

function make(host: 'electron' | 'browser', dataDir = tmp()) {
  const { prefs } = openPrefs(dataDir);
  return { dataDir, prefs, drafts: new DraftService({ dataDir, prefs, host, importDocx: noDocx }) };
}

describe('drafts (Electron host)', () => {
  it('saves atomically to a dialog-chosen path, keeps a .bak, lists it as recent and reopens it', async () => {
    const { drafts } = make('electron');
    const userDir = tmp();
    const r1 = await drafts.saveChosen(draft('第一稿'), path.join(userDir, '年度报告'));
    expect(r1).toMatchObject({ ok: true, path: path.join(userDir, '年度报告.gwdraft'), name: '年度报告', warnings: [] });
    if (!r1.ok) return;
    const r2 = await drafts.save(draft('第二稿'), r1.path);
    expect(r2.ok).toBe(true);
    const bak = parseDraftFile(readFileSync(r1.path + '.bak', 'utf8'));
    expect(bak.ok && bak.draft.content[0].children).toEqual([{ text: '第一稿' }]);
    expect(drafts.recent().map((r) => r.path)).toEqual([r1.path]);
    const opened = await drafts.openRecent(r1.path);
    expect(opened.ok && opened.draft.content[0].children).toEqual([{ text: '第二稿' }]);
    expect(opened.ok && opened.path).toBe(r1.path);
  });

  it('refuses to read or write paths it did not hand out', async () => {
    const { drafts } = make('electron');
    const other = path.join(tmp(), 'secret.gwdraft');
    writeFileSync(other, serializeDraft(draft('别人的')));
    expect(await drafts.openRecent(other)).toEqual({ ok: false, error: expect.stringMatching(/只能打开/), code: 'NOT_ALLOWED' });
    expect(await drafts.save(draft('x'), other)).toEqual({ ok: false, error: expect.stringMatching(/只能保存/), code: 'NOT_ALLOWED' });
    expect(await drafts.openRecent('/etc/passwd')).toMatchObject({ ok: false });
    expect(await drafts.save(draft('x'), 'relative.gwdraft')).toMatchObject({ ok: false });
    const still = parseDraftFile(readFileSync(other, 'utf8'));
    expect(still.ok && still.draft.content[0].children).toEqual([{ text: '别人的' }]);
  });

  it('the recent list holds only files saved or opened, and drops files that disappeared', async () => {
    const { drafts } = make('electron');
    const d = tmp();
    const a = path.join(d, 'a.gwdraft');
    const b = path.join(d, 'b.gwdraft');
    writeFileSync(b, serializeDraft(draft('b')));
    writeFileSync(path.join(d, 'c.gwdraft'), serializeDraft(draft('c')));
    await drafts.saveChosen(draft('a'), a);
    await drafts.openChosen(b);
    expect(drafts.recent().map((r) => r.path)).toEqual([b, a]);
    rmSync(a);
    expect(drafts.recent().map((r) => r.path)).toEqual([b]);
  });

  it('a corrupt draft gives a clear message naming the backup, which can then be opened', async () => {
    const { drafts } = make('electron');
    const f = path.join(tmp(), '报告.gwdraft');
    await drafts.saveChosen(draft('好的版本'), f);
    await drafts.save(draft('后来的版本'), f);
    writeFileSync(f, readFileSync(f, 'utf8').slice(0, 50)); // e.g. a disk error truncated it
    const r = await drafts.openRecent(f);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toContain('已损坏');
    expect(r.error).toContain(f + '.bak');
    expect(drafts.recent().map((x) => [x.path, x.name])).toContainEqual([f + '.bak', '报告（备份）']);
    const fromBak = await drafts.openRecent(f + '.bak');
    expect(fromBak.ok && fromBak.draft.content[0].children).toEqual([{ text: '好的版本' }]);
    // A backup is opened as an unsaved copy, so saving it asks for a place instead of overwriting the backup.
    expect(fromBak.ok && fromBak.path).toBe(null);
  });

  it('a draft from a newer format version is refused with the upgrade message and never overwritten', async () => {
    const { drafts } = make('electron');
    const f = path.join(tmp(), 'new.gwdraft');
    const newer = JSON.stringify({ format: 'gongwen-draft', version: 3, draft: { meta: {}, content: [], future: true } });
    writeFileSync(f, newer);
    const r = await drafts.openChosen(f);
    expect(r).toEqual({ ok: false, error: '无法打开“new.gwdraft”：此草稿由更新版本的公文起草助手创建（格式版本 3），请升级后再打开', code: 'NEWER_FORMAT' });
    const s = await drafts.save(draft('覆盖'), f);
    expect(s).toMatchObject({ ok: false, code: 'NEWER_FORMAT' });
    expect(readFileSync(f, 'utf8')).toBe(newer);
  });

  it('autosave → recovery round trip, cleared when the same draft is saved', async () => {
    const { drafts, dataDir } = make('electron');
    expect(await drafts.recovery.newest()).toBe(null);
    const f = path.join(tmp(), 'r.gwdraft');
    await drafts.saveChosen(draft('已保存'), f);
    await drafts.recovery.autosave(draft('正在输入的内容'), f);

    // A new process (restart after a crash) finds it.
    const again = make('electron', dataDir).drafts;
    const rec = await again.recovery.newest();
    expect(rec?.draft.content[0].children).toEqual([{ text: '正在输入的内容' }]);
    expect(rec?.path).toBe(f);
    expect(Date.parse(rec!.savedAt)).not.toBeNaN();
    const onDisk = async () => (await make('electron', dataDir).drafts.recovery.list()).length;
    // Saving something else keeps the recovery copy; saving exactly it removes it.
    await again.save(draft('别的'), f);
    expect(await onDisk()).toBe(1);
    await again.save(rec!.draft, rec!.path!);
    expect(await onDisk()).toBe(0);

    await again.recovery.autosave(draft('x'), null);
    expect(await onDisk()).toBe(1);
    await again.recovery.clear();
    expect(await onDisk()).toBe(0);
  });

  it('autosave does not smuggle in an unapproved path', async () => {
    const { drafts, dataDir } = make('electron');
    await drafts.recovery.autosave(draft('x'), '/etc/evil.gwdraft');
    expect((await make('electron', dataDir).drafts.recovery.newest())?.path).toBe(null);
  });

  it('parses picked bytes: draft files, non-UTF-8 junk and .doc give Chinese errors', async () => {
    const { drafts } = make('browser');
    const ok = await drafts.parse({ name: '报告.gwdraft', bytes: new TextEncoder().encode(serializeDraft(draft('t'))) });
    expect(ok).toMatchObject({ ok: true, path: null, name: '报告', warnings: [] });
    const gbk = await drafts.parse({ name: 'x.gwdraft', bytes: new Uint8Array([0xb9, 0xab, 0xce, 0xc4]) });
    expect(gbk).toMatchObject({ ok: false, error: expect.stringMatching(/不是公文起草助手的草稿文件/) });
    expect(await drafts.parse({ name: '旧.doc', bytes: new Uint8Array([0xd0, 0xcf]) })).toMatchObject({ ok: false, error: expect.stringMatching(/\.docx/) });
  });
});

describe('drafts (browser host)', () => {
  it('saves new drafts only into <dataDir>/drafts with a safe, unique name', async () => {
    const { drafts, dataDir } = make('browser');
    const a = await drafts.saveNew(draft('1'), '../../etc/工作:报告');
    const b = await drafts.saveNew(draft('2'), '../../etc/工作:报告');
    expect(a).toMatchObject({ ok: true, path: path.join(dataDir, 'drafts', '_.._etc_工作_报告.gwdraft'), name: '_.._etc_工作_报告' });
    expect(a.ok && b.ok && a.path !== b.path).toBe(true);
    for (const r of [a, b]) if (r.ok) expect(path.dirname(r.path)).toBe(path.join(dataDir, 'drafts'));
    // Files in its own drafts folder may be saved over; anything outside may not.
    if (a.ok) expect((await drafts.save(draft('3'), a.path)).ok).toBe(true);
    expect((await drafts.save(draft('3'), path.join(dataDir, 'settings.json'))).ok).toBe(false);
    expect((await drafts.save(draft('3'), path.join(dataDir, 'drafts', 'sub', 'x.gwdraft'))).ok).toBe(false);
    mkdirSync(path.join(dataDir, 'drafts', 'sub'), { recursive: true });
    expect(existsSync(path.join(dataDir, 'drafts', 'sub', 'x.gwdraft'))).toBe(false);
  });

  it('另存为 under a name she chose: exactly that name, or NAME_TAKEN with a free one to offer — never over another draft', async () => {
    const { drafts, dataDir } = make('browser');
    const dir = path.join(dataDir, 'drafts');
    const a = await drafts.saveNew(draft('1'), '2027年工作报告', undefined, { exact: true });
    expect(a).toMatchObject({ ok: true, name: '2027年工作报告', path: path.join(dir, '2027年工作报告.gwdraft') });
    const b = await drafts.saveNew(draft('2'), '2027年工作报告', undefined, { exact: true });
    expect(b).toMatchObject({ ok: false, code: 'NAME_TAKEN', freeName: '2027年工作报告（2）' });
    expect(b.ok ? '' : b.error).toContain('已有名为“2027年工作报告”的草稿');
    expect(readFileSync(path.join(dir, '2027年工作报告.gwdraft'), 'utf8')).toContain('"1"');
    // The name offered is taken by the next save; the one after is offered the next.
    const c = await drafts.saveNew(draft('3'), '2027年工作报告（2）', undefined, { exact: true });
    expect(c).toMatchObject({ ok: true, name: '2027年工作报告（2）' });
    expect(await drafts.saveNew(draft('4'), '2027年工作报告', undefined, { exact: true })).toMatchObject({ ok: false, freeName: '2027年工作报告（3）' });
    // Concurrent saves under one exact name: one file, the others refused.
    const many = await Promise.all(Array.from({ length: 20 }, (_, i) => drafts.saveNew(draft(`c${i}`), '同名', undefined, { exact: true })));
    expect(many.filter((r) => r.ok)).toHaveLength(1);
    expect(readdirSync(dir).filter((n) => n.startsWith('同名'))).toEqual(['同名.gwdraft']);
  });
});
