/**
 * Recovery per draft per page (issue 16, item 2): two tabs (or windows) autosaving never overwrite or delete
 * each other's copy, a live page's copy is never offered to another, a page that is gone has its copies
 * offered, and a second page opening a file already open elsewhere is told so.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeDraft } from '../core/draft/file-format';
import { emptyDraft, type Draft } from '../core/draft/model';
import { DraftService } from './drafts';
import { openPrefs } from './prefs';
import { Sessions } from './sessions';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'gw-recovery-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function draft(text: string, createdAt: string): Draft {
  const d = emptyDraft(new Date(createdAt));
  d.content[0] = { type: 'title', children: [{ text }] };
  return d;
}
const title = (d: Draft) => (d.content[0].children[0] as { text: string }).text;

let clock = 0;
function make(dataDir = tmp(), host: 'browser' | 'electron' = 'browser') {
  const { prefs } = openPrefs(dataDir);
  const sessions = new Sessions({ ttlMs: host === 'browser' ? 90_000 : null, now: () => clock });
  return { dataDir, sessions, drafts: new DraftService({ dataDir, prefs, host, importDocx: async () => ({ ok: false, error: '' }), sessions }) };
}
const A = 'tab-aaaaaaaaaaaaaaaa';
const B = 'tab-bbbbbbbbbbbbbbbb';

describe('recovery per draft, per tab', () => {
  it('two tabs autosaving two drafts: both copies survive a crash, and each is offered after it', async () => {
    const { drafts, dataDir } = make();
    await drafts.recovery.autosave(draft('甲稿', '2026-01-01T00:00:00Z'), null, A);
    await drafts.recovery.autosave(draft('乙稿', '2026-01-02T00:00:00Z'), null, B);
    await drafts.recovery.autosave(draft('甲稿·改', '2026-01-01T00:00:00Z'), null, A);
    // Neither tab is offered the other's live text.
    expect(await drafts.recovery.list(A)).toEqual([]);
    expect(await drafts.recovery.list(B)).toEqual([]);
    expect(await drafts.recovery.newest(B)).toBe(null);
    // The host is killed: a new one finds both.
    const after = make(dataDir).drafts;
    expect((await after.recovery.list('tab-cccccccccccccccc')).map((r) => title(r.draft)).sort()).toEqual(['乙稿', '甲稿·改']);
  });

  it('another tab can neither take nor delete a live tab’s copy; its own 放弃 or save clears only its own', async () => {
    const { drafts, dataDir } = make();
    const a = await drafts.recovery.autosave(draft('甲稿', '2026-01-01T00:00:00Z'), null, A);
    await drafts.recovery.autosave(draft('乙稿', '2026-01-02T00:00:00Z'), null, B);
    await expect(drafts.recovery.clear(a.recoveryId, B)).rejects.toMatchObject({ code: 'RECOVERY_IN_USE' });
    await expect(drafts.recovery.claim(a.recoveryId, B)).rejects.toMatchObject({ code: 'RECOVERY_IN_USE' });
    // Tab B's 放弃 / save-and-clear (the no-argument form) removes tab B's copies only.
    await drafts.recovery.clear(undefined, B);
    const left = await make(dataDir).drafts.recovery.list();
    expect(left.map((r) => title(r.draft))).toEqual(['甲稿']);
    // And tab B saving a draft does not touch tab A's copy either.
    const saved = await drafts.saveNew(draft('乙稿', '2026-01-02T00:00:00Z'), '乙稿', B);
    expect(saved.ok).toBe(true);
    expect((await make(dataDir).drafts.recovery.list()).map((r) => title(r.draft))).toEqual(['甲稿']);
  });

  it('a tab that is gone (pagehide, or silent past the TTL) has its copy offered; claiming it makes it the claimer’s', async () => {
    const { drafts } = make();
    clock = 1_000;
    const a = await drafts.recovery.autosave(draft('甲稿', '2026-01-01T00:00:00Z'), null, A);
    drafts.sessions.end(A);
    const offered = await drafts.recovery.list(B);
    expect(offered.map((r) => r.id)).toEqual([a.recoveryId]);
    const claimed = await drafts.recovery.claim(a.recoveryId, B);
    expect(title(claimed.draft)).toBe('甲稿');
    expect(await drafts.recovery.list('tab-cccccccccccccccc')).toEqual([]);
    // Tab B goes on editing the recovered draft: its autosaves replace that copy, no second one appears.
    const b = await drafts.recovery.autosave(draft('甲稿·恢复后又改', '2026-01-01T00:00:00Z'), null, B);
    expect(b.recoveryId).toBe(a.recoveryId);

    // A tab silent for longer than the TTL (closed without pagehide, or the machine asleep) counts as gone.
    clock += 91_000;
    expect((await drafts.recovery.list('tab-cccccccccccccccc')).map((r) => title(r.draft))).toEqual(['甲稿·恢复后又改']);
    // If it wakes up, it writes a new copy rather than one that may have been claimed meanwhile.
    const woke = await drafts.recovery.autosave(draft('甲稿·醒来', '2026-01-01T00:00:00Z'), null, B);
    expect(woke.recoveryId).not.toBe(a.recoveryId);
  });

  it('saving a draft removes its copy only if the copy holds exactly what was saved', async () => {
    const { drafts, dataDir } = make(tmp(), 'electron');
    const f = path.join(tmp(), '报告.gwdraft');
    const d = draft('已保存的内容', '2026-01-01T00:00:00Z');
    await drafts.recovery.autosave(draft('比保存的更新', '2026-01-01T00:00:00Z'), null, A);
    await drafts.saveChosen(d, f, A);
    expect((await make(dataDir).drafts.recovery.list()).length).toBe(1);
    await drafts.recovery.autosave(d, f, A);
    await drafts.save({ ...d, meta: { ...d.meta, updatedAt: 'later' } }, f, {}, A);
    expect((await make(dataDir).drafts.recovery.list()).length).toBe(0);
  });

  it('the single recovery.json of earlier versions is kept as a copy of its own', async () => {
    const dataDir = tmp();
    const legacy = { format: 'gongwen-draft', version: 1, draft: draft('旧版本的恢复副本', '2025-06-01T00:00:00Z'), recovery: { path: null, savedAt: '2025-06-02T00:00:00Z' } };
    writeFileSync(path.join(dataDir, 'recovery.json'), JSON.stringify(legacy));
    const { drafts } = make(dataDir);
    await drafts.init();
    expect(existsSync(path.join(dataDir, 'recovery.json'))).toBe(false);
    expect(readdirSync(path.join(dataDir, 'recovery'))).toHaveLength(1);
    const r = await drafts.recovery.newest(A);
    expect(r && title(r.draft)).toBe('旧版本的恢复副本');
    expect(r?.savedAt).toBe('2025-06-02T00:00:00Z');
  });

  it('a copy that cannot be read is left on disk, not deleted', async () => {
    const dataDir = tmp();
    const { drafts } = make(dataDir);
    await drafts.recovery.autosave(draft('好的', '2026-01-01T00:00:00Z'), null, A);
    writeFileSync(path.join(dataDir, 'recovery', 'broken.json'), '{"format":"gongwen-draft","version":1,"draft":{');
    drafts.sessions.end(A);
    expect((await drafts.recovery.list(B)).map((r) => title(r.draft))).toEqual(['好的']);
    await drafts.recovery.clear(undefined, B);
    expect(existsSync(path.join(dataDir, 'recovery', 'broken.json'))).toBe(true);
  });
});

describe('a file open in two places', () => {
  it('the second tab opening it is told, and the first learns it at its next autosave', async () => {
    const { drafts } = make();
    const saved = await drafts.saveNew(draft('共同的稿子', '2026-01-01T00:00:00Z'), '共同的稿子', A);
    if (!saved.ok) throw new Error(saved.error);
    const inB = await drafts.openRecent(saved.path, B);
    expect(inB).toMatchObject({ ok: true, openElsewhere: true });
    const aAutosave = await drafts.recovery.autosave(draft('共同的稿子·甲改', '2026-01-01T00:00:00Z'), saved.path, A);
    expect(aAutosave.openElsewhere).toBe(true);
    // Once tab B has gone, it is A's alone again.
    drafts.sessions.end(B);
    expect((await drafts.recovery.autosave(draft('共同的稿子·甲再改', '2026-01-01T00:00:00Z'), saved.path, A)).openElsewhere).toBe(false);
    // A file opened in one tab only is not “elsewhere”.
    const c = await drafts.openRecent(saved.path, 'tab-cccccccccccccccc');
    expect(c).toMatchObject({ ok: true, openElsewhere: true }); // A still has it
    const other = await drafts.saveNew(draft('另一份', '2026-01-03T00:00:00Z'), '另一份', B);
    if (other.ok) expect(await drafts.openRecent(other.path, B)).toMatchObject({ openElsewhere: false });
  });

  it('two Electron windows (no expiry: main ends a window’s session itself)', async () => {
    const { drafts, sessions } = make(tmp(), 'electron');
    const f = path.join(tmp(), 'x.gwdraft');
    writeFileSync(f, serializeDraft(draft('x', '2026-01-01T00:00:00Z')));
    await drafts.openChosen(f, 'w1');
    clock += 10 * 24 * 3600_000; // days later, still open
    expect(await drafts.openChosen(f, 'w2')).toMatchObject({ openElsewhere: true });
    sessions.end('w1');
    expect(await drafts.openChosen(f, 'w3')).toMatchObject({ openElsewhere: true }); // w2 has it
  });
});
