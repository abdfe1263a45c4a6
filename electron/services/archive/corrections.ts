/**
 * The user's corrections to one analysed document: its genre, the role of a top-level section, or leaving
 * it out of the derivation. Interim: the corpus engine (issue 11) is adding its own pure type and apply
 * function in electron/core/corpus; this one is replaced by it when it lands. Until then the archive stores
 * the corrections as validated JSON (api-schemas.ts) and applies them here, before anything is derived.
 */
import type { DocCorrections } from '../../api';
import type { CorpusDocument } from '../../core/corpus/types';

export type { DocCorrections };

/** The document as the user says it is (a new object; the input is not changed). */
export function applyCorrections(doc: CorpusDocument, c: DocCorrections | null | undefined): CorpusDocument {
  if (!c) return doc;
  const out: CorpusDocument = { ...doc };
  if (c.genre) out.genre = c.genre;
  if (c.roles?.length) {
    out.sections = doc.sections.map((s, i) => {
      const r = c.roles!.find((x) => x.section === i);
      return r ? { ...s, role: r.role, alsoRoles: undefined } : s;
    });
  }
  return out;
}

export const isExcluded = (c: DocCorrections | null | undefined): boolean => !!c?.exclude;
