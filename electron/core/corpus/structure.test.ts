import { describe, expect, it } from 'vitest';
import { normalizeText, stripLineJunk } from './normalize';
import { findEnumerations, findLead, isSalutation, matchHeading, parseBody } from './structure';
import { analyzeDocument } from './analyze';

describe('normalisation (display text kept, analysis text unified)', () => {
  it('strips stray > and ASCII/full-width spaces before headings', () => {
    expect(stripLineJunk('>　　一、主要目标')).toBe('一、主要目标');
    expect(stripLineJunk('　　>二、牢牢把握')).toBe('二、牢牢把握');
    expect(stripLineJunk('　>　三、牢牢把握')).toBe('三、牢牢把握');
    expect(stripLineJunk(' \t> 四、组织领导')).toBe('四、组织领导');
  });

  it('turns half-width ( ) ! ; : , into full-width inside Chinese text only', () => {
    expect(normalizeText('(一)学习动员阶段(2月20日至26日)。对此!')).toBe('（一）学习动员阶段（2月20日至26日）。对此！');
    expect(normalizeText('节约资金5038万元;推广先进操作法230项')).toBe('节约资金5038万元；推广先进操作法230项');
    expect(normalizeText('同志们:')).toBe('同志们：');
    expect(normalizeText('时间为12:30,共1,000人参加')).toBe('时间为12:30，共1,000人参加');
  });

  it('unifies anonymised placeholders 20_年 202_年 __周年 xx', () => {
    expect(normalizeText('20_年')).toBe('20××年');
    expect(normalizeText('202_年远景目标')).toBe('20××年远景目标');
    expect(normalizeText('建党__周年')).toBe('建党××周年');
    expect(normalizeText('党的xx全会')).toBe('党的××全会');
    expect(normalizeText('《市总工会20_-20_年劳动竞赛规划》')).toBe('《市总工会20××-20××年劳动竞赛规划》');
  });

  it('turns escaped straight quotes into curly quotes', () => {
    expect(normalizeText('深入开展\\"面对面、心贴心\\"活动')).toBe('深入开展“面对面、心贴心”活动');
  });
});

describe('headings at four levels', () => {
  it('recognises 一、 （一） 1. （1） and both bracket widths', () => {
    expect(matchHeading('一、主要目标')).toMatchObject({ level: 1, marker: '一、', ordinal: 1, heading: '主要目标' });
    expect(matchHeading('（三）加快落实“两个普遍”，维护职工队伍和谐稳定')).toMatchObject({ level: 2, ordinal: 3 });
    expect(matchHeading(normalizeText('(十二)其他工作'))).toMatchObject({ level: 2, ordinal: 12, heading: '其他工作' });
    expect(matchHeading('3.开展技能比武')).toMatchObject({ level: 3, ordinal: 3, heading: '开展技能比武' });
    expect(matchHeading('（2）建立工作室')).toMatchObject({ level: 4, ordinal: 2 });
  });

  it('splits run-in headings from their paragraph', () => {
    const h = matchHeading(normalizeText('(一)学习动员阶段(2月20日至26日)。制定活动方案，召开动员会议。'))!;
    expect(h).toMatchObject({ level: 2, heading: '学习动员阶段（2月20日至26日）', runIn: '制定活动方案，召开动员会议。' });
  });

  it('drops the full stop of a heading that ends with one, without inventing a run-in', () => {
    const h = matchHeading('（四）不断满足职工精神文化需求，促进企业文化、职工文化大发展大繁荣。')!;
    expect(h.heading).toBe('不断满足职工精神文化需求，促进企业文化、职工文化大发展大繁荣');
    expect(h.runIn).toBeUndefined();
  });

  it('does not take figures, 一是 or long sentences for headings', () => {
    expect(matchHeading('1.2万家企事业单位开展劳动竞赛')).toBeNull();
    expect(matchHeading('一是加强思想整顿，着力解决问题。')).toBeNull();
    expect(matchHeading('二、三季度经济运行总体平稳。')).toBeNull();
    expect(matchHeading('一、二等奖各评选10名。')).toBeNull();
    expect(matchHeading('一、' + '很长的一句话'.repeat(12) + '。')).toBeNull();
  });

  it('nests headings by level and keeps paragraphs under the nearest heading', () => {
    const doc = parseBody(['同志们：', '开头一段。', '一、甲', '（一）乙', '1.丙', '（1）丁', '正文。', '（二）戊', '二、己', '正文二。']);
    expect(doc.salutation).toBe('同志们：');
    expect(doc.opening.map((p) => p.text)).toEqual(['开头一段。']);
    const [a, b] = doc.sections;
    expect(a.heading).toBe('甲');
    const yi = a.children[0] as any;
    expect(yi.heading).toBe('乙');
    expect(yi.children[0].heading).toBe('丙');
    expect(yi.children[0].children[0].heading).toBe('丁');
    expect(yi.children[0].children[0].children[0].text).toBe('正文。');
    expect((a.children[1] as any).heading).toBe('戊');
    expect(b.heading).toBe('己');
  });
});

describe('salutation, leads and enumerations', () => {
  it('recognises 称呼 lines', () => {
    expect(isSalutation('各位委员、同志们：')).toBe(true);
    expect(isSalutation('各位理事、各位代表，同志们：')).toBe(true);
    expect(isSalutation('现将有关工作通知如下：')).toBe(false);
  });

  it('finds 段首句 and rejects narrative openers', () => {
    expect(findLead('深入实施职工经济技术创新工程。广泛开展各项职工科技和经济技术创新活动。')).toBe('深入实施职工经济技术创新工程。');
    expect(findLead('一是加强思想整顿，着力解决村干部政治素质不高、大局意识不强的问题。重点整顿…')).toBe('一是加强思想整顿，着力解决村干部政治素质不高、大局意识不强的问题。');
    expect(findLead('20××年全市新建企业法人单位工会8182个。')).toBeUndefined();
    expect(findLead('当前，疫情仍是经济发展的重要变量。我们要…')).toBeUndefined();
    expect(findLead('只有一句话没有后文。')).toBeUndefined();
  });

  it('extracts 一是…二是…三是… inside a paragraph', () => {
    const items = findEnumerations('我们要发挥好三个方面作用。一是增强团结，凝聚力量。二是强化教育职能。三是强化服务，做好“娘家人”。');
    expect(items).toEqual(['增强团结，凝聚力量', '强化教育职能', '强化服务，做好“娘家人”']);
    expect(findEnumerations('存在的问题和不足。一是重数量；二是基础薄弱；三是队伍建设有待加强。')).toHaveLength(3);
    // 一是 without 二是 is not an enumeration; 说一是一 is not an ordinal.
    expect(findEnumerations('一是加强领导。')).toBeUndefined();
    expect(findEnumerations('做到说一是一，说二是二。')).toBeUndefined();
  });

  it('marks enumerations that run across paragraphs', () => {
    const doc = analyzeDocument({
      id: 't',
      fileName: 't.txt',
      declaredTitle: 't',
      text: ['一、总体要求', '总体上要把握三点。', '一是着力加强理论武装。要…', '二是着力增强政治意识。要…', '三是着力强化思想引领。要…'].join('\n'),
    });
    const paras = doc.sections[0].children as any[];
    expect(paras.map((p) => p.enumerationItem)).toEqual([undefined, 1, 2, 3]);
    expect(paras[1].lead).toBe('一是着力加强理论武装。');
  });
});

describe('section roles from common heading wordings', () => {
  it('maps the usual headings of reports and plans to roles', async () => {
    const { headingRoles } = await import('./roles');
    const cases: [string, string[]][] = [
      ['2023年工作回顾', ['review']],
      ['主要做法和成效', ['review']],
      ['基本情况', ['review']],
      ['存在的主要问题', ['problems']],
      ['2024年工作思路和目标', ['requirements']],
      ['指导思想和基本原则', ['requirements']],
      ['总体要求和主要任务', ['requirements', 'tasks']],
      ['下一步工作打算', ['tasks']],
      ['主要措施', ['tasks']],
      ['实施步骤', ['steps']],
      ['保障措施', ['organization']],
      ['工作要求', ['organization']],
      ['统一思想，提高认识，切实增强做好工作的责任感', ['requirements']],
      ['加强领导，狠抓落实，确保各项任务落到实处', ['organization']],
      ['着力解决群众反映强烈的突出问题', []],
      ['以“建功雄安”劳动竞赛为龙头', []],
    ];
    for (const [h, roles] of cases) expect(headingRoles(h), h).toEqual(roles);
  });
});

describe('other enumeration styles and 主送机关', () => {
  it('reads 一要…二要… and 第一，…第二，… enumerations, one style at a time', () => {
    expect(findEnumerations('对此，一要提高认识；二要压实责任；三要强化督查。')).toEqual(['提高认识', '压实责任', '强化督查']);
    expect(findEnumerations('第一，统一思想。第二，明确任务。')).toEqual(['统一思想', '明确任务']);
    expect(findEnumerations('一是统一思想。二要明确任务。')).toBeUndefined();
    expect(findEnumerations('坚持统一要求，二要素齐全。')).toBeUndefined();
  });

  it('marks 第一，/第二， paragraphs as one enumeration across paragraphs', () => {
    const doc = analyzeDocument({ id: 't', fileName: 't.txt', declaredTitle: 't', text: '一、几点要求\n第一，要提高认识。认识到位才能行动到位。\n第二，要压实责任。层层传导压力。' });
    expect(doc.sections[0].children.map((c: any) => c.enumerationItem)).toEqual([1, 2]);
  });

  it('takes the 主送机关 of a notice as its 称呼 and still reads the notice as a plan', () => {
    const doc = analyzeDocument({
      id: 'n',
      fileName: 'n.txt',
      text: '关于开展安全生产大检查的通知\n各乡镇党委、政府，县直各单位：\n为切实做好安全生产工作，现将有关事项通知如下：\n一、检查范围\n全县所有生产经营单位。\n二、时间安排\n5月1日至31日。\n三、工作要求\n各单位要高度重视。',
    });
    expect(doc.salutation).toBe('各乡镇党委、政府，县直各单位：');
    expect(doc.genre).toBe('plan');
    // 检查范围 names no usual part and its body does nothing recognisable: honest 'other'.
    expect(doc.sections.map((s) => s.role)).toEqual(['other', 'steps', 'organization']);
  });
});

describe('title block', () => {
  it('keeps subtitle, date and speaker lines out of the body', () => {
    const doc = analyzeDocument({
      id: 'b',
      fileName: 'b.txt',
      text: '凝心聚力 奋发有为\n——在全市工会工作会议上的讲话\n（2023年2月15日）\n市总工会主席  张三\n同志们：\n今天召开全市工会工作会议。\n一、统一思想\n要提高认识。',
    });
    expect(doc.declaredTitle).toBe('凝心聚力 奋发有为');
    expect(doc.byline).toEqual(['——在全市工会工作会议上的讲话', '（2023年2月15日）', '市总工会主席  张三']);
    expect(doc.salutation).toBe('同志们：');
    expect(doc.opening.map((p) => p.text)).toEqual(['今天召开全市工会工作会议。']);
  });
});
