/**
 * A new draft laid out from a corpus skeleton: the title and 称呼 (主送机关) as placeholders, an opening paragraph,
 * one level-1 heading per skeleton section written with a heading (its role set, its text from the section's most
 * typical heading pattern) and an empty paragraph under each for the user to write in; 开头/结尾 and parts without
 * a heading line are unnumbered paragraphs, a part written inside another (问题 at the end of 回顾, 总体要求 at the
 * start of 主要任务) an empty paragraph there, and optional parts are left out. Guidance (typical length, example headings) is
 * NOT put into the document; the UI shows it beside the text from the skeleton itself.
 * Pure: no Node, Electron or DOM imports.
 */
import type { Skeleton } from '../corpus/types';
import { PLACEHOLDER_TOKEN } from '../text/placeholders';
import { padInlines } from './inlines';
import { SIGNED_GENRES, SPEECH_GENRES } from './gongwen-kinds';
import { type BlockElement, type Draft, type Genre, type InlineNode, type Role, ROLE_LABELS } from './model';

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

/**
 * A heading in one writer's own words: a slogan of two clauses (牢牢把握维权服务这一基本职责，不断提升职工群众获得感
 * 幸福感安全感; 铸魂育人，深耕德育与体艺融合发展) says what that document did, not what the part is — a new draft
 * does not start from it; the picker shows it as an example.
 */
const OWN_WORDING = /[，,；;]/;
/** The heading a draft is given for such a part: one to write. */
const HEADING_TO_WRITE = '{小标题}';

/**
 * The heading text a section most typically carries: its first pattern, else first example, else its label —
 * unless that is a slogan of one document's (OWN_WORDING): then a heading to write.
 */
function typicalHeading(section: SkeletonPart): string {
  const p = section.headingPatterns.find((s) => s.trim() !== '') ?? section.headingExamples.find((x) => x.text.trim() !== '')?.text;
  if (p) return OWN_WORDING.test(p) ? HEADING_TO_WRITE : p.trim();
  // Labels like 回顾/成绩 name two alternatives; the first reads as a heading.
  return section.label.split('/')[0];
}

type SkeletonPart = Skeleton['sections'][number];

/** Whether a part goes into the draft as a paragraph inside another part (问题 closing the review, 总体要求 opening the tasks). */
function isInside(s: SkeletonPart, roles: ReadonlySet<Role>): boolean {
  return s.form === 'paragraph' && !!s.within && s.within !== s.role && roles.has(s.within);
}

/**
 * What a part is called in the skeleton picker's preview: the heading the draft gives it, or, for a part the draft lays out
 * without one, what it is and where it goes (“回顾段落（不设标题）”, “问题段落（在“回顾”末尾）”). Shares draftFromSkeleton's
 * rules, so the preview never shows a heading the new draft will not have.
 */
export function partCaption(section: SkeletonPart, skeleton: Skeleton): { text: string; heading: boolean } {
  const name = (role: Role) => ROLE_LABELS[role].split('/')[0];
  const roles = new Set(skeleton.sections.filter((s) => !s.optional).map((s) => s.role));
  if (section.within && isInside(section, roles)) return { text: `${name(section.role)}段落（在“${name(section.within)}”${section.at === 'start' ? '开头' : '末尾'}）`, heading: false };
  if (section.role === 'opening' || section.role === 'closing' || section.form === 'unheaded') return { text: `${name(section.role)}段落（不设标题）`, heading: false };
  return { text: typicalHeading(section), heading: true };
}

export function draftFromSkeleton(skeleton: Skeleton, now = new Date()): Draft {
  const t = now.toISOString();
  // A 方案, 工作要点 or 总结 is issued as a document (it ends with its 落款), not spoken to a hall: the line under its
  // title is the 主送机关 (GB/T 9704 7.3.3, set like a 称呼), which many such documents leave out.
  const addressee = SIGNED_GENRES.includes(skeleton.genre) ? '{主送机关}：' : '{称呼}：';
  const content: BlockElement[] = [
    { type: 'title', children: patternToInlines('{标题}') },
    { type: 'salutation', children: patternToInlines(addressee) },
  ];
  // Each empty paragraph carries the part it is for: the page shows what goes there, the phrase panel that part's phrases.
  const paragraph = (role: Role): BlockElement => ({ type: 'paragraph', role, children: [{ text: '' }] });
  // Parts found in fewer than half of the sources are offered by the picker, not imposed on the draft.
  const sections = skeleton.sections.filter((s) => !s.optional);
  const roles = new Set(sections.map((s) => s.role));
  // A part written as a paragraph inside another (问题 closing the review, 总体要求 opening the tasks) goes there, not under a heading of its own.
  const inside = (s: SkeletonPart) => isInside(s, roles);
  // (Inside the opening, everything follows the meeting's purpose.)
  const attached = (role: string, start: boolean) => sections.filter((s) => inside(s) && s.within === role && (role === 'opening' ? !start : (s.at === 'start') === start)).map((s) => paragraph(s.role));
  // 开头 and 结尾 are unnumbered text in a real 公文 (before the first and after the last section), not headings.
  if (roles.has('opening') || sections.length === 0) content.push(paragraph('opening'), ...attached('opening', false));
  for (const section of sections) {
    if (section.role === 'opening' || section.role === 'closing' || inside(section)) continue;
    if (section.form !== 'unheaded') content.push({ type: 'heading', level: 1, role: section.role, children: patternToInlines(typicalHeading(section)) });
    content.push(...attached(section.role, true), paragraph(section.role), ...attached(section.role, false));
  }
  if (roles.has('closing')) content.push(paragraph('closing'));
  return { meta: { genre: skeleton.genre, skeletonId: skeleton.id, createdAt: t, updatedAt: t }, content: withGenreElements(content, skeleton.genre) };
}

/**
 * The GB/T 9704 elements a genre comes with, as placeholders to fill: a 实施方案, 工作要点 or 工作总结 ends with its
 * 落款 (署名 and 成文日期, 7.3.5); a speech or 致辞 carries the speaker and the date in brackets under its title.
 */
export function withGenreElements(content: BlockElement[], genre: Genre | undefined): BlockElement[] {
  if (!genre) return content;
  if (SIGNED_GENRES.includes(genre)) {
    return [...content, { type: 'signature', children: patternToInlines('{发文机关署名}') }, { type: 'date', seal: 'without', children: patternToInlines('{成文日期}') }];
  }
  if (SPEECH_GENRES.includes(genre)) {
    const byline: BlockElement[] = [
      { type: 'byline', children: patternToInlines('{讲话人}') },
      { type: 'byline', children: patternToInlines('（{讲话日期}）') },
    ];
    const title = content.findIndex((b) => b.type === 'title');
    return [...content.slice(0, title + 1), ...byline, ...content.slice(title + 1)];
  }
  return content;
}
