/**
 * The 公文 elements around the body (GB/T 9704-2012 §7.2–7.4) as a group: which block kinds they are and where
 * each sits in a 公文 — 版头 before the title, the byline under it, 附件说明/署名/成文日期/附注 after the body,
 * 版记 at the end. The element types are in model.ts and their specs in blocks.ts, like every other kind.
 */
import type { BlockElement, Genre, GongwenElement } from './model';

export type { AttachmentElement, BylineElement, CopyToElement, DateElement, DocNumberElement, GongwenElement, HeaderLineElement, IssuerMarkElement, NoteElement, PrintedElement, SignatureElement } from './model';

export type GongwenType = GongwenElement['type'];

export const GONGWEN_TYPES: readonly GongwenType[] = ['signature', 'date', 'attachment', 'note', 'byline', 'copyTo', 'printed', 'headerLine', 'issuerMark', 'docNumber'];

/** 版头: 份号/密级/紧急程度, 发文机关标志, 发文字号 (before the title). */
export const HEAD_TYPES: readonly GongwenType[] = ['headerLine', 'issuerMark', 'docNumber'];
/** Everything before the body: 版头, the title, the byline under it, the 称呼 or 主送机关. */
export const BEFORE_BODY_TYPES: readonly BlockElement['type'][] = [...HEAD_TYPES, 'title', 'byline', 'salutation'];
/** After the body: 附件说明, 署名, 成文日期, 附注. */
export const CLOSING_TYPES: readonly GongwenType[] = ['attachment', 'signature', 'date', 'note'];
/** 版记: 抄送, 印发机关和印发日期 (last). */
export const IMPRINT_TYPES: readonly GongwenType[] = ['copyTo', 'printed'];

export function isGongwen(b: { type: string }): b is GongwenElement {
  return (GONGWEN_TYPES as readonly string[]).includes(b.type);
}

export const isOfTypes =
  (types: readonly GongwenType[]) =>
  (b: BlockElement): boolean =>
    (types as readonly string[]).includes(b.type);

/** Genres delivered as speeches: the speaker and the date go under the title (讲话稿 byline). */
export const SPEECH_GENRES: readonly Genre[] = ['speech', 'address', 'inaugural'];
/** Genres issued as documents, ending with the 落款 (署名 and 成文日期, GB/T 9704 7.3.5). */
export const SIGNED_GENRES: readonly Genre[] = ['plan', 'work-plan', 'summary'];
