/**
 * .docx → draft for the 公文 elements around the body and run-in headings: our own exports come back as the
 * same blocks (export → import → export writes the same paragraphs), and a Word file typed the usual way
 * (署名 pushed right with spaces, 附件 typed by hand, 版记 lines) is recognised.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { inlineText, type Draft } from '../draft/model';
import { exportDocx } from './export-docx';
import { noticeDraft, speechDraft } from './fixtures/closing-drafts';
import { sampleDraft } from './fixtures/sample-draft';
import { importDocx } from './import-docx';

const shape = (d: Draft) =>
  d.content.map((b) => {
    const x = b as unknown as Record<string, unknown>;
    const attrs = Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'children' && k !== 'type' && k !== 'role'));
    return [b.type, attrs, inlineText(b.children)];
  });

async function imported(bytes: Uint8Array): Promise<Draft> {
  const r = await importDocx(bytes);
  if (!r.ok) throw new Error(r.error);
  return r.draft;
}
const documentXml = async (b: Uint8Array) => (await JSZip.loadAsync(b)).file('word/document.xml')!.async('string');
/** What a reader sees of each paragraph: its properties and its text (run boundaries aside). */
const paragraphsOf = async (b: Uint8Array) =>
  [...(await documentXml(b)).matchAll(/<w:p>(?:<w:pPr>((?:(?!<\/w:pPr>).)*)<\/w:pPr>)?((?:(?!<\/w:p>).)*)<\/w:p>/g)].map((m) => [
    m[1] ?? '',
    [...m[2].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  ]);

describe('our own exports come back as the same elements', () => {
  it.each([
    ['a notice with 版头, 附件说明, 署名, 成文日期, 附注 and 版记', noticeDraft()],
    ['a sealed notice with 签发人 and two signatories', noticeDraft({ seal: true, signer: '张三', signatories: ['某某县人民政府办公室', '某某县财政局'] })],
    ['a notice on red-head paper (space reserved)', noticeDraft({ header: 'reserve' })],
    ['a 讲话稿 with its byline', speechDraft()],
  ])('%s', async (_name, draft) => {
    const once = await exportDocx(draft);
    const back = await imported(once);
    expect(shape(back)).toEqual(shape(draft));
    expect(await paragraphsOf(await exportDocx(back))).toEqual(await paragraphsOf(once));
  });

  it('a run-in heading: one block, exported as Word’s style separator, read back run-in', async () => {
    const draft = sampleDraft();
    const i = draft.content.findIndex((b) => b.type === 'heading' && b.level === 3);
    draft.content[i] = { type: 'heading', level: 3, runIn: true, children: [{ text: '健全竞赛机制。' }, { text: '完善竞赛组织、考核、奖励办法。', bold: false }] };
    const once = await exportDocx(draft);
    const xml = await documentXml(once);
    // Heading part in its own Heading 3 paragraph whose mark is hidden (style separator), body part after it.
    expect(xml).toMatch(/<w:pStyle w:val="Heading3"\/>(?:(?!<\/w:p>).)*<w:vanish\/><w:specVanish\/>(?:(?!<\/w:p>).)*>1\.<\/w:t>(?:(?!<\/w:p>).)*健全竞赛机制。<\/w:t>(?:(?!<\/w:p>).)*<\/w:p><w:p>(?:(?!<\/w:p>).)*<w:ind w:firstLine="0" w:firstLineChars="0"\/>(?:(?!<\/w:p>).)*完善竞赛组织/);
    const back = await imported(once);
    expect(back.content[i]).toMatchObject({ type: 'heading', level: 3, runIn: true });
    expect(inlineText(back.content[i].children)).toBe('健全竞赛机制。完善竞赛组织、考核、奖励办法。');
    expect(await paragraphsOf(await exportDocx(back))).toEqual(await paragraphsOf(once));
  });
});

describe('a Word file typed the usual way', () => {
  it('recognises 附件, a 署名 pushed right with spaces, the date, 附注 and the 版记 lines', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    const body = [
      p('关于做好春耕生产工作的通知', '<w:jc w:val="center"/>'),
      p('各乡镇人民政府：'),
      p('　　为切实做好今年春耕生产工作，现将有关事项通知如下，请认真贯彻落实。'),
      p('　　附件：1.春耕生产工作要点'),
      p('　　　　　2.春耕物资储备表'),
      p('　　　　　　　　　　　　　　　　某某县农业农村局'),
      p('2027年3月1日', '<w:jc w:val="right"/><w:ind w:right="1260"/>'),
      p('（此件公开发布）'),
      p('抄送：县委办公室，县政府办公室。'),
      p('某某县农业农村局办公室　　　　　　　2027年3月1日印发'),
    ].join('');
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
    const d = await imported(await zip.generateAsync({ type: 'uint8array' }));
    expect(shape(d)).toEqual([
      ['title', {}, '关于做好春耕生产工作的通知'],
      ['salutation', {}, '各乡镇人民政府：'],
      ['paragraph', {}, '为切实做好今年春耕生产工作，现将有关事项通知如下，请认真贯彻落实。'],
      ['attachment', {}, '春耕生产工作要点'],
      ['attachment', {}, '春耕物资储备表'],
      ['signature', {}, '某某县农业农村局'],
      ['date', { seal: 'with' }, '2027年3月1日'],
      ['note', {}, '此件公开发布'],
      ['copyTo', {}, '县委办公室，县政府办公室。'],
      ['printed', { date: '2027年3月1日' }, '某某县农业农村局办公室'],
    ]);
  });
});
