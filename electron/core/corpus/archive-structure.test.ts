/**
 * What real archives bring besides a clean report: page junk, broken lines, wrappers, unnumbered part
 * titles, 第X部分, 附件, speeches carried only by 一是/一要 runs. Small texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze';
import { dropJunk, joinBrokenLines } from './clean';
import { importFiles } from './import';
import { extractSections } from './sections';
import { topHeadings } from './evaluate';
import type { CorpusDocument } from './types';

const analyze = (text: string) => analyzeDocument({ id: 't', fileName: 't.txt', text });
const tops = (d: CorpusDocument) => topHeadings(d).map((s) => s.marker + s.heading);
const body = (n: number, s = '我们扎实推进各项工作，取得了明显成效，全年完成投资120亿元，同比增长8%。') => s.repeat(n);

describe('page junk', () => {
  const page = [
    '下载', '打印', '【字号：', '加大', '减小', '】',
    '某市2024年政府工作报告',
    '来源：某市日报', '时间：2024-01-30',
    '各位代表：',
    '现在，我代表市人民政府向大会报告工作，请予审议。',
    '一、2023年工作回顾',
    body(3),
    '二、2024年重点工作',
    '要着力扩大有效需求，加快发展现代产业体系。',
    '扫一扫在手机打开当前页',
    '相关报道：',
    '某某新闻一则',
  ];

  it('is dropped and counted: buttons, source and time stamps, share links, a related-links tail', () => {
    const r = dropJunk(page);
    expect(r.lines).not.toContain('下载');
    expect(r.lines).not.toContain('来源：某市日报');
    expect(r.lines.at(-1)).toBe('要着力扩大有效需求，加快发展现代产业体系。');
    expect(r.dropped).toBe(11);
  });

  it('knows the font-size control written on one line too (【字号：大 中 小】, 字体 加大 还原 减小)', () => {
    expect(dropJunk(['【字号：大 中 小】', '【字号 大 中 小】', '字体：加大 还原 减小', '某市2024年政府工作报告']).lines).toEqual(['某市2024年政府工作报告']);
  });

  it('leaves a meeting notice’s 时间： line alone (only page time stamps are junk)', () => {
    expect(dropJunk(['时间：3月5日上午9时', '地点：市行政中心'])).toMatchObject({ dropped: 0 });
  });

  it('makes the import say how many lines it left out', async () => {
    const c = await importFiles([{ name: 'page.txt', bytes: new TextEncoder().encode(page.join('\n')) }]);
    expect(c.issues).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/^已略去 11 行网页或版权等非正文内容/) })]);
    expect(c.documents[0].declaredTitle).toBe('某市2024年政府工作报告');
    expect(tops(c.documents[0])).toEqual(['一、2023年工作回顾', '二、2024年重点工作']);
  });

  it('drops gov.cn index metadata with its values, and a licence block at the end', () => {
    const r = dropJunk(['索 引 号：', '000014349/2019-00005', '发文机关：', '国务院', '某某工作方案', body(2), '本作品是中华人民共和国的', '法律', '、', 'Public domain']);
    expect(r.lines).toEqual(['某某工作方案', body(2)]);
  });
});

describe('broken lines', () => {
  it('joins a sentence broken mid-way, a line ending on 的, a continuation starting 是：, and a figure broken out', () => {
    const r = joinBrokenLines([
      '1.完善管理制度。针对当前存在的薄弱环节，我们对学校的',
      '各项规章制度进行了全面梳理。',
      '今后五年经济社会发展的',
      '主要目标',
      '是：经济保持稳定增长。',
      '细颗粒物PM',
      '2.5',
      '年平均浓度下降。',
      '二、主要任务',
    ]);
    expect(r.lines).toEqual(['1.完善管理制度。针对当前存在的薄弱环节，我们对学校的各项规章制度进行了全面梳理。', '今后五年经济社会发展的主要目标是：经济保持稳定增长。', '细颗粒物PM2.5年平均浓度下降。', '二、主要任务']);
  });

  it('never joins a heading or a finished sentence to the next line', () => {
    expect(joinBrokenLines(['一、总体要求', '坚持稳中求进。', '（一）指导思想', '以人民为中心。']).joined).toBe(0);
  });
});

describe('top-level structure', () => {
  it('takes unnumbered part titles set apart before the body as the top level', () => {
    const d = analyze(['某省政府工作报告', '各位代表：', '现在，我代表省人民政府向大会报告工作，请予审议。', '过去五年工作回顾', body(4), body(2), '今后五年主要目标任务', '今后五年，要坚持高质量发展，到2030年基本实现现代化，着力推进各项改革。'.repeat(3), '2025年重点工作', '（一）扩大有效需求', '要着力扩大消费，加快重大项目建设。', '（二）推进科技创新', '要加快建设创新平台。'].join('\n'));
    expect(tops(d)).toEqual(['过去五年工作回顾', '今后五年主要目标任务', '2025年重点工作']);
    expect(d.sections.map((s) => s.form)).toEqual(['unnumbered', 'unnumbered', 'unnumbered']);
    expect(d.sections[2].children.filter((c) => c.kind === 'section')).toHaveLength(2);
  });

  it('keeps 一、 headings inside unnumbered parts when the numbering sits under them (mixed documents)', () => {
    const d = analyze(['各位代表：', '现在，我代表市人民政府报告工作，请予审议。', '过去一年工作回顾', body(3), body(2), '今年重点工作', '今年工作的总体要求是：坚持稳中求进。', '一、扩大有效需求', '要着力扩大消费。', '二、推进科技创新', '要加快建设创新平台。'].join('\n'));
    expect(tops(d)).toEqual(['过去一年工作回顾', '今年重点工作']);
    expect(d.sections[1].children.filter((c) => c.kind === 'section').map((s) => (s.kind === 'section' ? s.marker : ''))).toEqual(['一、', '二、']);
  });

  it('does not take a caption or a flattened table inside numbered sections for part titles', () => {
    const d = analyze(['一、课程建设', body(2), '课程结构示意图', body(2), '课程设置表', '纵向结构', '横向结构', '基础课程', body(2), '二、队伍建设', body(2)].join('\n'));
    expect(tops(d)).toEqual(['一、课程建设', '二、队伍建设']);
  });

  it('puts 第一部分/第二部分 above the 一、 headings', () => {
    const d = analyze(['第一部分 过去一年的工作', '一、经济运行', body(2), '二、民生保障', body(2), '第二部分 今年的主要任务', '一、扩大内需', '要着力扩大消费。'].join('\n'));
    expect(d.sections.map((s) => [s.form, s.heading, s.children.filter((c) => c.kind === 'section').length])).toEqual([
      ['part', '过去一年的工作', 2],
      ['part', '今年的主要任务', 1],
    ]);
  });

  it('recognises 附件 as a part whose numbered list is not top level', () => {
    const d = analyze(['一、工作回顾', body(2), '二、重点工作', '要着力扩大消费。', '附件1', '十件民生实事', '一、提高低保标准', '提高城乡低保标准。', '二、建设养老机构', '新建养老机构10家。', '附件2', '名词解释', '1.“两新”：', '指新型基础设施和新型城镇化。'].join('\n'));
    expect(tops(d)).toEqual(['一、工作回顾', '二、重点工作', '附件1', '附件2']);
    expect(d.sections.map((s) => s.role)).toEqual(['review', 'tasks', 'other', 'other']);
    expect(d.sections[2].children.filter((c) => c.kind === 'section')).toHaveLength(2);
  });

  it('treats numbered lines under a 附： list as list items, not headings', () => {
    const d = analyze(['一、工作回顾', body(2), '附：', '（1）甲同志述职报告', '（2）乙同志述职报告', '二、下一步打算', '要继续努力。'].join('\n'));
    expect(tops(d)).toEqual(['一、工作回顾', '二、下一步打算']);
    expect(d.sections[0].children.every((c) => c.kind === 'paragraph')).toBe(true);
  });

  it('takes run-in labelled parts right before 一、 (总体要求：…) as parts of their own', () => {
    const d = analyze(['某某改革实施方案', '为推进改革，制定本方案。', '总体要求：坚持以习近平新时代中国特色社会主义思想为指导，深化改革，推动发展。', '主要指标：到2025年，建成一批示范项目，培养一批骨干人才。', '一、完善制度体系', '健全制度框架。', '二、加强组织实施', '加强组织领导。'].join('\n'));
    expect(tops(d)).toEqual(['总体要求', '主要指标', '一、完善制度体系', '二、加强组织实施']);
    expect(d.sections.map((s) => s.role)).toEqual(['requirements', 'requirements', 'tasks', 'organization']);
  });

  it('sets apart the 印发通知 around a 方案 and takes the 方案’s own title', () => {
    const d = analyze(['某某办公室关于印发某某试点工作方案的通知', '各区、各部门：', '《某某试点工作方案》已经同意，现印发给你们，请认真贯彻执行。', '某某办公室', '2019年1月1日', '某某试点工作方案', '为做好试点工作，制定本方案。', '一、总体要求', '坚持问题导向。', '二、实施步骤', '分三个阶段推进。'].join('\n'));
    expect(d.preface?.[0]).toBe('某某办公室关于印发某某试点工作方案的通知');
    expect(d.declaredTitle).toBe('某某试点工作方案');
    expect(tops(d)).toEqual(['一、总体要求', '二、实施步骤']);
    expect(d.genre).toBe('plan');
  });

  it('takes subtitle, speaker and date lines under the title for byline, with or without the dash', () => {
    const d = analyze(['某省政府工作报告', '2026年1月14日在某省第十四届人民代表大会第四次会议上', '某省省长 张某某', '各位代表：', '现在，我代表省人民政府向大会报告工作，请予审议。', '一、工作回顾', body(2)].join('\n'));
    expect(d.byline).toEqual(['2026年1月14日在某省第十四届人民代表大会第四次会议上', '某省省长 张某某']);
    expect(d.salutation).toBe('各位代表：');
    const e = analyze(['求真务实 再创辉煌', '——在教职工代表大会上的工作报告', '王某', '各位代表：', '现在，我代表校长室作工作报告，请予审议。', '一、教学质量稳步提升', body(2)].join('\n'));
    expect([e.declaredTitle, e.byline]).toEqual(['求真务实 再创辉煌', ['——在教职工代表大会上的工作报告', '王某']]);
    expect(e.genre).toBe('annual-report');
  });

  it('takes a compilation’s item number before a name for no heading', () => {
    const d = analyze(['3.张某某（副校长）', '本人分管学校后勤工作，一年来认真履职。', '一、履行职责情况', body(2), '二、存在的不足', '工作中还存在一些不足。'].join('\n'));
    expect(tops(d)).toEqual(['一、履行职责情况', '二、存在的不足']);
    expect(d.genre).toBe('debrief');
  });
});

describe('speeches carried by enumerations', () => {
  const speech = [
    '在全校教职工大会上的讲话',
    '老师们：',
    '今天召开全体教职工大会，主要任务是总结工作、部署任务。下面，我讲三点意见：一是肯定成绩；二是认清形势；三是明确要求。',
    '一是教学质量稳步提升。今年高考成绩再创新高。',
    '二是队伍建设成效明显。新增市级骨干教师12名。',
    '三是校园面貌焕然一新。新建体育馆投入使用。',
    '成绩来之不易，但我们也要清醒地看到，工作中还存在一些问题和不足。',
    '一要进一步强化质量意识，切实提高课堂效率。',
    '二要进一步强化规范意识，严格执行各项制度。',
    '三要进一步强化安全意识，确保校园安全稳定。',
    '老师们，让我们携手努力，再创佳绩！',
  ].join('\n');

  it('gets each run of 一是…/一要… paragraphs as a part without a heading line; the outline announced inline is not structure', () => {
    const d = analyze(speech);
    expect(d.sections.map((s) => [s.implicit, s.marker, s.role])).toEqual([
      ['enumeration', '一是…三是', 'review'],
      ['enumeration', '一要…三要', 'tasks'],
    ]);
    expect(topHeadings(d)).toEqual([]);
    expect(d.opening[0].normalized).toMatch(/^今天召开/);
    expect(d.closing.map((p) => p.normalized)).toEqual(['老师们，让我们携手努力，再创佳绩！']);
    expect(d.genre).toBe('speech');
  });

  it('follows 第一，…第五 items with comments between them, and restarts at a new 第一', () => {
    const d = analyze(['开学典礼上的讲话', '同学们：', '新学期开始了。', '第一，学校获得了两项国家级奖励。', '这是全校师生努力的结果。', '第二，高考成绩稳中有升。', '第三，新校区建成使用。', '说到今后的工作，我讲几点：', '第一，德育为首。', '第二，教学为主。', '要抓好课堂。', '第三，安全为上。', '谢谢大家！'].join('\n'));
    expect(d.sections.map((s) => s.marker)).toEqual(['第一…第三', '第一…第三']);
    expect(d.sections[1].children[0].kind === 'paragraph' && d.sections[1].children[0].normalized).toBe('说到今后的工作，我讲几点：');
  });

  it('leaves a document with neither headings nor enumerations without parts', () => {
    const d = analyze(['各位代表！', body(3), '各位代表！', '我们必须坚持团结奋斗。我们必须坚持艰苦奋斗。'].join('\n'));
    expect(d.sections).toEqual([]);
  });
});

describe('genres', () => {
  it('tells 述职报告, 工作总结, 工作计划 and 致辞 apart by title and wording', () => {
    expect(analyze(['2023年度述职述廉报告', '本人担任副校长，分管教学工作。', '一、履行职责情况', body(2), '二、存在问题', '工作中还存在差距。'].join('\n')).genre).toBe('debrief');
    expect(analyze(['学校三年工作总结', '一、加强班子建设', body(2), '二、深化教学改革', body(2)].join('\n')).genre).toBe('summary');
    expect(analyze(['团委2024学年工作计划', '一、指导思想', '以立德树人为根本任务。', '二、工作目标', '建设一支过硬的团干部队伍。', '三、工作要点', '（一）日常工作', '抓好团员管理。'].join('\n')).genre).toBe('work-plan');
    expect(analyze(['2024年新年致辞', '老师们、同学们：', '值此新年到来之际，向大家致以新年的祝福！', '这一年，我们完成了新校区建设。', '祝大家新年快乐，身体健康！'].join('\n')).genre).toBe('address');
  });
});

describe('section library entries of a speech without headings', () => {
  it('paste a part built from 一要… items as its paragraphs, without inventing a heading', () => {
    const speech = analyze('同志们：\n今天开会，我讲三点。\n一要加强学习，提高本领。\n二要改进作风，狠抓落实。\n三要严守纪律，廉洁自律。');
    const part = extractSections({ documents: [speech], issues: [] }).find((e) => e.heading.startsWith('一要…三要'))!;
    expect(part.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
});
