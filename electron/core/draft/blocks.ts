/**
 * Every kind of top-level block a 公文 draft can hold, declared once. The file/IPC schema (schema.ts), the
 * normaliser for whatever enters a draft (normalize.ts), the editor's block rules, the .txt and clipboard-HTML
 * writers, 讲话时长 and 复用率 and the page's views all read these specs, so a new kind (落款, 附件说明, 附注…) is
 * its element type in model.ts, one entry here and one view in renderer/editor/blocks.tsx — the mapped types
 * make the compiler name each of those, and nothing else needs an edit.
 * Pure data and small functions: no zod (schema.ts derives the validators, so the renderer bundle stays
 * without them), no Node, Electron or DOM imports.
 */
import { type BlockElement, type HeadingLevel, type HeadingNumbering, type Role, ROLES } from './model';

export type BlockType = BlockElement['type'];
export type BlockOf<T extends BlockType> = Extract<BlockElement, { type: T }>;

/** An attribute besides `type` and `children`: a closed set of values, or free text up to a length. */
export type AttrSpec<V> = (
  | { values: readonly V[] }
  | { text: { max: number } }
) & {
  /** May be absent. */
  optional?: boolean;
  /** What a missing or invalid required value becomes (the normaliser and the editor mend with it). */
  fallback?: V;
};

type AttrsOf<B> = { [K in Exclude<keyof B, 'type' | 'children'>]-?: AttrSpec<NonNullable<B[K]>> };

/**
 * A row of the GB/T 9704 format table (fonts, size, weight, alignment, indent, outline level) that the .docx
 * export and the clipboard HTML lay a block out with. The rows' numbers live with the format data
 * (core/docx/export-docx.ts FORMATS today); a kind names its row here.
 */
export type FormatRow =
  | 'title'
  | 'salutation'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'h4'
  | 'body'
  // The elements around the body (GB/T 9704 7.2–7.4); their places on the line come from format/closing.ts.
  | 'signature'
  | 'date'
  | 'attachment'
  | 'note'
  | 'byline'
  | 'copyTo'
  | 'printed'
  | 'headerLine'
  | 'issuerMark'
  | 'docNumber';

export interface BlockSpec<B extends BlockElement> {
  /** Shown in the 段落级别 menu, the outline and messages. */
  label: string;
  /** Its attributes besides `type` and `children`; the schema and the normaliser are derived from these. */
  attrs: AttrsOf<B>;
  /** A draft has at most one (a section pasted from the 段落库 keeps the draft's own). */
  unique: boolean;
  /** Read aloud (counted in 讲话时长) and compared with the archive (复用率). */
  spoken: boolean;
  /** What Enter at its end starts — Word's “style for following paragraph”: another kind, or the same again. */
  next: BlockType | 'same';
  /** Its row of the GB/T 9704 format table. */
  format(b: B): FormatRow;
  /** Its lines in the .txt export, given its text (one line, trimmed), its computed marker (一、/（一）/附件：1.…) and itself. */
  plainText(text: string, marker: string, b: B): string[];
  /** The HTML element it is copied as (Word maps h1–h6 to its heading styles, so the outline survives a paste). */
  htmlTag(b: B): string;
  /** The page's CSS class for it (renderer/styles.css); the e2e tests find blocks by `data-block`. */
  className(b: B): string;
}

/** Every top-level block on the page carries `data-block="<kind>"` (renderer/editor/blocks.tsx); e2e tests locate blocks by it. */
export const BLOCK_SELECTOR = '[data-block]';

/** Two full-width spaces: a 公文 paragraph's first-line indent in plain text. */
export const PLAIN_INDENT = '\u3000\u3000';

const HEADING_LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4];
const HEADING_NUMBERINGS: readonly HeadingNumbering[] = ['restart', 'continue'];

export const BLOCKS: { [T in BlockType]: BlockSpec<BlockOf<T>> } = {
  title: {
    label: '大标题',
    attrs: {},
    unique: true,
    // The title is printed, not read out; its wording is prescribed, so its reuse says nothing.
    spoken: false,
    next: 'paragraph',
    format: () => 'title',
    plainText: (t) => (t ? [t, ''] : []),
    htmlTag: () => 'h1',
    className: () => 'b-title',
  },
  salutation: {
    label: '称呼',
    attrs: {},
    unique: true,
    spoken: true,
    next: 'paragraph',
    format: () => 'salutation',
    plainText: (t) => [t],
    htmlTag: () => 'p',
    className: () => 'b-salutation',
  },
  heading: {
    label: '标题',
    // runIn: a run-in heading, its body on the same line (draft/run-in.ts); numbering: where its number departs
    // from position (model.ts headingNumbers).
    attrs: {
      level: { values: HEADING_LEVELS, fallback: 1 },
      role: { values: ROLES as readonly Role[], optional: true },
      runIn: { values: [true] as const, optional: true },
      numbering: { values: HEADING_NUMBERINGS, optional: true },
    },
    unique: false,
    spoken: true,
    next: 'paragraph',
    format: (b) => `h${b.level}`,
    plainText: (t, marker) => [PLAIN_INDENT + marker + t],
    htmlTag: (b) => `h${b.level + 1}`,
    className: (b) => `b-h b-h${b.level}${b.runIn ? ' b-runin' : ''}`,
  },
  paragraph: {
    label: '正文',
    // role: the part a skeleton laid it out for (model.ts ParagraphElement).
    attrs: { role: { values: ROLES as readonly Role[], optional: true } },
    unique: false,
    spoken: true,
    next: 'same',
    format: () => 'body',
    plainText: (t) => (t ? [PLAIN_INDENT + t] : []),
    htmlTag: () => 'p',
    className: () => 'b-para',
  },
  // The 公文 elements around the body (GB/T 9704-2012 7.2–7.4). None is read aloud or compared with the archive;
  // Enter after one that a 公文 has once starts 正文, after a repeating one (署名, 附件, byline) another of it.
  headerLine: {
    label: '份号/密级/紧急程度',
    attrs: { item: { values: ['copyNo', 'secrecy', 'urgency'] as const, fallback: 'copyNo' } },
    unique: false,
    spoken: false,
    next: 'paragraph',
    format: () => 'headerLine',
    plainText: (t) => [t],
    htmlTag: () => 'p',
    className: () => 'b-gw b-headerLine',
  },
  issuerMark: {
    label: '发文机关标志',
    attrs: { mode: { values: ['print', 'reserve'] as const, optional: true } },
    unique: true,
    spoken: false,
    next: 'paragraph',
    format: () => 'issuerMark',
    // On red-head paper the mark is printed already: the text file leaves it out too.
    plainText: (t, _m, b) => (b.mode === 'reserve' ? [] : [t, '']),
    htmlTag: () => 'p',
    className: (b) => `b-gw b-issuerMark${b.mode === 'reserve' ? ' reserve' : ''}`,
  },
  docNumber: {
    label: '发文字号',
    attrs: { signer: { text: { max: 40 }, optional: true } },
    unique: true,
    spoken: false,
    next: 'paragraph',
    format: () => 'docNumber',
    plainText: (t, _m, b) => [b.signer ? `${t}${PLAIN_INDENT}签发人：${b.signer}` : t, ''],
    htmlTag: () => 'p',
    className: (b) => `b-gw b-docNumber${b.signer ? ' with-signer' : ''}`,
  },
  byline: {
    label: '讲话人和日期',
    attrs: {},
    unique: false,
    spoken: false,
    next: 'same',
    format: () => 'byline',
    plainText: (t) => [t],
    htmlTag: () => 'p',
    className: () => 'b-gw b-byline',
  },
  attachment: {
    label: '附件说明',
    attrs: {},
    unique: false,
    spoken: false,
    next: 'same',
    format: () => 'attachment',
    // One blank line above “附件：1.…”; a later item's number under the first's, i.e. after the width of “附件：”.
    plainText: (t, marker) => (marker.startsWith('附件') ? ['', PLAIN_INDENT + marker + t] : [PLAIN_INDENT + '\u3000\u3000\u3000' + marker + t]),
    htmlTag: () => 'p',
    className: () => 'b-gw b-attachment',
  },
  signature: {
    label: '发文机关署名',
    attrs: {},
    unique: false,
    spoken: false,
    // 联合行文: Enter after a 署名 starts the next signatory's.
    next: 'same',
    format: () => 'signature',
    plainText: (t) => ['', t],
    htmlTag: () => 'p',
    className: () => 'b-gw b-signature',
  },
  date: {
    label: '成文日期',
    attrs: { seal: { values: ['with', 'without'] as const, optional: true } },
    unique: true,
    spoken: false,
    next: 'paragraph',
    format: () => 'date',
    plainText: (t) => [t],
    htmlTag: () => 'p',
    className: (b) => `b-gw b-date${b.seal === 'with' ? ' sealed' : ''}`,
  },
  note: {
    label: '附注',
    attrs: {},
    unique: true,
    spoken: false,
    next: 'paragraph',
    format: () => 'note',
    plainText: (t) => [`${PLAIN_INDENT}（${t}）`],
    htmlTag: () => 'p',
    className: () => 'b-gw b-note',
  },
  copyTo: {
    label: '抄送',
    attrs: {},
    unique: true,
    spoken: false,
    next: 'paragraph',
    format: () => 'copyTo',
    plainText: (t) => ['', `抄送：${t}`],
    htmlTag: () => 'p',
    className: () => 'b-gw b-copyTo b-imprint',
  },
  printed: {
    label: '印发机关和日期',
    attrs: { date: { text: { max: 20 }, fallback: '' } },
    unique: true,
    spoken: false,
    next: 'paragraph',
    format: () => 'printed',
    plainText: (t, _m, b) => [`${t}${PLAIN_INDENT}${b.date}印发`],
    htmlTag: () => 'p',
    className: () => 'b-gw b-printed b-imprint',
  },
};

/** The spec of one block (hides TypeScript's correlated-union cast in one place). */
export function specOf<B extends BlockElement>(b: B): BlockSpec<B> {
  return BLOCKS[b.type] as unknown as BlockSpec<B>;
}

/** Every kind, in declaration order. Read at call time, so a kind registered by a test fixture is included. */
export function blockTypes(): BlockType[] {
  return Object.keys(BLOCKS) as BlockType[];
}

export function isBlockType(t: unknown): t is BlockType {
  return typeof t === 'string' && Object.prototype.hasOwnProperty.call(BLOCKS, t);
}

/** A block's format row: what the .docx export lays it out with (core/docx's kindOf, by spec). */
export function formatRowOf(b: BlockElement): FormatRow {
  return specOf(b).format(b);
}

/** The attribute names a kind has besides `type` and `children`. */
export function attrNames(type: BlockType): string[] {
  return Object.keys(BLOCKS[type].attrs);
}

/**
 * Blocks to insert into a draft without doubling a unique kind: a section from the 段落库 brings its own
 * title or 称呼, and the draft keeps its own.
 */
export function withoutDuplicateUniques(content: readonly BlockElement[], incoming: readonly BlockElement[]): BlockElement[] {
  const present = new Set(content.filter((b) => specOf(b).unique).map((b) => b.type));
  return incoming.filter((b) => !(specOf(b).unique && present.has(b.type)));
}

/** How a block reads in a message or menu: its label, a heading's with its level (二级标题). */
export function blockLabel(b: BlockElement): string {
  if (b.type === 'heading') return `${'一二三四'[b.level - 1]}级标题${b.runIn ? '（段首）' : ''}`;
  if (b.type === 'headerLine') return HEADER_ITEM_LABELS[b.item];
  return specOf(b).label;
}

/** The 版头 lines above the 发文机关标志 (7.2.1–7.2.3). */
export const HEADER_ITEM_LABELS = { copyNo: '份号', secrecy: '密级和保密期限', urgency: '紧急程度' } as const;
