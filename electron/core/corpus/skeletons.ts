/**
 * Skeletons: the usual order of parts for each genre (the 回顾–问题–总体要求–主要任务 spine of an
 * annual report, 开头–任务–号召 of a speech…), derived from the analysed corpus rather than written by
 * hand. For every role: how many documents have it, how it is written (a heading of its own, a paragraph
 * inside a neighbouring part, paragraphs without a heading), the headings used (and their placeholder
 * patterns), how many subsections and characters it usually takes, and example opening sentences.
 */
import { GENRE_LABELS, GENRES, ROLE_LABELS, ROLES, type Genre, type Role } from '../draft/model';
import type { Corpus, CorpusDocument, ParagraphNode, SectionNode, Skeleton, SkeletonSection, TextPart } from './types';
import { countChars, splitSentences } from './normalize';
import { placeholderize } from './specifics';
import { sectionParagraphs, subsections } from './structure';
import { append } from './arrays';
import { splitPlaceholders } from '../text/placeholders';
import { hasAnonymisationHole } from './phrase-quality';
import { hanBigrams } from '../text/char-bigrams';
import { jaccard } from './near-duplicates';

type Form = NonNullable<SkeletonSection['form']>;

/** One part of a document: a role and how it is written there. */
export interface Occurrence {
  role: Role;
  form: Form;
  /** For a paragraph inside another part: that part's role, and whether the paragraph opens or closes it. */
  within?: Role;
  at?: 'start' | 'end';
  sections: SectionNode[];
  paragraphs: ParagraphNode[];
  chars: number;
}

const paraChars = (ps: readonly ParagraphNode[]) => ps.reduce((n, p) => n + countChars(p.normalized), 0);

/**
 * A document as an ordered list of parts (consecutive parts with the same role and form merge): 开头, each
 * top-level section, each paragraph that plays its own part inside another (the 问题和不足 paragraph
 * after the review it closes, the 总体要求 paragraph before the tasks it opens), 结尾.
 */
export function documentOutline(doc: CorpusDocument): Occurrence[] {
  const out: Occurrence[] = [];
  const push = (o: Omit<Occurrence, 'chars'>) => {
    const chars = o.sections.length ? o.sections.reduce((n, s) => n + s.charCount, 0) : paraChars(o.paragraphs);
    const last = out[out.length - 1];
    if (last && last.role === o.role && last.form === o.form && last.within === o.within) {
      append(last.sections, o.sections);
      append(last.paragraphs, o.paragraphs);
      last.chars += chars;
    } else out.push({ ...o, chars });
  };
  const inOpening = doc.opening.filter((p) => p.role && p.role !== 'opening');
  const plain = doc.opening.filter((p) => !inOpening.includes(p));
  if (plain.length) push({ role: 'opening', form: 'unheaded', sections: [], paragraphs: plain });
  // A review or requirements paragraph inside a speech's opening follows the meeting's purpose.
  for (const p of inOpening) push({ role: p.role!, form: 'paragraph', within: 'opening', at: 'end', sections: [], paragraphs: [p] });
  const pushClosing = () => {
    if (doc.closing.length && !out.some((o) => o.role === 'closing')) push({ role: 'closing', form: 'unheaded', sections: [], paragraphs: doc.closing });
  };
  for (const sec of doc.sections) {
    // Attachments come after the closing (and the signature).
    if (sec.form === 'attachment') pushClosing();
    const role = sec.role ?? 'other';
    const own = sectionParagraphs(sec).filter((p) => p.role && p.role !== role);
    const firstSub = sec.children.findIndex((c) => c.kind === 'section');
    const paras = sec.children.filter((c): c is ParagraphNode => c.kind === 'paragraph');
    // Before the first subsection (or, without subsections, the first paragraph) a paragraph opens the part.
    const opening = new Set<ParagraphNode>(firstSub >= 0 ? (sec.children.slice(0, firstSub).filter((c) => c.kind === 'paragraph') as ParagraphNode[]) : paras.length > 1 ? [paras[0]] : []);
    const start = own.filter((p) => opening.has(p));
    for (const p of start) push({ role: p.role!, form: 'paragraph', within: role, at: 'start', sections: [], paragraphs: [p] });
    push({ role, form: sec.implicit ? 'unheaded' : 'heading', sections: [sec], paragraphs: [] });
    for (const p of own) if (!opening.has(p)) push({ role: p.role!, form: 'paragraph', within: role, at: 'end', sections: [], paragraphs: [p] });
  }
  pushClosing();
  return out;
}

/** The first `n` paragraphs of a section that play its part (not a paragraph with a role of its own), without walking the rest. */
function firstParagraphs(sec: SectionNode, role: Role, n: number): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  const walk = (s: SectionNode): void => {
    for (const c of s.children) {
      if (out.length >= n) return;
      if (c.kind === 'section') walk(c);
      else if (!c.role || c.role === role) out.push(c);
    }
  };
  walk(sec);
  return out;
}

function stats(xs: number[]): { median: number; min: number; max: number } {
  if (!xs.length) return { median: 0, min: 0, max: 0 };
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : Math.round((s[mid - 1] + s[mid]) / 2);
  return { median, min: s[0], max: s[s.length - 1] };
}

/** The usual range of a part's length over documents: the middle half with five or more, else all of them; none under three. */
function lengthRange(perDoc: number[]): SkeletonSection['lengthRange'] {
  if (perDoc.length < 3) return undefined;
  const s = [...perDoc].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  return s.length >= 5 ? { min: at(0.25), max: at(0.75), docs: s.length } : { min: s[0], max: s[s.length - 1], docs: s.length };
}

function firstSentence(text: string): string {
  const s = splitSentences(text)[0] ?? text;
  const t = placeholderize(s).text;
  if (countChars(t) <= 60) return t;
  // Cut at 60 characters, but never inside a {placeholder}.
  let cut = 60;
  const open = t.lastIndexOf('{', cut);
  if (open >= 0 && t.indexOf('}', open) >= cut) cut = open;
  return t.slice(0, cut) + '……';
}

/** Corpus text to parts: `{label}` placeholders, and the blanks of anonymised archives (20×× → 年份, ×× → 数字). */
export function templateParts(text: string): TextPart[] {
  const braced = text.replace(/(?<![0-9])(?:19|20)××/g, '{年份}').replace(/××/g, '{数字}');
  return splitPlaceholders(braced);
}

function majority<T extends string>(xs: T[], order: readonly T[]): T {
  const n = new Map<T, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))[0][0];
}

export function deriveSkeletons(corpus: Corpus): Skeleton[] {
  const skeletons: Skeleton[] = [];
  for (const genre of GENRES) {
    const docs = corpus.documents.filter((d) => d.genre === genre);
    if (!docs.length) continue;
    const outlines = docs.map((d) => ({ doc: d, occ: documentOutline(d) }));
    const pos = new Map<Role, number[]>();
    for (const { occ } of outlines)
      occ.forEach((o, i) => {
        const list = pos.get(o.role) ?? [];
        list.push(occ.length > 1 ? i / (occ.length - 1) : 0);
        pos.set(o.role, list);
      });
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    // A part that plays none of the usual roles in one document of several (家长开放日讲话's 如何用科学的视角看待我们的孩子
    // among eight speeches) is that document's own subject, not part of how the genre is written.
    const shared = (role: Role) => role !== 'other' || docs.length < 3 || outlines.filter(({ occ }) => occ.some((o) => o.role === role)).length >= 2;
    const sections: SkeletonSection[] = [...pos.keys()].filter(shared).map((role) => {
      const occs = outlines.flatMap(({ doc, occ }) => occ.filter((o) => o.role === role).map((o) => ({ doc, o })));
      // Per document: its forms of this part and its length in it.
      const byDoc = new Map<string, { forms: Set<Form>; chars: number }>();
      for (const { doc, o } of occs) {
        const e = byDoc.get(doc.id) ?? { forms: new Set<Form>(), chars: 0 };
        e.forms.add(o.form);
        e.chars += o.chars;
        byDoc.set(doc.id, e);
      }
      const docIds = [...byDoc.keys()];
      // How the part is written: per document, a heading wins over paragraphs without one, which win over a paragraph inside another part.
      const FORMS: Form[] = ['heading', 'unheaded', 'paragraph'];
      const docForm = (id: string) => FORMS.find((f) => byDoc.get(id)!.forms.has(f))!;
      const form: Form = role === 'opening' || role === 'closing' ? 'unheaded' : majority(docIds.map(docForm), FORMS);
      const inside = occs.filter(({ o }) => o.form === 'paragraph');
      const headed = occs.filter(({ o }) => o.form === 'heading');
      const headingExamples = headed.flatMap(({ doc, o }) => o.sections.map((s) => ({ text: s.marker + s.heading, docId: doc.id, parts: templateParts(s.marker + s.heading) })));
      const patternDocs = new Map<string, Set<string>>();
      for (const { doc, o } of headed)
        for (const s of o.sections) {
          const p = placeholderize(s.heading).text;
          patternDocs.set(p, (patternDocs.get(p) ?? new Set<string>()).add(doc.id));
        }
      const headingPatterns = byTypicality([...patternDocs.keys()], (p) => patternDocs.get(p)!);
      const openingExamples = [
        ...new Set(
          occs
            .map(({ o }) => {
              // The part's first sentence, unless anonymisation left a hole in it (then the next paragraph's).
              const paras = o.paragraphs.length ? o.paragraphs.slice(0, 3) : o.sections[0] ? firstParagraphs(o.sections[0], role, 3) : [];
              for (const p of paras) {
                const t = firstSentence(p.normalized);
                if (!hasAnonymisationHole(t)) return t;
              }
              return '';
            })
            .filter(Boolean),
        ),
      ];
      const perDocCount = outlines.filter(({ occ }) => occ.some((o) => o.role === role)).map(({ occ }) => occ.filter((o) => o.role === role).reduce((n, o) => n + Math.max(1, o.sections.length), 0));
      const perDocChars = docIds.map((id) => byDoc.get(id)!.chars);
      const s: SkeletonSection = {
        role,
        label: ROLE_LABELS[role],
        frequency: docIds.length,
        form,
        headingExamples,
        headingPatterns,
        headingParts: headingPatterns.map(splitPlaceholders),
        subsections: stats(occs.flatMap(({ o }) => (o.sections.length ? o.sections.map((x) => subsections(x).length) : [0]))),
        sectionCount: stats(perDocCount),
        chars: stats(occs.map(({ o }) => o.chars)),
        openingExamples,
        openingParts: openingExamples.map(splitPlaceholders),
      };
      if (docIds.length * 2 < docs.length) s.optional = true;
      if (form === 'paragraph' && inside.length) {
        s.within = majority(inside.map(({ o }) => o.within!), ROLES);
        s.at = majority(inside.filter(({ o }) => o.within === s.within).map(({ o }) => o.at!), ['end', 'start'] as const);
      }
      const range = lengthRange(perDocChars);
      if (range) s.lengthRange = range;
      return s;
    });
    skeletons.push({ id: `skeleton-${genre}`, genre: genre as Genre, label: GENRE_LABELS[genre], sourceDocs: docs.map((d) => d.id), sections: orderSections(sections, pos) });
  }
  return skeletons;
}

/**
 * The usual order: parts with a heading (and 开头, 结尾, unheaded runs) by their mean position; a part
 * written as a paragraph inside another goes right before the part it opens or right after the one it
 * closes (with its container missing, by its own position).
 */
function orderSections(sections: SkeletonSection[], pos: Map<Role, number[]>): SkeletonSection[] {
  const mean = (r: Role) => pos.get(r)!.reduce((a, b) => a + b, 0) / pos.get(r)!.length;
  const byPos = (a: SkeletonSection, b: SkeletonSection) => mean(a.role) - mean(b.role) || ROLES.indexOf(a.role) - ROLES.indexOf(b.role);
  const roles = new Set(sections.map((s) => s.role));
  const inside = (s: SkeletonSection) => s.form === 'paragraph' && !!s.within && s.within !== s.role && roles.has(s.within);
  const out: SkeletonSection[] = [];
  for (const c of sections.filter((s) => !inside(s)).sort(byPos)) {
    const attached = sections.filter((s) => inside(s) && s.within === c.role).sort(byPos);
    append(out, attached.filter((s) => s.at === 'start' && c.role !== 'opening'));
    out.push(c);
    append(out, attached.filter((s) => s.at !== 'start' || c.role === 'opening'));
  }
  return out;
}

/**
 * Heading patterns, the most typical first: the one most like the headings of the *other* documents (for each other
 * document, its most similar pattern's character-bigram Jaccard, placeholders aside, summed), earlier ones first on a tie.
 * Per document, so one speech's four parallel headings (牢牢把握…这一…) do not make each other typical. A new draft takes
 * the first, so it reads like the archive's usual heading (in the 30 real documents: “{规划期}”时期主要目标和{年份}年重点工作),
 * not like whichever document came first (一鼓作气勇争先，全力推动…).
 */
export function byTypicality(patterns: string[], docsOf: (pattern: string) => ReadonlySet<string>): string[] {
  if (patterns.length < 3) return patterns;
  const grams = patterns.map((p) => new Set(hanBigrams(p.replace(/\{[^}]*\}/g, ' '))));
  const lists = grams.map((g) => [...g]);
  const docs = [...new Set(patterns.flatMap((p) => [...docsOf(p)]))];
  const score = patterns.map((p, i) => {
    const own = docsOf(p);
    let sum = 0;
    for (const d of docs) {
      if (own.has(d)) continue;
      let best = 0;
      patterns.forEach((q, j) => {
        if (docsOf(q).has(d)) best = Math.max(best, jaccard(grams[i], lists[j]));
      });
      sum += best;
    }
    return sum;
  });
  return patterns.map((p, i) => ({ p, i })).sort((a, b) => score[b.i] - score[a.i] || a.i - b.i).map((x) => x.p);
}
