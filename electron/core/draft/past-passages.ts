/**
 * 往年怎么写: for the heading or paragraph at the cursor, the archive's most similar passages, best first,
 * with the specifics (years, figures, 届次…) to highlight; and a chosen passage as draft blocks with those
 * specifics marked to check, ready to insert.
 *
 * The host picks the candidates (the archive's full-text index); this ranks them. Similarity is Okapi BM25
 * over Han character bigrams (text/char-bigrams.ts): no dictionary, deterministic, and fast enough to rank a
 * few hundred candidates on every cursor move. Figures and years are not Han and do not count, so last
 * year's and the year before's version of a passage rank alike.
 * Pure: no Node, Electron or DOM imports.
 */
import type { SpecificSpan } from '../corpus/specifics';
import { bm25Scores, hanBigrams } from '../text/char-bigrams';
import { markText } from './marked-text';
import type { BlockElement, HeadingLevel, Role } from './model';
import { reuseSpecifics, specificTextSpans } from './reuse-specifics';

/** One passage of a past document, as the archive hands it over. */
export interface PastPassage {
  /** The archive's id of the passage (unique among the candidates). */
  id: string;
  docId: string;
  docTitle: string;
  /** The user's file it came from: what tells apart documents with the same title (every 政府工作报告). */
  fileName?: string;
  /** The document's report year, when known. */
  year?: number | null;
  /** Where it sits, for display: the headings above it (“一、2025年工作回顾 › （三）…”). */
  section: string;
  /** Role of its top-level section. */
  role?: Role;
  kind: 'heading' | 'paragraph';
  /** A heading's level in its document. */
  level?: HeadingLevel;
  /** The text (normalised); a paragraph may hold several lines. */
  text: string;
  /** A paragraph's 段首句, when it opens with one (set bold when inserted). */
  lead?: string;
}

export interface RankedPassage {
  passage: PastPassage;
  /** BM25 score (higher is more similar); comparable within one ranking only. */
  score: number;
  /** Specifics in `passage.text` to highlight (offsets into it). */
  specifics: SpecificSpan[];
}

export interface RankOptions {
  /** Role of the section at the cursor: passages from a section of the same role rank a little higher. */
  role?: Role;
  /** How many to return (default 20). */
  limit?: number;
}

/** Code-unit order: the same on every machine, whatever its locale. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Same-role passages weigh this much more: the cursor's section says what kind of text is wanted. */
const SAME_ROLE_BOOST = 1.25;

/**
 * Candidates ranked by similarity to `query` (the heading or paragraph at the cursor), best first. Passages
 * sharing no Han bigram with the query are dropped. Ties go to the newer document, then by document and
 * passage id, so the order is stable.
 */
export function rankPassages(query: string, candidates: PastPassage[], { role, limit = 20 }: RankOptions = {}): RankedPassage[] {
  if (!hanBigrams(query).length || !candidates.length) return [];
  const scores = bm25Scores(query, candidates.map((c) => c.text));
  const ranked = candidates
    .map((passage, i) => ({ passage, score: scores[i] * (role && passage.role === role ? SAME_ROLE_BOOST : 1) }))
    .filter((r) => r.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (b.passage.year ?? -Infinity) - (a.passage.year ?? -Infinity) ||
        byCode(a.passage.docId, b.passage.docId) ||
        byCode(a.passage.id, b.passage.id),
    );
  // The same text in several years' documents is shown once: sorted as above, the first seen is the newest.
  const seen = new Set<string>();
  const out: RankedPassage[] = [];
  for (const r of ranked) {
    const key = r.passage.text.trim();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...r, specifics: [] });
    if (out.length >= limit) break;
  }
  for (const r of out) r.specifics = reuseSpecifics(r.passage.text);
  return out;
}

export interface InsertOptions {
  /** Level of an inserted heading (default: the passage's own level, else 2). */
  level?: HeadingLevel;
}

/**
 * A chosen passage as draft blocks: a heading, or one paragraph per line with the 段首句 bold; every
 * specific marked to check with its reason, as the section library does.
 */
export function passageToBlocks(passage: PastPassage, { level }: InsertOptions = {}): BlockElement[] {
  if (passage.kind === 'heading') {
    const text = passage.text.trim();
    return [{ type: 'heading', level: level ?? passage.level ?? 2, children: markText(text, specificTextSpans(text)).leaves }];
  }
  const lines = passage.text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.map((line, i) => {
    const bold = i === 0 && passage.lead && line.startsWith(passage.lead) ? passage.lead.length : 0;
    return { type: 'paragraph', children: markText(line, specificTextSpans(line), { boldChars: bold }).leaves };
  });
}
