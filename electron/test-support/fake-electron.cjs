// A recording stand-in for the `electron` module, so the bundled main process can run under Node in tests
// (the Electron binary cannot be downloaded here). It records what main asks of Electron; tests drive it.
const rec = {
  handlers: new Map(),
  appEvents: new Map(),
  windows: [],
  sandboxEnabled: false,
  paths: {},
  dialogQueue: [],
  /** Answers (button indexes) for dialog.showMessageBoxSync, in order; records each message shown. */
  messageBoxAnswers: [],
  messageBoxes: [],
  permissionHandler: null,
  beforeRequest: null,
  headersReceived: null,
  /** Menu templates given to Menu.buildFromTemplate, and the menu set as the application menu. */
  menuTemplates: [],
  applicationMenu: undefined,
  openedExternally: [],
  quitCalled: false,
  /** What app.requestSingleInstanceLock answers (a test may set it before requiring main). */
  singleInstance: globalThis.__fakeElectronSingleInstance ?? true,
};
globalThis.__fakeElectron = rec;

class BrowserWindow {
  constructor(opts) {
    this.opts = opts;
    this.events = new Map();
    this.loaded = null;
    const wcEvents = new Map();
    const sent = [];
    this.webContents = { id: ++BrowserWindow.nextId, events: wcEvents, sent, on(ev, fn) { wcEvents.set(ev, fn); return this; }, send(ch, ...a) { sent.push([ch, ...a]); } };
    this.focused = 0;
    rec.windows.push(this);
  }
  on(ev, fn) { this.events.set(ev, fn); return this; }
  once(ev, fn) { return this.on(ev, fn); }
  loadFile(f) { this.loaded = f; return Promise.resolve(); }
  maximize() {}
  show() {}
  focus() { this.focused++; }
  restore() {}
  isDestroyed() { return false; }
  isMinimized() { return false; }
  isMaximized() { return false; }
  getNormalBounds() { return { x: 10, y: 20, width: 1200, height: 800 }; }
}

BrowserWindow.nextId = 0;

const nextDialog = () => {
  const r = rec.dialogQueue.shift();
  if (!r) throw new Error('unexpected dialog');
  return Promise.resolve(r);
};

module.exports = {
  app: {
    getAppPath: () => process.cwd(),
    getPath: (n) => rec.paths[n] ?? '/nonexistent/' + n,
    setPath: (n, p) => { rec.paths[n] = p; },
    getVersion: () => '0.0.0-fake',
    isPackaged: true,
    enableSandbox: () => { rec.sandboxEnabled = true; },
    requestSingleInstanceLock: () => rec.singleInstance,
    on: (ev, fn) => { rec.appEvents.set(ev, fn); },
    whenReady: () => Promise.resolve(),
    quit: () => { rec.quitCalled = true; },
    exit: () => {},
  },
  BrowserWindow,
  dialog: {
    showOpenDialog: nextDialog,
    showSaveDialog: nextDialog,
    showErrorBox: (t, m) => { rec.startupError = `${t}: ${m}`; },
    // (window, options) or (options).
    showMessageBoxSync: (a, b) => { const opts = b ?? a; rec.messageBoxes.push(opts); return rec.messageBoxAnswers.shift() ?? opts.cancelId; },
  },
  ipcMain: {
    handle: (ch, fn) => { rec.handlers.set(ch, fn); },
    on: () => {},
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn) => { rec.permissionHandler = fn; },
      setPermissionCheckHandler: (fn) => { rec.permissionCheck = fn; },
      webRequest: {
        onBeforeRequest: (fn) => { rec.beforeRequest = fn; },
        onHeadersReceived: (fn) => { rec.headersReceived = fn; },
      },
    },
  },
  shell: { openPath: () => Promise.resolve(''), openExternal: (u) => { rec.openedExternally.push(u); return Promise.resolve(); } },
  Menu: {
    buildFromTemplate: (t) => { rec.menuTemplates.push(t); return { template: t }; },
    setApplicationMenu: (m) => { rec.applicationMenu = m; },
  },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  // Preload side.
  contextBridge: {
    exposeInMainWorld: (name, api) => { (rec.exposed ??= {})[name] = api; },
  },
  ipcRenderer: {
    listeners: new Map(),
    on(ch, fn) { (this.listeners.get(ch) ?? this.listeners.set(ch, new Set()).get(ch)).add(fn); return this; },
    removeListener(ch, fn) { this.listeners.get(ch)?.delete(fn); return this; },
    /** Test helper: main sends `ch` to the page. */
    emit(ch, ...args) { for (const fn of this.listeners.get(ch) ?? []) fn({ sender: 'ipc-event' }, ...args); },
    invoke: (ch, ...args) => {
      (rec.invoked ??= []).push([ch, ...args]);
      return Promise.resolve(rec.ipcReply ? rec.ipcReply(ch, args) : { ok: true, result: null });
    },
  },
};
// Tests reach the page-side IPC stand-in through the recorder (the bundle has its own copy of this module).
rec.ipcRenderer = module.exports.ipcRenderer;
