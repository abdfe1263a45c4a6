/** A file the user keeps, as a download: the browser saves it; Electron shows its own save dialog for downloads. */
export function download(data: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The system's file picker for one file; null when the user cancels. */
export function pickFile(accept: string): Promise<{ name: string; bytes: Uint8Array } | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    document.body.appendChild(input);
    const done = (v: { name: string; bytes: Uint8Array } | null) => {
      input.remove();
      resolve(v);
    };
    input.addEventListener('cancel', () => done(null));
    input.addEventListener('change', async () => {
      const f = input.files?.[0];
      done(f ? { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) } : null);
    });
    input.click();
  });
}
