/**
 * What the reader needs from a document's lines, and the corrections its controls make: the top-level
 * sections (what a role correction names: position and heading), and a correction changed by one choice.
 * Pure, so the rules are tested without a page.
 */
import type { DocumentCorrections, DocumentLine, SectionRoleCorrection } from '../../../electron/api';
import type { Genre, Role } from '#core/draft/model';

export interface TopSection {
  index: number;
  /** Without its number (what the correction keeps). */
  heading: string;
  marker?: string;
  /** A run of enumerated paragraphs (第一…第五) with no heading in the text (DocumentLine.enumeration). */
  enumeration?: true;
  role: Role;
  /** The line that opens it, in `lines`. */
  line: number;
}

/** How a section is named in the reader's list: an enumeration's run, then its first item (第一…第五：7月26日…). */
export function sectionName(s: Pick<TopSection, 'marker' | 'heading' | 'enumeration'>): string {
  return `${s.marker ?? ''}${s.enumeration ? '：' : ''}${s.heading}`;
}

/** The document's top-level sections in order: the first heading line of each `section`. */
export function topSections(lines: readonly DocumentLine[]): TopSection[] {
  const out: TopSection[] = [];
  lines.forEach((l, i) => {
    if (l.kind !== 'heading' || l.section === undefined || out.some((s) => s.index === l.section)) return;
    out.push({ index: l.section, heading: l.text, marker: l.marker, ...(l.enumeration ? { enumeration: true as const } : {}), role: l.role ?? 'other', line: i });
  });
  return out;
}

const empty = (c: DocumentCorrections): DocumentCorrections | null => (c.genre || c.roles?.length || c.excluded ? c : null);

/** The same section as the engine finds it again: by heading, or by position for a part without one. */
const sameSection = (r: SectionRoleCorrection, s: TopSection) => (s.heading ? r.heading === s.heading : !r.heading && r.index === s.index);

export function withRole(c: DocumentCorrections | null, s: TopSection, role: Role): DocumentCorrections | null {
  const roles = (c?.roles ?? []).filter((r) => !sameSection(r, s));
  roles.push({ index: s.index, heading: s.heading, role });
  return empty({ ...c, roles });
}

/** The genre the user says; choosing the detected one again drops the correction. */
export function withGenre(c: DocumentCorrections | null, genre: Genre, detected: Genre): DocumentCorrections | null {
  const next: DocumentCorrections = { ...c };
  if (genre === detected) delete next.genre;
  else next.genre = genre;
  return empty(next);
}

export function withExcluded(c: DocumentCorrections | null, excluded: boolean): DocumentCorrections | null {
  const next: DocumentCorrections = { ...c };
  if (excluded) next.excluded = true;
  else delete next.excluded;
  return empty(next);
}

/** Whether the user has set this section's role (rather than the engine). */
export const roleCorrected = (c: DocumentCorrections | null, s: TopSection): boolean => !!c?.roles?.some((r) => sameSection(r, s));

/** The role a correction gives this section, if it names it. */
export const correctedRole = (c: DocumentCorrections | null, s: TopSection): Role | undefined => c?.roles?.find((r) => sameSection(r, s))?.role;
