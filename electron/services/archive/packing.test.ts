import { describe, expect, it } from 'vitest';
import { packJson, unpackJson } from './packing';

describe('packed section blocks', () => {
  it('own their bytes, so a postMessage to the writer copies those and not the 16 KB zlib wrote them in', () => {
    const blocks = [{ type: 'paragraph', children: [{ text: '各级工会组织要团结动员广大职工'.repeat(20) }] }];
    const packed = packJson(blocks);
    expect(packed.byteLength).toBe(packed.buffer.byteLength);
    expect(Buffer.isBuffer(packed)).toBe(true); // the engine's fingerprint stringifies it as before
    expect(unpackJson(packed)).toEqual(blocks);
  });
});
