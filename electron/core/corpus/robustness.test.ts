/** “Nothing throws an uncaught error”: random and hostile input goes through the whole pipeline. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importFiles } from './import';
import { extractPhrases } from './phrases';
import { deriveSkeletons } from './skeletons';
import { extractSections } from './sections';
import { PhraseIndex } from './phrase-index';

function rng(seed: number) {
  let a = seed;
  return () => ((a = (Math.imul(a ^ (a >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 4294967296);
}

const PIECES = ['一、', '（一）', '(二)', '1.', '（1）', '一是', '二是', '三是', '第1篇: ', '第2篇：', '>', '　　', '\n', '\r\n', '。', '，', '！', '!', ';', '“', '”', '同志们：', '20_年', '__周年', 'xx', '十七届五中全会', '85%', '问题和不足', '回顾', '主要任务', '让我们', '\\"', '\u0000', '\ufffd', '𠮷', '(', ')', '    ', '#', '**', '、', '抓紧抓实抓细', '围绕中心、服务大局'];

describe('robustness', () => {
  it('analyses 300 random documents built from markers, punctuation and junk without throwing', async () => {
    const r = rng(7);
    const files = Array.from({ length: 300 }, (_, i) => {
      let s = '';
      const n = Math.floor(r() * 80);
      for (let k = 0; k < n; k++) s += r() < 0.6 ? PIECES[Math.floor(r() * PIECES.length)] : String.fromCharCode(0x4e00 + Math.floor(r() * 500));
      return { name: `r${i}.${['txt', 'md', 'docx', 'text', ''][i % 5]}`, bytes: new TextEncoder().encode(s) };
    });
    const corpus = await importFiles(files);
    expect(corpus.documents.length + corpus.issues.length).toBeGreaterThan(0);
    for (const i of corpus.issues) expect(i.message).toMatch(/[\u4e00-\u9fa5]/);
    // The importer's last-resort catch must not be what kept it alive: no rule may throw.
    expect(corpus.issues.filter((i) => i.message.startsWith('分析失败'))).toEqual([]);
    const phrases = extractPhrases(corpus);
    deriveSkeletons(corpus);
    extractSections(corpus);
    const index = new PhraseIndex(phrases);
    for (const q of ['', '一', '同志', '{', '𠮷', '  ', '问题 不足']) index.search(q, { limit: 5 });
  });

  it('reports random bytes as an issue, never a throw', async () => {
    const r = rng(11);
    const files = Array.from({ length: 50 }, (_, i) => ({ name: `b${i}.txt`, bytes: Uint8Array.from({ length: 1 + Math.floor(r() * 3000) }, () => Math.floor(r() * 256)) }));
    const corpus = await importFiles(files);
    expect(corpus.issues.length).toBeGreaterThan(40);
    expect(corpus.issues.filter((i) => i.message.startsWith('分析失败'))).toEqual([]);
  });

  it('analyses a 200,000-line .txt without headings (no call-stack overflow anywhere in the pipeline)', async () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `第${i}行记录了一项工作。`);
    const corpus = await importFiles([{ name: 'huge.txt', bytes: new TextEncoder().encode(lines.join('\n')) }]);
    expect(corpus.documents).toHaveLength(1);
    expect(corpus.documents[0].opening.length).toBeGreaterThan(190_000);
    expect(() => {
      extractPhrases(corpus);
      deriveSkeletons(corpus);
      extractSections(corpus);
    }).not.toThrow();
  });

  it('has no push(...spread) in the corpus engine (it overflows the stack on large input; use append)', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .filter((f) => /\.push\(\s*\.\.\./.test(readFileSync(dir + f, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')));
    expect(offenders).toEqual([]);
  });
});

