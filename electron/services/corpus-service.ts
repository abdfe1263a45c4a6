/**
 * The corpus as the hosts serve it: the embedded seed (`assets/seed-reports.txt`) plus the files the user
 * imported (copied into `<dataDir>/corpus/` so they survive restarts and the originals may move), run through
 * the corpus engine once and cached; re-derived when the user imports or resets.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CorpusData, CorpusDocSummary, CorpusText } from '../api';
import type { Corpus, CorpusDocument, DocNode, ImportIssue, InputFile, Phrase, SectionEntry, Skeleton } from '../core/corpus/types';
import { baseName, SUPPORTED_EXTENSIONS } from '../core/corpus/import';
import { atomicWriteFile } from './atomic-write';
import { safeFileName } from './drafts';

/** The engine entry points (electron/core/corpus), injected so the service stays about files and caching. */
export interface CorpusEngine {
  importFiles(files: InputFile[]): Promise<Corpus>;
  deriveSkeletons(corpus: Corpus): Skeleton[];
  extractPhrases(corpus: Corpus): Phrase[];
  extractSections(corpus: Corpus): SectionEntry[];
}

export const SEED_FILE = 'seed-reports.txt';
const ACCEPTED = new RegExp(`(${SUPPORTED_EXTENSIONS.map((e) => e.replace('.', '\\.')).join('|')})$`, 'i');

export class CorpusService {
  private readonly userDir: string;
  private cache: Promise<CorpusData> | null = null;
  /** Problems from the last import, shown in the summary until the next one. */
  private lastIssues: ImportIssue[] = [];

  constructor(
    private readonly o: { dataDir: string; assetsDir: string; engine: CorpusEngine },
  ) {
    this.userDir = path.join(o.dataDir, 'corpus');
  }

  data(): Promise<CorpusData> {
    if (!this.cache) {
      this.cache = this.derive();
      // A failed derivation must not stick: the next call tries again.
      this.cache.catch(() => (this.cache = null));
    }
    return this.cache;
  }

  async import(files: InputFile[]): Promise<{ imported: number; issues: ImportIssue[] }> {
    const issues: ImportIssue[] = [];
    const candidates: InputFile[] = [];
    for (const f of files) {
      if (!ACCEPTED.test(f.name)) issues.push({ file: f.name, message: `不支持的文件类型（只支持 ${SUPPORTED_EXTENSIONS.join('、')}）`, severity: 'error' });
      else candidates.push(f);
    }
    // Run the new files alone first: only files that yield documents are kept in the archive.
    const trial = candidates.length ? await this.o.engine.importFiles(candidates) : { documents: [], issues: [] };
    issues.push(...trial.issues);
    const good = new Set(trial.documents.map((d) => d.fileName));
    // The engine names documents by base name (without folders).
    await fs.mkdir(this.userDir, { recursive: true });
    let imported = 0;
    for (const f of candidates) {
      if (!good.has(baseName(f.name))) continue;
      await atomicWriteFile(await this.freeName(baseName(f.name)), f.bytes);
      imported++;
    }
    this.lastIssues = issues;
    if (imported) this.cache = null;
    else if (this.cache) this.cache = this.cache.then((d) => ({ ...d, summary: { ...d.summary, issues } }));
    return { imported, issues };
  }

  async reset(): Promise<void> {
    await fs.rm(this.userDir, { recursive: true, force: true });
    this.lastIssues = [];
    this.cache = null;
  }

  private async freeName(name: string): Promise<string> {
    const ext = path.extname(name).toLowerCase();
    const base = safeFileName(name.slice(0, name.length - ext.length));
    let p = path.join(this.userDir, base + ext);
    // The seed's name is reserved so that “builtIn” stays true only for the embedded corpus.
    for (let i = 2; (await exists(p)) || path.basename(p).toLowerCase() === SEED_FILE; i++) p = path.join(this.userDir, `${base}（${i}）${ext}`);
    return p;
  }

  private async derive(): Promise<CorpusData> {
    const seedBytes = await fs.readFile(path.join(this.o.assetsDir, SEED_FILE));
    const files: InputFile[] = [{ name: SEED_FILE, bytes: new Uint8Array(seedBytes) }];
    let names: string[] = [];
    try {
      names = (await fs.readdir(this.userDir)).filter((n) => ACCEPTED.test(n) && !n.startsWith('.')).sort();
    } catch {
      // No imported files yet.
    }
    for (const n of names) files.push({ name: n, bytes: new Uint8Array(await fs.readFile(path.join(this.userDir, n))) });
    const corpus = await this.o.engine.importFiles(files);
    const documents: CorpusDocSummary[] = corpus.documents.map((d) => ({
      id: d.id,
      fileName: d.fileName,
      declaredTitle: d.declaredTitle,
      genre: d.genre,
      charCount: d.charCount,
      sectionCount: d.sections.length,
      builtIn: d.fileName === SEED_FILE,
    }));
    return {
      skeletons: this.o.engine.deriveSkeletons(corpus),
      phrases: this.o.engine.extractPhrases(corpus),
      sections: this.o.engine.extractSections(corpus),
      summary: { documents, issues: [...this.lastIssues, ...corpus.issues.filter((i) => !this.lastIssues.some((l) => l.file === i.file && l.message === i.message))] },
      texts: corpus.documents.map(documentText),
    };
  }
}

function documentText(d: CorpusDocument): CorpusText {
  const paragraphs: string[] = d.opening.map((p) => p.text);
  const walk = (nodes: DocNode[]) => {
    for (const n of nodes) {
      if (n.kind === 'paragraph') paragraphs.push(n.text);
      else {
        if (n.runIn) paragraphs.push(n.runIn);
        walk(n.children);
      }
    }
  };
  walk(d.sections);
  paragraphs.push(...d.closing.map((p) => p.text));
  return { docId: d.id, docTitle: d.declaredTitle, paragraphs };
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}
