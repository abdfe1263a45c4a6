/**
 * Import: files (bytes + name) → Corpus. Text files are decoded (decode.ts), Word files read with
 * mammoth, multi-document files split at `第N篇: 标题` lines, Markdown marks dropped. A bad file adds an
 * ImportIssue naming the file and the reason; the rest of the batch still imports and nothing throws.
 */
import type { Corpus, CorpusDocument, ImportIssue, InputFile } from './types';
import { decodeText, MAX_FILE_BYTES } from './decode';
import { analyzeDocument } from './analyze';
import { headingMarker, type HeadingLevel } from '../draft/model';

export const TEXT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown'];
export const WORD_EXTENSIONS = ['.docx'];
export const SUPPORTED_EXTENSIONS = [...TEXT_EXTENSIONS, ...WORD_EXTENSIONS];

export function extensionOf(name: string): string {
  const m = /\.[^./\\]+$/.exec(name);
  return m ? m[0].toLowerCase() : '';
}

export function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

export interface SplitDocument {
  title?: string;
  /** 1-based number of the document within the file (from `第N篇`, else its position). */
  n: number;
  text: string;
}

const MULTI_DOC_RE = /^[\s\u3000>]*第\s*([0-9０-９一二三四五六七八九十百]+)\s*篇\s*[:：]?\s*(.*)$/;

/** Split a multi-document file at `第N篇: 标题` lines; a file without them is one document. */
export function splitDocuments(text: string): SplitDocument[] {
  const lines = text.split(/\r\n|\r|\n/);
  const docs: SplitDocument[] = [];
  let cur: { title?: string; lines: string[] } | null = null;
  const pre: string[] = [];
  for (const line of lines) {
    const m = MULTI_DOC_RE.exec(line);
    if (m && line.length < 120) {
      if (cur) docs.push({ title: cur.title, n: docs.length + 1, text: cur.lines.join('\n') });
      cur = { title: m[2].trim() || undefined, lines: [] };
    } else if (cur) cur.lines.push(line);
    else pre.push(line);
  }
  if (!cur) return [{ n: 1, text }];
  docs.push({ title: cur.title, n: docs.length + 1, text: cur.lines.join('\n') });
  // Text before the first 第1篇 line (a preface) is kept only if it has substance.
  if (pre.join('').trim().length > 20) docs.unshift({ n: 0, text: pre.join('\n') });
  return docs.filter((d) => d.text.trim() !== '');
}

/** Markdown → plain lines: `#` marks, emphasis, list bullets and block quotes removed; a `# 标题` line is the title. */
export function markdownToText(md: string): string {
  return md
    .split(/\r\n|\r|\n/)
    .map((l) =>
      l
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s{0,3}[-*+]\s+/, '')
        .replace(/\*\*|__/g, '')
        .replace(/^\s*>\s?/, ''),
    )
    .join('\n');
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

const MARKER_RE = /^[\s\u3000]*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）])/;

/**
 * .docx → lines, via mammoth's HTML (it keeps paragraph order and tells headings from body).
 * Word's automatic numbering is not in the text, so a heading styled 标题1–4 without a typed
 * marker gets one from its level; the first heading-styled or centred line before any body is the title.
 */
export async function docxToText(bytes: Uint8Array): Promise<{ text: string; warnings: string[] }> {
  const mammoth = await import('mammoth');
  const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`: give both.
  const input = { buffer: bytes, arrayBuffer: ab } as unknown as { buffer: Buffer };
  const result = await (mammoth.default ?? mammoth).convertToHtml(input);
  const blocks: { tag: string; text: string }[] = [];
  for (const m of result.value.matchAll(/<(h[1-6]|p|li)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const text = decodeEntities(m[2].replace(/<br\s*\/?>/g, '\n').replace(/<[^>]+>/g, '')).trim();
    if (text) blocks.push({ tag: m[1], text });
  }
  const headingLevels = [...new Set(blocks.filter((b) => b.tag.startsWith('h')).map((b) => Number(b.tag[1])))].sort();
  const lines: string[] = [];
  const counters = [0, 0, 0, 0, 0];
  let seenBody = false;
  for (const b of blocks) {
    if (b.tag.startsWith('h') && !MARKER_RE.test(b.text)) {
      const rank = headingLevels.indexOf(Number(b.tag[1]));
      if (!seenBody && lines.length === 0) {
        lines.push(b.text); // title
        continue;
      }
      // When the title used the top heading style, body headings start one style lower.
      const titleUsedTop = headingLevels.length > 1 && blocks.findIndex((x) => x.tag === `h${headingLevels[0]}`) === 0;
      const level = Math.min(4, Math.max(1, rank + (titleUsedTop ? 0 : 1))) as HeadingLevel;
      counters[level]++;
      for (let l = level + 1; l <= 4; l++) counters[l] = 0;
      lines.push(headingMarker(level, counters[level]) + b.text);
    } else {
      seenBody = true;
      lines.push(b.text);
    }
  }
  const warnings = result.messages.filter((m) => m.type === 'error').map((m) => `Word 文档部分内容未能读取：${m.message}`);
  return { text: lines.join('\n'), warnings };
}

/** A document whose last paragraph stops mid-sentence was probably cut off (the seed's 第5篇 is). */
function truncationWarning(doc: CorpusDocument): string | undefined {
  const lastSection = (secs: CorpusDocument['sections']): string | undefined => {
    const s = secs[secs.length - 1];
    if (!s) return undefined;
    const c = s.children[s.children.length - 1];
    if (!c) return s.runIn ?? s.heading;
    return c.kind === 'section' ? lastSection([c]) : c.normalized;
  };
  const last = doc.closing.length ? doc.closing[doc.closing.length - 1].normalized : lastSection(doc.sections) ?? doc.opening[doc.opening.length - 1]?.normalized;
  if (!last || /[。！？!?…”’）：:；]$/.test(last)) return undefined;
  return `末尾不完整（最后一段止于「${last.slice(-8)}」，没有结束标点），可能被截断`;
}

function issue(file: string, message: string, severity: 'error' | 'warning' = 'error'): ImportIssue {
  return { file, message, severity };
}

/** Import a batch of files into a corpus. Never throws: each failure becomes an issue. */
export async function importFiles(files: InputFile[], opts: { maxBytes?: number } = {}): Promise<Corpus> {
  const documents: CorpusDocument[] = [];
  const issues: ImportIssue[] = [];
  const max = opts.maxBytes ?? MAX_FILE_BYTES;
  const usedIds = new Set<string>();
  for (const f of files) {
    const name = baseName(f.name);
    const ext = extensionOf(name);
    try {
      let text: string;
      if (f.bytes.length > max) {
        issues.push(issue(f.name, `文件过大（${(f.bytes.length / 1048576).toFixed(1)} MB，上限 ${Math.round(max / 1048576)} MB）`));
        continue;
      }
      if (ext === '.doc') {
        issues.push(issue(f.name, '不支持旧版 Word 格式（.doc），请在 Word 中另存为 .docx 后再导入'));
        continue;
      }
      if (WORD_EXTENSIONS.includes(ext)) {
        if (f.bytes.length === 0) {
          issues.push(issue(f.name, '文件为空（0 字节）'));
          continue;
        }
        try {
          const r = await docxToText(f.bytes);
          text = r.text;
          for (const w of r.warnings) issues.push(issue(f.name, w, 'warning'));
        } catch {
          issues.push(issue(f.name, '无法读取 Word 文档：文件已损坏、被截断或不是 .docx 格式'));
          continue;
        }
        if (!text.trim()) {
          issues.push(issue(f.name, 'Word 文档中没有文字'));
          continue;
        }
      } else if (TEXT_EXTENSIONS.includes(ext) || ext === '') {
        const r = decodeText(f.bytes, { maxBytes: max });
        if (!r.ok) {
          issues.push(issue(f.name, r.message));
          continue;
        }
        for (const w of r.warnings) issues.push(issue(f.name, w, 'warning'));
        text = ext === '.md' || ext === '.markdown' ? markdownToText(r.text) : r.text;
      } else {
        issues.push(issue(f.name, `不支持的文件类型（${ext}），请导入 .txt、.md 或 .docx 文件`));
        continue;
      }
      const parts = splitDocuments(text);
      let added = 0;
      for (const part of parts) {
        let id = parts.length > 1 ? `${name}#${part.n}` : name;
        while (usedIds.has(id)) id += "'";
        usedIds.add(id);
        const doc = analyzeDocument({ id, fileName: name, text: part.text, declaredTitle: part.title });
        if (doc.charCount === 0) continue;
        const truncated = truncationWarning(doc);
        if (truncated) issues.push(issue(f.name, parts.length > 1 ? `第${part.n}篇${truncated}` : truncated, 'warning'));
        documents.push(doc);
        added++;
      }
      if (!added) issues.push(issue(f.name, '文件中没有可分析的正文'));
    } catch (e) {
      // Last resort: a rule bug must not lose the rest of the batch.
      issues.push(issue(f.name, `分析失败：${e instanceof Error ? e.message : String(e)}`));
    }
  }
  return { documents, issues };
}
