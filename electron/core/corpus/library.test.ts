/** Phrases, skeletons and sections derived from the seed corpus and from small corpora written here. */
import { beforeAll, describe, expect, it } from 'vitest';
import { PHRASE_CATEGORIES, type Corpus, type Phrase } from './types';
import { loadDefaultCorpus } from '../../services/corpus-files';
import { extractPhrases, parallelPhrases, slogans } from './phrases';
import { deriveSkeletons } from './skeletons';
import { extractSections, textToLeaves } from './sections';
import { placeholderize, withoutPlaceholders } from './specifics';
import { normalizeText } from './normalize';
import { importFiles } from './import';
import { inlineText, numberHeadings } from '../draft/model';

let seed: Corpus;
let phrases: Phrase[];
beforeAll(async () => {
  seed = await loadDefaultCorpus();
  phrases = extractPhrases(seed);
});

const ph = (s: string) => placeholderize(normalizeText(s)).text;
const txt = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe('placeholders for specifics', () => {
  it('types years, numbers, percentages, 届次, dates, plan periods, units and places', () => {
    expect(ph('20_年是“十二五”规划中承上启下的重要一年')).toBe('{年份}年是“{规划期}”规划中承上启下的重要一年');
    expect(ph('认真学习贯彻党的十七届五中全会精神')).toBe('认真学习贯彻党的{届次}全会精神');
    expect(ph('自治区第十次党代会、全总十五届六次执委会')).toBe('自治区{届次}党代会、全总{届次}执委会');
    expect(ph('以优异成绩迎接党的十八大胜利召开')).toBe('以优异成绩迎接党的{届次}胜利召开');
    expect(ph('企业参赛面达85.25%，参赛职工达50多万人')).toBe('企业参赛面达{百分比}，参赛职工达{数字}多万人');
    expect(ph('自2月20日开始，到3月20日结束')).toBe('自{日期}开始，到{日期}结束');
    expect(ph('在市委和自治区总工会的领导下')).toBe('在{单位}的领导下');
    expect(ph('奋力谱写新时代中原更加出彩的绚丽篇章')).toBe('奋力谱写新时代{地名}更加出彩的绚丽篇章');
    expect(ph('以纪念建党__周年为契机')).toBe('以纪念建党{数字}周年为契机');
    expect(placeholderize('{年份}').placeholders).toEqual([]);
    expect(placeholderize(normalizeText('20_年全市共有1.2万家')).placeholders).toEqual(['年份', '数字']);
  });
});

describe('phrase library from the seed', () => {
  it('has every category, each phrase with a role, a source document and its context', () => {
    const cats = new Set(phrases.map((p) => p.category));
    for (const c of PHRASE_CATEGORIES) expect(cats, c).toContain(c);
    const ids = new Set(seed.documents.map((d) => d.id));
    for (const p of phrases) {
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) {
        expect(ids).toContain(s.docId);
        expect(s.context.length).toBeGreaterThan(0);
      }
    }
    expect(new Set(phrases.map((p) => p.id)).size).toBe(phrases.length);
  });

  it('keeps no phrase that is only specifics, and no unbalanced quote or bracket', () => {
    for (const p of phrases) {
      expect(withoutPlaceholders(p.text).replace(/[^\u4e00-\u9fa5]/g, '').length, p.text).toBeGreaterThanOrEqual(2);
      expect(p.text.split('“').length, p.text).toBe(p.text.split('”').length);
      expect(p.text.split('（').length, p.text).toBe(p.text.split('）').length);
      expect(p.text).not.toMatch(/\d/); // figures are placeholders
    }
  });

  it('finds the phrases a secretary would expect, in the right category and role', () => {
    const find = (text: string) => phrases.find((p) => p.text === text);
    expect(find('各位委员、同志们')).toMatchObject({ category: '称呼' });
    expect([...new Set(find('各位委员、同志们')!.sources.map((s) => s.docId))].sort()).toEqual(['seed-reports.txt#2', 'seed-reports.txt#3']);
    expect(find('深入实施职工经济技术创新工程')).toMatchObject({ category: '段首句', role: 'review' });
    expect(find('工会干部队伍建设有待进一步加强')).toMatchObject({ category: '问题表述', role: 'problems' });
    expect(find('我们在看到成绩的同时，还应清醒地看到工会工作存在的问题和不足。')).toMatchObject({ category: '过渡' });
    expect(find('以改革创新为动力')).toMatchObject({ category: '总体要求句式' });
    expect(find('各项工作取得了新的进展')).toMatchObject({ category: '回顾句式', role: 'review' });
    expect(find('围绕中心、服务大局')).toMatchObject({ category: '四字短语' });
    expect(find('“党建带工建、工建服务党建”')).toMatchObject({ category: '口号' });
    expect(find('下面，我受{单位}{届次}常委会委托，向全委会作工作报告，请予审议。')).toMatchObject({ category: '开头', role: 'opening' });
    expect(phrases.find((p) => p.category === '结尾号召' && p.text.startsWith('让我们更加紧密地团结在'))).toBeDefined();
    expect(phrases.find((p) => p.text.includes('{届次}全会'))).toBeDefined();
    expect(phrases.find((p) => p.text.startsWith('{年份}年'))).toBeDefined();
  });

  it('extracts 四字/排比 runs and slogans only at clean boundaries', () => {
    expect(parallelPhrases('要振奋精神、开拓创新，超越进取、奋发有为。')).toEqual(['振奋精神、开拓创新', '超越进取、奋发有为']);
    expect(parallelPhrases('抓紧抓实抓细疫情防控工作')).toEqual(['抓紧抓实抓细']);
    expect(parallelPhrases('千里之行，始于足下。')).toEqual(['千里之行，始于足下']);
    expect(parallelPhrases('为各界党外知识分子促进交流、增进友谊、共同学习进步搭建了新的平台')).toEqual([]);
    expect(slogans('坚持“党建带工建、工建服务党建”的原则，做到“两个维护”，荣获“安康杯”')).toEqual(['“党建带工建、工建服务党建”', '“两个维护”']);
  });

  it('merges near-identical phrases across documents and ranks shared wording higher', async () => {
    const a = '一、总体要求\n以改革创新为动力，推动工作再上新台阶。\n二、主要任务\n深入实施职工素质提升工程。组织开展技能培训20场。';
    const b = '一、总体要求\n以改革创新为动力，推动工作再上台阶。\n二、主要任务\n深入实施职工素质提升工程。全年培训职工3000人次。\n加快推进职工书屋建设。建成书屋12家。';
    const corpus = await importFiles([txt('a.txt', a), txt('b.txt', b)]);
    const ps = extractPhrases(corpus);
    const lead = ps.filter((p) => p.text === '深入实施职工素质提升工程');
    expect(lead).toHaveLength(1);
    expect(lead[0].sources.map((s) => s.docId)).toEqual(['a.txt', 'b.txt']);
    const single = ps.find((p) => p.text === '加快推进职工书屋建设')!;
    expect(lead[0].score).toBeGreaterThan(single.score);
    expect(ps.filter((p) => p.text.startsWith('以改革创新为动力'))).toHaveLength(1);
  });
});

describe('skeletons', () => {
  it('derives the 回顾–问题–总体要求–主要任务 spine of the annual report from the seed', () => {
    const sk = deriveSkeletons(seed);
    expect(sk.map((s) => s.genre)).toEqual(['annual-report', 'speech', 'plan', 'inaugural']);
    const report = sk[0];
    expect(report.sourceDocs).toEqual(['seed-reports.txt#2']);
    expect(report.sections.map((s) => s.role)).toEqual(['opening', 'review', 'problems', 'requirements', 'tasks', 'closing']);
    const review = report.sections[1];
    expect(review.headingPatterns).toEqual(['{年份}年工会工作回顾']);
    expect(review.headingExamples).toEqual([{ text: '一、20××年工会工作回顾', docId: 'seed-reports.txt#2', parts: [{ text: '一、' }, { label: '年份' }, { text: '年工会工作回顾' }] }]);
    expect(review.headingParts).toEqual([[{ label: '年份' }, { text: '年工会工作回顾' }]]);
    // The problems paragraph closes the review and the 总体要求 paragraph opens the tasks: a real report has two parts, not four.
    expect(report.sections.map((s) => [s.role, s.form, s.within ?? '', s.at ?? ''])).toEqual([
      ['opening', 'unheaded', '', ''],
      ['review', 'heading', '', ''],
      ['problems', 'paragraph', 'review', 'end'],
      ['requirements', 'paragraph', 'tasks', 'start'],
      ['tasks', 'heading', '', ''],
      ['closing', 'unheaded', '', ''],
    ]);
    expect(review.subsections).toEqual({ median: 5, min: 5, max: 5 });
    expect(report.sections[4].subsections.median).toBe(6);
    expect(review.chars.median).toBeGreaterThan(3000);
    expect(review.openingExamples[0]).toMatch(/^\{年份\}年，在\{单位\}的领导下/);
    expect(sk[2].sections.map((s) => s.role)).toEqual(['opening', 'requirements', 'tasks', 'steps', 'organization']);
    expect(sk[3].sections.map((s) => s.role)).toEqual(['opening', 'tasks', 'closing']);
    const speechTasks = sk[1].sections.find((s) => s.role === 'tasks')!;
    expect(speechTasks.frequency).toBe(2);
    expect(speechTasks.sectionCount).toEqual({ median: 5, min: 4, max: 5 });
  });

  it('re-derives from a different corpus (the user’s own)', async () => {
    const plan = '关于开展读书活动的实施方案\n为丰富职工文化生活，特制定本方案。\n一、活动目标\n营造浓厚读书氛围。\n二、活动内容\n开展读书分享会。\n三、实施步骤\n（一）启动阶段（3月）。召开动员会。\n（二）总结阶段（12月）。评选先进。\n四、保障措施\n加强组织领导。';
    const sk = deriveSkeletons(await importFiles([txt('plan.txt', plan)]));
    expect(sk.map((s) => s.genre)).toEqual(['plan']);
    expect(sk[0].sections.map((s) => s.role)).toEqual(['opening', 'requirements', 'tasks', 'steps', 'organization']);
    expect(sk[0].sections.find((s) => s.role === 'steps')!.subsections).toEqual({ median: 2, min: 2, max: 2 });
  });
});

describe('section library', () => {
  it('turns sections into draft blocks: headings without markers, bold 段首句, specifics marked for checking', () => {
    const entries = extractSections(seed);
    const review = entries.find((e) => e.docId === 'seed-reports.txt#2' && e.role === 'review')!;
    const h = review.blocks[0];
    expect(h).toMatchObject({ type: 'heading', level: 1, role: 'review' });
    expect(inlineText(h.children)).toBe('20××年工会工作回顾');
    expect(h.children[0]).toEqual({ text: '20××', check: '年份（原文已隐去）：请填写实际年份' });
    const headings = review.blocks.filter((b) => b.type === 'heading');
    expect(headings.filter((b) => b.type === 'heading' && b.level === 2)).toHaveLength(5);
    for (const b of headings) expect(inlineText(b.children)).not.toMatch(/^[（(]?[一二三四五六七八九十\d]+[）)、.]/);
    // Renumbering by the draft model gives back 一、 and （一）…（五）.
    expect(numberHeadings(review.blocks).filter(Boolean)).toEqual(['一、', '（一）', '（二）', '（三）', '（四）', '（五）']);
    const leadPara = review.blocks.find((b) => b.type === 'paragraph' && inlineText(b.children).startsWith('深入实施职工经济技术创新工程。'))!;
    expect(leadPara.children[0]).toEqual({ text: '深入实施职工经济技术创新工程。', bold: true });
    const tasks = entries.find((e) => e.docId === 'seed-reports.txt#2' && e.role === 'tasks')!;
    const all = tasks.blocks.flatMap((b) => b.children as any[]);
    expect(all.find((l) => l.text === '十七届六中全会')).toEqual({ text: '十七届六中全会', check: '届次：请核对是否为当前届次的会议' });
    expect(all.find((l) => l.text === '第十次党代会')?.check).toMatch(/会议名称/);
    expect(entries.filter((e) => e.docId === 'seed-reports.txt#4').map((e) => e.role)).toEqual(['opening', 'requirements', 'tasks', 'steps', 'organization']);
    expect(entries.filter((e) => e.docId === 'seed-reports.txt#2').map((e) => e.role)).toEqual(['opening', 'review', 'problems', 'tasks', 'requirements', 'closing']);
    const problems = entries.find((e) => e.role === 'problems')!;
    expect(problems.heading).toBe('问题/不足');
    expect(problems.blocks).toHaveLength(1);
    expect(problems.preview).toMatch(/^我们在看到成绩的同时/);
    const opening2 = entries.find((e) => e.docId === 'seed-reports.txt#2' && e.role === 'opening')!;
    expect(opening2.blocks[0]).toEqual({ type: 'salutation', children: [{ text: '各位委员、同志们：' }] });
  });

  it('splits leaves at specifics and the bold lead without losing text', () => {
    const t = '加强劳动保护。20××年完成培训85%，共12场。';
    const leaves = textToLeaves(t, '加强劳动保护。'.length);
    expect(leaves.map((l) => l.text).join('')).toBe(t);
    expect(leaves[0]).toEqual({ text: '加强劳动保护。', bold: true });
    expect(leaves.filter((l) => l.check).map((l) => l.text)).toEqual(['20××', '85%', '12']);
  });
});
