import http from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDraftFile } from '../core/draft/file-format';
import { emptyDraft } from '../core/draft/model';
import { realEngines } from '../services/engines';
import { createServices } from '../services/services';
import { startServer, type RunningServer } from './server';
import { fromWire, toWire } from './wire';

const ROOT = path.resolve(__dirname, '..', '..');
let dataDir: string;
let rendererDir: string;
let srv: RunningServer;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'gw-server-'));
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'gw-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>公文起草助手</title><script src="main.js"></script>');
  writeFileSync(path.join(rendererDir, 'main.js'), 'console.log(1)');
  writeFileSync(path.join(dataDir, 'secret.txt'), 'secret');
  const services = await createServices({ dataDir, assetsDir: path.join(ROOT, 'assets'), host: 'browser', version: 'test', ...realEngines });
  srv = await startServer({ api: services.api, apiFor: services.apiFor, rendererDir, port: 0 });
});
afterAll(async () => {
  await srv?.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(rendererDir, { recursive: true, force: true });
});

/** Raw request so the Host header can be forged (fetch does not allow that). */
function request(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string; noHost?: boolean }): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: srv.port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers, setHost: !opts.noHost, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

async function api(method: string, args: unknown[], token = srv.token, session?: string): Promise<{ status: number; json: { result?: unknown; error?: string; code?: string } }> {
  const r = await fetch(`http://127.0.0.1:${srv.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Gongwen-Token': token, ...(session ? { 'X-Gongwen-Session': session } : {}) },
    body: JSON.stringify(toWire(args)),
  });
  return { status: r.status, json: (await r.json()) as { result?: unknown; error?: string } };
}

describe('browser host server', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token in the fragment', () => {
    const addr = srv.server.address();
    expect(addr && typeof addr === 'object' && addr.address).toBe('127.0.0.1');
    expect(srv.url).toBe(`http://127.0.0.1:${srv.port}/#token=${srv.token}`);
    expect(srv.token.length).toBeGreaterThanOrEqual(40);
  });

  it('is not reachable on other interfaces', async () => {
    const other = Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!other) return; // a machine with only loopback has nothing else to try
    await expect(fetch(`http://${other.address}:${srv.port}/`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
  });

  it('refuses API calls without or with a wrong token (403)', async () => {
    const none = await request({ method: 'POST', path: '/api/prefsGet', headers: { 'Content-Type': 'application/json', Host: `127.0.0.1:${srv.port}` }, body: '[]' });
    expect(none.status).toBe(403);
    expect(JSON.parse(none.body).error).toMatch(/令牌/);
    const wrong = await api('prefsGet', [], srv.token.slice(0, -1) + (srv.token.endsWith('A') ? 'B' : 'A'));
    expect(wrong.status).toBe(403);
    const short = await api('prefsGet', [], 'x');
    expect(short.status).toBe(403);
    expect((await api('prefsGet', [])).status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    for (const host of ['evil.example', `evil.example:${srv.port}`, `127.0.0.1:${srv.port + 1}`, `127.0.0.1.evil.example:${srv.port}`, null]) {
      const h: Record<string, string> = host === null ? {} : { Host: host };
      const r = await request({ method: 'POST', path: '/api/prefsGet', headers: { ...h, 'X-Gongwen-Token': srv.token }, body: '[]', noHost: host === null });
      // Without any Host header Node's HTTP parser already answers 400.
      expect(host === null ? [400, 403] : [403], String(host)).toContain(r.status);
      const page = await request({ path: '/', headers: h, noHost: host === null });
      expect(host === null ? [400, 403] : [403], String(host)).toContain(page.status);
    }
    const ok = await request({ path: '/', headers: { Host: `localhost:${srv.port}` } });
    expect(ok.status).toBe(200);
  });

  it('refuses a cross-origin call that somehow carries the token', async () => {
    const r = await request({ method: 'POST', path: '/api/prefsGet', headers: { Host: `127.0.0.1:${srv.port}`, Origin: 'http://evil.example', 'X-Gongwen-Token': srv.token }, body: '[]' });
    expect(r.status).toBe(403);
  });

  it('serves the renderer with the strict CSP, and nothing outside it', async () => {
    const r = await fetch(`http://127.0.0.1:${srv.port}/`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    const csp = r.headers.get('content-security-policy') ?? '';
    for (const d of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-src 'none'", "connect-src 'self'"]) expect(csp).toContain(d);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(await r.text()).toContain('公文起草助手');
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', `/${path.basename(dataDir)}/secret.txt`]) {
      const x = await request({ path: p, headers: { Host: `127.0.0.1:${srv.port}` } });
      expect(x.status, p).toBe(404);
      expect(x.body).not.toContain('secret');
    }
  });

  it('rejects invalid arguments and unknown methods with Chinese errors', async () => {
    const bad = await api('prefsSetSettings', [{ speechRate: 'fast' }]);
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/^参数无效/);
    const extra = await api('draftSave', [{ meta: {}, content: [] }, '/tmp/x.gwdraft']);
    expect(extra.status).toBe(400);
    const unknown = await api('eval', []);
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toMatch(/未知的接口/);
    const notJson = await request({ method: 'POST', path: '/api/prefsGet', headers: { Host: `127.0.0.1:${srv.port}`, 'X-Gongwen-Token': srv.token }, body: '{' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error).toMatch(/JSON/);
    const get = await request({ path: '/api/prefsGet', headers: { Host: `127.0.0.1:${srv.port}`, 'X-Gongwen-Token': srv.token } });
    expect(get.status).toBe(405);
  });

  it('refuses oversized bodies', async () => {
    const r = await request({ method: 'POST', path: '/api/prefsGet', headers: { Host: `127.0.0.1:${srv.port}`, 'X-Gongwen-Token': srv.token, 'Content-Length': String(1024 ** 3) } });
    expect(r.status).toBe(413);
  });

  it('round-trips draftSaveNew → draftRecent → draftSave → draftOpenRecent over HTTP', async () => {
    const d = emptyDraft(new Date('2026-01-01T00:00:00Z'));
    d.content[0] = { type: 'title', children: [{ text: '关于开展专项整治的实施方案' }] };
    const saved = await api('draftSaveNew', [d, '实施方案']);
    expect(saved.status).toBe(200);
    const s = saved.json.result as { ok: true; path: string; name: string; version: string };
    expect(s).toEqual({ ok: true, path: path.join(dataDir, 'drafts', '实施方案.gwdraft'), name: '实施方案', version: expect.stringMatching(/^[0-9a-f]{64}$/), warnings: [] });
    expect(parseDraftFile(readFileSync(s.path, 'utf8')).ok).toBe(true);

    const recent = (await api('draftRecent', [])).json.result as { path: string }[];
    expect(recent.map((r) => r.path)).toEqual([s.path]);

    d.content.push({ type: 'paragraph', children: [{ text: '第二段。' }] });
    const again = (await api('draftSave', [d, s.path, { baseVersion: s.version }])).json.result as typeof s;
    expect(again).toEqual({ ...s, version: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(again.version).not.toBe(s.version);
    const opened = (await api('draftOpenRecent', [s.path])).json.result as { ok: boolean; draft: unknown; path: string };
    expect(opened).toEqual({ ok: true, draft: d, path: s.path, name: '实施方案', warnings: [], version: again.version, openElsewhere: false });

    // Paths outside the drafts folder stay out of reach.
    const secret = await api('draftOpenRecent', [path.join(dataDir, 'secret.txt')]);
    expect(secret.json.result).toMatchObject({ ok: false });
    const overwrite = await api('draftSave', [d, path.join(dataDir, 'settings.json')]);
    expect(overwrite.json.result).toMatchObject({ ok: false });
  });

  it('carries bytes both ways: docx export and re-import through draftParse', async () => {
    const d = emptyDraft(new Date('2026-01-01T00:00:00Z'));
    d.content = [
      { type: 'title', children: [{ text: '2025年工作总结' }] },
      { type: 'heading', level: 1, children: [{ text: '主要成绩' }] },
      { type: 'paragraph', children: [{ text: '全年完成各项任务。' }] },
    ];
    const r = await api('docxExport', [d, { highlightIssues: false }]);
    expect(r.status).toBe(200);
    const bytes = fromWire(r.json.result) as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
    const back = await api('draftParse', [{ name: '总结.docx', bytes }]);
    const res = back.json.result as { ok: boolean; draft: { content: { type: string }[] }; name: string };
    expect(res.ok).toBe(true);
    expect(res.name).toBe('总结');
    expect(res.draft.content.map((b) => b.type)).toEqual(['title', 'heading', 'paragraph']);
  });

  it('corpusData returns the seed’s five documents, and an import adds one', async () => {
    const r = await api('corpusData', []);
    expect(r.status).toBe(200);
    const data = r.json.result as { summary: { documents: { builtIn: boolean; fileName: string }[] }; skeletons: unknown[]; phrases: unknown[]; sections: unknown[]; texts: unknown[] };
    expect(data.summary.documents.length).toBe(5);
    expect(data.summary.documents.every((x) => x.builtIn)).toBe(true);
    expect(data.skeletons.length).toBeGreaterThan(0);
    expect(data.phrases.length).toBeGreaterThan(0);
    expect(data.texts.length).toBe(5);

    const seed = readFileSync(path.join(ROOT, 'assets', 'seed-reports.txt'), 'utf8');
    const second = seed.split(/^第\d+篇[:：].*$/m)[2];
    const gbk = Buffer.from(await new Response(new Blob([second])).arrayBuffer()); // UTF-8 copy of report 2
    const imp = await api('corpusImport', [[{ name: '我的报告.txt', bytes: new Uint8Array(gbk) }, { name: 'x.pdf', bytes: new Uint8Array([1]) }]]);
    expect(imp.status).toBe(200);
    const ir = imp.json.result as { imported: number; issues: { file: string; message: string }[] };
    expect(ir.imported).toBe(1);
    expect(ir.issues.map((i) => i.file)).toEqual(['x.pdf']);
    const after = (await api('corpusData', [])).json.result as typeof data;
    expect(after.summary.documents.length).toBe(6);
    expect(after.summary.documents.filter((x) => !x.builtIn).map((x) => x.fileName)).toEqual(['我的报告.txt']);
    await api('corpusReset', []);
    expect(((await api('corpusData', [])).json.result as typeof data).summary.documents.length).toBe(5);
  });

  it('archive queries and acts: validated like every call, Chinese errors for what is not there, omitted arguments sent as null', async () => {
    expect((await api('corpusSkeletons', [null])).status).toBe(200);
    expect(((await api('corpusSkeletons', ['plan'])).json.result as { genre: string }[]).map((s) => s.genre)).toEqual(['plan']);
    const page = await api('corpusPhrases', [{ query: '职工', limit: 3 }]);
    expect(page.status).toBe(200);
    expect(page.json.result).toMatchObject({ total: expect.any(Number) });
    for (const [m, args] of [
      ['corpusPhrases', [{ limit: 100_000 }]],
      ['corpusPhrases', [{ query: 3 }]],
      ['corpusSections', [{ near: 'x'.repeat(6000) }]],
      ['corpusDocuments', [{ sort: 'size' }]],
      ['corpusRemove', [[]]],
      ['corpusSetCorrections', ['seed-reports.txt#2', { genre: 'poem' }]],
      ['corpusReuse', ['一句话']],
    ] as const) {
      const r = await api(m, [...args]);
      expect(r.status, m).toBe(400);
      expect(r.json.error).toMatch(/^参数无效/);
    }
    const missing = await api('corpusDocument', ['no-such#1']);
    expect(missing).toEqual({ status: 400, json: { error: '找不到该文档（可能已被移除）', code: 'NOT_FOUND' } });
    expect((await api('corpusImportStatus', ['no-such-job'])).json.error).toMatch(/找不到该导入任务/);
    expect((await api('corpusRemove', [['seed-reports.txt#1']])).json.error).toMatch(/内置语料不能移除/);
  });

  it('以往年材料为底稿 and 往年怎么写 over HTTP: a picked file’s bytes in, a draft and its summary out; arguments validated', async () => {
    const seed = readFileSync(path.join(ROOT, 'assets', 'seed-reports.txt'), 'utf8');
    const report = new TextEncoder().encode(seed.split(/^第\d+篇[:：].*$/m)[2]);
    const made = await api('draftFromPast', [{ file: { name: '去年的报告.txt', bytes: report } }, { targetYear: 2027, scaffold: true }]);
    expect(made.status).toBe(200);
    const r = made.json.result as { ok: boolean; draft: { meta: { reportYear?: number; fromPast?: unknown } }; summary: { scaffold: { tasks: string[] } | null } };
    expect(r.ok).toBe(true);
    expect(r.draft.meta.reportYear).toBe(2027);
    expect(r.summary.scaffold?.tasks.length).toBeGreaterThan(0);
    expect((await api('draftFromPast', [{ docId: 'no-such#1' }])).json.result).toEqual({ ok: false, error: '找不到该文档（可能已被移除）', code: 'NOT_FOUND' });
    const passages = await api('pastPassages', ['加强劳动关系协调', null]);
    expect(passages.status).toBe(200);
    expect((passages.json.result as { passage: { docTitle: string } }[])[0].passage.docTitle).toBeTruthy();
    for (const args of [
      ['draftFromPast', [{ docId: 'x', file: { name: 'a.txt', bytes: report } }]],
      ['draftFromPast', [{ docId: 'seed-reports.txt#2' }, { targetYear: 20027 }]],
      ['pastPassages', ['x'.repeat(6000)]],
      ['pastPassages', ['民生', { limit: 1000 }]],
    ] as const) {
      const bad = await api(args[0], [...args[1]]);
      expect(bad.status, JSON.stringify(args[1]).slice(0, 60)).toBe(400);
      expect(bad.json.error).toMatch(/^参数无效/);
    }
  });

  it('every failed call answers JSON with the Chinese message and a machine-readable code', async () => {
    const H = { Host: `127.0.0.1:${srv.port}` };
    const raw = async (o: Parameters<typeof request>[0]) => {
      const r = await request(o);
      return { status: r.status, json: JSON.parse(r.body) as { error: string; code: string }, type: r.headers['content-type'] };
    };
    const cases: [string, () => Promise<{ status: number; json: { error?: string; code?: string }; type?: string }>, number, string][] = [
      ['no token', () => raw({ method: 'POST', path: '/api/prefsGet', headers: H, body: '[]' }), 403, 'FORBIDDEN'],
      ['foreign origin', () => raw({ method: 'POST', path: '/api/prefsGet', headers: { ...H, Origin: 'http://evil.example', 'X-Gongwen-Token': srv.token }, body: '[]' }), 403, 'FORBIDDEN'],
      ['foreign host', () => raw({ method: 'POST', path: '/api/prefsGet', headers: { Host: 'evil.example', 'X-Gongwen-Token': srv.token }, body: '[]' }), 403, 'FORBIDDEN'],
      ['GET', () => raw({ path: '/api/prefsGet', headers: { ...H, 'X-Gongwen-Token': srv.token } }), 405, 'BAD_REQUEST'],
      ['unknown method', () => api('eval', []), 404, 'UNKNOWN_METHOD'],
      ['not JSON', () => raw({ method: 'POST', path: '/api/prefsGet', headers: { ...H, 'X-Gongwen-Token': srv.token }, body: '{' }), 400, 'BAD_REQUEST'],
      ['bad base64', () => raw({ method: 'POST', path: '/api/draftParse', headers: { ...H, 'X-Gongwen-Token': srv.token }, body: '[{"name":"a","bytes":{"$bytes":"%%%"}}]' }), 400, 'BAD_REQUEST'],
      ['invalid arguments', () => api('prefsSetSettings', [{ speechRate: 'fast' }]), 400, 'INVALID_ARGUMENT'],
      ['bad page id', () => api('prefsGet', [], srv.token, 'x'), 400, 'BAD_REQUEST'],
      ['too large', () => raw({ method: 'POST', path: '/api/prefsGet', headers: { ...H, 'X-Gongwen-Token': srv.token, 'Content-Length': String(1024 ** 3) } }), 413, 'REQUEST_TOO_LARGE'],
      ['a service’s refusal', () => api('draftRecoveryClaim', ['nothing-here']), 400, 'NOT_FOUND'],
    ];
    for (const [what, p, status, code] of cases) {
      const r = await p();
      expect(r.status, what).toBe(status);
      expect(r.json.code, what).toBe(code);
      expect(r.json.error, what).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('a failure inside a service is a 500 with code INTERNAL and a generic Chinese message (details only in the log)', async () => {
    const logs: string[] = [];
    const broken = await startServer({
      api: new Proxy({} as never, { get: () => async () => { throw new TypeError('secret internals'); } }),
      rendererDir,
      port: 0,
      log: (l) => logs.push(l),
    });
    try {
      const r = await fetch(`http://127.0.0.1:${broken.port}/api/prefsGet`, { method: 'POST', headers: { 'X-Gongwen-Token': broken.token }, body: '[]' });
      expect(r.status).toBe(500);
      const body = (await r.json()) as { error: string; code: string };
      expect(body).toEqual({ error: '操作失败（prefsGet），请重试；如反复出现请重启程序', code: 'INTERNAL' });
      expect(logs.join()).toContain('secret internals');
    } finally {
      await broken.close();
    }
  });

  it('keeps recovery copies per page (X-Gongwen-Session): none offered across live tabs, offered once a tab says goodbye', async () => {
    const tabA = 'aaaaaaaa-0000-4000-8000-000000000001';
    const tabB = 'bbbbbbbb-0000-4000-8000-000000000002';
    const d = emptyDraft(new Date('2026-03-03T00:00:00Z'));
    d.content[0] = { type: 'title', children: [{ text: '甲标签页的草稿' }] };
    const a = await api('draftAutosave', [d, null], srv.token, tabA);
    expect(a.status).toBe(200);
    const idA = (a.json.result as { recoveryId: string }).recoveryId;
    const listB = async () => ((await api('draftRecoveryList', [], srv.token, tabB)).json.result as { id: string }[]).map((r) => r.id);
    expect(await listB()).not.toContain(idA);
    expect((await api('draftRecovery', [], srv.token, tabB)).json.result).toBe(null);
    expect((await api('draftClearRecovery', [idA], srv.token, tabB)).json.code).toBe('RECOVERY_IN_USE');
    expect((await api('sessionEnd', [], srv.token, tabA)).status).toBe(200);
    expect(await listB()).toContain(idA);
    expect((await api('draftClearRecovery', [idA], srv.token, tabB)).status).toBe(200);
  });
});
