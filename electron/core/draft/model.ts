/**
 * The draft document model shared by every part of the app: the Slate editor edits it,
 * the draft file stores it, the .docx exporter and importer convert it, the checks read it.
 *
 * It is plain JSON in Slate's shape (elements with `children`, text leaves with `text`),
 * so the editor value *is* the document; no conversion layer to keep in sync.
 * Pure types and helpers: no Node, Electron or DOM imports.
 */
import { headingMarker, leadingMarker, type TypedMarker } from '../text/markers';
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

/** What an empty paragraph laid out for a part says goes there (the page shows it until she writes). */
export const ROLE_HINTS: Record<Role, string> = {
  opening: '在此写开头：会议的任务、报告的由来或制定的依据',
  review: '在此写回顾：过去一段时间的主要工作和成效',
  problems: '在此写问题和不足：实事求是地写存在的差距',
  requirements: '在此写总体要求：指导思想、目标和原则',
  tasks: '在此写这一方面的具体任务和措施',
  steps: '在此写方法步骤：分几个阶段、各在何时完成',
  organization: '在此写保障措施：组织领导、责任分工、督促检查',
  closing: '在此写结尾：号召和动员',
  other: '在此写正文',
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
  /**
   * Where its number departs from position (the author's numbering, kept when a document is opened):
   * 'restart' — from 1 again with no higher heading between (a list resumed after a lead-in paragraph: 1. 2. 3.,
   * a paragraph, then 1. 2.); 'continue' — on from the last heading of its level under an earlier parent (a
   * 方案's （一）…（五） under 一、, then （六） under 二、). Counted by HeadingCounter.
   */
  numbering?: HeadingNumbering;
  children: InlineNode[];
}
export type HeadingNumbering = 'restart' | 'continue';
/** A body paragraph (first-line indent of two characters). A bold leading run is its 段首句. */
export interface ParagraphElement {
  type: 'paragraph';
  /**
   * The part this paragraph was laid out for when a skeleton left it to write (开头, 问题 at the end of 回顾, 总体要求,
   * 结尾): while empty the page says what goes there (ROLE_HINTS), and the phrase panel offers that part's phrases
   * rather than the section's around it.
   */
  role?: Role;
  children: InlineNode[];
}

/*
 * The document elements around the body (GB/T 9704-2012 §7.2–7.4): 版头, 讲话稿 byline, 附件说明, 署名, 成文日期,
 * 附注 and 版记. Laid out by format/closing.ts and core/docx/closing-paragraphs.ts; added by the pure commands of
 * draft/gongwen-commands.ts (the editor's 公文要素 menu). None is read aloud or compared with the archive.
 */

/** 发文机关署名: one block per signatory (联合行文 has several, the 主办机关 first). */
export interface SignatureElement {
  type: 'signature';
  children: InlineNode[];
}

/**
 * 成文日期 (Arabic numerals, 年月日 in full, e.g. 2027年1月15日). `seal: 'with'` lays out 署名 and 日期 for a
 * stamped document (日期右空四字, 署名 centred over it, 7.3.5.1); without, 署名右空二字 and the date's first
 * character two characters right of the 署名's (7.3.5.2).
 */
export interface DateElement {
  type: 'date';
  seal?: 'with' | 'without';
  children: InlineNode[];
}

/** 附件说明 (7.3.6): one block per attachment; numbered 1. 2. … when there are several. */
export interface AttachmentElement {
  type: 'attachment';
  children: InlineNode[];
}

/** 附注 (7.3.7): its text without the round brackets, which the layout adds. */
export interface NoteElement {
  type: 'note';
  children: InlineNode[];
}

/** 讲话稿: a line under the title — the speaker, or the date in brackets “（2027年1月15日）” — 楷体, centred. */
export interface BylineElement {
  type: 'byline';
  children: InlineNode[];
}

/** 版记 抄送 (7.4.2): the organs copied, separated by 、 or ，, ending with 。. */
export interface CopyToElement {
  type: 'copyTo';
  children: InlineNode[];
}

/** 版记 印发机关和印发日期 (7.4.3): the organ as text, the date as an attribute (2027年1月15日). */
export interface PrintedElement {
  type: 'printed';
  date: string;
  children: InlineNode[];
}

/** 版头 items (7.2): 份号, 密级和保密期限, 紧急程度 — each on its own line, 顶格 at the top left. */
export interface HeaderLineElement {
  type: 'headerLine';
  item: 'copyNo' | 'secrecy' | 'urgency';
  children: InlineNode[];
}

/**
 * 发文机关标志 (7.2.4): the issuing body's name + 文件, red, centred, its top 35 mm under the 版心's. `mode:
 * 'reserve'` keeps the whole 版头 area blank for paper with the red head already printed.
 */
export interface IssuerMarkElement {
  type: 'issuerMark';
  mode?: 'print' | 'reserve';
  children: InlineNode[];
}

/** 发文字号 (7.2.5) 〔2027〕1号, centred two lines under the mark; with 签发人 (上行文) it moves left and the signer goes right. */
export interface DocNumberElement {
  type: 'docNumber';
  signer?: string;
  children: InlineNode[];
}

export type GongwenElement =
  | SignatureElement
  | DateElement
  | AttachmentElement
  | NoteElement
  | BylineElement
  | CopyToElement
  | PrintedElement
  | HeaderLineElement
  | IssuerMarkElement
  | DocNumberElement;

export type BlockElement = TitleElement | SalutationElement | HeadingElement | ParagraphElement | GongwenElement;

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
 * How headings count: a level-n counter restarts under each new heading of a higher level — unless the heading
 * says otherwise (`numbering`: from 1 again, or on from the last heading of its level wherever that was).
 */
export class HeadingCounter {
  private readonly counters = [0, 0, 0, 0, 0];
  private readonly last = [0, 0, 0, 0, 0];

  /** The number a heading of `level` would get here, without counting it. */
  peek(level: HeadingLevel, numbering?: HeadingNumbering): number {
    return numbering === 'restart' ? 1 : numbering === 'continue' ? this.last[level] + 1 : this.counters[level] + 1;
  }

  /** Counts a heading; its number. */
  next(level: HeadingLevel, numbering?: HeadingNumbering): number {
    const n = this.peek(level, numbering);
    this.counters[level] = this.last[level] = n;
    for (let l = level + 1; l <= 4; l++) this.counters[l] = 0;
    return n;
  }

  /**
   * Counts a body paragraph that opens with a number typed at a heading level (a long “（四）推动……” left as text, a
   * list item “2.提任中层正职的……”), when that number is the next one there or a 1: it reads as that item, so the
   * headings after it follow it (（五）, 3.), as the page shows them. Any other typed number counts nothing.
   */
  typed(block: BlockElement): void {
    const m = typedNumberOf(block);
    if (m && (m.num === 1 || m.num === this.counters[m.level] + 1)) this.next(m.level, m.num === 1 ? 'restart' : undefined);
  }
}

/** How far into a block a heading number typed by hand reaches (（二十三） and the spaces after it, with room). */
export const TYPED_NUMBER_CHARS = 12;

/** The heading number (一、（一）1.（1）) a block's text opens with, typed by hand; its first text leaf only. */
export function typedNumberOf(block: BlockElement): TypedMarker | null {
  const first = block.children[0];
  return first && !isPlaceholder(first) ? leadingMarker(first.text.slice(0, TYPED_NUMBER_CHARS)) : null;
}

/** Each heading's number in document order (0 for other blocks). */
export function headingNumbers(content: readonly BlockElement[]): number[] {
  const c = new HeadingCounter();
  return content.map((b) => {
    if (b.type === 'heading') return c.next(b.level, b.numbering);
    if (b.type === 'paragraph') c.typed(b);
    return 0;
  });
}

/**
 * What the layout puts before each block's text: a heading's number (headingNumbers) as its level writes it,
 * and an 附件说明's “附件：” and its item number (附件：1. … 2., GB/T 9704 7.3.6; no number when there is one
 * attachment). '' for other blocks.
 */
export function numberHeadings(content: readonly BlockElement[]): string[] {
  const numbers = headingNumbers(content);
  return content.map((b, i) => {
    if (b.type === 'attachment') return attachmentMarker(content, i);
    return b.type === 'heading' ? headingMarker(b.level, numbers[i]) : '';
  });
}

/** 附件：1. / 2. / … for the attachment at `i` (a run of consecutive attachments is one 附件说明). */
export function attachmentMarker(content: readonly BlockElement[], i: number): string {
  let start = i;
  while (content[start - 1]?.type === 'attachment') start--;
  let end = i + 1;
  while (content[end]?.type === 'attachment') end++;
  const number = end - start > 1 ? `${i - start + 1}.` : '';
  return (i === start ? '附件：' : '') + number;
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
