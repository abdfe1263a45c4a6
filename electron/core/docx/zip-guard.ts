/**
 * Checks an uploaded file before anything is inflated: empty, legacy/encrypted Office (OLE),
 * not a zip, too big, or a zip bomb. Reads only the End Of Central Directory record and the
 * central directory, whose declared sizes let us refuse a bomb without decompressing a byte.
 * Pure: works on a Uint8Array in Node and the browser.
 */

export const LIMITS = {
  /** A long report with pictures is a few MB; 50 MB is generous. */
  maxFileBytes: 50 * 1024 * 1024,
  maxEntries: 5000,
  /** Sum of declared uncompressed sizes. */
  maxTotalUncompressed: 300 * 1024 * 1024,
  maxEntryUncompressed: 150 * 1024 * 1024,
  /** XML compresses 5–20×; a ratio above this on a sizeable entry is a bomb, not a document. */
  maxRatio: 200,
  ratioCheckFrom: 1024 * 1024,
} as const;

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  encrypted: boolean;
  method: number;
  /** Where the entry's local header starts (its data follows that header). */
  localHeaderOffset: number;
}

export type GuardResult = { ok: true; entries: ZipEntryInfo[] } | { ok: false; error: string };

export const ERRORS = {
  empty: '文件是空的（0 字节），无法作为文稿打开。',
  ole: '这个文件设置了打开密码（已加密），或是旧版 Word 97-2003 文档（.doc）。请在 Word 或 WPS 中取消密码、另存为 .docx 后再导入。',
  notZip: '这不是有效的 Word 文档（.docx）：文件内容不是 .docx 使用的 ZIP 格式。如果是 .doc、.wps、.pdf 或改了扩展名的文件，请先在 Word 或 WPS 中另存为 .docx。',
  tooLarge: (mb: string) => `文件过大（${mb} MB），超过了 ${LIMITS.maxFileBytes / 1024 / 1024} MB 的导入上限。`,
  bomb: '文件解压后的体积异常巨大（疑似“压缩炸弹”），为安全起见已拒绝导入。',
  encryptedEntry: '文件中的内容已加密，无法读取。请在 Word 或 WPS 中取消密码后再导入。',
  corrupt: '文件已损坏，无法读取。可以尝试在 Word 或 WPS 中打开它并另存为 .docx 后再导入。',
  notWord: '这个文件不是 Word 文档：里面没有 Word 正文（word/document.xml）。',
  unsupportedZip: '文件使用了不受支持的 ZIP64 格式，无法导入。请在 Word 或 WPS 中另存为 .docx 后再试。',
} as const;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
export function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

/** Finds the End Of Central Directory record (it may be followed by a comment of up to 64 KB). */
function findEocd(b: Uint8Array): number {
  const min = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= min; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}

export function inspectZip(bytes: Uint8Array): GuardResult {
  if (bytes.length === 0) return { ok: false, error: ERRORS.empty };
  if (OLE_MAGIC.every((v, i) => bytes[i] === v)) return { ok: false, error: ERRORS.ole };
  // Local file header "PK\3\4" (or "PK\5\6" for an empty zip, which is not a document either).
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
  if (!isZip) return { ok: false, error: ERRORS.notZip };
  if (bytes.length > LIMITS.maxFileBytes) return { ok: false, error: ERRORS.tooLarge((bytes.length / 1024 / 1024).toFixed(1)) };

  const eocd = findEocd(bytes);
  if (eocd < 0) return { ok: false, error: ERRORS.corrupt };
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return { ok: false, error: ERRORS.unsupportedZip };
  if (count > LIMITS.maxEntries) return { ok: false, error: ERRORS.bomb };
  if (cdOffset + cdSize > eocd) return { ok: false, error: ERRORS.corrupt };

  const entries: ZipEntryInfo[] = [];
  let p = cdOffset;
  let total = 0;
  const names = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) return { ok: false, error: ERRORS.corrupt };
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const compressedSize = u32(bytes, p + 20);
    const uncompressedSize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const localHeaderOffset = u32(bytes, p + 42);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) return { ok: false, error: ERRORS.unsupportedZip };
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.push({ name, compressedSize, uncompressedSize, encrypted: (flags & 1) === 1, method, localHeaderOffset });
    total += uncompressedSize;
    p += 46 + nameLen + extraLen + commentLen;
  }

  for (const e of entries) {
    if (e.encrypted) return { ok: false, error: ERRORS.encryptedEntry };
    if (e.uncompressedSize > LIMITS.maxEntryUncompressed) return { ok: false, error: ERRORS.bomb };
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize >= LIMITS.ratioCheckFrom && ratio > LIMITS.maxRatio) return { ok: false, error: ERRORS.bomb };
  }
  if (total > LIMITS.maxTotalUncompressed) return { ok: false, error: ERRORS.bomb };
  return { ok: true, entries };
}
