import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileUrlKey } from './file-url';

describe('fileUrlKey', () => {
  it('treats Node- and Chromium-style encodings of the same file as equal, ignoring hash and query', () => {
    const node = pathToFileURL('/opt/公文起草助手/resources/app.asar/dist/renderer/index.html').href;
    const chromium = 'file:///opt/%E5%85%AC%E6%96%87%E8%B5%B7%E8%8D%89%E5%8A%A9%E6%89%8B/resources/app.asar/dist/renderer/index.html#/x?y';
    expect(fileUrlKey(node)).toBe(fileUrlKey(chromium));
    expect(fileUrlKey(node)).toBe('/opt/公文起草助手/resources/app.asar/dist/renderer/index.html');
  });

  it('folds case on Windows only', () => {
    expect(fileUrlKey('file:///C:/App/index.html', 'win32')).toBe(fileUrlKey('file:///c:/app/INDEX.html', 'win32'));
    expect(fileUrlKey('file:///App/index.html', 'linux')).not.toBe(fileUrlKey('file:///app/index.html', 'linux'));
  });

  it('is null for other schemes, remote file hosts and garbage', () => {
    for (const u of ['https://evil.example/index.html', 'data:text/html,x', 'file://evil-host/share/index.html', 'not a url', 'file:///%E0%A4%A']) {
      expect(fileUrlKey(u), u).toBe(null);
    }
  });

  it('normalises the decoded path: an encoded slash or dot-segments cannot step out of a folder', () => {
    const dir = fileUrlKey('file:///opt/app/dist/renderer/')!;
    expect(dir).toBe('/opt/app/dist/renderer/');
    for (const u of ['file:///opt/app/dist/renderer/..%2F..%2Fsecret.html', 'file:///opt/app/dist/renderer/%2E%2E%2fx', 'file:///opt/app/dist/renderer/..%5C..%5Cx', 'file:///opt/app/dist/renderer/a%00b']) {
      const k = fileUrlKey(u);
      expect(k === null || !k.startsWith(dir), u).toBe(true);
    }
    expect(fileUrlKey('file:///opt/app/dist/renderer/sub/../main.js')).toBe('/opt/app/dist/renderer/main.js');
    expect(fileUrlKey('file:///opt/app/dist/renderer/%2e%2e/x')).toBe('/opt/app/dist/x');
    // Windows: backslashes, drive letters and case.
    const wdir = fileUrlKey('file:///C:/App/dist/renderer/', 'win32')!;
    expect(wdir).toBe('c:\\app\\dist\\renderer\\');
    expect(fileUrlKey('file:///C:/App/dist/renderer/..%5C..%5Cx', 'win32')).toBe(null);
    expect(fileUrlKey('file:///c:/APP/dist/renderer/Main.js', 'win32')!.startsWith(wdir)).toBe(true);
  });
});
