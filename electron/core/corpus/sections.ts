/**
 * Section library: whole sections of past documents as draft blocks (electron/core/draft/model.ts)
 * ready to paste. Headings lose their number (the draft numbers headings itself); the 段首句 is the
 * bold leading run; every stale specific (year, figure, percentage, 届次, meeting name…) becomes a
 * text leaf with `check` saying what to verify.
 */
import { ROLE_LABELS, type BlockElement, type HeadingLevel, type Role, type TextLeaf } from '../draft/model';
import type { Corpus, CorpusDocument, ParagraphNode, SectionEntry, SectionNode } from './types';
import { countChars } from './normalize';
import { findSpecifics } from './specifics';
import { sectionParagraphs } from './structure';
import { append } from './arrays';

/** Text → leaves: specifics as `check` leaves, the first `boldChars` characters bold. */
export function textToLeaves(text: string, boldChars = 0): TextLeaf[] {
  const cuts = new Set<number>([0, text.length]);
  const spans = findSpecifics(text);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  if (boldChars > 0 && boldChars < text.length) cuts.add(boldChars);
  const points = [...cuts].sort((a, b) => a - b);
  const leaves: TextLeaf[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const leaf: TextLeaf = { text: text.slice(a, b) };
    if (a < boldChars) leaf.bold = true;
    const span = spans.find((s) => s.start <= a && b <= s.end);
    if (span) leaf.check = span.reason;
    const prev = leaves[leaves.length - 1];
    if (prev && prev.bold === leaf.bold && prev.check === leaf.check) prev.text += leaf.text;
    else leaves.push(leaf);
  }
  return leaves.length ? leaves : [{ text: '' }];
}

function paragraphBlock(p: ParagraphNode): BlockElement {
  return { type: 'paragraph', children: textToLeaves(p.normalized, p.lead ? p.lead.length : 0) };
}

function sectionBlocks(sec: SectionNode, depth: number, role?: Role): BlockElement[] {
  const level = Math.min(4, depth) as HeadingLevel;
  const out: BlockElement[] = [];
  // A part built from a run of 一是…/一要… paragraphs has no heading line of its own: it pastes as its paragraphs.
  if (!sec.implicit) {
    const heading: BlockElement = { type: 'heading', level, children: textToLeaves(sec.heading) };
    if (role) heading.role = role;
    out.push(heading);
  }
  if (sec.runIn) out.push({ type: 'paragraph', children: textToLeaves(sec.runIn) });
  for (const c of sec.children) {
    if (c.kind === 'section') append(out, sectionBlocks(c, depth + 1));
    else out.push(paragraphBlock(c));
  }
  return out;
}

function preview(blocks: BlockElement[]): string {
  const p = blocks.find((b) => b.type === 'paragraph');
  const t = p ? p.children.map((c) => ('text' in c ? c.text : '')).join('') : '';
  return t.length > 80 ? t.slice(0, 80) + '……' : t;
}

function entry(doc: CorpusDocument, n: number, role: Role, heading: string, blocks: BlockElement[], charCount: number): SectionEntry {
  return { id: `${doc.id}/${n}`, docId: doc.id, docTitle: doc.declaredTitle, genre: doc.genre, role, heading, level: 1, blocks, charCount, preview: preview(blocks) };
}

/** Every document's opening, top-level sections and closing as pasteable block lists. */
export function extractSections(corpus: Corpus): SectionEntry[] {
  const out: SectionEntry[] = [];
  for (const doc of corpus.documents) {
    let n = 0;
    if (doc.opening.length || doc.salutation) {
      const blocks: BlockElement[] = [];
      if (doc.salutation) blocks.push({ type: 'salutation', children: textToLeaves(doc.salutation) });
      append(blocks, doc.opening.map(paragraphBlock));
      out.push(entry(doc, n++, 'opening', '开头', blocks, doc.opening.reduce((k, p) => k + countChars(p.normalized), 0)));
    }
    for (const sec of doc.sections) {
      const role = sec.role ?? 'other';
      out.push(entry(doc, n++, role, sec.implicit ? `${sec.marker}：${sec.heading}` : sec.heading, sectionBlocks(sec, 1, role), sec.charCount));
      // A paragraph playing its own part (问题和不足 inside 回顾, 总体思路 opening 主要任务) is offered on its own too.
      for (const p of sectionParagraphs(sec)) {
        if (!p.role || p.role === role) continue;
        out.push(entry(doc, n++, p.role, ROLE_LABELS[p.role], [paragraphBlock(p)], countChars(p.normalized)));
      }
    }
    if (doc.closing.length) out.push(entry(doc, n++, 'closing', '结尾', doc.closing.map(paragraphBlock), doc.closing.reduce((k, p) => k + countChars(p.normalized), 0)));
  }
  return out;
}
