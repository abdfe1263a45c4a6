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
import { sectionParagraphs, sectionText, subsections } from './structure';
import { countChars, splitSentences } from './normalize';
import { headingRoles } from '../text/heading-roles';
import { append } from './arrays';

export { headingRoles };

const REVIEW_WORDS = /取得|完成了|开展了|荣获|累计|共有|共计|同比|增长|实现了|获得|被评为|\d+(?:\.\d+)?(?:万|亿)?(?:家|个|人次|人|项|元|场|次|件|份|所|笔)/g;
const TASK_WORDS = /要|必须|着力|加快|推动|深化|加强|进一步|切实|坚持|努力|积极|大力|不断|坚决|健全|完善|提升|提高|推进|强化/g;

function density(text: string, re: RegExp): number {
  return ((text.match(re) ?? []).length * 1000) / Math.max(200, text.length);
}

/** Past-tense and achievement wording: what a review is written in. */
const PAST_RE = /(?<![为除])了(?![解如])|已经|已(?![知有])|取得|实现|完成|荣获|获得|被评为|被授予|累计|共计|先后|圆满|顺利|同比|比上年|较上年|上年|去年|年来|这一年|以来|达到|首次|首批|创历史|创新高|成功|全年|\d+(?:\.\d+)?(?:%|％|万|亿)|\d+余?(?:次|场|期|项|篇|节|人次|名|所|家)/g;
/** Future and imperative wording: what tasks and requirements are written in. */
const FUTURE_RE = /(?<![重主需必只想纲摘])要(?![求素点害闻])|将(?!近|军)|力争|确保|务必|必须|争取|今年|明年|下一步|今后|未来|预期|计划|拟|打算|着力|加快|推动|深化|努力|坚持|持续|不断|进一步|切实|大力/g;
/** Only what speaks of the future outright (a report of work done is written with 坚持/推动/深化 too). */
const PLAN_RE = /(?<![重主需必只想纲摘])要(?![求素点害闻])|将(?!近|军)|力争|务必|必须|争取|明年|下一步|今后|未来|预期|计划|拟|打算/g;
/** A five-year plan's goals (十五五, 2030年, 远景): the 总体要求 part of a government report. */
const FIVE_YEAR_RE = /十[一二三四五六七八九]?五|五年规划|规划纲要|远景目标|20[3-5]\d年/g;
/** 政府自身建设: the 组织领导/保障措施 part of a government report. */
const SELF_BUILDING_RE = /自身建设|依法行政|廉洁|廉政|作风建设|转作风|服务型政府|治理效能|执行力/g;

/** Work reported done: results, awards, figures (not the bare 了 of a story). */
const ACHIEVEMENT_RE = /取得|完成|开展了|荣获|获得|被评为|被授予|实现了?|圆满|创历史|创新高|首次|首批|排名|名列|位居|增长|提高到|提升到|达到|\d+(?:\.\d+)?(?:%|％|万|亿)|\d+余?(?:次|场|期|项|篇|节|人次|名|所|家|个|枚|人|件|元|分)/g;
/** `符合下列条件的教工…` / `有下列情形之一的，不得…`: the opening of a list of criteria. */
const CRITERIA_RE = /(?:符合|具备|具有|有)(?:以)?下列(?:条件|情形|行为|情况)|(?:条件|资格|标准)如下/;

/** A heading that opens with a modal word: what the speaker asks for, not what was done. */
const EXHORTATION_RE = /^(?:要(?!点|求|素|闻)|当(?!前|下|年|地|时|今|日|天)|应(?!对|急|用|届)|须|必须|务必|希望|愿(?!景)|请(?!示))/;

function count(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}

/** Is this part mostly a list of criteria (a `下列条件` opening, then short clauses ending in ；)? */
function listsCriteria(sec: SectionNode): boolean {
  if (!CRITERIA_RE.test(sectionText(sec))) return false;
  // Items are often numbered (1.…的；): a bare numbered line with nothing under it is an item too.
  let lines = 0;
  let items = 0;
  const walk = (s: SectionNode) => {
    for (const c of s.children) {
      lines++;
      if (c.kind === 'section') {
        if (!c.runIn && !c.children.length && countChars(c.heading) <= 80) items++;
        walk(c);
      } else if (countChars(c.normalized) <= 80 && /(?:；|;|的。)$/.test(c.normalized)) items++;
    }
  };
  walk(sec);
  return items >= 3 && items * 2 >= lines;
}

/** Do the part's paragraphs mostly state the writer's own problems (at least two, a third of them)? */
function namesProblemsMostly(sec: SectionNode): boolean {
  const paras = sectionParagraphs(sec);
  const n = paras.filter((p) => isProblemsParagraph(p) || mentionsProblems(p)).length;
  return n >= 2 && n * 3 >= paras.length;
}

/** Wording scores of a block of text: past vs future per 1,000 characters. */
export function tense(text: string): { past: number; future: number; plan: number } {
  const k = 1000 / Math.max(300, text.length);
  return { past: count(text, PAST_RE) * k, future: count(text, FUTURE_RE) * k, plan: count(text, PLAN_RE) * k };
}

export interface RoleContext {
  /** The genre as far as title and opening tell it (before roles are known), if any. */
  genre?: Genre;
}

/**
 * The role a top-level section plays. The heading's words decide when they name a part (回顾, 问题,
 * 总体要求, 主要任务, 步骤, 组织领导…), with two conventions of real reports: a heading naming a five-year
 * plan's goals is the 总体要求 part even when it says 任务, and `YYYY年…工作` is that year's tasks. Otherwise
 * the content decides: past wording and figures make a review, future and imperative wording tasks, a
 * five-year plan's goals 总体要求, 政府自身建设 wording 组织领导; a review of work is what a 述职/总结
 * reports unless it says otherwise.
 */
export function sectionRole(sec: SectionNode, index: number, all: SectionNode[], ctx: RoleContext = {}): { role: Role; also?: Role[] } {
  if (sec.form === 'attachment') return { role: 'other' };
  const heading = sec.heading;
  // A part built from a run of 一是…/一要… items has no heading of its own: its first item's words name that item, not the part.
  const roles = sec.implicit ? [] : headingRoles(heading);
  const fiveYear = count(heading, FIVE_YEAR_RE) > 0 && /目标|任务|规划|纲要|举措/.test(heading) && !/(?:19|20)\d\d年(?:的)?(?:工作|重点|主要任务)/.test(heading);
  if (roles.length) {
    let primary = roles[0];
    if (fiveYear && (roles.includes('requirements') || roles.includes('tasks'))) primary = 'requirements';
    // “总体要求和主要任务”: the bulk is tasks; the requirements are its opening paragraph.
    else if (primary === 'requirements' && roles.length > 1 && roles[1] !== 'review') primary = roles[1];
    const also = roles.filter((r) => r !== primary);
    return also.length ? { role: primary, also } : { role: primary };
  }
  // A speech's part headed as an exhortation (当以…引领青春航向, 要…, 希望…) asks its listeners to act: a task,
  // whatever tense its stories are told in.
  if ((ctx.genre === 'speech' || ctx.genre === 'address') && !sec.implicit && EXHORTATION_RE.test(heading)) return { role: 'tasks' };
  // Only now the content: most sections are decided by their heading's words.
  const body = sectionText(sec).slice(heading.length);
  const text = heading + body;
  if (!text.trim()) return { role: 'other' };
  const n = all.length;
  const per1000 = 1000 / Math.max(300, text.length);
  const k = 1000 / Math.max(300, body.length);
  const reportsWork = ctx.genre === 'summary' || ctx.genre === 'debrief';
  if (reportsWork) {
    // A 述职/总结 part given over to the writer's shortcomings (…还存在以下几个方面的不足：一是…) whatever its heading says.
    if (index > 0 && namesProblemsMostly(sec)) return { role: 'problems' };
    // Counted only where they decide something: each is a regex pass over the whole section.
    const past = count(body, PAST_RE) * k;
    if (count(body, PLAN_RE) * k > Math.max(6, past) && index > 0) return { role: 'tasks' };
    // A 总结 ends on what comes next (下一步打算), often without 将/要: its last part written in 持续/推动/深化 and
    // hardly any past wording looks ahead, where a part reporting work done mixes the two.
    const last = index === all.length - 1 && all.length >= 3;
    return { role: last && count(body, FUTURE_RE) * k >= Math.max(12, 4 * past) ? 'tasks' : 'review' };
  }
  // The last part of a government report on 政府自身建设.
  if (index === n - 1 && n >= 3 && count(text, SELF_BUILDING_RE) * per1000 >= 3) return { role: 'organization' };
  const t = { past: count(body, PAST_RE) * k, future: count(body, FUTURE_RE) * k };
  // A 方案 or 计划 looks ahead: its parts are never a review unless their heading says so.
  const looksAhead = ctx.genre === 'plan' || ctx.genre === 'work-plan';
  // A 方案 ends on what makes it work: its last part on policy, funds or support (完善支持政策, 强化要素保障) is
  // its 保障措施 even when the heading names no usual word for it.
  if (looksAhead && index === n - 1 && n >= 3 && /政策|保障|支撑|支持/.test(heading)) return { role: 'organization' };
  // Who may be recommended, who may not (符合下列条件的… / 有下列情形之一的…): a 方案's criteria, like its 任职条件, play no usual role.
  if (looksAhead && listsCriteria(sec)) return { role: 'other' };
  // In a speech, past wording makes a review only when work is reported (取得, 完成, figures): a talk's essay
  // part (如何看待我们的孩子, 关于孩子的成长) is told in the past tense too, and reports nothing.
  if (!looksAhead && t.past >= t.future * 0.8 && t.past >= 6) return { role: ctx.genre === 'speech' && count(body, ACHIEVEMENT_RE) * k < 3 ? 'other' : 'review' };
  // A government report's five-year plan part (十五五 goals) is its 总体要求 (the labels' convention, and the reports' own order).
  if (ctx.genre === 'annual-report' && index > 0 && count(text, FIVE_YEAR_RE) * per1000 >= 2.5) return { role: 'requirements' };
  // A part that sets out work in any words is a task (the commonest part of every genre); one that does
  // nothing recognisable (检查范围: 全县所有生产经营单位) is honestly 'other'.
  // In a 方案, a part named for an activity or an action (“我们的节日”主题实践活动, 劳动教育：职业体验) is work to do
  // even when its body is a bare list of who does what.
  const namesWork = looksAhead && /活动|行动|实践|工程|专项|项目|竞赛|培训|教育|宣传|体验/.test(heading);
  return { role: namesWork || t.future > 0 || t.past > 0 || /健全|完善|加强|建立|推进|落实|强化|提高|提升|开展|组织|实施/.test(body) ? 'tasks' : 'other' };
}

/** Set the role of every top-level section (and `alsoRoles` when the heading names several). */
export function assignSectionRoles(sections: SectionNode[], ctx: RoleContext = {}): void {
  sections.forEach((sec, i) => {
    const r = sectionRole(sec, i, sections, ctx);
    sec.role = r.role;
    if (r.also) sec.alsoRoles = r.also;
    else delete sec.alsoRoles;
  });
}

/** The writer's own problems named: 清醒看到…问题, 还存在…不足, 问题也不容忽视, 尚有差距, 不尽如人意… */
const PROBLEM_RE =
  /(?:清醒|清楚|冷静)地?(?:看到|认识到|认识|意识到)[^。]{0,60}(?:问题|不足|差距|困难|短板|挑战|隐患)|(?:问题|不足|差距)[^。]{0,6}不容忽视|问题和不足|不足和问题|差距和不足|问题与不足|不足与问题|不足之处|(?:还|仍|仍然|依然|也|尚|长期)(?:存在|有)着?[^。；]{0,60}?(?:问题|不足|短板|差距|薄弱环节)|存在的(?:主要)?(?:问题|不足)(?:主要)?(?:是|有|表现在)|(?:主要|突出)?问题在于|有待(?:进一步|努力)?(?:提升|提高|加强|改进|完善|克服)|不尽如人意|说不上好|不够理想/;
/** 有进步也有不足, 有成绩也有缺点: the 述职's balanced formula, which names no problem. */
const BALANCED_RE = /有(?:进步|成绩|收获|成效|亮点|经验)[^。，；]{0,4}也有(?:不足|缺点|遗憾|教训)/g;
const TASK_OPENING_RE = /^(?:[一二三四五六七八九十]+[是要]|要|着力|加快|推进|推动|深化|加强|坚持)/;
/** A sentence that turns (但…) to what the writer clearly sees is still wanting. */
const SELF_CRITICAL_TURN_RE = /^(?:(?:但|但是|然而|同时|当然)[^。]{0,12}(?:清醒|清楚|冷静)地?(?:看到|认识到|意识到)|(?:我们)?(?:必须|应当|应该)(?:清醒|清楚|冷静)?地?(?:看到|认识到))/;
/** Setting out to solve, find or report problems is not stating them (…查找存在的问题, 着力解决…问题). */
const PROBLEM_TASK_RE = /解决|破解|整改|查找|检视|排查|梳理|针对|报送|上报|分析研判|着力|防止|避免/;
const REVIEW_PARA_RE = /取得了?(?:显著|新的|明显|重要|积极|可喜)?(?:的)?(?:成绩|成效|进展|成果)|成绩的取得|(?:新成效|新作为|新台阶|新步伐|新气象)/;
const REVIEW_TIME_RE = /^(?:20××|\d{4}|过去的?一年|一年来|回顾过去|.{0,12}以来)/;
const REQUIREMENT_RE = /总体(?:思路|要求|目标)(?:是|为)|指导思想(?:是|为)|总的要求是|我们要以.{2,40}为指导|工作的总体思路/;

/** Does this sentence state the writer's own problems (not set out to solve or report them)? */
export function statesProblems(sentence: string): boolean {
  sentence = sentence.replace(BALANCED_RE, '');
  const m = PROBLEM_RE.exec(sentence);
  // `亟待解决的问题` names a problem; `着力解决…问题` sets out to solve one.
  // `整改工作是初步的` names the work (a noun), not an act of solving.
  return !!m && !PROBLEM_TASK_RE.test(sentence.slice(0, m.index + m[0].length).replace(/(?:亟待|亟需|急需|有待|需要|尚未|没有)(?:解决|破解|整改)|整改(?=工作|任务|成效|成果)/g, ''));
}

/** Is this paragraph about problems (问题/不足)? Its first sentence must say so: a task paragraph that mentions a problem in passing is still a task. */
export function isProblemsParagraph(p: ParagraphNode): boolean {
  // Most paragraphs name no problem at all: test the whole text once before cutting out its first sentence.
  if (!PROBLEM_RE.test(p.normalized)) return false;
  const stop = p.normalized.search(/[。！？]/);
  const head = stop < 0 ? p.normalized : p.normalized.slice(0, stop + 1);
  return statesProblems(head) && !/^(?:[一二三四五六七八九十]+是)?(?:着力|重点)?(?:解决|破解|整改)/.test(p.normalized);
}

/** A paragraph that names problems in any of its sentences (a 方案's background: …还存在着…等问题). */
export function mentionsProblems(p: ParagraphNode): boolean {
  return PROBLEM_RE.test(p.normalized) && splitSentences(p.normalized).some(statesProblems);
}

/** Role a paragraph plays on its own, if it is recognisably one (else undefined). */
export function paragraphRole(p: ParagraphNode, containerRole?: Role): Role | undefined {
  if (isProblemsParagraph(p)) return 'problems';
  // Problems named mid-paragraph count in a review or a preamble; in a task paragraph (三是加快推进…) they are the reason
  // for the task. A paragraph that does not open as a task may still turn to the writer's own shortcomings
  // (`但…清醒认识到…还有相当差距`), in whatever part.
  if (!TASK_OPENING_RE.test(p.normalized)) {
    if ((containerRole === 'opening' || containerRole === 'review' || containerRole === 'other') && mentionsProblems(p)) return 'problems';
    // The turn and the shortcomings may be sentences apart (我们必须看到，…取得了很大的成绩，但是… 我们工作中的缺点…还有待努力克服).
    if (PROBLEM_RE.test(p.normalized)) {
      const sentences = splitSentences(p.normalized);
      const turn = sentences.findIndex((t) => SELF_CRITICAL_TURN_RE.test(t));
      if (turn >= 0 && sentences.slice(turn).some(statesProblems)) return 'problems';
    }
  }
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
  append(sec.children, moved);
}

/** Set paragraph roles where a paragraph plays a different part from the section holding it. */
export function assignParagraphRoles(paras: ParagraphNode[], containerRole: Role): void {
  for (const p of paras) {
    const r = paragraphRole(p, containerRole);
    if (r && r !== containerRole) p.role = r;
    else delete p.role; // a second reading (analyze.ts, once the genre is known) must not keep the first one's
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
  // Attachments (附件) follow the signature: the closing ends the last part before them.
  const body = sections.filter((s) => s.form !== 'attachment');
  if (!body.length) return [];
  let sec = body[body.length - 1];
  while (true) {
    const last = sec.children[sec.children.length - 1];
    if (last && last.kind === 'section') sec = last;
    else break;
  }
  return takeClosingTail(sec.children);
}

/** Remove and return the closing paragraphs at the end of a list (a section's children, or the whole body of a document without parts), keeping at least one paragraph of body. */
export function takeClosingTail(kids: (ParagraphNode | SectionNode)[]): ParagraphNode[] {
  let k = kids.length;
  const firstPara = kids.findIndex((c) => c.kind === 'paragraph');
  for (let i = kids.length - 1; i > Math.max(firstPara, 0); i--) {
    const c = kids[i];
    if (c.kind !== 'paragraph' || !isClosingParagraph(c)) break;
    k = i;
  }
  return kids.splice(k) as ParagraphNode[];
}

export interface GenreInput {
  /** The declared title, byline (subtitle) and wrapper: what the document says it is. The seed's titles lie, so these weigh less than a formula in the text. */
  title?: string;
  byline?: string[];
  preface?: string[];
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
/** Texts the cues read, worked out once per document (inferGenre runs twice on it). */
const texts = new WeakMap<GenreInput, { opening: string; title: string; head: string }>();
function textsOf(d: GenreInput) {
  let t = texts.get(d);
  if (!t) {
    t = {
      opening: d.opening.map((p) => p.normalized).join(''),
      title: [d.title ?? '', ...(d.byline ?? []).filter((b) => /^——|^--|^—/.test(b))].join(' '),
      head: d.allText.slice(0, 1500),
    };
    texts.set(d, t);
  }
  return t;
}
const openingText = (d: GenreInput) => textsOf(d).opening;
/** Title and subtitle: `——九届二次教代会学校工作报告` names the kind as much as the title does. */
const titleText = (d: GenreInput) => textsOf(d).title;
/**
 * The title's words that name the document's kind, without a meeting's name: in `——在1995年总结大会上的讲话` or
 * `在全市述职评议会上的发言` what follows 上的 is the kind, and 总结 / 述职 / 工作安排 before it name the meeting.
 */
const kindText = (d: GenreInput) => titleText(d).replace(/在[^在]*?会(?:议)?上的/g, '');
const head = (d: GenreInput) => textsOf(d).head;
const hasHeadings = (d: GenreInput) => d.sections.some((s) => !s.implicit);

const GENRE_CUES: Cue[] = [
  { genre: 'inaugural', weight: 4, test: (d) => /正式成立|成立大会|隆重成立|宣告成立|的成立/.test(openingText(d)), reason: '开头宣告组织成立' },
  { genre: 'inaugural', weight: 3, test: (d) => /被(?:推选|选举|选)为|当选为|荣幸地|首届|第一次会员代表大会/.test(head(d)), reason: '新当选负责人表态' },
  { genre: 'inaugural', weight: 1, test: (d) => /倍感光荣|深感责任重大|表个态/.test(head(d)), reason: '就职表态用语' },
  { genre: 'annual-report', weight: 4, test: (d) => /作(?:政府)?工作报告|请予审议|请审议|向大会报告工作/.test(openingText(d) + head(d).slice(0, 300)), reason: '开头“作工作报告，请予审议”' },
  { genre: 'annual-report', weight: 2, test: (d) => topRoles(d).includes('review') && topRoles(d).some((r) => r === 'tasks' || r === 'requirements'), reason: '一级标题为“回顾”与“总体要求/主要任务”' },
  { genre: 'annual-report', weight: 2, test: (d) => d.sections.some((s) => s.children.some((c) => c.kind === 'paragraph' && c.role === 'problems')) || topRoles(d).includes('problems'), reason: '含“问题和不足”' },
  { genre: 'annual-report', weight: 2, test: (d) => /政府工作报告|工作报告$/.test(titleText(d)), reason: '标题为“工作报告”' },
  // 在…代表大会上的报告 / 在…全会上的报告: a report to a congress or plenary is its work report, whatever it is called.
  { genre: 'annual-report', weight: 3, test: (d) => /(?:代表大会|代表会议|全体会议|全会|全委会)上的(?:工作)?报告/.test(titleText(d)), reason: '标题为“在…代表大会上的报告”' },
  { genre: 'summary', weight: 5, test: (d) => /总结|工作汇报|情况的?(?:汇报|报告|通报)|汇报(?:材料)?$/.test(kindText(d)) && !/述职/.test(kindText(d)), reason: '标题为“总结/汇报/情况报告/情况通报”' },
  { genre: 'summary', weight: 3, test: (d) => !d.salutation && hasHeadings(d) && d.sections.filter((s) => s.role === 'review').length >= Math.max(1, d.sections.length - 2) && !/请予审议|作工作报告/.test(openingText(d)), reason: '各部分以回顾工作为主' },
  { genre: 'debrief', weight: 6, test: (d) => /述职|述廉|述德|述法/.test(kindText(d)), reason: '标题为“述职报告”' },
  { genre: 'debrief', weight: 5, test: (d) => /(?:本人|我)(?:在[^。]{2,20})?(?:担任|任|分管|主持|负责)/.test(d.allText.slice(0, 400)) && /分管|岗位职责|履职|任职|担任/.test(d.allText.slice(0, 600)), reason: '开头自述任职和分管工作' },
  { genre: 'plan', weight: 4, test: (d) => /通知如下|方案如下|制定本方案|特制定|现将有关|如下工作方案/.test(openingText(d)), reason: '开头“现将有关工作通知如下/特制定本方案”' },
  { genre: 'plan', weight: 4, test: (d) => /方案$|意见$|实施细则$|实施办法$/.test(titleText(d)) || (d.preface ?? []).some((l) => /印发|方案》/.test(l) && /方案/.test(l)), reason: '标题为“方案/意见”' },
  { genre: 'plan', weight: 3, test: (d) => topRoles(d).includes('steps'), reason: '有“时间安排/方法步骤”' },
  { genre: 'plan', weight: 2, test: (d) => topRoles(d).includes('organization') && topRoles(d).includes('requirements'), reason: '有“总体要求”和“组织领导/保障措施”' },
  { genre: 'plan', weight: 1, test: (d) => !d.salutation && !topRoles(d).includes('review'), reason: '无称呼（行文而非讲话）' },
  { genre: 'work-plan', weight: 5, test: (d) => /工作计划|工作要点|工作安排|工作思路|计划$|要点$|思路(?:和|与)?举措$|思路$/.test(kindText(d)), reason: '标题为“工作计划/工作要点/思路举措”' },
  // Headed parts that all set out work, with no 称呼 and nothing reported: a unit's plan, not a talk.
  { genre: 'work-plan', weight: 3, test: (d) => !d.salutation && d.sections.filter((s) => !s.implicit).length >= 3 && d.sections.every((s) => s.role === 'tasks'), reason: '各部分均为工作任务，无称呼' },
  { genre: 'work-plan', weight: 1, test: (d) => topRoles(d).includes('requirements') && topRoles(d).includes('tasks') && !topRoles(d).includes('review') && !topRoles(d).includes('steps'), reason: '指导思想、目标和工作要点' },
  { genre: 'speech', weight: 3, test: (d) => /刚才，|下面，我(?:就|讲|再)|讲几点意见|强调几点|讲几点|讲三点|讲两点|下面我就/.test(openingText(d) + head(d).slice(0, 600)), reason: '开头“刚才…/下面，我讲几点意见”' },
  { genre: 'speech', weight: 2, test: (d) => !!d.salutation && /同志们|老师们|同学们/.test(d.salutation), reason: '称呼“同志们/老师们”' },
  { genre: 'speech', weight: 3, test: (d) => /讲话|发言|讲稿/.test(titleText(d)), reason: '标题为“讲话”' },
  // `——在1995年总结大会上的讲话`: said at a meeting, whatever its parts report.
  { genre: 'speech', weight: 2, test: (d) => /会(?:议)?上的(?:讲话|发言)(?:\s|$)/.test(titleText(d)), reason: '标题为“在…会上的讲话”' },
  { genre: 'speech', weight: 1, test: (d) => d.sections.length > 0 && d.sections.every((s) => s.role === 'tasks'), reason: '各部分均为工作要求' },
  // `实干托起百年梦 ——致第三届高峰会议` / `致全市职工的一封信`: words addressed to an audience.
  { genre: 'address', weight: 5, test: (d) => /致辞|贺词|贺信|欢迎词|祝酒词|献词|寄语|新年致|新春致|(?:^|——|--|—|\s)致(?!力|使|富)[\u4e00-\u9fa5“]|一封信$/.test(titleText(d)), reason: '标题为“致辞/贺词/致…”' },
  { genre: 'address', weight: 3, test: (d) => d.allText.length < 8000 && /新年|新春|元旦|辞旧迎新/.test(head(d)) && /祝福|祝愿|致以|问候|祝大家|祝祖国/.test(d.allText), reason: '新年问候与祝福' },
  { genre: 'address', weight: 1, test: (d) => !hasHeadings(d) && d.allText.length < 4000 && /祝(?:大家|各位|全体|同学们|老师们)|谢谢(?:大家)?！?$/.test(d.allText.slice(-600)), reason: '篇幅短小，以祝愿、致谢作结' },
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
