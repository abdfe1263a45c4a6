/**
 * Roles and genre. A top-level section's role comes from its heading's wording when it has the
 * usual words (回顾, 问题, 总体要求, 主要任务, 步骤, 组织领导…), else from what its body does
 * (figures and 取得 → review; 要/加强/推进 → tasks). Paragraph roles catch the parts that hide
 * inside another section: the 问题和不足 paragraph at the end of a review, the 总体思路 paragraph that
 * opens a tasks section, the review and requirements paragraphs in a speech's opening.
 * Genre comes from structure and wording, never from the declared title (the seed's titles lie).
 */
import type { Genre, Role } from '../draft/model';
import type { ParagraphNode, SectionNode } from './types';
import { sectionParagraphs, subsections } from './structure';
import { splitSentences } from './normalize';
import { headingRoles } from '../text/heading-roles';

export { headingRoles };

const REVIEW_WORDS = /取得|完成了|开展了|荣获|累计|共有|共计|同比|增长|实现了|获得|被评为|\d+(?:\.\d+)?(?:万|亿)?(?:家|个|人次|人|项|元|场|次|件|份|所|笔)/g;
const TASK_WORDS = /要|必须|着力|加快|推动|深化|加强|进一步|切实|坚持|努力|积极|大力|不断|坚决|健全|完善|提升|提高|推进|强化/g;

function density(text: string, re: RegExp): number {
  return ((text.match(re) ?? []).length * 1000) / Math.max(200, text.length);
}

/** Role of a top-level section (sets `role` and, when the heading names several, `alsoRoles`). */
export function assignSectionRole(sec: SectionNode): void {
  const roles = headingRoles(sec.heading);
  if (roles.length) {
    let primary = roles[0];
    // “总体要求和主要任务”: the bulk is tasks; the requirements are its opening paragraph.
    if (primary === 'requirements' && roles.length > 1) primary = roles[1];
    sec.role = primary;
    const also = roles.filter((r) => r !== primary);
    if (also.length) sec.alsoRoles = also;
    return;
  }
  const text = [sec.heading, ...sectionParagraphs(sec).map((p) => p.normalized)].join('');
  if (!text) {
    sec.role = 'other';
    return;
  }
  const review = density(text, REVIEW_WORDS);
  const tasks = density(text, TASK_WORDS);
  sec.role = review > tasks * 1.2 ? 'review' : tasks > 0 ? 'tasks' : 'other';
}

const PROBLEM_RE = /存在的(?:主要)?(?:问题|不足|差距)|问题和不足|不足和问题|差距和不足|不足之处|还存在(?:一些|不少|着)|(?:清醒|清楚)地?(?:看到|认识到)[^。]{0,30}(?:问题|不足|差距)/;
const REVIEW_PARA_RE = /取得了?(?:显著|新的|明显|重要|积极|可喜)?(?:的)?(?:成绩|成效|进展|成果)|成绩的取得|(?:新成效|新作为|新台阶|新步伐|新气象)/;
const REVIEW_TIME_RE = /^(?:20××|\d{4}|过去的?一年|一年来|回顾过去|.{0,12}以来)/;
const REQUIREMENT_RE = /总体(?:思路|要求|目标)(?:是|为)|指导思想(?:是|为)|总的要求是|我们要以.{2,40}为指导|工作的总体思路/;

/** Is this paragraph about problems (问题/不足)? Only its first sentences count: a task paragraph that mentions a problem in passing is still a task. */
export function isProblemsParagraph(p: ParagraphNode): boolean {
  const head = splitSentences(p.normalized)[0] ?? '';
  return PROBLEM_RE.test(head) && !/^(?:[一二三四五六七八九十]+是)?(?:着力|重点)?(?:解决|破解|整改)/.test(p.normalized);
}

/** Role a paragraph plays on its own, if it is recognisably one (else undefined). */
export function paragraphRole(p: ParagraphNode): Role | undefined {
  if (isProblemsParagraph(p)) return 'problems';
  if (REQUIREMENT_RE.test(p.normalized)) return 'requirements';
  if (REVIEW_TIME_RE.test(p.normalized) && REVIEW_PARA_RE.test(p.normalized)) return 'review';
  return undefined;
}

/** Summary openers that close a review as a whole rather than its last subsection. */
const SECTION_SUMMARY_RE = /^(?:回顾过去|总的来看|总之|总而言之|过去的一年|一年来|这些成绩)/;

/**
 * In a section with subsections, the last subsection's trailing paragraphs that sum up the whole
 * section (回顾过去的一年…) or turn to its problems belong to the section itself: move them up.
 */
export function liftSectionTail(sec: SectionNode): void {
  const subs = subsections(sec);
  if (!subs.length) return;
  let last = subs[subs.length - 1];
  if (sec.children[sec.children.length - 1] !== last) return;
  while (true) {
    const inner = subsections(last);
    if (!inner.length || last.children[last.children.length - 1] !== inner[inner.length - 1]) break;
    last = inner[inner.length - 1];
  }
  const kids = last.children;
  let k = kids.length;
  // Only a contiguous tail of summary/problems paragraphs moves; the first ordinary paragraph stops the scan.
  for (let i = kids.length - 1; i >= 0; i--) {
    const c = kids[i];
    if (c.kind !== 'paragraph' || !(SECTION_SUMMARY_RE.test(c.normalized) || isProblemsParagraph(c))) break;
    k = i;
  }
  if (k === kids.length || k === 0) return;
  const moved = kids.splice(k);
  sec.children.push(...moved);
}

/** Set paragraph roles where a paragraph plays a different part from the section holding it. */
export function assignParagraphRoles(paras: ParagraphNode[], containerRole: Role): void {
  for (const p of paras) {
    const r = paragraphRole(p);
    if (r && r !== containerRole) p.role = r;
  }
}

const CLOSING_RE =
  /^(?:同志们|各位[^，。]{0,20}[，,]|让我们)|让我们|我坚信|我相信|恳请|号召|奋力谱写|以优异(?:的)?成绩(?:迎接|庆祝|向)|(?:作出|做出)(?:新的|更大|应有)的?(?:更大)?贡献[！!。]?$|[！!]$/;

/** Does this paragraph close the document (号召, thanks, confidence)? */
export function isClosingParagraph(p: ParagraphNode): boolean {
  if (p.enumerationItem || /^(?:[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]+[，、])/.test(p.normalized)) return false;
  return CLOSING_RE.test(p.normalized);
}

/** Remove and return the closing paragraphs at the very end of the last section (searching down its last-child chain). */
export function takeClosing(sections: SectionNode[]): ParagraphNode[] {
  if (!sections.length) return [];
  let sec = sections[sections.length - 1];
  while (true) {
    const last = sec.children[sec.children.length - 1];
    if (last && last.kind === 'section') sec = last;
    else break;
  }
  const kids = sec.children;
  let k = kids.length;
  // Keep at least one paragraph of body in the section.
  const firstPara = kids.findIndex((c) => c.kind === 'paragraph');
  for (let i = kids.length - 1; i > Math.max(firstPara, 0); i--) {
    const c = kids[i];
    if (c.kind !== 'paragraph' || !isClosingParagraph(c)) break;
    k = i;
  }
  return kids.splice(k) as ParagraphNode[];
}

interface GenreInput {
  salutation?: string;
  opening: ParagraphNode[];
  sections: SectionNode[];
  closing: ParagraphNode[];
  allText: string;
}

interface Cue {
  genre: Genre;
  weight: number;
  test: (d: GenreInput) => boolean;
  reason: string;
}

const topRoles = (d: GenreInput) => d.sections.flatMap((s) => [s.role, ...(s.alsoRoles ?? [])]);
const openingText = (d: GenreInput) => d.opening.map((p) => p.normalized).join('');

const GENRE_CUES: Cue[] = [
  { genre: 'inaugural', weight: 4, test: (d) => /正式成立|成立大会|隆重成立|宣告成立|的成立/.test(openingText(d)), reason: '开头宣告组织成立' },
  { genre: 'inaugural', weight: 3, test: (d) => /被(?:推选|选举|选)为|当选为|荣幸地|首届|第一次会员代表大会/.test(d.allText.slice(0, 1500)), reason: '新当选负责人表态' },
  { genre: 'inaugural', weight: 1, test: (d) => /倍感光荣|深感责任重大|表个态/.test(d.allText), reason: '就职表态用语' },
  { genre: 'annual-report', weight: 4, test: (d) => /作工作报告|请予审议|请审议/.test(openingText(d)), reason: '开头“作工作报告，请予审议”' },
  { genre: 'annual-report', weight: 3, test: (d) => topRoles(d).includes('review') && topRoles(d).some((r) => r === 'tasks' || r === 'requirements'), reason: '一级标题为“回顾”与“总体要求/主要任务”' },
  { genre: 'annual-report', weight: 2, test: (d) => d.sections.some((s) => s.children.some((c) => c.kind === 'paragraph' && c.role === 'problems')) || topRoles(d).includes('problems'), reason: '含“问题和不足”' },
  { genre: 'plan', weight: 4, test: (d) => /通知如下|方案如下|制定本方案|特制定|现将有关/.test(openingText(d)), reason: '开头“现将有关工作通知如下/特制定本方案”' },
  { genre: 'plan', weight: 3, test: (d) => topRoles(d).includes('steps'), reason: '有“时间安排/方法步骤”' },
  { genre: 'plan', weight: 2, test: (d) => topRoles(d).includes('organization'), reason: '有“组织领导/保障措施”' },
  { genre: 'plan', weight: 1, test: (d) => !d.salutation || !/同志们|各位/.test(d.salutation), reason: '无讲话称呼（行文而非讲话）' },
  { genre: 'speech', weight: 3, test: (d) => /刚才，|下面，我(?:就|讲|再)|讲几点意见|强调几点|讲几点/.test(openingText(d)), reason: '开头“刚才…/下面，我讲几点意见”' },
  { genre: 'speech', weight: 2, test: (d) => !!d.salutation && /同志们/.test(d.salutation), reason: '称呼“同志们”' },
  { genre: 'speech', weight: 1, test: (d) => d.sections.length > 0 && d.sections.every((s) => s.role === 'tasks'), reason: '各部分均为工作要求' },
];

/** Infer the genre from structure and wording; returns the genre and the cues that decided it. */
export function inferGenre(d: GenreInput): { genre: Genre; reasons: string[] } {
  const score = new Map<Genre, { s: number; reasons: string[] }>();
  for (const c of GENRE_CUES) {
    if (!c.test(d)) continue;
    const e = score.get(c.genre) ?? { s: 0, reasons: [] };
    e.s += c.weight;
    e.reasons.push(c.reason);
    score.set(c.genre, e);
  }
  let best: Genre = 'other';
  let bestScore = 2; // fewer points than one strong cue is not enough to name a genre
  for (const [g, e] of score) if (e.s > bestScore) [best, bestScore] = [g, e.s];
  return { genre: best, reasons: best === 'other' ? ['未发现足以判断体裁的结构或用语'] : score.get(best)!.reasons };
}
