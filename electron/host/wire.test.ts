import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, fromWire, toWire } from './wire';

describe('wire format', () => {
  it('carries bytes of any size at any depth as {$bytes} and back', () => {
    const big = new Uint8Array(300_000).map((_, i) => (i * 7) % 256);
    const v = { files: [{ name: '报告.docx', bytes: big }, { name: 'e', bytes: new Uint8Array() }], n: 1, s: 'x', z: null };
    const json = JSON.parse(JSON.stringify(toWire(v)));
    expect(json.files[0].bytes.$bytes).toBe(Buffer.from(big).toString('base64'));
    expect(fromWire(json)).toEqual(v);
    expect(base64ToBytes(bytesToBase64(big))).toEqual(big);
  });

  it('drops undefined fields like JSON does, and keeps a "__proto__" key a plain key', () => {
    expect(toWire({ a: undefined, b: 1 })).toEqual({ b: 1 });
    const v = fromWire(JSON.parse('{"__proto__": {"polluted": true}, "a": 1}')) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['__proto__', 'a']);
  });

  it('rejects malformed base64', () => {
    expect(() => fromWire({ $bytes: '***' })).toThrow();
  });
});
