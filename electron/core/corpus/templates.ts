/**
 * The generated files in templates/: skeletons, phrase library and section library derived from a
 * corpus. Pure and deterministic (no timestamps, stable order) so that a fresh derivation can be
 * compared byte for byte with the committed files.
 */
import type { Corpus } from './types';
import { deriveSkeletons } from './skeletons';
import { extractPhrases } from './phrases';
import { extractSections } from './sections';

export const TEMPLATE_FILES = ['skeletons.json', 'phrases.json', 'sections.json'] as const;

const HEADER = {
  generatedBy: 'electron/tools/gen-templates.ts (npm run templates)',
  source: 'assets/seed-reports.txt',
};

export function buildTemplates(corpus: Corpus): Record<(typeof TEMPLATE_FILES)[number], string> {
  const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
  return {
    'skeletons.json': json({ ...HEADER, schemaVersion: 1, skeletons: deriveSkeletons(corpus) }),
    'phrases.json': json({ ...HEADER, schemaVersion: 1, phrases: extractPhrases(corpus) }),
    'sections.json': json({ ...HEADER, schemaVersion: 1, sections: extractSections(corpus) }),
  };
}
