/**
 * HostApi for the browser host (electron/host/server.ts): every service call is POST /api/<method> with the
 * per-launch token; files come in through <input type=file> and go out as downloads or into the host's own
 * drafts folder (the page cannot write files elsewhere).
 *
 * Each page load is a session of its own (X-Gongwen-Session): the host keeps recovery copies per session and
 * never offers one tab's to another while it is open — so the page pings while open and says goodbye on
 * pagehide (a reload's new page is then offered what the old one autosaved).
 */
import { HostError, SESSION_PING_MS, type ErrorCode, type FileBlob, type HostApi, type ServiceApi, type ServiceMethod } from '../../electron/api';
import { fromWire, toWire } from '../../electron/host/wire';
import { extensionOf, ignoredInFolder, notImportedIssue, SUPPORTED_EXTENSIONS } from '../../electron/core/corpus/file-types';

const TOKEN_KEY = 'gongwen-host-token';

/** Takes the token from `#token=…` (then removes it from the address bar) or, after a reload, from sessionStorage. */
export function readToken(): string {
  const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (m) {
    const t = decodeURIComponent(m[1]);
    sessionStorage.setItem(TOKEN_KEY, t);
    history.replaceState(null, '', location.pathname + location.search);
    return t;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function createBrowserHost(token = readToken()): HostApi {
  const session = crypto.randomUUID();
  const headers = { 'Content-Type': 'application/json', 'X-Gongwen-Token': token, 'X-Gongwen-Session': session };

  async function call(method: ServiceMethod, args: unknown[]): Promise<unknown> {
    // An optional argument left out travels as nothing, not as null.
    while (args.length && args[args.length - 1] === undefined) args = args.slice(0, -1);
    let res: Response;
    try {
      res = await fetch(`/api/${method}`, { method: 'POST', headers, body: JSON.stringify(toWire(args)) });
    } catch {
      throw new HostError('无法连接到本机服务，请确认公文起草助手仍在运行', 'UNAVAILABLE');
    }
    let body: { result?: unknown; error?: string; code?: ErrorCode };
    let text: string;
    try {
      text = await res.text();
      body = JSON.parse(text);
    } catch {
      throw new HostError(`本机服务返回了无效的响应（${res.status}）`, 'BAD_RESPONSE');
    }
    if (!res.ok) throw new HostError(body.error ?? `请求失败（${res.status}）`, body.code ?? 'INTERNAL');
    // Only answers that carry bytes need the copying walk (the corpus answer has none: 0.4 MB for the seed,
    // megabytes once an archive is imported).
    // JSON.parse already keeps a "__proto__" key as a plain key, which is all fromWire adds otherwise.
    return text.includes('"$bytes"') ? fromWire(body.result) : body.result;
  }

  const services = new Proxy({} as ServiceApi, {
    get: (_t, method: string) => (...args: unknown[]) => call(method as ServiceMethod, args),
  });
  if (typeof window !== 'undefined') {
    window.setInterval(() => void services.sessionPing().catch(() => undefined), SESSION_PING_MS);
    // keepalive: the request outlives the page.
    window.addEventListener('pagehide', () => void fetch('/api/sessionEnd', { method: 'POST', headers, body: '[]', keepalive: true }).catch(() => undefined));
  }

  return {
    kind: 'browser',
    startup: () => services.startup(),
    corpusData: () => services.corpusData(),
    corpusImport: (files) => services.corpusImport(files),
    corpusReset: () => services.corpusReset(),
    corpusImportStart: (files, opts) => services.corpusImportStart(files, opts),
    corpusImportAppend: (jobId, files) => services.corpusImportAppend(jobId, files),
    corpusImportStatus: (jobId) => services.corpusImportStatus(jobId),
    corpusImportCancel: (jobId) => services.corpusImportCancel(jobId),
    corpusStatus: () => services.corpusStatus(),
    corpusDocuments: (q) => services.corpusDocuments(q),
    corpusDocument: (id) => services.corpusDocument(id),
    corpusRemove: (ids) => services.corpusRemove(ids),
    corpusRestore: (undo) => services.corpusRestore(undo),
    corpusSetCorrections: (id, c) => services.corpusSetCorrections(id, c),
    corpusPhrases: (q) => services.corpusPhrases(q),
    corpusSections: (q) => services.corpusSections(q),
    corpusSkeletons: (genre) => services.corpusSkeletons(genre),
    corpusReuse: (sentences) => services.corpusReuse(sentences),
    draftFromPast: (source, opts) => services.draftFromPast(source, opts),
    pastPassages: (query, opts) => services.pastPassages(query, opts),
    draftParse: (file) => services.draftParse(file),
    draftOpenRecent: (p) => services.draftOpenRecent(p),
    draftSave: (draft, p, opts) => services.draftSave(draft, p, opts),
    draftSaveNew: (draft, name, opts) => services.draftSaveNew(draft, name, opts),
    draftAutosave: (draft, p) => services.draftAutosave(draft, p),
    draftRecoveryList: () => services.draftRecoveryList(),
    draftRecoveryClaim: (id) => services.draftRecoveryClaim(id),
    draftRecovery: () => services.draftRecovery(),
    draftClearRecovery: (id) => services.draftClearRecovery(id),
    draftRecent: () => services.draftRecent(),
    docxExport: (draft, opts) => services.docxExport(draft, opts),
    prefsGet: () => services.prefsGet(),
    prefsSetSettings: (patch) => services.prefsSetSettings(patch),
    prefsToggleFavourite: (id) => services.prefsToggleFavourite(id),
    prefsAddUserPhrase: (text, category) => services.prefsAddUserPhrase(text, category),
    prefsRemoveUserPhrase: (id) => services.prefsRemoveUserPhrase(id),
    formatProfiles: () => services.formatProfiles(),
    formatProfileSave: (p) => services.formatProfileSave(p),
    formatProfileRemove: (name) => services.formatProfileRemove(name),
    formatProfileSelect: (name) => services.formatProfileSelect(name),
    formatProfileExport: (name) => services.formatProfileExport(name),
    formatProfileImport: (file) => services.formatProfileImport(file),
    fontsCheck: (name) => services.fontsCheck(name),
    docxToPdf: (draft, opts) => services.docxToPdf(draft, opts),
    sessionPing: () => services.sessionPing(),
    sessionEnd: () => services.sessionEnd(),
    // The operating system cannot hand a browser tab a file to open.
    takeOpenRequests: async () => [],
    onOpenRequest: () => () => undefined,

    async pickAndOpen() {
      // .doc is offered too, so choosing one is answered with what to do (另存为 .docx), not just hidden.
      const files = await pickFiles('.gwdraft,.docx,.doc,.json', false);
      if (!files) return null;
      return services.draftParse(files[0]);
    },
    // The browser cannot show a save dialog: the host saves into its own drafts folder under this name.
    saveAs: (draft, suggestedName) => services.draftSaveNew(draft, suggestedName || '未命名草稿'),
    async exportDocxToUser(draft, opts, suggestedName) {
      const bytes = await services.docxExport(draft, opts);
      const base = (suggestedName || '公文').replace(/[\\/:*?"<>|]/g, '_');
      download(bytes, `${base}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      // A download has no path we can know; the file name stands in for it.
      return { ok: true, path: `${base}.docx`, name: base };
    },
    async exportPdfToUser(draft, opts, suggestedName) {
      const bytes = await services.docxToPdf(draft, opts);
      const base = (suggestedName || '公文').replace(/[\\/:*?"<>|]/g, '_');
      download(bytes, `${base}.pdf`, 'application/pdf');
      return { ok: true, path: `${base}.pdf`, name: base };
    },
    async pickAndImportCorpus() {
      const files = await pickFiles(CORPUS_ACCEPT, true);
      if (!files) return null;
      return services.corpusImport(files);
    },
    async pickAndStartCorpusImport(opts) {
      const folder = opts?.folder ?? false;
      const picked = await pickFileList(CORPUS_ACCEPT, folder);
      if (!picked?.length) return null;
      // A folder's other files (.doc, .wps, .pdf…) are left out and said once (as Electron's folder listing does);
      // a .doc picked by itself goes to the importer, which says why it is refused.
      // Hidden files, Office's lock files (~$…) and the system's are skipped in a folder, as Electron's listing does.
      const inFolder = picked.filter((f) => !folder || !pathOf(f).split('/').some(ignoredInFolder));
      const takes = (f: File) => SUPPORTED_EXTENSIONS.includes(extensionOf(f.name)) || (!folder && CORPUS_EXT.test(f.name));
      const notImported = inFolder.filter((f) => !takes(f)).map(pathOf);
      // In path order, as Electron's worker reads a folder (the browser lists a folder's files in no set order).
      const list = inFolder.filter(takes).sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0));
      if (!list.length) throw new Error(notImportedIssue(notImported, true)?.message ?? (folder ? '文件夹中没有 .txt、.md 或 .docx 文件' : '所选文件不是 .txt、.md 或 .docx'));
      // Sent in chunks (the first starts the job, announcing them all), so a folder of a thousand files
      // neither waits for all to be read nor makes one huge request; the job's progress is polled meanwhile.
      const chunks = requestsOf(list);
      const first = await chunks.next();
      const job = await services.corpusImportStart(first.done ? [] : first.value, { expectedFiles: list.length, ...(notImported.length ? { notImported } : {}) });
      void (async () => {
        for await (const c of chunks) await services.corpusImportAppend(job.id, c);
      })().catch(() => services.corpusImportCancel(job.id).catch(() => undefined));
      return job;
    },
  };
}

// .doc too, so that the importer can say why it is refused (save it as .docx).
const CORPUS_ACCEPT = '.txt,.text,.md,.markdown,.docx,.doc';
const CORPUS_EXT = /\.(txt|text|md|markdown|docx|doc)$/i;
/** Raw bytes and files per request when importing many files (base64 makes the body a third larger). */
const CHUNK_BYTES = 16 * 1024 * 1024;
const CHUNK_FILES = 100;
/** A picked file's path within the picked folder (its name when files were picked). */
const pathOf = (f: File) => f.webkitRelativePath || f.name;

/**
 * The picked files read one after another into requests of at most CHUNK_FILES files and CHUNK_BYTES (a file
 * larger than that goes alone). Sizes are taken from the bytes read, not from File.size: on a picked file
 * that asks the browser process, one file at a time (240 ms in one block for a folder of 1,000 files).
 */
async function* requestsOf(list: File[]): AsyncGenerator<FileBlob[]> {
  let chunk: FileBlob[] = [];
  let size = 0;
  for (const f of list) {
    const blob = { name: pathOf(f), bytes: new Uint8Array(await f.arrayBuffer()) };
    if (chunk.length && (size + blob.bytes.length > CHUNK_BYTES || chunk.length >= CHUNK_FILES)) {
      yield chunk;
      chunk = [];
      size = 0;
    }
    chunk.push(blob);
    size += blob.bytes.length;
  }
  if (chunk.length) yield chunk;
}

/** Files (or a folder's files) the user picks; null when cancelled. */
function pickFileList(accept: string, folder: boolean): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = true;
    if (folder) input.webkitdirectory = true;
    input.style.display = 'none';
    input.dataset.gongwenPicker = folder ? 'folder' : accept;
    document.body.appendChild(input);
    const done = (v: File[] | null) => {
      input.remove();
      resolve(v);
    };
    input.addEventListener('cancel', () => done(null));
    input.addEventListener('change', () => done(Array.from(input.files ?? [])));
    input.click();
  });
}

/** Opens the browser's file picker; null when the user cancels. */
function pickFiles(accept: string, multiple: boolean): Promise<FileBlob[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    input.dataset.gongwenPicker = accept;
    document.body.appendChild(input);
    const done = (v: FileBlob[] | null) => {
      input.remove();
      resolve(v);
    };
    input.addEventListener('cancel', () => done(null));
    input.addEventListener('change', async () => {
      const list = Array.from(input.files ?? []);
      if (!list.length) return done(null);
      done(await Promise.all(list.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))));
    });
    input.click();
  });
}

function download(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
