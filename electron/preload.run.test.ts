/** Runs the bundled preload against the recording electron stand-in: one exposed object, forwarding everything. */
import { bundleWithFakeElectron } from './test-support/bundle-with-fake-electron';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_METHODS } from './api';

interface Rec {
  exposed?: Record<string, Record<string, unknown>>;
  invoked?: unknown[][];
  ipcReply?: (ch: string, args: unknown[]) => unknown;
}
let tmp: string;
let rec: Rec;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gw-preload-'));
  const out = path.join(tmp, 'preload.js');
  await bundleWithFakeElectron(path.join(__dirname, 'preload.ts'), out);
  createRequire(import.meta.url)(out);
  rec = (globalThis as unknown as { __fakeElectron: Rec }).__fakeElectron;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('bundled preload', () => {
  it('exposes exactly one object, gongwenHost, with every HostApi method and kind electron', () => {
    expect(Object.keys(rec.exposed ?? {})).toEqual(['gongwenHost']);
    const api = rec.exposed!.gongwenHost;
    expect(api.kind).toBe('electron');
    const fns = Object.keys(api).filter((k) => typeof api[k] === 'function').sort();
    expect(fns).toEqual([...SERVICE_METHODS, 'pickAndOpen', 'saveAs', 'exportDocxToUser', 'exportPdfToUser', 'pickAndImportCorpus', 'pickAndStartCorpusImport', 'takeOpenRequests', 'onOpenRequest'].sort());
  });

  it('forwards calls on the method’s channel and turns error envelopes into Chinese errors', async () => {
    const api = rec.exposed!.gongwenHost as Record<string, (...a: unknown[]) => Promise<unknown>>;
    rec.ipcReply = (ch) => (ch === 'prefsGet' ? { ok: true, result: { settings: 1 } } : { ok: false, error: '拒绝访问：调用来源不符', code: 'FORBIDDEN' });
    expect(await api.prefsGet()).toEqual({ settings: 1 });
    // A plain object, not an Error: an Error crossing contextBridge would keep only its message, not the code.
    await expect(api.draftSave({ d: 1 }, '/x')).rejects.toEqual({ name: 'HostError', message: '拒绝访问：调用来源不符', code: 'FORBIDDEN' });
    await api.saveAs({ d: 2 }, '名').catch(() => {});
    expect(rec.invoked!.slice(-3)).toEqual([['prefsGet'], ['draftSave', { d: 1 }, '/x'], ['dialog:saveAs', { d: 2 }, '名']]);
  });

  it('tells the page when the OS asks to open a file, without handing it the IPC event; unsubscribes', async () => {
    const api = rec.exposed!.gongwenHost as Record<string, (...a: unknown[]) => unknown>;
    const ipc = (rec as unknown as { ipcRenderer: { emit(ch: string): void } }).ipcRenderer;
    const calls: unknown[][] = [];
    const off = api.onOpenRequest((...a: unknown[]) => calls.push(a)) as () => void;
    ipc.emit('host:openRequest');
    expect(calls).toEqual([[]]);
    off();
    ipc.emit('host:openRequest');
    expect(calls).toHaveLength(1);
    rec.ipcReply = () => ({ ok: true, result: [] });
    expect(await api.takeOpenRequests()).toEqual([]);
    expect(rec.invoked!.at(-1)).toEqual(['host:takeOpenRequests']);
  });
});
