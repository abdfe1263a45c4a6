/**
 * Electron main: one locked-down window on the built renderer, IPC handlers that check who is calling and
 * what they pass, native dialogs for the few steps that need them. All real work is in electron/services,
 * shared with the browser host.
 *
 * One instance per data directory: Electron's single-instance lock sends a second start (a double-clicked
 * draft) to the running window, and the data-directory lock catches a browser host on the same directory.
 */
import { randomUUID } from 'node:crypto';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell, type IpcMainInvokeEvent, type MenuItemConstructorOptions, type WebContents } from 'electron';
import Store from 'electron-store';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { SERVICE_METHODS, type ServiceMethod } from './api';
import { draftSchema, serviceArgs } from './api-schemas';
import { findAppRoot } from './app-root';
import { fileUrlKey } from './file-url';
import { DIALOG_CHANNELS, OPEN_REQUEST_CHANNELS, type IpcEnvelope } from './host-channels';
import { CSP_HEADER } from './csp';
import { filesFromArgv, OpenQueue } from './open-requests';
import { listCorpusFiles } from './services/archive/input-files';
import { atomicWriteFile } from './services/atomic-write';
import { acquireDataDirLock, describeHolder, type DataDirLock } from './services/data-dir-lock';
import { safeFileName } from './services/drafts';
import { realEngines } from './services/engines';
import { errnoCode, fsErrorCode, fsErrorMessage } from './services/fs-errors';
import type { PrefsData, WindowState } from './services/prefs';
import { createServices, type HostServices } from './services/services';
import { DEFAULT_SESSION } from './services/sessions';
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
let dataDirLock: DataDirLock | null = null;
/** Files the OS asked us to open, until the page takes them. */
const openQueue = new OpenQueue();

/** One session per page load of a window (sessions.ts): a reload or a closed window ends it. */
const pageSessions = new Map<number, string>();

function sessionOf(contents: WebContents | undefined): string {
  if (!contents) return DEFAULT_SESSION;
  let s = pageSessions.get(contents.id);
  if (!s) {
    s = `w${contents.id}-${randomUUID()}`;
    pageSessions.set(contents.id, s);
  }
  return s;
}

/** The page went away (reload, crash, window closed): its recovery copies are offered from now on. */
function endPage(contentsId: number): void {
  const s = pageSessions.get(contentsId);
  if (s === undefined) return;
  pageSessions.delete(contentsId);
  services?.sessions.end(s);
}

/** Only our own page (the packaged index.html, in the top frame) may call the host. */
function checkSender(event: IpcMainInvokeEvent): void {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) throw new UserError('拒绝访问：调用来源不符', 'FORBIDDEN');
  if (fileUrlKey(frame.url) !== INDEX_KEY) throw new UserError('拒绝访问：调用来源不符', 'FORBIDDEN');
}

function handle(channel: string, schema: z.ZodType<unknown[]>, fn: (session: string, ...args: never[]) => Promise<unknown>): void {
  ipcMain.handle(channel, async (event, ...raw): Promise<IpcEnvelope<unknown>> => {
    try {
      checkSender(event);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        return { ok: false, code: 'INVALID_ARGUMENT', error: `参数无效（${channel}${first?.path.length ? ' 第 ' + first.path.join('.') + ' 项' : ''}）：${first?.message ?? ''}` };
      }
      return { ok: true, result: await (fn as (...a: unknown[]) => Promise<unknown>)(sessionOf(event.sender), ...parsed.data) };
    } catch (e) {
      if (e instanceof UserError) return { ok: false, error: e.message, code: e.code };
      console.error(`[main] ${channel} failed:`, e);
      return { ok: false, code: 'INTERNAL', error: `操作失败（${channel}），请重试；如反复出现请重启程序` };
    }
  });
}

function registerIpc(): void {
  for (const m of SERVICE_METHODS) {
    handle(m, serviceArgs[m] as z.ZodType<unknown[]>, (session, ...args) => (services.apiFor(session)[m as ServiceMethod] as (...a: unknown[]) => Promise<unknown>)(...args));
  }
  const name = z.string().max(200);
  handle(DIALOG_CHANNELS.open, z.tuple([]), async (session) => {
    const r = await dialog.showOpenDialog(win!, {
      title: '打开草稿或 Word 文档',
      properties: ['openFile'],
      filters: [
        // .doc is listed so that choosing one is answered with what to do (另存为 .docx), not just hidden.
        { name: '公文草稿或 Word 文档', extensions: ['gwdraft', 'docx', 'doc'] },
        { name: '公文草稿', extensions: ['gwdraft'] },
        { name: 'Word 文档', extensions: ['docx', 'doc'] },
      ],
    });
    if (r.canceled || !r.filePaths[0]) return null;
    return services.drafts.openChosen(r.filePaths[0], session);
  });
  handle(DIALOG_CHANNELS.saveAs, z.tuple([draftSchema, name]), async (session, draft, suggested) => {
    const r = await dialog.showSaveDialog(win!, {
      title: '保存草稿',
      defaultPath: path.join(app.getPath('documents'), safeFileName(suggested || '未命名草稿') + '.gwdraft'),
      filters: [{ name: '公文草稿', extensions: ['gwdraft'] }],
    });
    if (r.canceled || !r.filePath) return null;
    return services.drafts.saveChosen(draft, r.filePath, session);
  });
  handle(DIALOG_CHANNELS.exportDocx, z.tuple([draftSchema, z.object({ highlightIssues: z.boolean() }).strict(), name]), async (_session, draft, opts, suggested) => {
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
      return { ok: false, error: fsErrorMessage(e, '导出 Word 文档', file), code: fsErrorCode(e) };
    }
    return { ok: true, path: file, name: path.basename(file, '.docx') };
  });
  handle(DIALOG_CHANNELS.exportPdf, z.tuple([draftSchema, z.object({ highlightIssues: z.boolean() }).strict(), name]), async (_session, draft, opts, suggested) => {
    // Converted first (LibreOffice, a few seconds): where it is not installed this rejects with NO_CONVERTER before
    // asking for a place, and the page offers its print view instead. An Electron-only fallback would hook in here:
    // webContents.printToPDF of that print view in a hidden window — not built (Chromium's layout is not the
    // .docx's; docs/gbt9704.md).
    const bytes = await services.api.docxToPdf(draft, opts);
    const r = await dialog.showSaveDialog(win!, {
      title: '导出 PDF',
      defaultPath: path.join(app.getPath('documents'), safeFileName(suggested || '公文') + '.pdf'),
      filters: [{ name: 'PDF 文档', extensions: ['pdf'] }],
    });
    if (r.canceled || !r.filePath) return null;
    const file = /\.pdf$/i.test(r.filePath) ? r.filePath : r.filePath + '.pdf';
    try {
      await atomicWriteFile(file, bytes);
    } catch (e) {
      return { ok: false, error: fsErrorMessage(e, '导出 PDF', file), code: fsErrorCode(e) };
    }
    return { ok: true, path: file, name: path.basename(file, '.pdf') };
  });
  handle(DIALOG_CHANNELS.importCorpus, z.tuple([]), async () => {
    const r = await dialog.showOpenDialog(win!, {
      title: '导入往年材料',
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: '文本或 Word 文档', extensions: ['txt', 'md', 'docx', 'doc'] }],
    });
    if (r.canceled || !r.filePaths.length) return null;
    // The archive worker reads the files itself (sizes checked with stat first); only paths cross over.
    const job = await services.corpus.importPaths(r.filePaths, true);
    if (job.state === 'failed') throw new UserError(job.error ?? '导入失败');
    return { imported: job.imported, issues: job.issues };
  });
  handle(DIALOG_CHANNELS.importCorpusStart, z.tuple([z.object({ folder: z.boolean().optional() }).strict().nullish()]), async (_session, opts) => {
    const folder = !!(opts as { folder?: boolean } | null)?.folder;
    const r = await dialog.showOpenDialog(win!, {
      title: folder ? '导入文件夹中的往年材料' : '导入往年材料',
      properties: folder ? ['openDirectory'] : ['openFile', 'multiSelections'],
      filters: folder ? undefined : [{ name: '文本或 Word 文档', extensions: ['txt', 'md', 'docx'] }],
    });
    if (r.canceled || !r.filePaths.length) return null;
    const { files, issues } = await listCorpusFiles(r.filePaths);
    if (!files.length) throw new UserError(issues.map((i) => i.message).join('；') || '没有可导入的文件');
    return services.corpus.importPaths(files, false, issues);
  });
  // Files the OS asked us to open, opened for the page that asks (granted: the user chose them in the OS).
  handle(OPEN_REQUEST_CHANNELS.take, z.tuple([]), async (session) => {
    const out = [];
    for (const p of openQueue.takeAll()) out.push(await services.drafts.openChosen(p, session));
    return out;
  });
}

/** Queues files to open and tells the window's page (which calls takeOpenRequests), bringing the window forward. */
function requestOpen(paths: readonly string[]): void {
  if (!openQueue.add(paths) || !win) return;
  if (services) win.webContents.send(OPEN_REQUEST_CHANNELS.notify);
  bringForward();
}

function bringForward(): void {
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/**
 * The production menu: editing and zoom, no Reload and no Developer Tools (a reload would drop the page's
 * session and the tools reach into the page); those stay available when running from source.
 */
function menuTemplate(packaged: boolean, platform: string = process.platform): MenuItemConstructorOptions[] {
  const dev: MenuItemConstructorOptions[] = packaged ? [] : [{ type: 'separator' }, { role: 'reload', label: '重新载入（开发）' }, { role: 'toggleDevTools', label: '开发者工具（开发）' }];
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [{ role: 'resetZoom', label: '实际大小' }, { role: 'zoomIn', label: '放大' }, { role: 'zoomOut', label: '缩小' }, { type: 'separator' }, { role: 'togglefullscreen', label: '全屏' }, ...dev],
    },
    { label: '窗口', submenu: [{ role: 'minimize', label: '最小化' }, { role: 'close', label: '关闭窗口' }] },
  ];
}

/**
 * Takes the data directory. If another instance holds it, the user chooses: go to that one (a browser host:
 * open its address), look read-only, or quit. Returns null to quit.
 */
async function takeDataDir(dataDir: string): Promise<{ readOnly?: { notice: string } } | null> {
  let r;
  try {
    r = acquireDataDirLock(dataDir, { host: 'electron' });
  } catch (e) {
    // Not even the lock can be written (a full or read-only disk): go on; each failed write says why.
    console.error('[main] data directory lock unavailable:', e);
    return {};
  }
  if (r.ok) {
    dataDirLock = r.lock;
    return {};
  }
  const h = r.holder;
  const buttons = [...(h.url ? ['转到正在运行的公文起草助手'] : []), '以只读方式打开', '退出'];
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
    title: '公文起草助手',
    message: '公文起草助手已在运行',
    detail: `${describeHolder(h, dataDir)}\n\n只读方式可以查看和打开草稿，但不能保存、自动保存或修改设置。`,
  });
  const picked = buttons[choice];
  if (picked === '转到正在运行的公文起草助手' && h.url) {
    await shell.openExternal(h.url);
    return null;
  }
  if (picked === '以只读方式打开') return { readOnly: { notice: `只读方式：${describeHolder(h, dataDir)} 本窗口中不能保存、自动保存或修改设置与语料。` } };
  return null;
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
      // The page's internals are not for users of the installed app.
      devTools: !app.isPackaged,
    },
  });
  const contents = win.webContents;
  const id = contents.id;
  // A new page in this window (a reload) or no page at all: the old page's session is over.
  contents.on('did-navigate', () => endPage(id));
  contents.on('render-process-gone', () => endPage(id));
  contents.on('destroyed', () => endPage(id));
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win?.show());
  let timer: NodeJS.Timeout | undefined;
  // The window's place is a nicety: a settings file that cannot be written must not disturb closing or moving.
  const saveState = () => {
    if (!win || win.isDestroyed() || win.isMinimized()) return;
    const b = win.getNormalBounds();
    const s: WindowState = { x: b.x, y: b.y, width: Math.max(200, b.width), height: Math.max(150, b.height), maximized: win.isMaximized() };
    try {
      services.prefs.setWindowState(s);
    } catch (e) {
      console.error('[main] window state not saved:', e);
    }
  };
  const remember = () => {
    clearTimeout(timer);
    timer = setTimeout(saveState, 500);
  };
  win.on('resize', remember);
  win.on('move', remember);
  win.on('close', () => {
    clearTimeout(timer);
    saveState();
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
  // A second start (e.g. a double-clicked draft) lands here: open its files in this window and bring it forward.
  app.on('second-instance', (_e, argv, workingDirectory) => {
    requestOpen(filesFromArgv(argv as string[], workingDirectory as string));
    bringForward();
  });
  // macOS hands over files this way, possibly before ready.
  app.on('open-file', (e, p) => {
    e.preventDefault();
    requestOpen([p as string]);
  });
  openQueue.add(filesFromArgv(process.argv, process.cwd()));
  app.on('web-contents-created', (_e, contents) => lockDown(contents));
  await app.whenReady();
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(app.isPackaged)));
  secureSession();
  const dataDir = app.getPath('userData');
  const taken = await takeDataDir(dataDir);
  if (!taken) {
    app.quit();
    return;
  }
  // Quitting closes the archive first (its worker is stopped between transactions, not torn down by the exit), then
  // lets go of the data directory, so a window started next never meets a worker still writing.
  let closed = false;
  let closing: Promise<void> | undefined;
  app.on('will-quit', (e) => {
    if (closed || !services) {
      dataDirLock?.release();
      return;
    }
    e.preventDefault();
    closing ??= services.corpus
      .close()
      .catch(() => undefined)
      .then(() => {
        closed = true;
        dataDirLock?.release();
        app.quit();
      });
  });
  services = await createServices({
    dataDir,
    assetsDir: path.join(ROOT, 'assets'),
    host: 'electron',
    version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : app.getVersion(),
    storeFactory: (o) => new Store<PrefsData>({ cwd: o.cwd, name: o.name, defaults: o.defaults, clearInvalidConfig: false, watch: false }),
    readOnly: taken.readOnly,
    ...realEngines,
  });
  registerIpc();
  // Warm the archive while the window loads: the renderer's first questions are the skeletons and a page of phrases.
  void services.api.corpusSkeletons().then(() => services.api.corpusPhrases({ limit: 1 })).catch(() => undefined);
  createWindow();
  app.on('window-all-closed', () => app.quit());
}

main().catch((e) => {
  const why = errnoCode(e) ? fsErrorMessage(e, '启动') : String((e as Error)?.message ?? e);
  dialog.showErrorBox('公文起草助手无法启动', why);
  dataDirLock?.release();
  app.exit(1);
});
