/**
 * The document elements of a 公文 beyond title, 称呼, headings and paragraphs (GB/T 9704-2012 §7.2–7.4):
 * 版头, 讲话稿 byline, 附件说明, 署名, 成文日期, 附注 and 版记, as block kinds in Slate's shape.
 *
 * They are declared here, apart from model.ts, until the block-kind registry (core/draft/blocks.ts) is on
 * main: then each joins the BlockElement union and gets its spec (label, attrs, spoken: false, format row) —
 * the attrs below are already in the registry's form (closed value sets or short free text). The exporter
 * and the importer (core/docx) handle them now; `ExtendedBlock` is the union they accept.
 */
import type { BlockElement, Draft, InlineNode } from './model';

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

export type GongwenType = GongwenElement['type'];

/** What the exporter and importer accept until the registry unions these into BlockElement. */
export type ExtendedBlock = BlockElement | GongwenElement;

export const GONGWEN_TYPES: readonly GongwenType[] = ['signature', 'date', 'attachment', 'note', 'byline', 'copyTo', 'printed', 'headerLine', 'issuerMark', 'docNumber'];

export const GONGWEN_LABELS: Record<GongwenType, string> = {
  signature: '发文机关署名',
  date: '成文日期',
  attachment: '附件说明',
  note: '附注',
  byline: '讲话人和日期',
  copyTo: '抄送',
  printed: '印发机关和日期',
  headerLine: '份号/密级/紧急程度',
  issuerMark: '发文机关标志',
  docNumber: '发文字号',
};

export function isGongwen(b: { type: string }): b is GongwenElement {
  return (GONGWEN_TYPES as readonly string[]).includes(b.type);
}

/** The draft's blocks as the exporter sees them. */
export function blocksOf(draft: Draft): ExtendedBlock[] {
  return draft.content as ExtendedBlock[];
}

/**
 * Their entries for the block registry (core/draft/blocks.ts), ready to be merged into BLOCKS once each kind
 * joins the BlockElement union and has its view in renderer/editor/blocks.tsx (the UI phase). `format` names
 * the row of core/docx/formats.ts; none is read aloud or compared with the archive (spoken: false).
 */
export const GONGWEN_SPECS = {
  headerLine: { label: '份号/密级/紧急程度', attrs: { item: { values: ['copyNo', 'secrecy', 'urgency'] as const, fallback: 'copyNo' as const } }, unique: false, next: 'same', format: 'headerLine', plainText: (s: string) => [s] },
  issuerMark: { label: '发文机关标志', attrs: { mode: { values: ['print', 'reserve'] as const, optional: true } }, unique: true, next: 'docNumber', format: 'issuerMark', plainText: (s: string) => [s, ''] },
  docNumber: { label: '发文字号', attrs: { signer: { text: { max: 40 }, optional: true } }, unique: true, next: 'title', format: 'docNumber', plainText: (s: string) => [s, ''] },
  byline: { label: '讲话人和日期', attrs: {}, unique: false, next: 'same', format: 'byline', plainText: (s: string) => [s] },
  attachment: { label: '附件说明', attrs: {}, unique: false, next: 'same', format: 'attachment', plainText: (s: string) => [s] },
  signature: { label: '发文机关署名', attrs: {}, unique: false, next: 'date', format: 'signature', plainText: (s: string) => ['', s] },
  date: { label: '成文日期', attrs: { seal: { values: ['with', 'without'] as const, optional: true } }, unique: true, next: 'note', format: 'date', plainText: (s: string) => [s] },
  note: { label: '附注', attrs: {}, unique: true, next: 'paragraph', format: 'note', plainText: (s: string) => [`（${s}）`] },
  copyTo: { label: '抄送', attrs: {}, unique: true, next: 'printed', format: 'copyTo', plainText: (s: string) => ['', `抄送：${s}`] },
  printed: { label: '印发机关和日期', attrs: { date: { text: { max: 20 } } }, unique: true, next: 'paragraph', format: 'printed', plainText: (s: string) => [s] },
} as const satisfies Record<GongwenType, { label: string; attrs: object; unique: boolean; next: string; format: string; plainText: (s: string) => string[] }>;
