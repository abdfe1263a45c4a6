/**
 * Reads one part of a .docx (a zip) whose central directory `inspectZip` has already read and checked. The data
 * is inflated with fflate, and never past the entry's declared size or the caller's limit: the declared sizes
 * were checked before, but a crafted zip can lie about them (a valid zip's central directory always holds the
 * true sizes, even when its local headers don't).
 * fflate is the zip library the docx package (our exporter) is built on. JSZip, used before, had to be reached
 * through an internal stream API to cap its output, and a Word-like report's import took 2.97 ms of CPU with it
 * against 2.53 ms now (medians of 11 passes over 300 files, alternated).
 * Pure: works on a Uint8Array in Node and the browser.
 */
import { Inflate, inflateSync } from 'fflate';
import { u16, u32, type ZipEntryInfo } from './zip-guard';

/** An entry inflates to more than it declares, or than its reader's limit. */
export class EntryTooBig extends Error {}
/** An entry's bytes are not where the central directory says, or use a method a .docx never does. */
export class EntryCorrupt extends Error {}

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/**
 * Deflate expands at most ~1,032×. Up to this much compressed data is inflated in one call, into a buffer one byte
 * longer than the entry may be, which fflate never grows: even a lying entry then decodes at most ~130 MB, in a
 * fraction of a second, and fills no more than that buffer. Every part of an ordinary .docx is below it. Larger
 * entries are streamed, and stop at the first step past the cap (streaming every part instead cost about 1 ms
 * more per Word-like report: fflate's stream grows its buffers by copying).
 */
const ONE_CALL = 128 * 1024;
/** Compressed bytes per streaming step: at most ~16 MB of output each. */
const STEP = 16 * 1024;

/** The entry's compressed bytes (after its local header). */
function entryData(zip: Uint8Array, e: ZipEntryInfo): Uint8Array {
  const at = e.localHeaderOffset;
  if (at + 30 > zip.length || u32(zip, at) !== LOCAL_HEADER) throw new EntryCorrupt();
  const start = at + 30 + u16(zip, at + 26) + u16(zip, at + 28);
  if (start + e.compressedSize > zip.length) throw new EntryCorrupt();
  return zip.subarray(start, start + e.compressedSize);
}

/** The entry's bytes, at most `limit` of them. */
export function readEntry(zip: Uint8Array, e: ZipEntryInfo, limit: number): Uint8Array {
  const data = entryData(zip, e);
  const cap = Math.min(limit, e.uncompressedSize);
  if (e.method === STORED) {
    if (data.length > cap) throw new EntryTooBig();
    return data;
  }
  if (e.method !== DEFLATED) throw new EntryCorrupt();
  if (!data.length) throw new EntryCorrupt(); // a deflate stream has at least its final block's header
  if (data.length <= ONE_CALL) {
    let out: Uint8Array;
    try {
      out = inflateSync(data, { out: new Uint8Array(cap + 1) });
    } catch {
      throw new EntryCorrupt();
    }
    if (out.length > cap) throw new EntryTooBig();
    return out;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > cap) throw new EntryTooBig();
    chunks.push(chunk);
  });
  try {
    for (let i = 0; i < data.length; i += STEP) inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  } catch (err) {
    if (err instanceof EntryTooBig) throw err;
    throw new EntryCorrupt(); // fflate's own errors: invalid block type, unexpected EOF…
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

const utf8 = new TextDecoder('utf-8');

/** The named part as text, or null when the package has no such part. */
export function readPart(zip: Uint8Array, entries: readonly ZipEntryInfo[], name: string, limit: number): string | null {
  const e = entries.find((x) => x.name === name);
  return e ? utf8.decode(readEntry(zip, e, limit)) : null;
}
