import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, MAX_FILE_BYTES } from './decode';

const fx = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const utf8Text = readFileSync(new URL('./fixtures/mini-plan.utf8.txt', import.meta.url), 'utf8');

function ok(r: ReturnType<typeof decodeText>) {
  if (!r.ok) throw new Error('expected success, got: ' + r.message);
  return r;
}

describe('decodeText', () => {
  it('reads UTF-8 without BOM', () => {
    const r = ok(decodeText(fx('mini-plan.utf8.txt')));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(utf8Text);
  });

  it('reads UTF-8 with BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...fx('mini-plan.utf8.txt')]);
    const r = ok(decodeText(bytes));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(utf8Text);
  });

  it('detects GBK bytes (made by iconv) without being told', () => {
    const r = ok(decodeText(fx('mini-plan.gbk.txt')));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(utf8Text);
  });

  it('reads GB18030 four-byte characters that GBK lacks', () => {
    const r = ok(decodeText(fx('gb18030-rare.txt')));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toContain('𠮷');
    expect(r.text).toContain('㐀');
  });

  it('reads UTF-16LE with BOM, UTF-16LE and UTF-16BE without BOM', () => {
    const le = ok(decodeText(fx('mini-plan.utf16le-bom.txt')));
    expect(le.encoding).toBe('utf-16le');
    expect(le.text).toBe(utf8Text);
    const leNoBom = ok(decodeText(fx('mini-plan.utf16le-nobom.txt')));
    expect(leNoBom.encoding).toBe('utf-16le');
    expect(leNoBom.text).toBe(utf8Text);
    const beNoBom = ok(decodeText(fx('mini-plan.utf16be-nobom.txt')));
    expect(beNoBom.encoding).toBe('utf-16be');
    expect(beNoBom.text).toBe(utf8Text);
  });

  it('refuses empty and whitespace-only files with a Chinese reason', () => {
    const e = decodeText(new Uint8Array());
    expect(e).toEqual({ ok: false, message: '文件为空（0 字节）' });
    const w = decodeText(new TextEncoder().encode('  \n\u3000\n'));
    expect(w.ok).toBe(false);
    expect(!w.ok && w.message).toMatch(/文件为空/);
  });

  it('refuses binary content: known signatures and NUL/control bytes', () => {
    const png = decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(!png.ok && png.message).toBe('不是文本文件，而是PNG 图片');
    const pdf = decodeText(new TextEncoder().encode('%PDF-1.7\n...'));
    expect(!pdf.ok && pdf.message).toMatch(/PDF/);
    // Pseudo-random bytes (deterministic) with NULs: an executable, an image…
    const junk = new Uint8Array(4097);
    let x = 12345;
    for (let i = 0; i < junk.length; i++) junk[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    const r = decodeText(junk);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/不是文本文件|无法识别文件编码/);
  });

  it('refuses oversized input before decoding', () => {
    const r = decodeText(new Uint8Array(2048), { maxBytes: 1024 });
    expect(!r.ok && r.message).toMatch(/^文件过大（0\.0 MB，上限 0 MB）$/);
    const big = decodeText(new Uint8Array(MAX_FILE_BYTES + 1));
    expect(!big.ok && big.message).toBe('文件过大（50.0 MB，上限 50 MB）');
  });

  it('decodes a UTF-8 file cut in the middle of a character, with a warning', () => {
    const full = new TextEncoder().encode('一、总体要求\n加强领导。');
    const cut = full.subarray(0, full.length - 1); // last character 。 is three bytes
    const r = ok(decodeText(cut));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe('一、总体要求\n加强领导');
    expect(r.warnings[0]).toMatch(/截断/);
  });

  it('does not mistake a GBK file ending in one Chinese character for truncated UTF-8', () => {
    const r = ok(decodeText(new Uint8Array([0x61, 0x62, 0x63, 0x0a, 0xd6, 0xd0]))); // "abc\n中" in GBK
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe('abc\n中');
    const odd = ok(decodeText(new Uint8Array([0x61, 0x62, 0x63, 0xd6, 0xd0]))); // odd length: no UTF-16 guess either
    expect(odd.text).toBe('abc中');
    expect(odd.warnings).toEqual([]);
  });
});
