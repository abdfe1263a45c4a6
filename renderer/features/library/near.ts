/**
 * What the section library ranks by (SectionQuery.near): the heading the caret is under and the paragraph it is
 * in, as the user reads them. Kept short: the host compares words, and the schema bounds the text.
 */
import { type BlockElement, inlineText } from '#core/draft/model';
import type { ArchiveSection } from '../../../electron/api';

export const NEAR_MAX_CHARS = 400;

export function nearText(content: readonly BlockElement[], caret: number): string {
  const i = Math.min(caret, content.length - 1);
  if (i < 0) return '';
  let heading = '';
  for (let k = i; k >= 0; k--) {
    const b = content[k];
    if (b.type === 'heading') {
      heading = inlineText(b.children).trim();
      break;
    }
  }
  const here = content[i].type === 'heading' ? '' : inlineText(content[i].children).trim();
  return [heading, here].filter(Boolean).join('\n').slice(0, NEAR_MAX_CHARS);
}

/**
 * An entry as the list names it: its document (title, else file name) and year, then its first sentence — so
 * five sections all headed 开头 can be told apart.
 */
export function entryName(s: Pick<ArchiveSection, 'docTitle' | 'fileName' | 'year' | 'firstSentence' | 'heading'>): { source: string; first: string } {
  const doc = s.docTitle.trim() || s.fileName.replace(/\.[^.]+$/, '');
  const source = s.year != null && !doc.includes(String(s.year)) ? `${doc}（${s.year}年）` : doc;
  const first = s.firstSentence.trim() || s.heading.trim();
  return { source, first };
}

/**
 * Where a search found the section, when its heading and first sentence do not show it: about `width`
 * characters of its text around the first term found (the host also searches the opening sentences).
 */
export function matchExcerpt(s: Pick<ArchiveSection, 'heading' | 'firstSentence' | 'blocks'>, query: string, width = 40): string | null {
  const terms = query.split(/\s+/).filter(Boolean);
  if (!terms.length || terms.some((t) => s.heading.includes(t) || s.firstSentence.includes(t))) return null;
  const text = s.blocks.map((b) => inlineText(b.children)).join('');
  for (const t of terms) {
    const at = text.indexOf(t);
    if (at < 0) continue;
    const from = Math.max(0, at - Math.floor((width - t.length) / 2));
    return `${from > 0 ? '…' : ''}${text.slice(from, from + width)}${from + width < text.length ? '…' : ''}`;
  }
  return null;
}

/** How many sections a list holds, as its count line says it: a common word is not counted to the end (1,000 多). */
export function sectionCount(total: number, exact: boolean): string {
  return exact ? total.toLocaleString('zh-CN') : `${(total - 1).toLocaleString('zh-CN')} 多`;
}
