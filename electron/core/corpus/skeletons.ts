/**
 * Skeletons: the usual order of parts for each genre (the 回顾–问题–总体要求–主要任务 spine of an
 * annual report, 开头–任务–号召 of a speech…), derived from the analysed corpus rather than written by
 * hand. For every role: how many documents have it, the headings used (and their placeholder
 * patterns), how many subsections and characters it usually takes, and example opening sentences.
 */
import { GENRE_LABELS, GENRES, ROLE_LABELS, ROLES, type Genre, type Role } from '../draft/model';
import type { Corpus, CorpusDocument, ParagraphNode, SectionNode, Skeleton, SkeletonSection } from './types';
import { countChars, splitSentences } from './normalize';
import { placeholderize } from './specifics';
import { sectionParagraphs, subsections } from './structure';
import { append } from './arrays';

interface Occurrence {
  role: Role;
  sections: SectionNode[];
  paragraphs: ParagraphNode[];
  chars: number;
}

/** A document as an ordered list of role occurrences (consecutive parts with the same role merge). */
export function documentOutline(doc: CorpusDocument): Occurrence[] {
  const out: Occurrence[] = [];
  const push = (role: Role, sec: SectionNode | null, paras: ParagraphNode[]) => {
    const chars = sec ? sec.charCount : paras.reduce((n, p) => n + countChars(p.normalized), 0);
    const last = out[out.length - 1];
    if (last && last.role === role) {
      if (sec) last.sections.push(sec);
      append(last.paragraphs, paras);
      last.chars += chars;
    } else out.push({ role, sections: sec ? [sec] : [], paragraphs: paras, chars });
  };
  for (const p of doc.opening) push(p.role ?? 'opening', null, [p]);
  for (const sec of doc.sections) {
    const role = sec.role ?? 'other';
    const inner = sectionParagraphs(sec);
    const lead = sec.children.findIndex((c) => c.kind === 'section');
    // Paragraphs with their own role before the first subsection (the 总体思路 paragraph) come first…
    const before = inner.filter((p, i) => p.role && p.role !== role && (lead < 0 ? i === 0 : sec.children.indexOf(p) >= 0 && sec.children.indexOf(p) < lead));
    for (const p of before) push(p.role!, null, [p]);
    push(role, sec, []);
    // …the others (the 问题和不足 paragraph at the end of a review) after the section.
    for (const p of inner) if (p.role && p.role !== role && !before.includes(p)) push(p.role, null, [p]);
  }
  if (doc.closing.length) push('closing', null, doc.closing);
  return out;
}

function stats(xs: number[]): { median: number; min: number; max: number } {
  if (!xs.length) return { median: 0, min: 0, max: 0 };
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : Math.round((s[mid - 1] + s[mid]) / 2);
  return { median, min: s[0], max: s[s.length - 1] };
}

function firstSentence(text: string): string {
  const s = splitSentences(text)[0] ?? text;
  const t = placeholderize(s).text;
  return countChars(t) > 60 ? t.slice(0, 60) + '……' : t;
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
    const roles = [...pos.keys()].sort((a, b) => mean(pos.get(a)!) - mean(pos.get(b)!) || ROLES.indexOf(a) - ROLES.indexOf(b));
    const sections: SkeletonSection[] = roles.map((role) => {
      const occs = outlines.flatMap(({ doc, occ }) => occ.filter((o) => o.role === role).map((o) => ({ doc, o })));
      const headingExamples = occs.flatMap(({ doc, o }) => o.sections.map((s) => ({ text: s.marker + s.heading, docId: doc.id })));
      const headingPatterns = [...new Set(occs.flatMap(({ o }) => o.sections.map((s) => placeholderize(s.heading).text)))];
      const openingExamples = [
        ...new Set(
          occs
            .map(({ o }) => {
              const p = o.paragraphs[0] ?? (o.sections[0] ? sectionParagraphs(o.sections[0]).find((x) => !x.role || x.role === role) : undefined);
              return p ? firstSentence(p.normalized) : '';
            })
            .filter(Boolean),
        ),
      ];
      const perDocCount = outlines.filter(({ occ }) => occ.some((o) => o.role === role)).map(({ occ }) => occ.filter((o) => o.role === role).reduce((n, o) => n + Math.max(1, o.sections.length), 0));
      return {
        role,
        label: ROLE_LABELS[role],
        frequency: new Set(occs.map(({ doc }) => doc.id)).size,
        headingExamples,
        headingPatterns,
        subsections: stats(occs.flatMap(({ o }) => (o.sections.length ? o.sections.map((s) => subsections(s).length) : [0]))),
        sectionCount: stats(perDocCount),
        chars: stats(occs.map(({ o }) => o.chars)),
        openingExamples,
      };
    });
    skeletons.push({ id: `skeleton-${genre}`, genre: genre as Genre, label: GENRE_LABELS[genre], sourceDocs: docs.map((d) => d.id), sections });
  }
  return skeletons;
}
