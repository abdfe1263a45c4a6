/**
 * Pure transforms the editor calls to add the 公文 elements around the body (插入落款、附件说明、版记、版头、讲话人
 * 和日期). Each returns a new content array and puts the element where GB/T 9704 has it, replacing one that is
 * already there, so calling it again edits rather than duplicates.
 */
import type { BylineElement, DateElement, ExtendedBlock, GongwenElement, GongwenType, HeaderLineElement } from './gongwen-kinds';
import type { BlockElement } from './model';

const t = (text: string) => [{ text }];
const as = (blocks: ExtendedBlock[]) => blocks as BlockElement[];

/** 2027年1月15日: Arabic numerals, no leading zeros (7.3.5). */
export function formatDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

const HEAD: GongwenType[] = ['headerLine', 'issuerMark', 'docNumber'];
const CLOSING: GongwenType[] = ['attachment', 'signature', 'date', 'note'];
const IMPRINT: GongwenType[] = ['copyTo', 'printed'];
const is = (types: GongwenType[]) => (b: ExtendedBlock) => (types as string[]).includes(b.type);

export interface ClosingOptions {
  signatories: string[];
  date: string;
  seal?: boolean;
  /** 附件 names, in order; none leaves the 附件说明 out. */
  attachments?: string[];
  /** 附注 text without brackets. */
  note?: string;
}

/** 附件说明, 署名, 成文日期 and 附注 after the body, before any 版记. */
export function setClosing(content: BlockElement[], o: ClosingOptions): BlockElement[] {
  const blocks = (content as ExtendedBlock[]).filter((b) => !is(CLOSING)(b));
  const imprintAt = blocks.findIndex(is(IMPRINT));
  const at = imprintAt < 0 ? blocks.length : imprintAt;
  const date: DateElement = { type: 'date', seal: o.seal ? 'with' : 'without', children: t(o.date) };
  const closing: GongwenElement[] = [
    ...(o.attachments ?? []).filter((a) => a.trim()).map((a): GongwenElement => ({ type: 'attachment', children: t(a.trim()) })),
    ...o.signatories.filter((s) => s.trim()).map((s): GongwenElement => ({ type: 'signature', children: t(s.trim()) })),
    date,
    ...(o.note?.trim() ? [{ type: 'note', children: t(o.note.trim().replace(/^[（(]|[）)]$/g, '')) } as GongwenElement] : []),
  ];
  return as([...blocks.slice(0, at), ...closing, ...blocks.slice(at)]);
}

/** Switches the 成文日期 between the sealed and unsealed layouts (7.3.5.1 / 7.3.5.2). */
export function setSeal(content: BlockElement[], seal: boolean): BlockElement[] {
  return as((content as ExtendedBlock[]).map((b) => (b.type === 'date' ? { ...b, seal: seal ? 'with' : 'without' } : b)));
}

/** 讲话稿: the speaker and/or the date “（2027年1月15日）” under the title. */
export function setByline(content: BlockElement[], o: { speaker?: string; date?: string }): BlockElement[] {
  const blocks = (content as ExtendedBlock[]).filter((b) => b.type !== 'byline');
  const lines: BylineElement[] = [];
  if (o.speaker?.trim()) lines.push({ type: 'byline', children: t(o.speaker.trim()) });
  if (o.date?.trim()) lines.push({ type: 'byline', children: t(/^[（(].*[）)]$/.test(o.date.trim()) ? o.date.trim() : `（${o.date.trim()}）`) });
  const title = blocks.findIndex((b) => b.type === 'title');
  const at = title < 0 ? 0 : title + 1;
  return as([...blocks.slice(0, at), ...lines, ...blocks.slice(at)]);
}

/** 版记 at the end: 抄送 (organs joined with ，, ending 。) and 印发机关 with 印发日期. */
export function setImprint(content: BlockElement[], o: { copyTo?: string[]; printedBy: string; date: string }): BlockElement[] {
  const blocks = (content as ExtendedBlock[]).filter((b) => !is(IMPRINT)(b));
  const copy = (o.copyTo ?? []).map((c) => c.trim().replace(/[，,、。；;]+$/, '')).filter(Boolean);
  const imprint: GongwenElement[] = [
    ...(copy.length ? [{ type: 'copyTo', children: t(`${copy.join('，')}。`) } as GongwenElement] : []),
    { type: 'printed', date: o.date, children: t(o.printedBy.trim()) },
  ];
  return as([...blocks, ...imprint]);
}

export interface RedHeaderOptions {
  /** 发文机关标志, e.g. 某某县人民政府办公室文件. */
  issuerMark: string;
  docNumber: string;
  /** 签发人 (上行文). */
  signer?: string;
  copyNo?: string;
  secrecy?: string;
  urgency?: string;
  /** 'reserve': paper with the red head printed already — keep its space, print nothing of it. */
  mode?: 'print' | 'reserve';
}

/** 版头 before the title: 份号, 密级和保密期限, 紧急程度, 发文机关标志, 发文字号 (with 签发人). */
export function setRedHeader(content: BlockElement[], o: RedHeaderOptions): BlockElement[] {
  const blocks = (content as ExtendedBlock[]).filter((b) => !is(HEAD)(b));
  const lines: HeaderLineElement[] = (
    [
      ['copyNo', o.copyNo],
      ['secrecy', o.secrecy],
      ['urgency', o.urgency],
    ] as const
  ).flatMap(([item, v]) => (v?.trim() ? [{ type: 'headerLine' as const, item, children: t(v.trim()) }] : []));
  const head: GongwenElement[] = [
    ...lines,
    { type: 'issuerMark', ...(o.mode === 'reserve' ? { mode: 'reserve' as const } : {}), children: t(o.issuerMark.trim()) },
    { type: 'docNumber', ...(o.signer?.trim() ? { signer: o.signer.trim() } : {}), children: t(o.docNumber.trim()) },
  ];
  return as([...head, ...blocks]);
}

/** Removes every element of the given kinds (取消版头, 删除版记 …). */
export function removeElements(content: BlockElement[], types: GongwenType[]): BlockElement[] {
  return as((content as ExtendedBlock[]).filter((b) => !is(types)(b)));
}
