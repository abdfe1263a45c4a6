/**
 * Electron main: one locked-down window on the built renderer, IPC handlers that check who is calling and
 * what they pass, native dialogs for the few steps that need them. All real work is in electron/services,
 * shared with the browser host.
 */
import { app, BrowserWindow, dialog, ipcMain, screen, session, type IpcMainInvokeEvent, type WebContents } from 'electron';
import Store from 'electron-store';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { SERVICE_METHODS, type ServiceMethod } from './api';
import { draftSchema, serviceArgs } from './api-schemas';
import { findAppRoot } from './app-root';
import { fileUrlKey } from './file-url';
import { DIALOG_CHANNELS, type IpcEnvelope } from './host-channels';
import { CSP_HEADER } from './csp';
import { listCorpusFiles } from './services/archive/input-files';
import { atomicWriteFile } from './services/atomic-write';
import { safeFileName } from './services/drafts';
import { realEngines } from './services/engines';
import type { PrefsData, WindowState } from './services/prefs';
import { createServices, type HostServices } from './services/services';
import { UserError } from './services/user-error';

declare const __APP_VERSION__: string | undefined;

const ROOT = findAppRoot(__dirname) ?? app.getAppPath();
const INDEX_HTML = path.join(ROOT, 'dist', 'renderer', 'index.html');
const INDEX_URL = pathToFileURL(INDEX_HTML).href;
const RENDERER_DIR_URL = pathToFileURL(path.dirname(INDEX_HTML) + path.sep).href;

const INDEX_KEY = fileUrlKey(INDEX_URL)!;
const RENDERER_DIR_KEY = fileUrlKey(RENDERER_DIR_URL)!;

if (process.env.GONGWEN_DATA_DIR) app.setPath('userData', path.resolve(process.env.GONGWEN_DATA_DIR));
app.enableSandbox();

let win: BrowserWindow | null = null;
let services: HostServices;

/** Only our own page (the packaged index.html, in the top frame) may call the host. */
function checkSender(event: IpcMainInvokeEvent): void {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) throw new UserError('拒绝访问：调用来源不符');
  if (fileUrlKey(frame.url) !== INDEX_KEY) throw new UserError('拒绝访问：调用来源不符');
}

function handle(channel: string, schema: z.ZodType<unknown[]>, fn: (...args: never[]) => Promise<unknown>): void {
  ipcMain.handle(channel, async (event, ...raw): Promise<IpcEnvelope<unknown>> => {
    try {
      checkSender(event);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        return { ok: false, error: `参数无效（${channel}${first?.path.length ? ' 第 ' + first.path.join('.') + ' 项' : ''}）：${first?.message ?? ''}` };
      }
      return { ok: true, result: await (fn as (...a: unknown[]) => Promise<unknown>)(...parsed.data) };
    } catch (e) {
      if (e instanceof UserError) return { ok: false, error: e.message };
      console.error(`[main] ${channel} failed:`, e);
      return { ok: false, error: `操作失败（${channel}），请重试；如反复出现请重启程序` };
    }
  });
}

function registerIpc(): void {
  for (const m of SERVICE_METHODS) {
    handle(m, serviceArgs[m] as z.ZodType<unknown[]>, services.api[m as ServiceMethod] as (...a: never[]) => Promise<unknown>);
  }
  const name = z.string().max(200);
  handle(DIALOG_CHANNELS.open, z.tuple([]), async () => {
    const r = await dialog.showOpenDialog(win!, {
      title: '打开草稿或 Word 文档',
      properties: ['openFile'],
      filters: [
        { name: '公文草稿或 Word 文档', extensions: ['gwdraft', 'docx'] },
        { name: '公文草稿', extensions: ['gwdraft'] },
        { name: 'Word 文档', extensions: ['docx'] },
      ],
    });
    if (r.canceled || !r.filePaths[0]) return null;
    return services.drafts.openChosen(r.filePaths[0]);
  });
  handle(DIALOG_CHANNELS.saveAs, z.tuple([draftSchema, name]), async (draft, suggested) => {
    const r = await dialog.showSaveDialog(win!, {
      title: '保存草稿',
      defaultPath: path.join(app.getPath('documents'), safeFileName(suggested || '未命名草稿') + '.gwdraft'),
      filters: [{ name: '公文草稿', extensions: ['gwdraft'] }],
    });
    if (r.canceled || !r.filePath) return null;
    return services.drafts.saveChosen(draft, r.filePath);
  });
  handle(DIALOG_CHANNELS.exportDocx, z.tuple([draftSchema, z.object({ highlightIssues: z.boolean() }).strict(), name]), async (draft, opts, suggested) => {
    const r = await dialog.showSaveDialog(win!, {
      title: '导出 Word 文档',
      defaultPath: path.join(app.getPath('documents'), safeFileName(suggested || '公文') + '.docx'),
      filters: [{ name: 'Word 文档', extensions: ['docx'] }],
    });
    if (r.canceled || !r.filePath) return null;
    const file = /\.docx$/i.test(r.filePath) ? r.filePath : r.filePath + '.docx';
    const bytes = await services.api.docxExport(draft, opts);
    try {
      await atomicWriteFile(file, bytes);
    } catch (e) {
      return { ok: false, error: `导出失败（${(e as NodeJS.ErrnoException).code ?? '未知错误'}）：${file}` };
    }
    return { ok: true, path: file, name: path.basename(file, '.docx') };
  });
  handle(DIALOG_CHANNELS.importCorpus, z.tuple([]), async () => {
    const r = await dialog.showOpenDialog(win!, {
      title: '导入往年材料',
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: '文本或 Word 文档', extensions: ['txt', 'md', 'docx'] }],
    });
    if (r.canceled || !r.filePaths.length) return null;
    // The archive worker reads the files itself (sizes checked with stat first); only paths cross over.
    const job = await services.corpus.importPaths(r.filePaths, true);
    if (job.state === 'failed') throw new UserError(job.error ?? '导入失败');
    return { imported: job.imported, issues: job.issues };
  });
  handle(DIALOG_CHANNELS.importCorpusStart, z.tuple([z.object({ folder: z.boolean().optional() }).strict().nullish()]), async (opts) => {
    const folder = !!(opts as { folder?: boolean } | null)?.folder;
    const r = await dialog.showOpenDialog(win!, {
      title: folder ? '导入文件夹中的往年材料' : '导入往年材料',
      properties: folder ? ['openDirectory'] : ['openFile', 'multiSelections'],
      filters: folder ? undefined : [{ name: '文本或 Word 文档', extensions: ['txt', 'md', 'docx'] }],
    });
    if (r.canceled || !r.filePaths.length) return null;
    const { files, issues } = await listCorpusFiles(r.filePaths);
    if (!files.length) throw new UserError(issues[0]?.message ?? '没有可导入的文件');
    const job = await services.corpus.importPaths(files, false);
    return { ...job, issues: [...issues, ...job.issues] };
  });
}

/** Defence in depth for every web contents we ever create: no navigation, no new windows, no webviews. */
function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (e) => e.preventDefault());
  contents.on('will-redirect', (e) => e.preventDefault());
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function secureSession(): void {
  const s = session.defaultSession;
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  // No remote content, and of local files only our own renderer folder (and devtools, inline data) may load.
  s.webRequest.onBeforeRequest((details, callback) => {
    const key = fileUrlKey(details.url);
    const ok = key !== null ? key.startsWith(RENDERER_DIR_KEY) : /^(devtools|data|blob):/.test(details.url);
    callback({ cancel: !ok });
  });
  s.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP_HEADER] } });
  });
}

function createWindow(): void {
  const saved = services.prefs.windowState();
  // A position saved on a monitor that is no longer attached would put the window off screen.
  const onScreen =
    saved?.x !== undefined &&
    saved.y !== undefined &&
    screen.getAllDisplays().some(({ workArea: a }) => saved.x! < a.x + a.width - 100 && saved.x! + saved.width > a.x + 100 && saved.y! >= a.y - 20 && saved.y! < a.y + a.height - 100);
  win = new BrowserWindow({
    width: saved?.width ?? 1280,
    height: saved?.height ?? 860,
    x: onScreen ? saved!.x : undefined,
    y: onScreen ? saved!.y : undefined,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: '公文起草助手',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click must not open links in new windows (defence in depth next to setWindowOpenHandler).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win?.show());
  let timer: NodeJS.Timeout | undefined;
  const remember = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!win || win.isDestroyed() || win.isMinimized()) return;
      const b = win.getNormalBounds();
      const s: WindowState = { x: b.x, y: b.y, width: Math.max(200, b.width), height: Math.max(150, b.height), maximized: win.isMaximized() };
      services.prefs.setWindowState(s);
    }, 500);
  };
  win.on('resize', remember);
  win.on('move', remember);
  win.on('close', () => {
    clearTimeout(timer);
    if (win && !win.isMinimized()) {
      const b = win.getNormalBounds();
      services.prefs.setWindowState({ x: b.x, y: b.y, width: Math.max(200, b.width), height: Math.max(150, b.height), maximized: win.isMaximized() });
    }
  });
  win.on('closed', () => (win = null));
  // The renderer refuses to unload while a change is not yet even autosaved (beforeunload). Chromium shows no
  // prompt inside Electron, so without this the window would just not close: ask, and let the user decide.
  win.webContents.on('will-prevent-unload', (e) => {
    const choice = dialog.showMessageBoxSync(win!, {
      type: 'warning',
      buttons: ['仍然关闭', '返回编辑'],
      defaultId: 1,
      cancelId: 1,
      title: '公文起草助手',
      message: '最近几秒的修改还没有自动保存，关闭窗口会丢失这些修改。',
      detail: '选择“返回编辑”后按 Ctrl+S 保存，或稍等片刻待自动保存完成。',
    });
    if (choice === 0) e.preventDefault(); // preventDefault here lets the unload go ahead
  });
  void win.loadFile(INDEX_HTML);
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('web-contents-created', (_e, contents) => lockDown(contents));
  await app.whenReady();
  secureSession();
  const dataDir = app.getPath('userData');
  services = await createServices({
    dataDir,
    assetsDir: path.join(ROOT, 'assets'),
    host: 'electron',
    version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : app.getVersion(),
    storeFactory: (o) => new Store<PrefsData>({ cwd: o.cwd, name: o.name, schema: o.schema as never, defaults: o.defaults, clearInvalidConfig: false, watch: false }),
    ...realEngines,
  });
  registerIpc();
  // Derive the corpus while the window loads, so the renderer's first corpusData call finds it ready.
  void services.api.corpusData().catch(() => undefined);
  createWindow();
  app.on('window-all-closed', () => app.quit());
}

main().catch((e) => {
  dialog.showErrorBox('公文起草助手无法启动', String((e as Error)?.message ?? e));
  app.exit(1);
});
