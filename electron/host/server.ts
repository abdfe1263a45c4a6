/**
 * The browser host: a plain node:http server on 127.0.0.1 that serves the built renderer and exposes the same
 * ServiceApi as Electron's IPC, as POST /api/<method> with a JSON array of arguments.
 *
 * Other pages in the user's browser can reach 127.0.0.1 too, so every API call must carry the per-launch
 * token (X-Gongwen-Token, compared in constant time); requests whose Host header is not ours are refused
 * (DNS rebinding); arguments are validated with the same zod schemas as Electron IPC.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SERVICE_METHODS, type ErrorCode, type ServiceApi, type ServiceMethod } from '../api';
import { serviceArgs } from '../api-schemas';
import { CSP_HEADER } from '../csp';
import { UserError } from '../services/user-error';
import { fromWire, toWire } from './wire';

export const TOKEN_HEADER = 'x-gongwen-token';
/** Which page is calling (a random id per page load, see renderer/host/browser-host.ts); optional. */
export const SESSION_HEADER = 'x-gongwen-session';
const SESSION_ID = /^[A-Za-z0-9_-]{16,64}$/;
/** Base64 makes bytes 4/3 larger; this admits a few large .docx files per import call. */
export const MAX_BODY_BYTES = 128 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServerOptions {
  /** The API for calls that name no session. */
  api: ServiceApi;
  /** The API as one page sees it (recovery copies and open files per page); without it every call uses `api`. */
  apiFor?: (session: string) => ServiceApi;
  /** Built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 = a free port. */
  port?: number;
  /** Fixed token (tests); default: 32 random bytes per launch. */
  token?: string;
  log?: (line: string) => void;
}

export interface RunningServer {
  port: number;
  token: string;
  /** http://127.0.0.1:PORT/#token=TOKEN — the token rides in the fragment, which browsers never send. */
  url: string;
  server: http.Server;
  close(): Promise<void>;
}

export async function startServer(o: ServerOptions): Promise<RunningServer> {
  const token = o.token ?? randomBytes(32).toString('base64url');
  const tokenBuf = Buffer.from(token);
  const log = o.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const rendererDir = path.resolve(o.rendererDir);
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e) => {
      log(`[host] ${req.method} ${req.url}: ${(e as Error).stack ?? e}`);
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', '内部错误，请重试');
      else res.destroy();
    });
  });
  server.headersTimeout = 30_000;
  server.requestTimeout = 10 * 60_000;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = (req.headers.host ?? '').toLowerCase();
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return sendError(res, 403, 'FORBIDDEN', '拒绝访问：主机名不符');
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice(5));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'BAD_REQUEST', '不支持的请求方法');
    return serveStatic(req, res, url.pathname);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return sendError(res, 405, 'BAD_REQUEST', '接口只接受 POST 请求');
    const given = req.headers[TOKEN_HEADER];
    const givenBuf = Buffer.from(typeof given === 'string' ? given : '');
    if (givenBuf.length !== tokenBuf.length || !timingSafeEqual(givenBuf, tokenBuf)) {
      req.resume();
      return sendError(res, 403, 'FORBIDDEN', '拒绝访问：缺少或错误的访问令牌，请使用启动时打印的地址打开');
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
      req.resume();
      return sendError(res, 403, 'FORBIDDEN', '拒绝访问：来源不符');
    }
    if (!(SERVICE_METHODS as readonly string[]).includes(method)) {
      req.resume();
      return sendError(res, 404, 'UNKNOWN_METHOD', `未知的接口：${method.slice(0, 60)}`);
    }
    const session = req.headers[SESSION_HEADER];
    if (session !== undefined && (typeof session !== 'string' || !SESSION_ID.test(session))) {
      req.resume();
      return sendError(res, 400, 'BAD_REQUEST', '请求格式无效（页面标识不符合格式）');
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      req.resume();
      return sendError(res, 413, 'REQUEST_TOO_LARGE', '请求过大');
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) return sendError(res, 413, 'REQUEST_TOO_LARGE', '请求过大');
    let args: unknown;
    try {
      args = fromWire(JSON.parse(body.toString('utf8') || '[]'));
    } catch {
      return sendError(res, 400, 'BAD_REQUEST', '请求格式无效（不是 JSON）');
    }
    const m = method as ServiceMethod;
    const parsed = serviceArgs[m].safeParse(args);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return sendError(res, 400, 'INVALID_ARGUMENT', `参数无效（${m}${first?.path.length ? ' 第 ' + first.path.join('.') + ' 项' : ''}）：${first?.message ?? ''}`);
    }
    const api = typeof session === 'string' && o.apiFor ? o.apiFor(session) : o.api;
    let result: unknown;
    try {
      result = await (api[m] as (...a: unknown[]) => Promise<unknown>)(...(parsed.data as unknown[]));
    } catch (e) {
      // The service's own answer (a refusal, a full disk…): its message and code, as a 4xx the page shows.
      if (e instanceof UserError) return sendError(res, 400, e.code, e.message);
      log(`[host] ${m} failed: ${(e as Error).stack ?? e}`);
      return sendError(res, 500, 'INTERNAL', `操作失败（${m}），请重试；如反复出现请重启程序`);
    }
    return sendJson(res, 200, { result: toWire(result ?? null) });
  }

  async function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      return sendText(res, 400, '请求无效');
    }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(rendererDir, '.' + path.posix.normalize('/' + rel));
    if (file !== rendererDir && !file.startsWith(rendererDir + path.sep)) return sendText(res, 404, '未找到');
    let data: Buffer;
    try {
      data = await fs.readFile(file);
    } catch {
      // Browsers ask for a favicon on their own; answering 204 keeps the console free of noise.
      if (rel === '/favicon.ico') {
        res.writeHead(204, securityHeaders());
        return void res.end();
      }
      return sendText(res, 404, '未找到');
    }
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': data.length,
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CSP_HEADER,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** Every failed API call answers this way: `{ error: <Chinese message>, code: <ErrorCode> }`. */
function sendError(res: http.ServerResponse, status: number, code: ErrorCode, error: string): void {
  sendJson(res, status, { error, code });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const data = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': data.length, 'Cache-Control': 'no-store' });
  res.end(data);
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  const data = Buffer.from(text);
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': data.length });
  res.end(data);
}

/** The body, or null once it exceeds `limit` (the rest is discarded, not buffered). */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      if (over) return;
      size += c.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
