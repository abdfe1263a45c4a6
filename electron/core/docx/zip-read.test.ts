import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { inspectZip } from './zip-guard';
import { EntryCorrupt, EntryTooBig, readEntry, readPart } from './zip-read';

async function zipOf(files: Record<string, string>, compression: 'STORE' | 'DEFLATE'): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression });
}

function entries(bytes: Uint8Array) {
  const g = inspectZip(bytes);
  if (!g.ok) throw new Error(g.error);
  return g.entries;
}

const TEXT = '<w:document>各位代表：现在，我代表市人民政府，向大会报告工作。</w:document>'.repeat(40);

describe('readEntry / readPart', () => {
  it('reads stored and deflated parts alike; a part that is not there is null', async () => {
    for (const compression of ['STORE', 'DEFLATE'] as const) {
      const bytes = await zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': TEXT }, compression);
      expect(readPart(bytes, entries(bytes), 'word/document.xml', 1 << 20)).toBe(TEXT);
      expect(readPart(bytes, entries(bytes), 'word/styles.xml', 1 << 20)).toBeNull();
    }
  });

  it("stops at the caller's limit", async () => {
    const bytes = await zipOf({ 'word/document.xml': TEXT }, 'DEFLATE');
    const e = entries(bytes).find((x) => x.name === 'word/document.xml')!;
    expect(() => readEntry(bytes, e, 100)).toThrow(EntryTooBig);
  });

  it('stops as soon as a part inflates past the size it declares (a lying zip), however far below the limit', async () => {
    const bytes = await zipOf({ 'word/document.xml': TEXT }, 'DEFLATE');
    const e = entries(bytes).find((x) => x.name === 'word/document.xml')!;
    expect(() => readEntry(bytes, { ...e, uncompressedSize: 1000 }, 1 << 20)).toThrow(EntryTooBig);
  });

  it('a local header that is not where the directory says, truncated data, or an unknown method: damaged', async () => {
    const bytes = await zipOf({ 'word/document.xml': TEXT }, 'DEFLATE');
    const e = entries(bytes).find((x) => x.name === 'word/document.xml')!;
    expect(() => readEntry(bytes, { ...e, localHeaderOffset: e.localHeaderOffset + 1 }, 1 << 20)).toThrow(EntryCorrupt);
    expect(() => readEntry(bytes, { ...e, compressedSize: e.compressedSize + bytes.length }, 1 << 20)).toThrow(EntryCorrupt);
    expect(() => readEntry(bytes, { ...e, compressedSize: Math.floor(e.compressedSize / 2) }, 1 << 20)).toThrow(EntryCorrupt);
    expect(() => readEntry(bytes, { ...e, method: 14 }, 1 << 20)).toThrow(EntryCorrupt);
  });
});
