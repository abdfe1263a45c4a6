/**
 * The draft document model shared by every part of the app: the Slate editor edits it,
 * the draft file stores it, the .docx exporter and importer convert it, the checks read it.
 *
 * It is plain JSON in Slate's shape (elements with `children`, text leaves with `text`),
 * so the editor value *is* the document; no conversion layer to keep in sync.
 * Pure types and helpers: no Node, Electron or DOM imports.
 */
import { headingMarker } from '../text/markers';
import type { FromPastMeta } from './from-past-meta';
import { inlinePieces } from './pieces';

/** Role of a top-level section in a 公文. */
export type Role =
  | 'opening' // 开头/会议任务
  | 'review' // 回顾/成绩
  | 'problems' // 问题/不足
  | 'requirements' // 总体要求/总体思路
  | 'tasks' // 主要任务/重点工作
  | 'steps' // 方法步骤/时间安排
  | 'organization' // 组织领导/保障措施
  | 'closing' // 结尾/号召
  | 'other';

export const ROLES: readonly Role[] = [
  'opening',
  'review',
  'problems',
  'requirements',
  'tasks',
  'steps',
  'organization',
  'closing',
  'other',
];

export const ROLE_LABELS: Record<Role, string> = {
  opening: '开头/会议任务',
  review: '回顾/成绩',
  problems: '问题/不足',
  requirements: '总体要求/总体思路',
  tasks: '主要任务/重点工作',
  steps: '方法步骤/时间安排',
  organization: '组织领导/保障措施',
  closing: '结尾/号召',
  other: '其他',
};

/**
 * Genre of a whole document, inferred from structure and wording (titles are one cue among several: the
 * seed's titles lie). 致辞 is `address` in general (new-year address, ceremony speech); a 成立大会致辞 or
 * inaugural speech of a newly elected leader keeps its own kind, `inaugural`, because its skeleton differs
 * (表态 and 今后打算 instead of greetings and wishes).
 */
export type Genre = 'annual-report' | 'summary' | 'debrief' | 'speech' | 'address' | 'inaugural' | 'plan' | 'work-plan' | 'other';

export const GENRES: readonly Genre[] = ['annual-report', 'speech', 'plan', 'inaugural', 'summary', 'debrief', 'work-plan', 'address', 'other'];

export const GENRE_LABELS: Record<Genre, string> = {
  'annual-report': '年度工作报告',
  summary: '工作总结',
  debrief: '述职报告',
  speech: '讲话',
  address: '致辞',
  inaugural: '成立大会致辞',
  plan: '实施方案',
  'work-plan': '工作要点/工作计划',
  other: '其他',
};

export type HeadingLevel = 1 | 2 | 3 | 4;

/** A run of text. `check` marks a stale specific (year, figure, 届次…) the user must verify; its value says why. */
export interface TextLeaf {
  text: string;
  bold?: boolean;
  check?: string;
}

/**
 * A fill-in placeholder such as {年份}. Its text children hold the filled value;
 * an empty value means "not yet filled" and is shown (and exported) as 【label】.
 */
export interface PlaceholderElement {
  type: 'placeholder';
  label: string;
  children: TextLeaf[];
}

export type InlineNode = TextLeaf | PlaceholderElement;

export interface TitleElement {
  type: 'title';
  children: InlineNode[];
}
/** 称呼, e.g. 各位委员、同志们： (flush left). */
export interface SalutationElement {
  type: 'salutation';
  children: InlineNode[];
}
/** A heading; its text excludes the number (一、/（一）/1./（1）), which is computed from position. */
export interface HeadingElement {
  type: 'heading';
  level: HeadingLevel;
  role?: Role;
  /**
   * A run-in heading (“1.加强组织领导。各单位要……”): the heading is the text up to its first 。？！ and the body
   * follows in the same paragraph (core/draft/run-in.ts). The outline and Word's navigation pane show the heading part.
   */
  runIn?: true;
  children: InlineNode[];
}
/** A body paragraph (first-line indent of two characters). A bold leading run is its 段首句. */
export interface ParagraphElement {
  type: 'paragraph';
  children: InlineNode[];
}

export type BlockElement = TitleElement | SalutationElement | HeadingElement | ParagraphElement;

export interface DraftMeta {
  genre?: Genre;
  skeletonId?: string;
  /** The year the report is about; lets checks spot inconsistent years. */
  reportYear?: number;
  /** Set on a draft made from a past document (from-past.ts): what the 与去年对照 check compares with. */
  fromPast?: FromPastMeta;
  createdAt: string;
  updatedAt: string;
}

/** The in-memory draft; the on-disk file wraps it with a format tag and version (see file-format.ts). */
export interface Draft {
  meta: DraftMeta;
  content: BlockElement[];
}

export { chineseNumeral } from '../text/numerals';
export { headingMarker } from '../text/markers';

export function isPlaceholder(n: InlineNode): n is PlaceholderElement {
  return (n as PlaceholderElement).type === 'placeholder';
}

/** Plain text of an inline list; unfilled placeholders read as 【label】 (the walk in pieces.ts). */
export function inlineText(children: readonly InlineNode[]): string {
  let s = '';
  for (const p of inlinePieces(children)) s += p.text;
  return s;
}

/**
 * Numbers every heading in document order: a level-n counter restarts under each new
 * heading of a higher level. Returns one marker per block ('' for non-headings).
 */
export function numberHeadings(content: BlockElement[]): string[] {
  const counters = [0, 0, 0, 0, 0];
  return content.map((b) => {
    if (b.type !== 'heading') return '';
    counters[b.level]++;
    for (let l = b.level + 1; l <= 4; l++) counters[l] = 0;
    return headingMarker(b.level, counters[b.level]);
  });
}

export function emptyDraft(now = new Date()): Draft {
  const t = now.toISOString();
  return {
    meta: { createdAt: t, updatedAt: t },
    content: [
      { type: 'title', children: [{ text: '' }] },
      { type: 'paragraph', children: [{ text: '' }] },
    ],
  };
}
