/** The seed corpus (assets/seed-reports.txt): five documents, one lying title, the right headings, roles and genres. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus, CorpusDocument, ParagraphNode, SectionNode } from './types';
import { loadDefaultCorpus } from '../../services/corpus-files';

let corpus: Corpus;
const doc = (n: number) => corpus.documents.find((d) => d.id === `seed-reports.txt#${n}`)!;
const top = (d: CorpusDocument) => d.sections.map((s) => [s.marker + s.heading, s.role]);

beforeAll(async () => {
  corpus = await loadDefaultCorpus();
});

describe('seed corpus', () => {
  it('splits into five documents that all declare the same (lying) title', () => {
    expect(corpus.documents.map((d) => d.id)).toEqual([1, 2, 3, 4, 5].map((n) => `seed-reports.txt#${n}`));
    expect(new Set(corpus.documents.map((d) => d.declaredTitle))).toEqual(new Set(['在20_年总工会全委会上的讲话']));
  });

  it('infers each genre from structure and wording, not the title', () => {
    expect(corpus.documents.map((d) => d.genre)).toEqual(['inaugural', 'annual-report', 'speech', 'plan', 'speech']);
    for (const d of corpus.documents) expect(d.genreReasons.length).toBeGreaterThan(0);
  });

  it('第1篇 成立大会致辞: opening, three sections, closing 号召', () => {
    const d = doc(1);
    expect(d.salutation).toBe('　　各位理事、各位代表，同志们：'.trim());
    expect(top(d)).toEqual([
      ['一、注重理论学习，切实加强理事会班子自身建设', 'tasks'],
      ['二、围绕科学发展，积极推进联谊会各项工作', 'tasks'],
      ['三、不断增强活力，充分发挥联谊会职能作用', 'tasks'],
    ]);
    expect(d.opening).toHaveLength(3);
    expect(d.closing.map((p) => p.normalized.slice(0, 6))).toEqual(['县党外知识分', '同志们，新的']);
    // 一是/二是/三是 inside section 二 and 三
    const p2 = d.sections[1].children[0] as ParagraphNode;
    expect(p2.enumerations?.map((e) => e.slice(0, 8))).toEqual(['积极宣传贯彻县委', '积极建言献策做好', '立足本职多做贡献']);
  });

  it('第2篇 年度工作报告: 回顾 with （一）…（五）, 问题和不足 inside the review, 总体要求和主要任务 with six subsections', () => {
    const d = doc(2);
    expect(top(d)).toEqual([
      ['一、20××年工会工作回顾', 'review'],
      ['二、20××年工会工作总体要求和主要任务', 'tasks'],
    ]);
    const [review, tasks] = d.sections;
    const subs = (s: SectionNode) => s.children.filter((c): c is SectionNode => c.kind === 'section');
    expect(subs(review).map((s) => s.marker)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
    expect(subs(review)[0].heading).toBe('广泛开展劳动竞赛和职工技术创新活动，工人阶级主力军作用进一步凸显');
    // The problems paragraph is recognised and lifted out of （五） to the review section itself.
    const problems = review.children.filter((c): c is ParagraphNode => c.kind === 'paragraph' && c.role === 'problems');
    expect(problems).toHaveLength(1);
    expect(problems[0].normalized).toMatch(/^我们在看到成绩的同时，还应清醒地看到工会工作存在的问题和不足/);
    expect(problems[0].enumerations).toHaveLength(3);
    expect(subs(review)[4].children.some((c) => c.kind === 'paragraph' && c.role === 'problems')).toBe(false);
    expect(tasks.alsoRoles).toEqual(['requirements']);
    expect((tasks.children[0] as ParagraphNode).role).toBe('requirements');
    expect(subs(tasks)).toHaveLength(6);
    expect(subs(tasks)[3].heading).toBe('不断满足职工精神文化需求，促进企业文化、职工文化大发展大繁荣');
    expect(d.opening.map((p) => p.normalized.slice(0, 4))).toEqual(['这次全委', '下面，我']);
    expect(d.closing).toHaveLength(1);
    expect(d.closing[0].normalized).toMatch(/^各位委员、同志们/);
    // 段首句 of a review paragraph
    const leads = subs(review)[0].children.map((c) => (c as ParagraphNode).lead);
    expect(leads).toContain('深入实施职工经济技术创新工程。');
  });

  it('第3篇 讲话: four sections of 一是/二是/三是 paragraphs, review in the opening', () => {
    const d = doc(3);
    expect(top(d)).toEqual([
      ['一、牢牢把握旗帜鲜明讲政治这一根本要求，始终坚持工会工作正确政治方向', 'tasks'],
      ['二、牢牢把握服务中心大局这一工作主线，充分发挥工人阶级建功新征程主力军作用', 'tasks'],
      ['三、牢牢把握维权服务这一基本职责，不断提升职工群众获得感幸福感安全感', 'tasks'],
      ['四、牢牢把握改革创新这一强大动力，奋力开创新时代工会工作新局面', 'tasks'],
    ]);
    for (const s of d.sections) expect(s.children.map((c) => (c as ParagraphNode).enumerationItem)).toEqual([undefined, 1, 2, 3]);
    expect(d.opening[0].role).toBe('review');
    expect(d.closing[0].normalized).toMatch(/风劲潮涌/);
  });

  it('第4篇 实施方案: 主要目标 / 整顿重点 / 时间安排和方法步骤 with run-in stages / 组织领导', () => {
    const d = doc(4);
    expect(d.salutation).toBeUndefined();
    expect(top(d)).toEqual([
      ['一、主要目标', 'requirements'],
      ['二、整顿重点', 'tasks'],
      ['三、时间安排和方法步骤', 'steps'],
      ['四、组织领导', 'organization'],
    ]);
    const stages = d.sections[2].children.filter((c): c is SectionNode => c.kind === 'section');
    expect(stages.map((s) => [s.marker, s.heading])).toEqual([
      ['（一）', '学习动员阶段（2月20日至26日）'],
      ['（二）', '查摆问题阶段（2月27日至3月4日）'],
      ['（三）', '整改落实阶段（3月5日至14日）'],
      ['（四）', '巩固提高阶段（3月15日至20日）'],
    ]);
    expect(stages[0].runIn).toMatch(/^制定活动方案，召开动员会议/);
    expect(d.closing).toEqual([]);
  });

  it('第5篇 讲话: five 以…为抓手 sections; the file is cut off and says so', () => {
    const d = doc(5);
    expect(d.salutation).toBe('同志们：');
    expect(d.sections.map((s) => s.marker)).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(d.sections[1].heading).toBe('以开办职工“大学习”课堂、组织职工读书小组、深化职工诵读活动为抓手，进一步引领职工群众“听党话、跟党走”');
    expect(d.sections.every((s) => s.role === 'tasks')).toBe(true);
    expect(d.opening.map((p) => p.role)).toEqual([undefined, 'review', 'requirements']);
    expect(corpus.issues).toEqual([expect.objectContaining({ file: 'seed-reports.txt', severity: 'warning', message: expect.stringMatching(/^第5篇末尾不完整/) })]);
  });
});
