/** How bulky derived values are stored: section blocks deflated, a phrase's source without what its document row says. */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { SourceRef } from '../../core/corpus/types';

export function packJson(value: unknown): Uint8Array {
  // The default level, kept: level 1 saves little (0.1 ms a report), and these bytes are part of the engine's
  // fingerprint (worker.ts reindexIfEngineChanged), so changing them would re-derive every user's archive once.
  const z = deflateRawSync(JSON.stringify(value));
  // Copied into a buffer of its own: zlib's result is a view of a 16 KB output chunk, and postMessage clones a view's
  // whole buffer, so each section (1–2 KB deflated) crossed from an analysis thread to the writer as 16 KB. Still a
  // Buffer, so the fingerprint's JSON is what it was.
  return Buffer.from(z.buffer.slice(z.byteOffset, z.byteOffset + z.byteLength));
}

export function unpackJson<T>(packed: Uint8Array): T {
  return JSON.parse(inflateRawSync(packed).toString('utf8')) as T;
}

/** [sectionPath, paragraphIndex, context]: the document's id and title are joined in when it is read. */
export type CompactSource = [string[], number, string];

export function compactSource(s: SourceRef | undefined): CompactSource | null {
  return s ? [s.sectionPath, s.paragraphIndex, s.context.slice(0, 100)] : null;
}

export function expandSource(c: CompactSource | null, docId: string, docTitle: string): SourceRef[] {
  return c ? [{ docId, docTitle, sectionPath: c[0], paragraphIndex: c[1], context: c[2] }] : [];
}
