/**
 * Nothing lost, whatever comes in (issue 16), at the service level: files changed on disk, names too long,
 * device names, full/read-only/locked disks, a settings file another program holds, concurrent “另存为”,
 * oversized and malformed drafts, and where a recovered draft may be saved.
 */
import { promises as fsp, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftSchema } from '../api-schemas';
import { parseDraftFile, serializeDraft } from '../core/draft/file-format';
import { DRAFT_LIMITS } from '../core/draft/limits';
import { emptyDraft, type Draft } from '../core/draft/model';
import { DraftService, type DocxImporter } from './drafts';
import { confStoreFactory, openPrefs, type StoreFactory } from './prefs';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'gw-safety-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const noDocx: DocxImporter = async () => ({ ok: false, error: 'no docx here' });

function draft(text: string, createdAt = '2026-01-01T00:00:00.000Z'): Draft {
  const d = emptyDraft(new Date(createdAt));
  d.content[0] = { type: 'title', children: [{ text }] };
  return d;
}
const titleOf = (file: string) => {
  const r = parseDraftFile(readFileSync(file, 'utf8'));
  return r.ok ? (r.draft.content[0].children[0] as { text: string }).text : null;
};

function make(host: 'electron' | 'browser', o: { dataDir?: string; factory?: StoreFactory; importDocx?: DocxImporter } = {}) {
  const dataDir = o.dataDir ?? tmp();
  const { prefs } = openPrefs(dataDir, o.factory);
  return { dataDir, prefs, drafts: new DraftService({ dataDir, prefs, host, importDocx: o.importDocx ?? noDocx }) };
}

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('a file changed on disk since it was opened', () => {
  it('is not overwritten: CHANGED_ON_DISK with the disk’s version; overwrite keeps the other version as .bak', async () => {
    const { drafts } = make('electron');
    const f = path.join(tmp(), '讲话稿.gwdraft');
    writeFileSync(f, serializeDraft(draft('第一版')));
    const opened = await drafts.openChosen(f);
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.version).toMatch(/^[0-9a-f]{64}$/);

    // Another program (a colleague's copy over the network share, a sync tool) changes it.
    writeFileSync(f, serializeDraft(draft('别人改过的版本')));
    const r = await drafts.save(draft('我的修改'), f, { baseVersion: opened.version });
    expect(r).toMatchObject({ ok: false, code: 'CHANGED_ON_DISK', diskVersion: expect.stringMatching(/^[0-9a-f]{64}$/) });
    if (r.ok) return;
    expect(r.error).toMatch(/被其他程序修改过/);
    expect(titleOf(f)).toBe('别人改过的版本');

    // The user chose 覆盖: saved, and what was on disk is kept as the backup.
    const forced = await drafts.save(draft('我的修改'), f, { baseVersion: opened.version, overwrite: true });
    expect(forced.ok).toBe(true);
    expect(titleOf(f)).toBe('我的修改');
    expect(titleOf(f + '.bak')).toBe('别人改过的版本');

    // Saving again from the version just written needs no asking.
    if (!forced.ok) return;
    const again = await drafts.save(draft('我的第二次修改'), f, { baseVersion: forced.version });
    expect(again.ok).toBe(true);
    // So does a save with the disk's version after “compare” (the UI read the file again).
    writeFileSync(f, serializeDraft(draft('又被改了')));
    const reread = await drafts.openRecent(f);
    if (!reread.ok) throw new Error(reread.error);
    expect((await drafts.save(draft('合并后'), f, { baseVersion: reread.version })).ok).toBe(true);
  });

  it('a file deleted since it was opened is written again, with a note', async () => {
    const { drafts } = make('electron');
    const f = path.join(tmp(), '方案.gwdraft');
    const first = await drafts.saveChosen(draft('v1'), f);
    if (!first.ok) throw new Error(first.error);
    rmSync(f);
    const r = await drafts.save(draft('v2'), f, { baseVersion: first.version });
    expect(r).toMatchObject({ ok: true, warnings: [expect.stringMatching(/已被移动或删除/)] });
    expect(titleOf(f)).toBe('v2');
  });
});

describe('names', () => {
  it('a 75–77-character Chinese name saves again and again (255-byte names, with .bak and temp names)', async () => {
    const { drafts } = make('browser');
    for (const n of [75, 76, 77, 78, 100]) {
      const name = '关于深化改革'.repeat(20).slice(0, n);
      const first = await drafts.saveNew(draft(`${n}-0`), name);
      expect(first.ok, `${n} characters: ${first.ok ? '' : first.error}`).toBe(true);
      if (!first.ok) continue;
      for (let i = 1; i <= 3; i++) {
        const r = await drafts.save(draft(`${n}-${i}`), first.path);
        expect(r.ok, `${n} characters, save ${i}: ${r.ok ? '' : r.error}`).toBe(true);
      }
      expect(titleOf(first.path)).toBe(`${n}-3`);
      expect(titleOf(first.path + '.bak')).toBe(`${n}-2`);
    }
  });

  it('a name the user typed that is too long for the disk gets its own message', async () => {
    const { drafts } = make('electron');
    const r = await drafts.saveChosen(draft('x'), path.join(tmp(), '很'.repeat(90)));
    expect(r).toMatchObject({ ok: false, code: 'NAME_TOO_LONG', error: expect.stringMatching(/文件名或路径太长/) });
  });

  it('“另存为” with a Windows device name makes a file that is not a device', async () => {
    const { drafts } = make('browser');
    for (const n of ['con', 'CON.txt', 'COM¹', 'CONIN$', 'lpt1.报告']) {
      const r = await drafts.saveNew(draft(n), n);
      expect(r.ok, n).toBe(true);
      if (r.ok) expect(path.basename(r.path), n).toMatch(/^_/);
    }
  });
});

describe('concurrent “另存为” with one name', () => {
  it('never gives two saves the same file: every draft survives', async () => {
    const { drafts, dataDir } = make('browser');
    const N = 300;
    const results = await Promise.all(Array.from({ length: N }, (_, i) => drafts.saveNew(draft(`第${i}份`), '年度工作报告')));
    const paths = results.map((r) => (r.ok ? r.path : r.error));
    expect(new Set(paths).size).toBe(N);
    const files = readdirSync(path.join(dataDir, 'drafts')).filter((n) => n.endsWith('.gwdraft'));
    expect(files.length).toBe(N);
    const titles = new Set(files.map((f) => titleOf(path.join(dataDir, 'drafts', f))));
    expect(titles.size).toBe(N);
    results.forEach((r, i) => r.ok && expect(titleOf(r.path)).toBe(`第${i}份`));
  });

  it('nor do two hosts’ services on one folder (each knows nothing of the other’s names)', async () => {
    const { dataDir, drafts: a } = make('browser');
    const b = make('browser', { dataDir }).drafts;
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 ? a : b).saveNew(draft(`第${i}份`), '同名')));
    expect(new Set(results.map((r) => (r.ok ? r.path : r.error))).size).toBe(100);
    results.forEach((r, i) => r.ok && expect(titleOf(r.path)).toBe(`第${i}份`));
  });
});

describe('the disk says no', () => {
  it('disk full, read-only, locked: each its own message and code, the original untouched', async () => {
    const { drafts } = make('electron');
    const f = path.join(tmp(), '报告.gwdraft');
    const first = await drafts.saveChosen(draft('原来的'), f);
    expect(first.ok).toBe(true);
    const realOpen = fsp.open;
    for (const [code, expected, text] of [
      ['ENOSPC', 'DISK_FULL', /磁盘空间已满/],
      ['EROFS', 'READ_ONLY', /只读/],
      ['EBUSY', 'FILE_LOCKED', /正被其他程序占用/],
    ] as const) {
      // Every temp file the save tries to create fails as the disk would.
      const spy = vi.spyOn(fsp, 'open').mockImplementation(async (p, ...rest) => {
        if (String(p).endsWith('.tmp')) throw errno(code);
        return realOpen(p, ...(rest as [])) as never;
      });
      const r = await drafts.save(draft('新的'), f);
      expect(r, code).toMatchObject({ ok: false, code: expected, error: expect.stringMatching(text) });
      if (!r.ok) expect(r.error).toMatch(/原文件没有改动/);
      spy.mockRestore();
      expect(titleOf(f)).toBe('原来的');
    }
  });

  it('a file another program holds for a moment is retried, and the save succeeds', async () => {
    const { drafts } = make('electron');
    const f = path.join(tmp(), '报告.gwdraft');
    await drafts.saveChosen(draft('v1'), f);
    const realRename = fsp.rename;
    let refused = 0;
    vi.spyOn(fsp, 'rename').mockImplementation(async (a, b) => {
      if (refused < 2) {
        refused++;
        throw errno('EBUSY');
      }
      return realRename(a, b);
    });
    expect((await drafts.save(draft('v2'), f)).ok).toBe(true);
    expect(refused).toBe(2);
    expect(titleOf(f)).toBe('v2');
  });

  it('autosave on a full disk says so (not “操作失败，请重启程序”)', async () => {
    const { drafts } = make('electron');
    vi.spyOn(fsp, 'open').mockRejectedValue(errno('ENOSPC'));
    await expect(drafts.recovery.autosave(draft('x'), null)).rejects.toMatchObject({ code: 'DISK_FULL', message: expect.stringMatching(/^自动保存失败：磁盘空间已满/) });
  });
});

describe('the recent list and settings are a side matter', () => {
  /** conf, but every write of settings.json fails as when antivirus or a backup tool holds it. */
  const lockedOnWrite: StoreFactory = (o) => {
    const s = confStoreFactory(o);
    return {
      get: (k) => s.get(k),
      set: () => {
        throw errno('EBUSY');
      },
      path: s.path,
    };
  };

  it('a locked settings.json does not turn a successful save into a failure, and a retry adds no copy', async () => {
    const { drafts, dataDir } = make('browser', { factory: lockedOnWrite });
    const r = await drafts.saveNew(draft('要保存的稿子'), '报告');
    expect(r).toMatchObject({ ok: true, warnings: [expect.stringMatching(/最近文件.*正被其他程序占用/)] });
    if (!r.ok) return;
    expect(titleOf(r.path)).toBe('要保存的稿子');
    // The UI saw success: the next Ctrl+S goes to the same file.
    expect((await drafts.save(draft('再改一点'), r.path)).ok).toBe(true);
    expect(readdirSync(path.join(dataDir, 'drafts')).filter((n) => n.endsWith('.gwdraft'))).toEqual(['报告.gwdraft']);
  });

  it('a settings.json that cannot even be read does not stop opening or saving', async () => {
    const unreadable: StoreFactory = (o) => {
      const s = confStoreFactory(o);
      let reads = 0;
      return {
        get: (k) => {
          if (reads++ > 2) throw errno('EBUSY');
          return s.get(k);
        },
        set: (k, v) => s.set(k, v),
        path: s.path,
      };
    };
    const { drafts } = make('electron', { factory: unreadable });
    const f = path.join(tmp(), 'a.gwdraft');
    expect((await drafts.saveChosen(draft('a'), f)).ok).toBe(true);
    expect((await drafts.openRecent(f)).ok).toBe(true);
    expect((await drafts.save(draft('b'), f)).ok).toBe(true);
  });

  it('opening a recent draft on a full disk works (the recent list just is not updated)', async () => {
    const full: StoreFactory = (o) => {
      const s = confStoreFactory(o);
      return { get: (k) => s.get(k), set: () => void (() => { throw errno('ENOSPC'); })(), path: s.path };
    };
    const { drafts } = make('electron', { factory: full });
    const f = path.join(tmp(), 'a.gwdraft');
    writeFileSync(f, serializeDraft(draft('在满盘上打开')));
    const r = await drafts.openChosen(f);
    expect(r).toMatchObject({ ok: true, warnings: [expect.stringMatching(/最近文件.*磁盘空间已满/)] });
  });
});

describe('whatever comes in opens, and what opens can be saved', () => {
  it('a .docx with more than the block limit opens shortened, with a message, and can be saved (as a new draft)', async () => {
    const huge: DocxImporter = async () => {
      const d = emptyDraft(new Date('2026-01-01T00:00:00Z'));
      d.content = Array.from({ length: DRAFT_LIMITS.blocks + 5 }, (_, i) => ({ type: 'paragraph' as const, children: [{ text: `第${i}段` }] }));
      return { ok: true, draft: d, warnings: [] };
    };
    const { drafts } = make('electron', { importDocx: huge });
    const f = path.join(tmp(), '超长.docx');
    writeFileSync(f, 'PK');
    const r = await drafts.openChosen(f);
    if (!r.ok) throw new Error(r.error);
    expect(r.draft.content.length).toBe(DRAFT_LIMITS.blocks);
    expect(r.warnings.join()).toMatch(/超过 100,000 段的上限.*原文件没有改动/);
    expect(r.path).toBe(null);
    expect(draftSchema.safeParse(r.draft).success).toBe(true); // the save call's argument check passes
    const saved = await drafts.saveChosen(r.draft, path.join(tmp(), '超长'));
    expect(saved.ok).toBe(true);
  });

  it('children: [] in a .gwdraft opens, mended', async () => {
    const { drafts } = make('browser');
    const d = draft('标题');
    d.content.push({ type: 'paragraph', children: [] }, { type: 'paragraph', children: [{ type: 'placeholder', label: '年份', children: [] }] });
    const r = await drafts.parse({ name: '空段落.gwdraft', bytes: new TextEncoder().encode(serializeDraft(d)) });
    if (!r.ok) throw new Error(r.error);
    expect(r.draft.content.at(-2)!.children).toEqual([{ text: '' }]);
    expect(r.draft.content.at(-1)!.children).toContainEqual({ type: 'placeholder', label: '年份', children: [{ text: '' }] });
    expect(draftSchema.safeParse(r.draft).success).toBe(true);
  });

  it('a .gwdraft another editor wrote (unknown keys, U+FFFF) opens mended, and saves; garbage and newer formats are still refused', async () => {
    const { drafts } = make('electron');
    const f = path.join(tmp(), '别的编辑器.gwdraft');
    const foreign = {
      format: 'gongwen-draft',
      version: 1,
      draft: { meta: { createdAt: '2026-01-01T00:00:00Z', updatedAt: 'x', theme: 'dark' }, content: [{ type: 'paragraph', align: 'center', children: [{ text: '正文\uffff', italic: true }] }] },
    };
    writeFileSync(f, JSON.stringify(foreign));
    const r = await drafts.openChosen(f);
    if (!r.ok) throw new Error(r.error);
    expect(r.draft.content).toEqual([{ type: 'paragraph', children: [{ text: '正文' }] }]);
    expect(r.warnings.join()).toMatch(/已修复后打开/);
    expect(r.path).toBe(f);
    expect((await drafts.save(r.draft, f, { baseVersion: r.version })).ok).toBe(true);
    for (const [text, code] of [
      ['{"format":"gongwen-draft","version":9,"draft":{}}', 'NEWER_FORMAT'],
      ['{"format":"other","version":1,"draft":{}}', 'INVALID_FILE'],
      ['{"format":"gongwen-draft","version":1,"draft":"x"}', 'INVALID_FILE'],
    ] as const) {
      expect(await drafts.parse({ name: 'x.gwdraft', bytes: new TextEncoder().encode(text) }), text).toMatchObject({ ok: false, code });
    }
  });
});

describe('where a recovered draft may be saved', () => {
  function writeRecovery(dataDir: string, p: string | null) {
    writeFileSync(path.join(dataDir, 'recovery.json'), JSON.stringify({ format: 'gongwen-draft', version: 1, draft: draft('恢复的'), recovery: { path: p, savedAt: '2026-01-01T00:00:00Z' } }));
  }

  it('a path in a recovery file is not a save target unless it is a .gwdraft (and, in the browser host, in its drafts folder)', async () => {
    const home = tmp();
    const victim = path.join(home, '.bashrc');
    writeFileSync(victim, 'export PATH=...');
    for (const [host, p, kept] of [
      ['electron', victim, false],
      ['electron', path.join(home, 'notes.txt'), false],
      ['electron', 'relative/报告.gwdraft', false],
      ['electron', path.join(home, '报告.gwdraft'), true],
      ['browser', path.join(home, '报告.gwdraft'), false],
    ] as const) {
      const { drafts, dataDir } = make(host);
      writeRecovery(dataDir, p);
      await drafts.init();
      const rec = await drafts.recovery.newest();
      expect(rec?.path, `${host} ${p}`).toBe(kept ? p : null);
      const s = await drafts.save(draft('覆盖'), p);
      expect(s.ok, `${host} ${p}`).toBe(kept);
    }
    expect(readFileSync(victim, 'utf8')).toBe('export PATH=...');
  });

  it('only .gwdraft files are ever written, even from the recent list', async () => {
    const { drafts, prefs } = make('electron');
    const other = path.join(tmp(), 'notes.txt');
    writeFileSync(other, '原样');
    prefs.addRecent(other, 'notes');
    expect(await drafts.save(draft('x'), other)).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
    expect(readFileSync(other, 'utf8')).toBe('原样');
    expect(existsSync(other + '.bak')).toBe(false);
  });
});
