import { describe, expect, it } from 'vitest';
import { formatDate, removeElements, setByline, setClosing, setImprint, setRedHeader, setSeal } from './gongwen-commands';
import type { BlockElement } from './model';

const t = (text: string) => [{ text }];
const base = (): BlockElement[] => [
  { type: 'title', children: t('关于做好春耕生产工作的通知') },
  { type: 'salutation', children: t('各乡镇人民政府：') },
  { type: 'paragraph', children: t('请认真贯彻落实。') },
];
const kinds = (c: BlockElement[]) => c.map((b) => b.type as string);

describe('commands for the 公文 elements', () => {
  it('adds 附件说明, 署名, 成文日期 and 附注 after the body and before the 版记; again replaces them', () => {
    let c = setImprint(base(), { copyTo: ['县委办公室，', '县政府办公室'], printedBy: '某某县农业农村局办公室', date: '2027年3月1日' });
    c = setClosing(c, { signatories: ['某某县农业农村局'], date: formatDate(new Date(2027, 2, 1)), attachments: ['春耕生产工作要点'], note: '（此件公开发布）' });
    expect(kinds(c)).toEqual(['title', 'salutation', 'paragraph', 'attachment', 'signature', 'date', 'note', 'copyTo', 'printed']);
    expect(c[5].children).toEqual(t('2027年3月1日'));
    expect(c[6].children).toEqual(t('此件公开发布'));
    expect(c[7].children).toEqual(t('县委办公室，县政府办公室。'));
    c = setClosing(c, { signatories: ['甲局', '乙局'], date: '2027年3月2日', seal: true });
    expect(kinds(c)).toEqual(['title', 'salutation', 'paragraph', 'signature', 'signature', 'date', 'copyTo', 'printed']);
    expect(c[5]).toMatchObject({ seal: 'with' });
    expect(setSeal(c, false)[5]).toMatchObject({ seal: 'without' });
  });

  it('puts the 讲话稿 byline under the title, the date in brackets', () => {
    const c = setByline(base(), { speaker: '县委书记  张三', date: '2027年1月15日' });
    expect(kinds(c).slice(0, 3)).toEqual(['title', 'byline', 'byline']);
    expect(c[2].children).toEqual(t('（2027年1月15日）'));
    expect(kinds(setByline(c, { date: '（2027年1月16日）' })).filter((k) => k === 'byline')).toHaveLength(1);
  });

  it('puts the 版头 before the title and removes it again', () => {
    const c = setRedHeader(base(), { issuerMark: '某某县人民政府办公室文件', docNumber: '某政办发〔2027〕1号', copyNo: '000001', urgency: '特急', signer: '张三' });
    expect(kinds(c)).toEqual(['headerLine', 'headerLine', 'issuerMark', 'docNumber', 'title', 'salutation', 'paragraph']);
    expect(c[3]).toMatchObject({ signer: '张三' });
    expect(kinds(removeElements(c, ['headerLine', 'issuerMark', 'docNumber']))).toEqual(kinds(base()));
  });
});
