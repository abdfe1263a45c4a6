/**
 * Electron cannot run on this machine, so main.ts's security settings are checked by parsing its source
 * with the TypeScript compiler (not by regex over text, which comments could fool).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CSP, CSP_HEADER } from './csp';

const file = path.join(__dirname, 'main.ts');
const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);

function all<T extends ts.Node>(pred: (n: ts.Node) => n is T): T[] {
  const out: T[] = [];
  const visit = (n: ts.Node) => {
    if (pred(n)) out.push(n);
    n.forEachChild(visit);
  };
  visit(src);
  return out;
}

const calls = all(ts.isCallExpression);
const callText = (c: ts.CallExpression) => c.expression.getText(src);

describe('electron/main.ts security settings (parsed)', () => {
  it('creates the window with contextIsolation, sandbox, no node integration and web security', () => {
    const webPrefs = all(ts.isPropertyAssignment).find((p) => p.name.getText(src) === 'webPreferences');
    expect(webPrefs, 'webPreferences').toBeDefined();
    const obj = webPrefs!.initializer as ts.ObjectLiteralExpression;
    const props = new Map(obj.properties.filter(ts.isPropertyAssignment).map((p) => [p.name.getText(src), p.initializer.getText(src)]));
    expect(props.get('contextIsolation')).toBe('true');
    expect(props.get('sandbox')).toBe('true');
    expect(props.get('nodeIntegration')).toBe('false');
    expect(props.get('webSecurity')).toBe('true');
    expect(props.get('webviewTag')).toBe('false');
    expect(props.get('allowRunningInsecureContent')).toBe('false');
    expect(props.get('preload')).toMatch(/preload\.js/);
    expect(props.get('disableBlinkFeatures')).toBe("'Auxclick'");
    // No developer tools in the installed app.
    expect(props.get('devTools')).toBe('!app.isPackaged');
    expect(calls.some((c) => callText(c) === 'app.enableSandbox')).toBe(true);
  });

  it('blocks navigation, new windows, webviews and permission requests', () => {
    const onEvents = calls.filter((c) => /\.on$/.test(callText(c))).map((c) => (c.arguments[0] as ts.StringLiteral)?.text);
    for (const ev of ['will-navigate', 'will-attach-webview', 'web-contents-created']) expect(onEvents).toContain(ev);
    for (const ev of ['will-navigate', 'will-attach-webview']) {
      const c = calls.find((x) => /\.on$/.test(callText(x)) && (x.arguments[0] as ts.StringLiteral)?.text === ev)!;
      expect(c.arguments[1].getText(src)).toMatch(/preventDefault\(\)/);
    }
    const open = calls.find((c) => callText(c).endsWith('.setWindowOpenHandler'));
    expect(open?.arguments[0].getText(src)).toMatch(/action:\s*'deny'/);
    const perm = calls.find((c) => callText(c).endsWith('.setPermissionRequestHandler'));
    expect(perm?.arguments[0].getText(src)).toMatch(/callback\(false\)/);
  });

  it('sets the strict CSP on every response and blocks remote content', () => {
    const headers = calls.find((c) => callText(c).endsWith('webRequest.onHeadersReceived'));
    expect(headers?.arguments[0].getText(src)).toMatch(/'Content-Security-Policy':\s*\[CSP_HEADER\]/);
    for (const d of ["default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-src 'none'"]) {
      expect(CSP).toContain(d);
      expect(CSP_HEADER).toContain(d);
    }
    expect(CSP).not.toMatch(/unsafe-eval|https?:|\*/);
    const before = calls.find((c) => callText(c).endsWith('webRequest.onBeforeRequest'));
    expect(before?.arguments[0].getText(src)).toMatch(/cancel: !ok/);
  });

  it('every IPC handler goes through one wrapper that checks the sender and validates arguments', () => {
    const handles = calls.filter((c) => callText(c) === 'ipcMain.handle');
    expect(handles.length).toBe(1); // only inside `handle()`
    const body = handles[0].arguments[1].getText(src);
    expect(body).toMatch(/checkSender\(event\)/);
    expect(body).toMatch(/schema\.safeParse\(raw\)/);
    expect(body.indexOf('checkSender(event)')).toBeLessThan(body.indexOf('schema.safeParse(raw)'));
    const check = all(ts.isFunctionDeclaration).find((f) => f.name?.text === 'checkSender')!;
    expect(check.getText(src)).toMatch(/senderFrame/);
    expect(check.getText(src)).toMatch(/INDEX_KEY/);
    // Services are registered with their zod schemas, dialogs with their own.
    const registered = calls.filter((c) => callText(c) === 'handle').map((c) => c.arguments[1].getText(src));
    expect(registered[0]).toMatch(/serviceArgs\[m\]/);
    expect(registered.slice(1).every((s) => s.startsWith('z.tuple('))).toBe(true);
    expect(registered.length).toBe(8); // the services, six dialogs, and the files the OS asked to open
  });

  it('loads only the built renderer from disk', () => {
    const loads = calls.filter((c) => /\.(loadURL|loadFile)$/.test(callText(c)));
    expect(loads.map((c) => c.getText(src))).toEqual(['win.loadFile(INDEX_HTML)']);
  });
});
