/**
 * HostApi for the browser host (electron/host/server.ts): every service call is POST /api/<method> with the
 * per-launch token; files come in through <input type=file> and go out as downloads or into the host's own
 * drafts folder (the page cannot write files elsewhere).
 */
import type { FileBlob, HostApi, ServiceApi, ServiceMethod } from '../../electron/api';
import { fromWire, toWire } from '../../electron/host/wire';

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
  async function call(method: ServiceMethod, args: unknown[]): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Gongwen-Token': token },
        body: JSON.stringify(toWire(args)),
      });
    } catch {
      throw new Error('无法连接到本机服务，请确认公文起草助手仍在运行');
    }
    let body: { result?: unknown; error?: string };
    let text: string;
    try {
      text = await res.text();
      body = JSON.parse(text);
    } catch {
      throw new Error(`本机服务返回了无效的响应（${res.status}）`);
    }
    if (!res.ok) throw new Error(body.error ?? `请求失败（${res.status}）`);
    // Only answers that carry bytes need the copying walk (the corpus answer has none: 0.4 MB for the seed,
    // megabytes once an archive is imported).
    // JSON.parse already keeps a "__proto__" key as a plain key, which is all fromWire adds otherwise.
    return text.includes('"$bytes"') ? fromWire(body.result) : body.result;
  }

  const services = new Proxy({} as ServiceApi, {
    get: (_t, method: string) => (...args: unknown[]) => call(method as ServiceMethod, args),
  });

  return {
    kind: 'browser',
    startup: () => services.startup(),
    corpusData: () => services.corpusData(),
    corpusImport: (files) => services.corpusImport(files),
    corpusReset: () => services.corpusReset(),
    draftParse: (file) => services.draftParse(file),
    draftOpenRecent: (p) => services.draftOpenRecent(p),
    draftSave: (draft, p) => services.draftSave(draft, p),
    draftSaveNew: (draft, name) => services.draftSaveNew(draft, name),
    draftAutosave: (draft, p) => services.draftAutosave(draft, p),
    draftRecovery: () => services.draftRecovery(),
    draftClearRecovery: () => services.draftClearRecovery(),
    draftRecent: () => services.draftRecent(),
    docxExport: (draft, opts) => services.docxExport(draft, opts),
    prefsGet: () => services.prefsGet(),
    prefsSetSettings: (patch) => services.prefsSetSettings(patch),
    prefsToggleFavourite: (id) => services.prefsToggleFavourite(id),
    prefsAddUserPhrase: (text, category) => services.prefsAddUserPhrase(text, category),
    prefsRemoveUserPhrase: (id) => services.prefsRemoveUserPhrase(id),

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
    async pickAndImportCorpus() {
      const files = await pickFiles('.txt,.text,.md,.markdown,.docx,.doc', true);
      if (!files) return null;
      return services.corpusImport(files);
    },
  };
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
