/**
 * A new draft laid out from a corpus skeleton: the title and 称呼 as placeholders, an opening paragraph,
 * one level-1 heading per skeleton section (开头/结尾 are unnumbered paragraphs instead) (its role set, its text from the section's most typical heading pattern) and an
 * empty paragraph under each for the user to write in. Guidance (typical length, example headings) is
 * NOT put into the document; the UI shows it beside the text from the skeleton itself.
 * Pure: no Node, Electron or DOM imports.
 */
import type { Skeleton } from '../corpus/types';
import { PLACEHOLDER_TOKEN } from '../text/placeholders';
import { padInlines } from './inlines';
import type { BlockElement, Draft, Genre, InlineNode } from './model';

/**
 * Anonymised specifics as they appear in corpus text: `{年份}`-style placeholders, and the seed's
 * blanked years (20_, 202_, 20××) and numbers (__, ××). Order matters: years before bare blanks.
 */
const TOKEN = new RegExp(`${PLACEHOLDER_TOKEN.source}|(20[0-9]?(?:_+|××|xx|XX))|(_{2,}|××)`, 'g');

/** Turns pattern text into inline nodes, each specific becoming an unfilled placeholder. */
export function patternToInlines(pattern: string): InlineNode[] {
  const out: InlineNode[] = [];
  let last = 0;
  for (const m of pattern.matchAll(TOKEN)) {
    const i = m.index ?? 0;
    if (i > last) out.push({ text: pattern.slice(last, i) });
    const label = m[1] ?? (m[2] ? '年份' : '数字');
    out.push({ type: 'placeholder', label, children: [{ text: '' }] });
    last = i + m[0].length;
  }
  if (last < pattern.length) out.push({ text: pattern.slice(last) });
  return padInlines(out);
}

/** The heading text a section most typically carries: its first pattern, else first example, else its label. */
function typicalHeading(section: Skeleton['sections'][number]): string {
  const p = section.headingPatterns.find((s) => s.trim() !== '');
  if (p) return p.trim();
  const e = section.headingExamples.find((x) => x.text.trim() !== '');
  if (e) return e.text.trim();
  // Labels like 回顾/成绩 name two alternatives; the first reads as a heading.
  return section.label.split('/')[0];
}

export function draftFromSkeleton(skeleton: Skeleton, now = new Date()): Draft {
  const t = now.toISOString();
  const content: BlockElement[] = [
    { type: 'title', children: patternToInlines('{标题}') },
    { type: 'salutation', children: patternToInlines('{称呼}：') },
  ];
  // 开头 and 结尾 are unnumbered text in a real 公文 (before the first and after the last section), not headings.
  if (skeleton.sections.some((s) => s.role === 'opening') || skeleton.sections.length === 0) content.push({ type: 'paragraph', children: [{ text: '' }] });
  for (const section of skeleton.sections) {
    if (section.role === 'opening' || section.role === 'closing') continue;
    content.push({ type: 'heading', level: 1, role: section.role, children: patternToInlines(typicalHeading(section)) });
    content.push({ type: 'paragraph', children: [{ text: '' }] });
  }
  if (skeleton.sections.some((s) => s.role === 'closing')) content.push({ type: 'paragraph', children: [{ text: '' }] });
  return { meta: { genre: skeleton.genre, skeletonId: skeleton.id, createdAt: t, updatedAt: t }, content: withGenreElements(content, skeleton.genre) };
}

/**
 * The GB/T 9704 elements a genre comes with, as placeholders to fill: a 实施方案 ends with its 落款 (署名 and 成文日期,
 * 7.3.5); a speech carries the speaker and the date in brackets under its title.
 */
export function withGenreElements(content: BlockElement[], genre: Genre | undefined): BlockElement[] {
  if (genre === 'plan') {
    return [...content, { type: 'signature', children: patternToInlines('{发文机关署名}') }, { type: 'date', seal: 'without', children: patternToInlines('{成文日期}') }];
  }
  if (genre === 'speech' || genre === 'inaugural') {
    const byline: BlockElement[] = [
      { type: 'byline', children: patternToInlines('{讲话人}') },
      { type: 'byline', children: patternToInlines('（{讲话日期}）') },
    ];
    const title = content.findIndex((b) => b.type === 'title');
    return [...content.slice(0, title + 1), ...byline, ...content.slice(title + 1)];
  }
  return content;
}
