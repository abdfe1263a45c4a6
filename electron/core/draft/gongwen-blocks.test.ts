/**
 * The 公文 elements as block kinds of the registry: saved and opened, kept by the normaliser, written to .txt and
 * the clipboard in their printed form, placed on their line by one element-layout (shared by the page, the
 * clipboard and the .docx), left out of 讲话时长, and added by genre to a new draft.
 */
import { describe, expect, it } from 'vitest';
import { noticeDraft, speechDraft } from '../docx/fixtures/closing-drafts';
import { speechTiming } from '../checks/index';
import { elementPlacement } from './element-layout';
import { parseDraftFile, serializeDraft } from './file-format';
import { withGenreElements } from './from-skeleton';
import { currentElements, setAttachments, setNote, setSignature } from './gongwen-commands';
import { type BlockElement, inlineText, numberHeadings } from './model';
import { normalizeDraft } from './normalize';
import { draftToPlainText } from './plain-text';
import { draftToClipboardHtml } from './rich-html';

const t = (text: string) => [{ text }];
const kinds = (c: readonly BlockElement[]) => c.map((b) => b.type);

describe('the 公文 elements are block kinds', () => {
  it('are saved, opened and kept by the normaliser as themselves', () => {
    for (const d of [noticeDraft({ seal: true, signer: '张三' }), noticeDraft({ header: 'reserve' }), speechDraft()]) {
      expect(parseDraftFile(serializeDraft(d))).toEqual({ ok: true, draft: d });
      expect(normalizeDraft(d)).toEqual({ value: d, notes: [] });
    }
    // An attribute the kind does not have is dropped; a bad value mended from the spec.
    const bad = noticeDraft();
    const printed = bad.content.findIndex((b) => b.type === 'printed');
    (bad.content[printed] as unknown as Record<string, unknown>).date = 7;
    (bad.content[0] as unknown as Record<string, unknown>).colour = 'red';
    const { value } = normalizeDraft(bad);
    expect(value.content[printed]).toMatchObject({ type: 'printed', date: '' });
    expect(value.content[0]).not.toHaveProperty('colour');
  });

  it('write their .txt form: 附件 numbered under one “附件：”, the 附注 in brackets, the 版记 with 抄送 and 印发', () => {
    const txt = draftToPlainText(noticeDraft({ signer: '李四' })).split('\n');
    expect(txt).toContain('某政办发〔2027〕1号\u3000\u3000签发人：李四');
    expect(txt).toContain('\u3000\u3000附件：1.某某县优化营商环境三年行动方案（2027—2029年）及配套政策措施清单');
    expect(txt.find((l) => l.includes('2.某某县'))).toBe('\u3000\u3000\u3000\u3000\u30002.某某县优化营商环境重点任务分工表，各牵头单位按照职责抓好落实并按季度报送进展情况');
    expect(txt).toContain('\u3000\u3000（此件公开发布）');
    expect(txt).toContain('抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院，各人民团体。');
    expect(txt).toContain('某某县人民政府办公室\u3000\u30002027年1月15日印发');
    // On red-head paper the mark is printed already: the text leaves it out.
    expect(draftToPlainText(noticeDraft({ header: 'reserve' }))).not.toContain('文件\n');
  });

  it('are copied placed as printed: 署名 右空二字, the date two characters right of the 署名, 附件 hanging, the mark red', () => {
    const html = draftToClipboardHtml(noticeDraft());
    expect(html).toMatch(/<p style="[^"]*text-align:right;margin-right:32pt[^"]*">某某县人民政府办公室<\/p>/);
    expect(html).toMatch(/<p style="[^"]*text-align:left;margin-left:288pt[^"]*">2027年1月15日<\/p>/);
    expect(html).toMatch(/<p style="[^"]*margin-left:96pt;text-indent:-64pt[^"]*">附件：1\.某某县/);
    expect(html).toMatch(/<p style="[^"]*color:#FF0000[^"]*">某某县人民政府办公室文件<\/p>/);
    expect(html).toMatch(/<p style="[^"]*">（此件公开发布）<\/p>/);
  });

  it('are placed by one layout: 附件 numbers, the 署名 group, two blank lines above a sealed one', () => {
    const d = noticeDraft();
    const markers = numberHeadings(d.content);
    const first = d.content.findIndex((b) => b.type === 'attachment');
    expect([markers[first], markers[first + 1]]).toEqual(['附件：1.', '2.']);
    const sig = d.content.findIndex((b) => b.type === 'signature');
    expect(elementPlacement(d.content, sig)).toEqual({ align: 'right', right: 2, linesBefore: 1 });
    expect(elementPlacement(d.content, sig + 1)).toEqual({ align: 'left', left: 28 - 2 - 10 + 2, linesBefore: 0 });
    const sealed = noticeDraft({ seal: true });
    expect(elementPlacement(sealed.content, sig)).toMatchObject({ align: 'right', linesBefore: 2 });
    expect(elementPlacement(sealed.content, sig + 1)).toEqual({ align: 'right', right: 4, linesBefore: 0 });
    // One attachment: no number.
    const one = setAttachments(d.content, ['只有一个附件']);
    expect(numberHeadings(one)[one.findIndex((b) => b.type === 'attachment')]).toBe('附件：');
  });

  it('are not read aloud (讲话时长 counts the speech, not its byline)', () => {
    const d = speechDraft();
    const without = { ...d, content: d.content.filter((b) => b.type !== 'byline') };
    expect(speechTiming(d, 220).totalChars).toBe(speechTiming(without, 220).totalChars);
    expect(speechTiming(d, 220).totalChars).toBeGreaterThan(0);
  });
});

describe('公文要素 commands', () => {
  const base = (): BlockElement[] => [
    { type: 'title', children: t('关于做好春耕生产工作的通知') },
    { type: 'paragraph', children: t('请认真贯彻落实。') },
  ];

  it('put each part where GB/T 9704 has it, whatever order they are added in, and edit rather than add', () => {
    let c = setNote(base(), '此件公开发布');
    c = setSignature(c, { signatories: ['某某县农业农村局'], date: '2027年3月1日' });
    c = setAttachments(c, ['附件：1.春耕生产工作要点', '2.物资调度表']);
    expect(kinds(c)).toEqual(['title', 'paragraph', 'attachment', 'attachment', 'signature', 'date', 'note']);
    expect(c.filter((b) => b.type === 'attachment').map((b) => inlineText(b.children))).toEqual(['春耕生产工作要点', '物资调度表']);
    c = setSignature(c, { signatories: ['甲局', '乙局'], date: '2027年3月2日', seal: true });
    expect(kinds(c)).toEqual(['title', 'paragraph', 'attachment', 'attachment', 'signature', 'signature', 'date', 'note']);
    expect(currentElements(c)).toMatchObject({ signatories: ['甲局', '乙局'], date: '2027年3月2日', seal: true, note: '此件公开发布', attachments: ['春耕生产工作要点', '物资调度表'] });
    expect(kinds(setAttachments(c, []))).not.toContain('attachment');
  });

  it('keep a block the user did not change as it was, with its placeholder', () => {
    const content = withGenreElements(base(), 'plan');
    const sig = content.find((b) => b.type === 'signature')!;
    const text = inlineText(sig.children);
    expect(text).toBe('【发文机关署名】');
    const next = setSignature(content, { signatories: [text], date: '2027年3月1日' });
    expect(next.find((b) => b.type === 'signature')).toBe(sig);
  });

  it('by genre: a 实施方案 ends with its 落款, a speech has its speaker and date under the title', () => {
    expect(kinds(withGenreElements(base(), 'plan')).slice(-2)).toEqual(['signature', 'date']);
    expect(kinds(withGenreElements(base(), 'speech')).slice(0, 3)).toEqual(['title', 'byline', 'byline']);
    expect(kinds(withGenreElements(base(), 'annual-report'))).toEqual(kinds(base()));
  });
});
