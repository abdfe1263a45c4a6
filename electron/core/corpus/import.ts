/**
 * Import: files (bytes + name) → Corpus. Text files are decoded (decode.ts), Word files read by the
 * bounded .docx reader shared with draft opening, multi-document files split at `第N篇: 标题` lines, Markdown marks dropped. A bad file adds an
 * ImportIssue naming the file and the reason; the rest of the batch still imports and nothing throws.
 */
import type { Corpus, CorpusDocument, ImportIssue, InputFile } from './types';
import { importDocx } from '../docx/import-docx';
import { decodeText, MAX_FILE_BYTES } from './decode';
import { analyzeDocument } from './analyze';
import { splitLines } from './normalize';
import { inlineText, numberHeadings } from '../draft/model';

export { baseName, extensionOf, ignoredInFolder, notImportedIssue, SUPPORTED_EXTENSIONS, TEXT_EXTENSIONS, WORD_EXTENSIONS } from './file-types';
import { baseName, extensionOf, TEXT_EXTENSIONS, WORD_EXTENSIONS } from './file-types';

export interface SplitDocument {
  title?: string;
  /** 1-based number of the document within the file (from `第N篇`, else its position). */
  n: number;
  text: string;
}

const MULTI_DOC_RE = /^[\s\u3000>]*第\s*([0-9０-９一二三四五六七八九十百]+)\s*篇\s*[:：]?\s*(.*)$/;

/** Split a multi-document file at `第N篇: 标题` lines; a file without them is one document. */
export function splitDocuments(text: string): SplitDocument[] {
  const lines = splitLines(text);
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
  return splitLines(md)
    .map((l) =>
      l
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s{0,3}[-*+]\s+/, '')
        .replace(/\*\*|__/g, '')
        .replace(/^\s*>\s?/, ''),
    )
    .join('\n');
}

/**
 * .docx → lines, through the same reader that opens Word files as drafts (docx/import-docx): it refuses
 * encrypted files and zip bombs (declared sizes first, then a capped inflation, so a file that lies about
 * its sizes is stopped too), and knows headings by style, outline level, automatic numbering and typed
 * markers. Headings come back with their markers (一、（一）1.（1）) so the analyser sees the same shape
 * as in a .txt file; the title and 称呼 come first, as in a report. The reader's advice about the draft
 * (“请在第一行补上标题”) is dropped: the archive finds a document's title as it does for a .txt.
 */
export async function docxToText(bytes: Uint8Array): Promise<{ ok: true; text: string; warnings: string[] } | { ok: false; error: string }> {
  const r = await importDocx(bytes);
  if (!r.ok) return r;
  const markers = numberHeadings(r.draft.content);
  const lines = r.draft.content
    .map((b, i) => (b.type === 'heading' ? markers[i] : '') + inlineText(b.children).trim())
    .filter((l) => l.trim() !== '');
  return { ok: true, text: lines.join('\n'), warnings: r.fileWarnings };
}

/**
 * Lines with no sentence in them that end a document: an attachment's name (附：《…清单》, （2）…评价要点), an issuer
 * (国务院, 中共…委员会) or a signer with their post (总经理：王敏敏).
 */
const ENDING_LINE = new RegExp(
  [
    '^附',
    '^(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[.．、])',
    '》$',
    '(?:委员会|国务院|人民政府|政府|办公厅|办公室|党委|党组|支部|团委|工会|纪委|局|厅|中心|学校|学院|大学|中学|小学|公司|集团|研究院|协会|联合会)$',
    '^[^，。；：:]{0,12}(?:长|书记|主任|经理|委员|主席|代表|校长|院长)[：:][\\p{Script=Han}·]{2,5}$',
  ].join('|'),
  'u',
);

/**
 * A document whose last paragraph stops mid-sentence was probably cut off (the seed's 第5篇 is). Only running
 * prose is cut off mid-sentence: a document may end on a line with no sentence in it (a signature such as 国务院 or
 * 总经理：王敏敏, an attachment's name after 附件：, a heading, which is kept without its full stop), and on real
 * documents that was most of what this warned about.
 */
function truncationWarning(doc: CorpusDocument): string | undefined {
  const lastSection = (secs: CorpusDocument['sections']): string | undefined => {
    const s = secs[secs.length - 1];
    if (!s) return undefined;
    const c = s.children[s.children.length - 1];
    if (!c) return s.runIn;
    return c.kind === 'section' ? lastSection([c]) : c.normalized;
  };
  const last = doc.closing.length ? doc.closing[doc.closing.length - 1].normalized : doc.sections.length ? lastSection(doc.sections) : doc.opening[doc.opening.length - 1]?.normalized;
  if (!last || /[。！？!?…”’）：:；]$/.test(last)) return undefined;
  if (!/[，,。；;！？!?]/.test(last) && ENDING_LINE.test(last)) return undefined;
  // A signature with its date (校团委 2021年1月17日) ends a document as well as a full stop does.
  if (/(?:\d{1,2}|[一二三四五六七八九十]{1,3})日$/.test(last) && /(?:\d{4}|[〇零一二三四五六七八九]{4})年/.test(last)) return undefined;
  return `末尾不完整（最后一段止于「${last.slice(-8)}」，没有结束标点），可能被截断`;
}

function issue(file: string, message: string, severity: 'error' | 'warning' = 'error'): ImportIssue {
  return { file, message, severity };
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Give the event loop a turn after every ~20 ms of analysis, so a host importing a large archive still
 * answers autosaves and other calls (and a renderer or worker stays responsive) while it works.
 */
async function yieldEvery(last: number): Promise<number> {
  if (now() - last < 20) return last;
  await new Promise((r) => setTimeout(r, 0));
  return now();
}

/** Import a batch of files into a corpus. Never throws: each failure becomes an issue. */
export async function importFiles(files: InputFile[], opts: { maxBytes?: number } = {}): Promise<Corpus> {
  const documents: CorpusDocument[] = [];
  const issues: ImportIssue[] = [];
  const max = opts.maxBytes ?? MAX_FILE_BYTES;
  const usedIds = new Set<string>();
  let lastYield = now();
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
        const r = await docxToText(f.bytes);
        if (!r.ok) {
          issues.push(issue(f.name, r.error));
          continue;
        }
        text = r.text;
        for (const w of r.warnings) issues.push(issue(f.name, w, 'warning'));
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
        if (doc.droppedLines) {
          const where = parts.length > 1 ? `第${part.n}篇` : '';
          issues.push(issue(f.name, `${where}已略去 ${doc.droppedLines} 行网页或版权等非正文内容（如“下载/打印/来源/扫一扫”、索引信息、版权声明）`, 'warning'));
        }
        const truncated = truncationWarning(doc);
        if (truncated) issues.push(issue(f.name, parts.length > 1 ? `第${part.n}篇${truncated}` : truncated, 'warning'));
        documents.push(doc);
        lastYield = await yieldEvery(lastYield);
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
