/**
 * One file → the rows the archive stores for it, through the corpus engine: its documents, each with its
 * structure (for viewing), its section-library entries, its phrases (as the engine ranks them within the
 * document; phrase-groups.ts merges them across documents) and its distinct sentences (for 复用率).
 * Runs in the import worker. Per document, so adding or removing one never re-reads the others.
 */
import { inlineText, type BlockElement } from '../../core/draft/model';
import { normalizeSentence, reuseSentences, MIN_CHARS } from '../../core/checks/reuse';
import { baseName, importFiles } from '../../core/corpus/import';
import { splitSentences } from '../../core/corpus/normalize';
import { extractPhrases } from '../../core/corpus/phrases';
import { extractSections } from '../../core/corpus/sections';
import type { Corpus, CorpusDocument, DocNode, ImportIssue, ParagraphNode } from '../../core/corpus/types';
import { applyCorrections, readCorrections, type DocumentCorrections } from './corrections';
import { groupKey, headTail } from './phrase-groups';
import { compactSource, packJson } from './packing';
import { sentenceHash, trigramCount } from './sentence-keys';

export interface ParagraphRow {
  kind: 'salutation' | 'heading' | 'paragraph';
  part: 'opening' | 'body' | 'closing';
  level: number | null;
  marker: string | null;
  top: number | null;
  role: string | null;
  text: string;
}

export interface SectionRow {
  n: number;
  role: string;
  heading: string;
  charCount: number;
  firstSentence: string;
  /** JSON BlockElement[], deflated (sections repeat their document's text: compressed, they take a third). */
  blocks: Uint8Array;
  body: string;
}

export interface PhraseRow {
  gkey: string;
  pid: string;
  category: string;
  head: string;
  tail: string;
  text: string;
  placeholders: string;
  role: string;
  score: number;
  /** Where it was seen first in the document (compactSource; the document's id and title come from its row). */
  source: string;
}

export interface SentenceRow {
  h: number;
  norm: string;
  grams: number;
  text: string;
}

export interface DerivedDoc {
  n: number;
  key: string;
  title: string;
  detectedGenre: string;
  genre: string;
  genreReasons: string[];
  year: number | null;
  charCount: number;
  sectionCount: number;
  excluded: boolean;
  corrections: DocumentCorrections | null;
  paragraphs: ParagraphRow[];
  sections: SectionRow[];
  phrases: PhraseRow[];
  sentences: SentenceRow[];
}

/** The file's analysed documents (the engine's own import: decoding, .docx, 第N篇 splitting), or its issues. */
export async function analyseFile(name: string, bytes: Uint8Array): Promise<{ docs: CorpusDocument[]; issues: ImportIssue[] }> {
  const c = await importFiles([{ name, bytes }]);
  return { docs: c.documents, issues: c.issues };
}

/** The key documents of a file are known by: the seed keeps its historic ids, imported files use their content hash. */
export function docKey(hash: string, n: number, builtinName?: string): string {
  return builtinName ? `${builtinName}#${n}` : `${hash.slice(0, 16)}#${n}`;
}

// A school's documents count in 学年 (“2009学年工作计划”): the year it starts is the one it is named by.
const YEAR_RE = /((?:19|20)\d\d)\s*学?年/;

// In a file's name a year stands on its own (“述职-2020.docx”, “2019总结.txt”): not inside a longer number, nor in a
// run of letters and digits such as the hex of a recovered file's name (恢复的材料-3fa2019c…).
const FILE_YEAR_RE = /(?<![0-9A-Za-z])((?:19|20)\d\d)(?![0-9A-Za-z])/;

/** The year a document is about, when its title, byline or first lines say so; else its file's name. */
export function yearOf(doc: CorpusDocument): number | null {
  for (const s of [doc.declaredTitle, ...(doc.byline ?? []), ...doc.opening.slice(0, 1).map((p) => p.text.slice(0, 80))]) {
    const m = YEAR_RE.exec(s);
    if (m) return Number(m[1]);
  }
  const m = FILE_YEAR_RE.exec(baseName(doc.fileName).replace(/\.[^.]*$/, ''));
  return m ? Number(m[1]) : null;
}

/** Every row of one analysed document (`doc.id` must already be its key). */
export function deriveDocument(raw: CorpusDocument, n: number, stored: DocumentCorrections | null): DerivedDoc {
  // Kept as read (an older shape is stored again in the current one).
  const corrections = readCorrections(stored, (i) => raw.sections[i]?.heading);
  const doc = applyCorrections(raw, corrections);
  const excluded = !!corrections?.excluded;
  const one: Corpus = { documents: [doc], issues: [] };
  return {
    n,
    key: doc.id,
    title: doc.declaredTitle,
    detectedGenre: raw.genre,
    genre: doc.genre,
    genreReasons: raw.genreReasons,
    year: yearOf(doc),
    charCount: doc.charCount,
    sectionCount: doc.sections.length,
    excluded,
    corrections,
    paragraphs: paragraphRows(doc),
    sections: excluded ? [] : sectionRows(doc, one),
    phrases: excluded ? [] : phraseRows(one),
    sentences: sentenceRows(doc),
  };
}

function paragraphRows(doc: CorpusDocument): ParagraphRow[] {
  const rows: ParagraphRow[] = [];
  const para = (p: ParagraphNode, part: ParagraphRow['part'], top: number | null, role: string | null) =>
    rows.push({ kind: 'paragraph', part, level: null, marker: null, top, role: p.role ?? role, text: p.text });
  if (doc.salutation) rows.push({ kind: 'salutation', part: 'opening', level: null, marker: null, top: null, role: 'opening', text: doc.salutation });
  for (const p of doc.opening) para(p, 'opening', null, 'opening');
  const walk = (nodes: DocNode[], top: number, inherited: string | null) => {
    for (const node of nodes) {
      if (node.kind === 'paragraph') {
        para(node, 'body', top, null);
        continue;
      }
      const role = node.role ?? null;
      rows.push({ kind: 'heading', part: 'body', level: node.level, marker: node.marker, top, role: role ?? (node.level === 1 ? 'other' : null), text: node.heading });
      if (node.runIn) rows.push({ kind: 'paragraph', part: 'body', level: null, marker: null, top, role: null, text: node.runIn });
      walk(node.children, top, role ?? inherited);
    }
  };
  doc.sections.forEach((s, i) => walk([s], i, null));
  for (const p of doc.closing) para(p, 'closing', null, 'closing');
  return rows;
}

function blockText(b: BlockElement): string {
  return inlineText(b.children);
}

function sectionRows(doc: CorpusDocument, one: Corpus): SectionRow[] {
  return extractSections(one).map((e) => {
    const n = Number(e.id.slice(e.id.lastIndexOf('/') + 1));
    const firstPara = e.blocks.find((b) => b.type === 'paragraph');
    const firstSentence = firstPara ? (splitSentences(blockText(firstPara))[0] ?? '').slice(0, 120) : '';
    // Relevance and search look at what a reader skims: every subheading (a secretary looks for 安全 and finds the
    // part whose （十） is about it) and the paragraphs' opening sentences, these up to ~300 characters.
    // (The section's own heading has its own column.)
    let body = '';
    let leads = 0;
    for (const b of e.blocks.slice(e.blocks[0]?.type === 'heading' ? 1 : 0)) {
      const t = blockText(b);
      if (b.type === 'heading') body += t + '\n';
      else if (leads <= 300) {
        const lead = splitSentences(t)[0] ?? '';
        body += lead + '\n';
        leads += lead.length;
      }
    }
    return { n, role: e.role, heading: e.heading, charCount: e.charCount, firstSentence, blocks: packJson(e.blocks), body };
  });
}

function phraseRows(one: Corpus): PhraseRow[] {
  return extractPhrases(one).map((p) => {
    const gkey = groupKey(p.category, p.text);
    const { head, tail } = headTail(gkey);
    return {
      gkey,
      pid: p.id,
      category: p.category,
      head,
      tail,
      text: p.text,
      placeholders: JSON.stringify(p.placeholders),
      role: p.role,
      score: p.score,
      source: JSON.stringify(compactSource(p.sources[0])),
    };
  });
}

/** The document's paragraphs as the 复用率 check reads them (the same text a draft is compared with). */
export function reuseParagraphs(doc: CorpusDocument): string[] {
  const out: string[] = doc.opening.map((p) => p.text);
  const walk = (nodes: DocNode[]) => {
    for (const n of nodes) {
      if (n.kind === 'paragraph') out.push(n.text);
      else {
        if (n.runIn) out.push(n.runIn);
        walk(n.children);
      }
    }
  };
  walk(doc.sections);
  for (const p of doc.closing) out.push(p.text);
  return out;
}

function sentenceRows(doc: CorpusDocument): SentenceRow[] {
  const seen = new Set<string>();
  const out: SentenceRow[] = [];
  for (const para of reuseParagraphs(doc)) {
    for (const r of reuseSentences(para)) {
      const text = para.slice(r.start, r.end);
      const norm = normalizeSentence(text);
      if (norm.length < MIN_CHARS || seen.has(norm)) continue;
      seen.add(norm);
      out.push({ h: sentenceHash(norm), norm, grams: trigramCount(norm), text: text.slice(0, 1000) });
    }
  }
  return out;
}
