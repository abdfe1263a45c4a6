/**
 * 复用率 against an archive held elsewhere (the host's database): the draft's sentences are looked up through
 * `lookup` — the host's corpusReuse — and the answers kept per normalised sentence, so a pass after an edit asks
 * only about what changed. The sentence rules (splitting, normalising, MIN_CHARS, the 0.8 Jaccard match) are
 * those of reuse.ts; the host applies the same ones to the archive.
 *
 * analyze() is synchronous over what is known and lists what is not (`pending`); learn() asks about those.
 */
import { specOf } from '../draft/blocks';
import { inlineText, type Draft } from '../draft/model';
import { MIN_CHARS, normalizeSentence, reuseSentences, type ReuseResult, type ReuseSource, type ReuseSpan } from './reuse';

/** The archive's sentence a draft sentence copies, as the host answers it. */
export interface ReuseMatchLike extends ReuseSource {
  similarity: number;
}

/** One answer per sentence (as written, in order): its match, or null. */
export type ReuseLookup = (sentences: string[]) => Promise<(ReuseMatchLike | null)[]>;

export interface ArchiveReuseResult extends ReuseResult {
  /** Sentences (as written, one per normalised text) not looked up yet: the result counts only the others. */
  pending: string[];
}

/** Sentences asked about in one call (the host accepts up to 20,000 of up to 5,000 characters). */
export const LOOKUP_BATCH = 1000;
const MAX_SENTENCE = 5000;
/** Bound on the answers kept; dropped wholesale when full (the next pass asks again). */
const MAX_KNOWN = 100_000;

export class ArchiveReuse {
  private known = new Map<string, ReuseMatchLike | null>();
  /** Bumped by clear(): answers to questions asked before it are not kept. */
  private generation = 0;

  constructor(private readonly lookup: ReuseLookup) {}

  /** Reuse of the draft's spoken blocks (not the title) from the answers known so far. */
  analyze(draft: Draft): ArchiveReuseResult {
    let sentences = 0;
    const spans: ReuseSpan[] = [];
    const pending = new Map<string, string>();
    draft.content.forEach((block, blockIndex) => {
      if (!specOf(block).spoken) return;
      const text = inlineText(block.children);
      for (const r of reuseSentences(text)) {
        const sentence = text.slice(r.start, r.end);
        const norm = normalizeSentence(sentence);
        if (norm.length < MIN_CHARS) continue;
        const m = this.known.get(norm);
        if (m === undefined) {
          if (!pending.has(norm)) pending.set(norm, sentence);
          continue;
        }
        sentences++;
        if (m) spans.push({ blockIndex, start: r.start, end: r.end, source: { docId: m.docId, docTitle: m.docTitle, sentence: m.sentence }, similarity: m.similarity });
      }
    });
    return { ratio: sentences ? spans.length / sentences : 0, sentences, copied: spans.length, spans, pending: [...pending.values()] };
  }

  /** Ask the archive about `sentences` (as written), in batches; a failed call rejects and keeps what came before it. */
  async learn(sentences: string[]): Promise<void> {
    const generation = this.generation;
    for (let i = 0; i < sentences.length; i += LOOKUP_BATCH) {
      const batch = sentences.slice(i, i + LOOKUP_BATCH);
      const answers = await this.lookup(batch.map((s) => s.slice(0, MAX_SENTENCE)));
      if (generation !== this.generation) return;
      if (this.known.size + batch.length > MAX_KNOWN) this.known = new Map();
      batch.forEach((s, k) => this.known.set(normalizeSentence(s), answers[k] ?? null));
    }
  }

  /** The archive changed: every sentence is asked about again. */
  clear(): void {
    this.known = new Map();
    this.generation++;
  }
}
