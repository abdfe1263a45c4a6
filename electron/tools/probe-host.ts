/**
 * `npx tsx electron/tools/probe-host.ts [--rounds N]` (after `npm run build`): the issue-16 probe of the browser
 * host, re-run against the real process on a fresh data directory. Prints the figures:
 * - calls with wrong argument types: how many, answered how (a 5xx or a non-JSON answer is a failure);
 * - 1,000 concurrent calls, all answered;
 * - 1,000 concurrent “另存为” with one name: distinct files, drafts lost;
 * - a second host on the same data directory: refused, favourite changes lost;
 * - SIGKILL during saves and autosaves, N rounds: rounds survived (draft, .bak and every recovery copy whole),
 *   acknowledged text lost.
 * Exits non-zero if any figure is a failure. Seeded, so a failing round reproduces.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { SERVICE_METHODS } from '../api';
import { parseDraftFile } from '../core/draft/file-format';
import { emptyDraft, type Draft } from '../core/draft/model';
import { rng } from '../../bench/rng';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'host', 'server.js');
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 25;
const random = rng(20261616);
const failures: string[] = [];
const fig = (line: string) => console.log('  ' + line);

interface Host {
  proc: ChildProcess;
  url: string;
  origin: string;
  token: string;
}

function startHost(dataDir: string): Promise<Host | { exitCode: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [SERVER, '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let done = false;
    const timer = setTimeout(() => reject(new Error('host did not start in 30 s\n' + err)), 30_000);
    proc.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /GONGWEN_HOST_URL=(\S+)/.exec(out);
      if (m && !done) {
        done = true;
        clearTimeout(timer);
        const u = new URL(m[1]);
        // A second host prints the first one's line and exits: tell the caller which it was.
        setTimeout(() => resolve(proc.exitCode === null ? { proc, url: m[1], origin: u.origin, token: /token=([^&]+)/.exec(u.hash)![1] } : { exitCode: proc.exitCode, out, err }), 300);
      }
    });
    proc.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
    proc.on('exit', (code) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ exitCode: code, out, err });
    });
  });
}

const isHost = (h: Awaited<ReturnType<typeof startHost>>): h is Host => 'token' in h;
const exited = (p: ChildProcess) => new Promise<void>((r) => (p.exitCode !== null || p.signalCode !== null ? r() : p.once('exit', () => r())));

/** One call on a connection of its own (no keep-alive reuse, whose close races are the client's, not the host's). */
function call(h: Host, method: string, args: unknown, session?: string): Promise<{ status: number; body: { result?: unknown; error?: string; code?: string } | null }> {
  const data = Buffer.from(JSON.stringify(args));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: Number(new URL(h.origin).port),
        method: 'POST',
        path: `/api/${method}`,
        agent: false,
        headers: { 'Content-Type': 'application/json', 'Content-Length': data.length, 'X-Gongwen-Token': h.token, ...(session ? { 'X-Gongwen-Session': session } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          let body = null;
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            /* counted by the caller */
          }
          resolve({ status: res.statusCode ?? 0, body });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

function draftOf(text: string, createdAt = '2026-01-01T00:00:00.000Z'): Draft {
  const d = emptyDraft(new Date(createdAt));
  d.content = [
    { type: 'title', children: [{ text: '崩溃演练稿' }] },
    ...Array.from({ length: 200 }, (_, i) => ({ type: 'paragraph' as const, children: [{ text: `${text}·第${i}段：深入实施职工经济技术创新工程，广泛开展各项职工科技和经济技术创新活动。` }] })),
  ];
  return d;
}
const versionIn = (d: Draft) => Number(/^v(\d+)·/.exec((d.content[1]?.children[0] as { text: string })?.text ?? '')?.[1] ?? -1);

async function wrongTypes(h: Host): Promise<void> {
  const hostile: unknown[] = [null, 0, -1, 1e308, 'x', '', '\u0000', 'a'.repeat(5000), true, {}, [], [[[[[]]]]], { $bytes: 'AAAA' }, { $bytes: '%%%' }, { __proto__: { x: 1 } }, { meta: {}, content: 'x' }, { meta: { createdAt: 1 }, content: [] }, { type: 'paragraph', children: [{ text: 1 }] }];
  const statuses = new Map<number, number>();
  let calls = 0;
  let bad = 0;
  for (const m of SERVICE_METHODS) {
    const lists: unknown[][] = [[], ...hostile.map((v) => [v]), ...hostile.map((v) => [v, v]), ...hostile.map((v) => [v, 'x', v])];
    for (const args of lists) {
      // A few methods accept no arguments at all, so [] is a correct call for them; everything else is wrong.
      const r = await call(h, m, args);
      calls++;
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      if (r.status >= 500 || r.body === null || (r.status !== 200 && (typeof r.body.error !== 'string' || typeof r.body.code !== 'string'))) bad++;
    }
    // Not the whole JSON body an array: refused too.
    const r = await call(h, m, { not: 'an array' });
    calls++;
    statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    if (r.status >= 500 || r.body === null) bad++;
  }
  fig(`wrong argument types: ${calls} calls, answers ${[...statuses].sort().map(([s, n]) => `${s}×${n}`).join(' ')}; 5xx or without {error, code}: ${bad}`);
  if (bad) failures.push('wrong argument types answered with a 5xx or without {error, code}');
}

async function concurrent(h: Host, dataDir: string): Promise<void> {
  const t0 = Date.now();
  const all = await Promise.all(Array.from({ length: 1000 }, (_, i) => call(h, i % 2 ? 'prefsGet' : 'draftRecent', [])));
  const ok = all.filter((r) => r.status === 200).length;
  fig(`1,000 concurrent calls: ${ok} answered 200 in ${Date.now() - t0} ms`);
  if (ok !== 1000) failures.push('concurrent calls not all answered');

  const t1 = Date.now();
  const saves = await Promise.all(Array.from({ length: 1000 }, (_, i) => call(h, 'draftSaveNew', [draftOf(`另存为${i}`), '同名草稿'])));
  const paths = new Set(saves.map((r) => (r.body?.result as { path?: string } | undefined)?.path).filter(Boolean));
  const files = readdirSync(path.join(dataDir, 'drafts')).filter((f) => f.startsWith('同名草稿') && f.endsWith('.gwdraft'));
  const texts = new Set(files.map((f) => (parseDraftFile(readFileSync(path.join(dataDir, 'drafts', f), 'utf8')) as { draft: Draft }).draft.content[1].children[0]).map((c) => (c as { text: string }).text));
  const lost = 1000 - texts.size;
  fig(`1,000 concurrent “另存为” with one name: ${paths.size} distinct paths, ${files.length} files, drafts lost ${lost} (${Date.now() - t1} ms)`);
  if (paths.size !== 1000 || lost) failures.push('concurrent 另存为 lost drafts');
}

async function twoHosts(h: Host, dataDir: string): Promise<void> {
  const second = await startHost(dataDir);
  const refused = !isHost(second);
  if (isHost(second)) second.proc.kill('SIGKILL');
  const ids = Array.from({ length: 500 }, (_, i) => `fav-${i}`);
  await Promise.all(ids.map((id) => call(h, 'prefsToggleFavourite', [id])));
  const favs = ((await call(h, 'prefsGet', [])).body?.result as { favourites: string[] }).favourites;
  const lost = ids.filter((id) => !favs.includes(id)).length;
  fig(`second host on the same data directory: ${refused ? `refused (exit ${(second as { exitCode: number | null }).exitCode}, sent to the first)` : 'STARTED'}; favourite changes lost ${lost}/500`);
  if (!refused || lost) failures.push('two hosts on one data directory');
}

async function killLoop(dataDir: string): Promise<void> {
  let survived = 0;
  let lostText = 0;
  let lastAckSave = -1;
  let lastAckAuto = -1;
  let target: string | null = null;
  let v = 0;
  for (let round = 1; round <= rounds; round++) {
    const h = await startHost(dataDir);
    if (!isHost(h)) throw new Error('host did not start: ' + h.err);
    const tab = `probe-tab-${String(round).padStart(6, '0')}-xxxxxxxx`;
    if (!target) {
      const r = await call(h, 'draftSaveNew', [draftOf(`v${v}`), '崩溃演练稿'], tab);
      target = (r.body!.result as { path: string }).path;
      lastAckSave = v;
    }
    // Ctrl+S and the autosave timer, as fast as the host answers, until the power goes.
    let stop = false;
    const saver = (async () => {
      while (!stop) {
        const mine = ++v;
        const r = await call(h, 'draftSave', [draftOf(`v${mine}`), target], tab).catch(() => null);
        if (r?.status === 200 && (r.body?.result as { ok?: boolean })?.ok) lastAckSave = Math.max(lastAckSave, mine);
      }
    })();
    const autosaver = (async () => {
      while (!stop) {
        const mine = ++v;
        const r = await call(h, 'draftAutosave', [draftOf(`v${mine}`), target], tab).catch(() => null);
        if (r?.status === 200) lastAckAuto = Math.max(lastAckAuto, mine);
      }
    })();
    await new Promise((r) => setTimeout(r, 30 + Math.floor(random() * 400)));
    h.proc.kill('SIGKILL');
    stop = true;
    await exited(h.proc);
    await Promise.all([saver, autosaver]);

    // On disk: the draft, its backup and every recovery copy whole; the newest acknowledged text somewhere.
    let whole = true;
    const versions: number[] = [];
    let copies: string[] = [];
    try {
      // Temp files of a killed write are not copies (the next start removes them).
      copies = readdirSync(path.join(dataDir, 'recovery'))
        .filter((n) => n.endsWith('.json'))
        .map((n) => path.join(dataDir, 'recovery', n));
    } catch {
      /* no autosave finished yet */
    }
    for (const f of [target, target + '.bak', ...copies]) {
      let text = '';
      try {
        text = readFileSync(f, 'utf8');
      } catch {
        if (f.endsWith('.bak')) continue;
        whole = false;
        continue;
      }
      const p = parseDraftFile(text);
      if (!p.ok) {
        whole = false;
        console.log(`    round ${round}: ${f} is not whole: ${p.error}`);
      }
      else versions.push(versionIn(p.draft));
    }
    const newestAck = Math.max(lastAckSave, lastAckAuto);
    const kept = Math.max(...versions);
    if (whole) survived++;
    if (kept < newestAck) lostText++;
  }
  fig(`SIGKILL during saves and autosaves: ${survived}/${rounds} rounds with draft, .bak and every recovery copy whole; rounds that lost acknowledged text: ${lostText}`);
  if (survived !== rounds || lostText) failures.push('SIGKILL loop');
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gw-probe-'));
  let h: Host | null = null;
  try {
    console.log(`probe of the browser host (${SERVER}), data directory ${dataDir}`);
    const started = await startHost(dataDir);
    if (!isHost(started)) throw new Error('host did not start: ' + started.err);
    h = started;
    await wrongTypes(h);
    await concurrent(h, dataDir);
    await twoHosts(h, dataDir);
    h.proc.kill('SIGTERM');
    await exited(h.proc);
    await killLoop(dataDir);
  } catch (e) {
    failures.push(String((e as Error)?.stack ?? e) + " cause: " + String((e as { cause?: unknown })?.cause));
  } finally {
    if (h) {
      h.proc.kill('SIGKILL');
      await exited(h.proc);
    }
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
  }
  if (failures.length) {
    console.log('FAILED: ' + failures.join('; '));
    process.exit(1);
  }
  console.log('all figures as they should be');
}

void main();
