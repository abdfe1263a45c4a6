/**
 * Output types of the corpus engine (import → structure → skeletons → phrases → sections).
 * Consumed by the CLI, the hosts (over the API) and the renderer. Pure types.
 * The engine may add optional fields; existing fields keep their meaning.
 */
import type { BlockElement, Genre, HeadingLevel, Role } from '../draft/model';
import type { TextPart } from '../text/placeholders';

/** A file handed to the importer: bytes plus the name the user knows it by. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** A problem with one input file; the rest of the batch still imports. */
export interface ImportIssue {
  file: string;
  /** Clear Chinese message naming the reason, e.g. “文件为空”. */
  message: string;
  severity: 'error' | 'warning';
}

export interface ParagraphNode {
  kind: 'paragraph';
  /** Original text as written (for display). */
  text: string;
  /** Normalised text (full-width punctuation, placeholders unified) for analysis. */
  normalized: string;
  /** 段首句, e.g. “深入实施职工经济技术创新工程。”, when the paragraph opens with one. */
  lead?: string;
  /** Items of 一是…二是…三是… found in the paragraph. */
  enumerations?: string[];
  /** Set when a paragraph inside another section is really about this role (e.g. 问题 inside 回顾). */
  role?: Role;
  /** Ordinal (1-based) when the paragraph is one item of a 一是/二是/三是 enumeration spanning consecutive paragraphs. */
  enumerationItem?: number;
  /** 0-based index of the paragraph within its document. */
  index: number;
}

export interface SectionNode {
  kind: 'section';
  level: HeadingLevel;
  /** The numbering as written: 一、 （一） 1. （1） */
  marker: string;
  /** Heading text without the marker, normalised. */
  heading: string;
  /** Body text that followed a run-in heading on the same line, e.g. `(一)学习动员阶段(…)。对…`. */
  runIn?: string;
  /** Role of the section (always set on level 1; may be set on deeper levels). */
  role?: Role;
  /** Further roles the section also covers, e.g. 二、总体要求和主要任务 → role 'tasks', alsoRoles ['requirements']. */
  alsoRoles?: Role[];
  children: DocNode[];
  /** Characters of body text in the section including subsections. */
  charCount: number;
  /**
   * Set when the part has no heading line of its own: `enumeration` — a speech carried only by run-in
   * items (一是… / 一要… / 第一，…) gets one part per run of items, `marker` is the run (e.g. `一要…四要`),
   * `heading` its first item's opening clause, and every word stays in the child paragraphs.
   */
  implicit?: 'enumeration';
  /**
   * How the heading line is written when it is not an ordinary numbered heading: `unnumbered` (a bare
   * part title set apart, as in many 政府工作报告), `part` (第一部分…), `attachment` (附件 / 附件1). These
   * sit above the 一、 headings (`level` is 1 for them all; nesting is in `children`).
   */
  form?: 'unnumbered' | 'part' | 'attachment';
}

export type DocNode = SectionNode | ParagraphNode;

export interface CorpusDocument {
  /** Stable id, e.g. `seed-reports.txt#2`. */
  id: string;
  fileName: string;
  /** The title the file declared (may lie). */
  declaredTitle: string;
  /** Lines under the title that are not body: subtitle (——在…上的讲话), date, speaker. */
  byline?: string[];
  /** Text around the document that is not part of it: an editor's note, the 印发通知 or 公示 wrapping a 方案 or 报告. */
  preface?: string[];
  /** Closing lines that sign the document: the issuing body, the date. */
  signature?: string[];
  /** Web-page, metadata and licence lines dropped before analysis (下载/打印/来源/扫一扫…). */
  droppedLines?: number;
  /** Lines joined to the line before them because a sentence was broken across them. */
  joinedLines?: number;
  genre: Genre;
  /** Why this genre was chosen (Chinese, short), for display and debugging. */
  genreReasons: string[];
  salutation?: string;
  /** Paragraphs before the first heading (开头) and after the last section's body that close it (结尾) are kept as pseudo-sections with roles. */
  opening: ParagraphNode[];
  closing: ParagraphNode[];
  sections: SectionNode[];
  charCount: number;
  /** The user's corrections that were applied to this analysis (see corrections.ts), when there are any. */
  corrections?: DocumentCorrections;
}

/**
 * What the user corrected in one document's analysis (stored per document by the archive; applied by
 * applyCorrections in corrections.ts before skeletons, phrases and sections are derived).
 */
export interface DocumentCorrections {
  /** The genre the document really is, overriding the inferred one. */
  genre?: Genre;
  /** The role of top-level sections, overriding the inferred ones. */
  roles?: SectionRoleCorrection[];
  /** Leave the document out of skeletons, phrases and the section library (it stays in the archive). */
  excluded?: boolean;
}

/**
 * A top-level section's corrected role, keyed by position and heading together: re-analysis (a better
 * engine, a changed file) may shift positions, so the heading text finds the section first and the
 * position only decides between equal headings or stands in for a part without a heading line.
 */
export interface SectionRoleCorrection {
  /** 0-based position among the document's top-level sections when the user corrected it. */
  index: number;
  /** The section's heading then (without its number marker; '' for a part without a heading line). */
  heading: string;
  role: Role;
}

export interface Corpus {
  documents: CorpusDocument[];
  issues: ImportIssue[];
}

/** Text with its placeholders as structured parts (`{ label }`), so no one shows a raw `{届次}`. */
export type { TextPart } from '../text/placeholders';

export interface SkeletonSection {
  role: Role;
  label: string;
  /** How many of the genre's documents have this role. */
  frequency: number;
  /** Found in fewer than half of the genre's documents: offer it, do not impose it (a new draft leaves it out). */
  optional?: boolean;
  /**
   * How the part is usually written: `heading` — a numbered top-level heading of its own; `paragraph` — a
   * paragraph inside a neighbouring part (`within`), at its `at` (the 问题和不足 paragraph ending the
   * review, the 总体要求 paragraph opening the tasks); `unheaded` — paragraphs without a heading line
   * (开头, 结尾, the 一要… runs of a speech with no headings). Absent in older files: a heading, except
   * 开头 and 结尾.
   */
  form?: 'heading' | 'paragraph' | 'unheaded';
  within?: Role;
  at?: 'start' | 'end';
  headingExamples: { text: string; docId: string; parts?: TextPart[] }[];
  /** Heading patterns seen, e.g. “{年份}年工会工作回顾”, with placeholders. */
  headingPatterns: string[];
  /** `headingPatterns` with each placeholder as a part of its own (same order). */
  headingParts?: TextPart[][];
  subsections: { median: number; min: number; max: number };
  /** How many top-level sections with this role one document has (a speech has several 主要任务 sections). */
  sectionCount?: { median: number; min: number; max: number };
  chars: { median: number; min: number; max: number };
  /** The usual length as a range, only when at least three documents support it (else show `chars.median` alone). */
  lengthRange?: { min: number; max: number; docs: number };
  openingExamples: string[];
  /** `openingExamples` with each placeholder as a part of its own (same order). */
  openingParts?: TextPart[][];
}

export interface Skeleton {
  id: string;
  genre: Genre;
  label: string;
  sourceDocs: string[];
  sections: SkeletonSection[];
}

export type PhraseCategory =
  | '称呼'
  | '开头'
  | '过渡'
  | '回顾句式'
  | '段首句'
  | '问题表述'
  | '总体要求句式'
  | '任务句式'
  | '结尾号召'
  | '四字短语'
  | '口号';

export const PHRASE_CATEGORIES: readonly PhraseCategory[] = [
  '称呼',
  '开头',
  '过渡',
  '回顾句式',
  '段首句',
  '问题表述',
  '总体要求句式',
  '任务句式',
  '结尾号召',
  '四字短语',
  '口号',
];

export interface SourceRef {
  docId: string;
  docTitle: string;
  /** Headings from the top-level section down to where the phrase was found. */
  sectionPath: string[];
  paragraphIndex: number;
  /** The surrounding sentence, for hover. */
  context: string;
}

export interface Phrase {
  id: string;
  /** Text with typed placeholders, e.g. “{年份}年是实施“十四五”规划的重要一年”. */
  text: string;
  /** The placeholder labels in order of appearance (e.g. ['年份','数字']). */
  placeholders: string[];
  category: PhraseCategory;
  role: Role;
  sources: SourceRef[];
  /** Reusability score (higher is more reusable). */
  score: number;
}

/** A whole standard section ready to paste into a draft, specifics marked `check`. */
export interface SectionEntry {
  id: string;
  docId: string;
  docTitle: string;
  genre: Genre;
  role: Role;
  heading: string;
  level: HeadingLevel;
  blocks: BlockElement[];
  charCount: number;
  preview: string;
}
