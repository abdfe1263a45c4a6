/**
 * .docx → PDF through LibreOffice where it is installed (the leaders who read on screen get the same pages
 * the .docx prints). One conversion per call in a temporary folder with a fresh LibreOffice profile, so it
 * neither disturbs a LibreOffice the user has open nor leaves files behind; a time limit stops a hung soffice.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from './user-error';

const CANDIDATES: Record<string, string[]> = {
  win32: ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'],
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
  linux: ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/snap/bin/libreoffice'],
};

export const NO_LIBREOFFICE = '本机未安装 LibreOffice，无法直接生成 PDF。请先导出 Word 文件，用 Word 或 WPS 打开后“另存为 PDF”；或安装 LibreOffice 后重试。';

export function findSoffice(platform: NodeJS.Platform = process.platform, exists: (p: string) => boolean = existsSync): string | null {
  return (CANDIDATES[platform] ?? CANDIDATES.linux).find(exists) ?? null;
}

export interface PdfOptions {
  soffice?: string | null;
  timeoutMs?: number;
  /** Extra environment, e.g. a test fontconfig. */
  env?: NodeJS.ProcessEnv;
}

export async function convertDocxToPdf(docx: Uint8Array, o: PdfOptions = {}): Promise<Uint8Array> {
  const soffice = o.soffice === undefined ? findSoffice() : o.soffice;
  if (!soffice) throw new UserError(NO_LIBREOFFICE, 'NO_CONVERTER');
  const dir = await mkdtemp(path.join(tmpdir(), 'gw-pdf-'));
  try {
    const input = path.join(dir, 'export.docx');
    await writeFile(input, docx);
    const profile = path.join(dir, 'profile');
    const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input];
    await new Promise<void>((resolve, reject) => {
      execFile(soffice, args, { timeout: o.timeoutMs ?? 90_000, windowsHide: true, env: { ...process.env, ...o.env } }, (err) => {
        if (err && (err as { killed?: boolean }).killed) reject(new UserError('生成 PDF 超时（LibreOffice 没有在规定时间内完成），请稍后重试，或用 Word/WPS 另存为 PDF。'));
        else if (err && (err as { code?: string }).code === 'ENOENT') reject(new UserError(NO_LIBREOFFICE, 'NO_CONVERTER'));
        else resolve(); // soffice often exits non-zero with a warning yet writes the PDF: the file decides
      });
    });
    const pdf = path.join(dir, 'export.pdf');
    if (!existsSync(pdf)) throw new UserError('LibreOffice 未能生成 PDF，请用 Word 或 WPS 打开导出的文件后另存为 PDF。');
    return new Uint8Array(await readFile(pdf));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
