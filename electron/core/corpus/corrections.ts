/**
 * The user's corrections applied to an analysis: a document's genre, the role of its top-level sections,
 * or leaving it out of the derivation. Applied after analysis and before skeletons, phrases and sections
 * are derived, so a correction flows into all three. Pure: the input is never changed; a corrected
 * section is copied, and its paragraphs' own roles are worked out again against its new role.
 */
import type { Corpus, CorpusDocument, DocumentCorrections, SectionNode, SectionRoleCorrection } from './types';
import { assignParagraphRoles } from './roles';
import { sectionParagraphs } from './structure';
import { headingKey } from './evaluate';

export interface CorrectionResult {
  doc: CorpusDocument;
  /** Role corrections that no longer find their section (the document changed too much since). */
  unapplied: SectionRoleCorrection[];
}

/** Which top-level section a role correction means: the same heading (the nearest to the old position), else a heading-less part at that position. */
export function findCorrectedSection(sections: readonly SectionNode[], c: SectionRoleCorrection): number {
  const key = headingKey(c.heading);
  const same = sections.map((s, i) => (headingKey(s.heading) === key ? i : -1)).filter((i) => i >= 0);
  if (same.length) return same.reduce((best, i) => (Math.abs(i - c.index) < Math.abs(best - c.index) ? i : best));
  if (!key && c.index < sections.length && !headingKey(sections[c.index].heading)) return c.index;
  return -1;
}

function withRole(sec: SectionNode, role: SectionNode['role']): SectionNode {
  const copy = structuredClone(sec);
  copy.role = role;
  delete copy.alsoRoles;
  const paras = sectionParagraphs(copy);
  for (const p of paras) delete p.role;
  assignParagraphRoles(paras, role ?? 'other');
  return copy;
}

/** One document with its corrections applied (exclusion is the corpus's business: see applyCorpusCorrections). */
export function applyCorrections(doc: CorpusDocument, c: DocumentCorrections | undefined): CorrectionResult {
  if (!c || (!c.genre && !c.roles?.length && !c.excluded)) return { doc, unapplied: [] };
  const out: CorpusDocument = { ...doc, sections: [...doc.sections], corrections: c };
  if (c.genre && c.genre !== doc.genre) {
    out.genre = c.genre;
    out.genreReasons = ['用户更正'];
  }
  const unapplied: SectionRoleCorrection[] = [];
  for (const rc of c.roles ?? []) {
    const i = findCorrectedSection(out.sections, rc);
    if (i < 0) unapplied.push(rc);
    else if (out.sections[i].role !== rc.role) out.sections[i] = withRole(out.sections[i], rc.role);
  }
  return { doc: out, unapplied };
}

/**
 * A corpus with every document's corrections applied and the documents left out removed: what skeletons,
 * phrases and sections are derived from. `byDocId` is keyed by CorpusDocument.id.
 */
export function applyCorpusCorrections(corpus: Corpus, byDocId: Readonly<Record<string, DocumentCorrections | undefined>>): Corpus {
  const documents: CorpusDocument[] = [];
  for (const d of corpus.documents) {
    const c = byDocId[d.id];
    if (c?.excluded) continue;
    documents.push(applyCorrections(d, c).doc);
  }
  return { documents, issues: corpus.issues };
}
