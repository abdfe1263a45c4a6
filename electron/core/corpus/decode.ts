/**
 * Bytes → text without asking the user for the encoding: BOM, then strict UTF-8, then UTF-16
 * (by NUL-byte layout and by how Chinese the result looks), else GB18030 (a superset of GBK/GB2312).
 * Binary, empty and oversized input is refused with a Chinese reason; a UTF-8 file cut off in the
 * middle of a character is decoded with a warning. Pure: runs in Node, a worker or the renderer.
 */

/** Largest file the importer accepts (a decade of reports is a few MB; 50 MB is surely not a report). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'; warnings: string[] }
  | { ok: false; message: string };

const MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF 文件'],
  [[0x50, 0x4b, 0x03, 0x04], '压缩包或 Office 文档（若是 Word 文档，请使用 .docx 扩展名）'],
  [[0xd0, 0xcf, 0x11, 0xe0], '旧版 Office 文档（.doc），请在 Word 中另存为 .docx'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'RTF 文档，请另存为 .docx 或 .txt'],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Decoders are made once (making one costs more than decoding a report); without `stream` they keep no state between calls. */
const decoders = new Map<string, TextDecoder>();
function decoder(label: string, fatal = false): TextDecoder {
  const key = label + (fatal ? '!' : '');
  let d = decoders.get(key);
  if (!d) decoders.set(key, (d = new TextDecoder(label, { fatal })));
  return d;
}

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return decoder(label, fatal).decode(bytes);
  } catch {
    return null;
  }
}

/** How much a decoded string looks like Chinese prose: common CJK, CJK punctuation, ASCII text. Penalises Hangul, PUA, controls, U+FFFD. */
function plausibility(text: string): number {
  let good = 0;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x4e00 && c <= 0x9fa5) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e) || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2026 || c === 0x2014) good += 2;
    else if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09) good += 1;
    else if (c === 0xfffd || c < 0x20 || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x80 && c < 0xa0)) bad += 4;
    else bad += 1;
  }
  return (good - bad) / Math.max(1, text.length);
}

/** Share of control characters (other than tab/newline/form feed) and replacement characters. */
function junkRatio(text: string): number {
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd || c === 0x7f) junk++;
  }
  return junk / Math.max(1, text.length);
}

function finish(text: string, encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030', warnings: string[] = []): DecodeResult {
  if (text.replace(/^\ufeff/, '').trim() === '') return { ok: false, message: '文件为空（没有可读的文字）' };
  if (junkRatio(text) > 0.01) return { ok: false, message: '不是文本文件（含大量控制字符，疑为二进制文件）' };
  return { ok: true, text: text.replace(/^\ufeff/, ''), encoding, warnings };
}

/** Decode a text file's bytes. */
export function decodeText(bytes: Uint8Array, opts: { maxBytes?: number } = {}): DecodeResult {
  const max = opts.maxBytes ?? MAX_FILE_BYTES;
  if (bytes.length === 0) return { ok: false, message: '文件为空（0 字节）' };
  if (bytes.length > max) return { ok: false, message: `文件过大（${(bytes.length / 1048576).toFixed(1)} MB，上限 ${Math.round(max / 1048576)} MB）` };
  for (const [sig, what] of MAGIC) if (startsWith(bytes, sig)) return { ok: false, message: `不是文本文件，而是${what}` };

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const t = tryDecode('utf-8', bytes.subarray(3), true);
    if (t !== null) return finish(t, 'utf-8');
  }
  if (startsWith(bytes, [0xff, 0xfe])) return finish(decoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le', bytes.length % 2 ? ['文件末尾不完整（可能被截断）'] : []);
  if (startsWith(bytes, [0xfe, 0xff])) return finish(decoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be', bytes.length % 2 ? ['文件末尾不完整（可能被截断）'] : []);

  // UTF-16 without BOM: ASCII characters leave NUL bytes on one side only.
  let nulEven = 0;
  let nulOdd = 0;
  const probe = Math.min(bytes.length, 65536);
  for (let i = 0; i < probe; i++) if (bytes[i] === 0) i % 2 ? nulOdd++ : nulEven++;

  const utf8 = tryDecode('utf-8', bytes, true);
  if (utf8 !== null && nulEven + nulOdd === 0) return finish(utf8, 'utf-8');

  if (bytes.length % 2 === 0) {
    const le = tryDecode('utf-16le', bytes, true);
    const be = tryDecode('utf-16be', bytes, true);
    const gb = tryDecode('gb18030', bytes, false);
    const cands: [string | null, 'utf-16le' | 'utf-16be' | 'gb18030'][] = [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
      [gb, 'gb18030'],
    ];
    let best: [string, 'utf-16le' | 'utf-16be' | 'gb18030'] | null = null;
    let bestScore = -Infinity;
    for (const [t, enc] of cands) {
      if (t === null) continue;
      const s = plausibility(t.slice(0, 20000));
      if (s > bestScore) [best, bestScore] = [[t, enc], s];
    }
    if (nulOdd + nulEven > 0 && bestScore < 0.5) return { ok: false, message: '不是文本文件（含空字节，疑为二进制文件）' };
    if (best && bestScore >= 0.5) return finish(best[0], best[1]);
  }
  if (nulOdd + nulEven > 0) return { ok: false, message: '不是文本文件（含空字节，疑为二进制文件）' };

  // A UTF-8 file cut off inside its last character: strict decoding fails only at the very end.
  // Only when the dropped bytes really are the start of a longer UTF-8 sequence: `abc` + GBK `中` (D6 D0)
  // also becomes valid UTF-8 when two bytes are dropped, but D0 is no continuation byte.
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const tail = bytes.subarray(bytes.length - cut);
    const lead = tail[0];
    const need = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 0;
    if (need <= cut || !tail.subarray(1).every((b) => b >= 0x80 && b <= 0xbf)) continue;
    const t = tryDecode('utf-8', bytes.subarray(0, bytes.length - cut), true);
    if (t !== null) return finish(t, 'utf-8', ['文件末尾不完整（可能被截断），已忽略末尾残缺的字符']);
  }
  const gb = decoder('gb18030').decode(bytes);
  if (plausibility(gb.slice(0, 20000)) < 0.3) return { ok: false, message: '无法识别文件编码（不是 UTF-8、UTF-16 或 GBK/GB18030 文本）' };
  return finish(gb, 'gb18030');
}
