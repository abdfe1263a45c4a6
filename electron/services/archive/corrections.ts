/**
 * The user's corrections as the archive keeps them: the corpus engine's own DocumentCorrections (genre, a role
 * per top-level section found again by its heading, leaving the document out), stored as JSON per document and
 * in the ledger, and applied by the engine's applyCorrections before anything is derived, so one correction
 * reaches the document's phrases, its section-library entries and its genre's skeleton alike.
 *
 * What was stored before this type (an interim shape: `roles: {section, role}[]`, `exclude`) is read as its
 * equivalent, the section's heading taken from the analysis it is applied to.
 */
import { applyCorrections as applyEngineCorrections, findCorrectedSection } from '../../core/corpus/corrections';
import { GENRES, ROLES, type Genre, type Role } from '../../core/draft/model';
import type { CorpusDocument, DocumentCorrections, SectionNode, SectionRoleCorrection } from '../../core/corpus/types';

export type { DocumentCorrections };

/**
 * A stored value as DocumentCorrections, or null when it says nothing. `headingOf(i)` gives the heading of
 * top-level section i, for entries kept in the interim shape (position only).
 */
export function readCorrections(raw: unknown, headingOf: (i: number) => string | undefined = () => undefined): DocumentCorrections | null {
  if (!raw || typeof raw !== 'object') return null;
  const o = raw as { genre?: unknown; roles?: unknown; excluded?: unknown; exclude?: unknown };
  const out: DocumentCorrections = {};
  if (GENRES.includes(o.genre as Genre)) out.genre = o.genre as Genre;
  const roles: SectionRoleCorrection[] = [];
  for (const r of Array.isArray(o.roles) ? (o.roles as { index?: unknown; section?: unknown; heading?: unknown; role?: unknown }[]) : []) {
    if (!r || !ROLES.includes(r.role as Role)) continue;
    const index = typeof r.index === 'number' ? r.index : typeof r.section === 'number' ? r.section : -1;
    const heading = typeof r.heading === 'string' ? r.heading : headingOf(index);
    if (index >= 0 && heading !== undefined) roles.push({ index, heading, role: r.role as Role });
  }
  if (roles.length) out.roles = roles;
  if (o.excluded === true || o.exclude === true) out.excluded = true;
  return out.genre || out.roles || out.excluded ? out : null;
}

/** The document as the user says it is (a new object; the input is not changed). */
export function applyCorrections(doc: CorpusDocument, stored: DocumentCorrections | null | undefined): CorpusDocument {
  const c = readCorrections(stored, (i) => doc.sections[i]?.heading);
  return c ? applyEngineCorrections(doc, c).doc : doc;
}

export const isExcluded = (c: DocumentCorrections | null | undefined): boolean => !!readCorrections(c)?.excluded;

/** Role corrections that find no section among these top-level headings (in order). */
export function unappliedRoles(c: DocumentCorrections | null, headings: readonly string[]): SectionRoleCorrection[] {
  const sections = headings.map((heading) => ({ heading }) as SectionNode);
  return (c?.roles ?? []).filter((r) => findCorrectedSection(sections, r) < 0);
}
