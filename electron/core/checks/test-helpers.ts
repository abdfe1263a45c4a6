/** Test helpers: small drafts written inline, and real lines from the seed corpus (assets/seed-reports.txt). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BlockElement, Draft, DraftMeta, HeadingLevel, InlineNode, Role } from '../draft/model';
import type { ReuseDoc } from './reuse';

export const SETTINGS = { maxSentenceChars: 120, maxParagraphChars: 600 };

export const p = (...children: (string | InlineNode)[]): BlockElement => ({
  type: 'paragraph',
  children: children.map((c) => (typeof c === 'string' ? { text: c } : c)),
});
export const h = (level: HeadingLevel, text: string, role?: Role): BlockElement => ({
  type: 'heading',
  level,
  ...(role ? { role } : {}),
  children: [{ text }],
});
export const title = (text: string): BlockElement => ({ type: 'title', children: [{ text }] });

export function draftOf(content: BlockElement[], meta: Partial<DraftMeta> = {}): Draft {
  return { meta: { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', ...meta }, content };
}

let seed: string[] | null = null;
/** The seed corpus, one line per entry. */
export function seedLines(): string[] {
  seed ??= readFileSync(fileURLToPath(new URL('../../../assets/seed-reports.txt', import.meta.url)), 'utf8').split(/\r?\n/);
  return seed;
}

/** The seed line containing `needle`, without the stray `>` and indent spaces a paste would drop. */
export function seedParagraph(needle: string): string {
  const line = seedLines().find((l) => l.includes(needle));
  if (!line) throw new Error(`seed corpus has no line containing ${needle}`);
  return line.replace(/^[\s\u3000>]+/, '');
}

/** The seed corpus as the archive: one doc per `第N篇: title` section, one paragraph per line. */
export function seedDocs(): ReuseDoc[] {
  const docs: ReuseDoc[] = [];
  for (const line of seedLines()) {
    const m = /^\s*第(\d+)篇[:：]\s*(.*)$/.exec(line);
    if (m) docs.push({ docId: `seed-reports.txt#${m[1]}`, docTitle: m[2], paragraphs: [] });
    else if (line.trim() && docs.length) docs[docs.length - 1].paragraphs.push(line);
  }
  return docs;
}
