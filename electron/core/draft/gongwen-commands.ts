/**
 * Pure transforms the editor calls to add the 公文 elements around the body (the 公文要素 menu: 落款, 附件说明,
 * 附注, 版记, 版头, 讲话人和日期), and what those dialogs show as the current values. Each transform returns a new
 * content array with the element where GB/T 9704 has it, replacing one that is already there, so calling it
 * again edits rather than duplicates. A block whose text the user did not change is kept as it was (a
 * 【发文机关】 placeholder stays a placeholder).
 */
import { CLOSING_TYPES, type GongwenType, HEAD_TYPES, IMPRINT_TYPES, isOfTypes } from './gongwen-kinds';
import { type BlockElement, type BylineElement, type DateElement, type GongwenElement, type HeaderLineElement, inlineText } from './model';

const t = (text: string) => [{ text }];
const is = isOfTypes;

/** 2027年1月15日: Arabic numerals, no leading zeros (7.3.5). */
export function formatDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/** A text block of `type`, or the existing one of that type with the same text (its placeholders and marks kept). */
function textBlocks<T extends GongwenElement>(type: T['type'], texts: readonly string[], existing: readonly BlockElement[], extra: Omit<T, 'type' | 'children'> = {} as never): BlockElement[] {
  const old = existing.filter((b) => b.type === type);
  return texts
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s, k) => {
      const same = old[k] && inlineText(old[k].children) === s ? old[k] : old.find((b) => inlineText(b.children) === s);
      // The very block when nothing about it changes, so the editor leaves it (and its undo history) alone.
      if (same && Object.entries(extra).every(([key, v]) => (same as unknown as Record<string, unknown>)[key] === v)) return same;
      return { ...(same ?? { children: t(s) }), type, ...extra } as BlockElement;
    });
}

type ClosingPart = 'attachment' | 'signature' | 'date' | 'note';

/**
 * The closing parts in GB/T 9704 order — 附件说明, 署名, 成文日期, 附注 — after the body and before any 版记; each
 * part given replaces the current one, the others stay as they are.
 */
function arrangeClosing(content: readonly BlockElement[], parts: Partial<Record<ClosingPart, BlockElement[]>>): BlockElement[] {
  const current = (type: ClosingPart) => content.filter((b) => b.type === type);
  const blocks = content.filter((b) => !is(CLOSING_TYPES)(b));
  const imprintAt = blocks.findIndex(is(IMPRINT_TYPES));
  const at = imprintAt < 0 ? blocks.length : imprintAt;
  const closing = (['attachment', 'signature', 'date', 'note'] as const).flatMap((type) => parts[type] ?? current(type));
  return [...blocks.slice(0, at), ...closing, ...blocks.slice(at)];
}

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
  return arrangeClosing(content, {
    attachment: textBlocks('attachment', o.attachments ?? [], content),
    ...signatureParts(content, o),
    note: noteBlocks(content, o.note),
  });
}

function signatureParts(content: readonly BlockElement[], o: { signatories: string[]; date: string; seal?: boolean }) {
  return {
    signature: textBlocks('signature', o.signatories, content),
    date: textBlocks<DateElement>('date', [o.date], content, { seal: o.seal ? 'with' : 'without' }),
  };
}

const noteBlocks = (content: readonly BlockElement[], note: string | undefined) => textBlocks('note', [(note ?? '').trim().replace(/^[（(]|[）)]$/g, '')], content);

/** 落款: 署名 (one line per signatory) and 成文日期, with or without seal; 附件说明 and 附注 stay. */
export function setSignature(content: BlockElement[], o: { signatories: string[]; date: string; seal?: boolean }): BlockElement[] {
  return arrangeClosing(content, signatureParts(content, o));
}

/** 附件说明: the attachments' names in order (none removes it); under the body, above the 署名. */
export function setAttachments(content: BlockElement[], names: string[]): BlockElement[] {
  // Names are written without 附件： and numbers, which the layout adds (a pasted “附件：1.…” is taken as the name).
  return arrangeClosing(content, { attachment: textBlocks('attachment', names.map((n) => n.replace(/^\s*(附件[:：])?\s*\d*[.．、]?\s*/, '')), content) });
}

/** 附注: one line in round brackets under the 成文日期 (empty removes it). */
export function setNote(content: BlockElement[], note: string): BlockElement[] {
  return arrangeClosing(content, { note: noteBlocks(content, note) });
}

/** Switches the 成文日期 between the sealed and unsealed layouts (7.3.5.1 / 7.3.5.2). */
export function setSeal(content: BlockElement[], seal: boolean): BlockElement[] {
  return content.map((b) => (b.type === 'date' ? { ...b, seal: seal ? 'with' : 'without' } : b));
}

/** 讲话稿: the speaker and/or the date “（2027年1月15日）” under the title. */
export function setByline(content: BlockElement[], o: { speaker?: string; date?: string }): BlockElement[] {
  const blocks = content.filter((b) => b.type !== 'byline');
  const date = o.date?.trim() ? (/^[（(].*[）)]$/.test(o.date.trim()) ? o.date.trim() : `（${o.date.trim()}）`) : '';
  const lines = textBlocks<BylineElement>('byline', [o.speaker ?? '', date], content);
  const title = blocks.findIndex((b) => b.type === 'title');
  const at = title < 0 ? 0 : title + 1;
  return [...blocks.slice(0, at), ...lines, ...blocks.slice(at)];
}

/** 版记 at the end: 抄送 (organs joined with ，, ending 。) and 印发机关 with 印发日期. An empty 印发机关 removes the 版记. */
export function setImprint(content: BlockElement[], o: { copyTo?: string[]; printedBy: string; date: string }): BlockElement[] {
  const blocks = content.filter((b) => !is(IMPRINT_TYPES)(b));
  const copy = (o.copyTo ?? []).map((c) => c.trim().replace(/[，,、。；;]+$/, '')).filter(Boolean);
  const imprint: BlockElement[] = [
    ...textBlocks('copyTo', copy.length ? [`${copy.join('，')}。`] : [], content),
    ...(o.printedBy.trim() ? textBlocks('printed', [o.printedBy], content, { date: o.date.trim() }) : []),
  ];
  return [...blocks, ...imprint];
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
  const blocks = content.filter((b) => !is(HEAD_TYPES)(b));
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
  return [...head, ...blocks];
}

/** Removes every element of the given kinds (取消版头, 删除版记 …). */
export function removeElements(content: BlockElement[], types: readonly GongwenType[]): BlockElement[] {
  return content.filter((b) => !is(types)(b));
}

/** What the 公文要素 dialogs show: the draft's current elements as text ('' or [] where there is none). */
export interface CurrentElements {
  signatories: string[];
  date: string;
  seal: boolean;
  attachments: string[];
  note: string;
  speaker: string;
  spokenOn: string;
  copyTo: string;
  printedBy: string;
  printedOn: string;
  header: RedHeaderOptions | null;
}

export function currentElements(content: readonly BlockElement[]): CurrentElements {
  const text = (type: GongwenType) => content.filter((b) => b.type === type).map((b) => inlineText(b.children));
  const date = content.find((b): b is DateElement => b.type === 'date');
  const bylines = text('byline');
  const spokenOn = bylines.find((l) => /^[（(].*[）)]$/.test(l)) ?? '';
  const printed = content.find((b) => b.type === 'printed');
  const mark = content.find((b) => b.type === 'issuerMark');
  const number = content.find((b) => b.type === 'docNumber');
  const line = (item: HeaderLineElement['item']) => {
    const b = content.find((x) => x.type === 'headerLine' && x.item === item);
    return b ? inlineText(b.children) : '';
  };
  return {
    signatories: text('signature'),
    date: date ? inlineText(date.children) : '',
    seal: date?.seal === 'with',
    attachments: text('attachment'),
    note: text('note')[0] ?? '',
    speaker: bylines.find((l) => l !== spokenOn) ?? '',
    spokenOn: spokenOn.replace(/^[（(]|[）)]$/g, ''),
    copyTo: (text('copyTo')[0] ?? '').replace(/。$/, ''),
    printedBy: printed ? inlineText(printed.children) : '',
    printedOn: printed?.type === 'printed' ? printed.date : '',
    header:
      mark || number
        ? {
            issuerMark: mark ? inlineText(mark.children) : '',
            docNumber: number ? inlineText(number.children) : '',
            signer: number?.type === 'docNumber' ? number.signer ?? '' : '',
            copyNo: line('copyNo'),
            secrecy: line('secrecy'),
            urgency: line('urgency'),
            mode: mark?.type === 'issuerMark' && mark.mode === 'reserve' ? 'reserve' : 'print',
          }
        : null,
  };
}
