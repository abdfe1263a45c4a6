/**
 * Phrase library: reusable wording pulled from the analysed corpus, each with a category (称呼,
 * 开头, 过渡, 回顾句式, 段首句/小标题, 问题表述, 总体要求句式, 任务句式, 结尾号召, 四字/排比短语, 口号),
 * the role of the section it came from, and every place it was seen. Specifics become typed
 * placeholders (specifics.ts); near-identical phrases merge; ranking favours wording that many
 * documents and roles use and that has little specific content.
 */
import type { Role } from '../draft/model';
import type { Corpus, CorpusDocument, ParagraphNode, Phrase, PhraseCategory, SectionNode, SourceRef } from './types';
import { countChars, splitSentences } from './normalize';
import { placeholderize, withoutPlaceholders } from './specifics';
import { bigrams, NearDuplicateIndex } from './near-duplicates';
import { carriesName, hasAnonymisationHole, isAddressOnly, isCountedFormula, pairStatistics, sharedVocabulary, smallGroup } from './phrase-quality';

interface Candidate {
  raw: string;
  category: PhraseCategory;
  role: Role;
  source: SourceRef;
}

const MIN_CHARS = 4;
const FULL_SENTENCE = new Set<PhraseCategory>(['开头', '过渡', '结尾号召', '任务句式']);
const MAX_CHARS = 80;

const TRANSITION_RE = /^(?:下面，|在此，|总之，|总的来看|回顾过去|这些问题，|刚才，|从.{1,10}看，|(?:这些|过去一年(?:工作)?)成绩的取得)|在看到成绩的同时|在肯定成绩的同时/;
const OPENING_RE = /^(?:今天，|这次|本次|刚才，|下面，|现将|为(?:全面|深入|进一步|切实))|主要任务是|请予审议|通知如下|几点意见|以下.{0,2}(?:个方面|点)|隆重(?:聚会|召开)|重要会议|表示(?:热烈的)?祝贺|衷心的感谢/;
const REVIEW_RE = /取得(?:了)?(?:新的|显著|明显|重要|积极)?(?:的)?(?:成绩|成效|进展|成果|突破)|进一步(?:凸显|增强|提升|发挥|发展|巩固|彰显)|成效显著|扎实推进|步伐加快|圆满完成|超额完成|走在(?:全国|全省)?前列|新成效|新作为|新台阶|新步伐|新气象/;
const PROBLEM_RE = /有待|不够|不强|不足|薄弱|尚需|还需|不高|不到位|不平衡|不充分|差距/;
const REQUIRE_RE = /^以.{2,30}为(?:主题|主线|动力|抓手|载体|指导|契机|引领|核心|重点|目标|统领|依托|龙头)|总体(?:思路|要求|目标)是|迈上新台阶|指导思想是/;
const STUDY_RE = /^(?:要|我们要)?(?:认真|深入|全面|坚决)?(?:学习)?(?:宣传)?贯彻(?:落实)?.{2,50}(?:精神|部署|要求)$/;
const CLOSING_RE = /让我们|以优异(?:的)?成绩|优异成绩迎接|新的历史起点|奋力谱写|我坚信|我相信|同志们，|恳请|号召|扬帆|加鞭|努力奋斗|做出应有的贡献|作出新的更大贡献/;

function balanced(s: string): boolean {
  const pairs: [string, string][] = [
    ['“', '”'],
    ['《', '》'],
    ['（', '）'],
    ['‘', '’'],
  ];
  return pairs.every(([a, b]) => s.split(a).length === s.split(b).length);
}

/** Clauses of a sentence (split at ，；：), with the sentence terminator dropped. */
function clauses(sentence: string): string[] {
  const s = sentence.replace(/[。！？]+$/, '');
  if (!/[“‘（《]/.test(s)) return s.split(/[，；：]/).map((c) => c.trim()).filter(Boolean);
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  // Commas inside quotes or brackets (“解放思想，赶超跨越”) do not end a clause.
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '“' || ch === '‘' || ch === '（' || ch === '《') depth++;
    else if (ch === '”' || ch === '’' || ch === '）' || ch === '》') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === '，' || ch === '；' || ch === '：')) {
      const c = s.slice(start, i).trim();
      if (c) out.push(c);
      start = i + 1;
    }
  }
  const last = s.slice(start).trim();
  if (last) out.push(last);
  return out;
}

/** The clause of a sentence that matches `re`, or the sentence head up to and including it with “……” when the rest is long. */
function clauseMatching(cl: string[], re: RegExp): string | undefined {
  return cl.find((c) => re.test(c) && countChars(c) >= 6);
}

function shortSentenceOrHead(sentence: string, re: RegExp): string | undefined {
  if (countChars(sentence) <= 60) return sentence;
  const m = re.exec(sentence);
  if (!m) return undefined;
  const stop = sentence.slice(m.index + m[0].length).search(/[，；：]/);
  if (stop < 0) {
    // The cue ends the sentence (…努力做到以下三个方面：): its own clause is the phrase.
    const cl = clauses(sentence).find((c) => re.test(c));
    return cl && countChars(cl) <= 40 ? cl + (/：$/.test(sentence) ? '：' : '') : undefined;
  }
  const head = sentence.slice(0, m.index + m[0].length + stop);
  if (countChars(head) <= 60) return head + (sentence[m.index + m[0].length + stop] === '：' ? '：……' : '……');
  const cl = clauses(sentence).find((c) => re.test(c));
  return cl && countChars(cl) <= 40 ? cl + (/：$/.test(sentence) ? '：' : '……') : undefined;
}

const isHan = (ch: string) => ch >= '\u4e00' && ch <= '\u9fa5';
let wordSegmenter: Intl.Segmenter | null | undefined;
/** Where the words of the text begin, and its end (Intl.Segmenter; null without it: every offset is taken to be one). */
function wordCuts(text: string): Set<number> | null {
  if (wordSegmenter === undefined) wordSegmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (!wordSegmenter) return null;
  const cuts = new Set<number>();
  for (const s of wordSegmenter.segment(text)) cuts.add(s.index);
  cuts.add(text.length);
  return cuts;
}
const ABACAD_STOP = '和的与及是在了会作社国人员们';
const WORD_CONTINUES = '会义主家';
/** `通过培养、举荐人才` is a clause, not a pair of four-character phrases. */
const PREPOSITION_START = /^(?:通过|为了|对于|关于|根据|按照|经过|由于|在|把|将|对|向|从|以|为|被|让|使)/;

/** 四字/排比: runs of 2+ four-character items or 3+ equal-length items joined by 、, and ABACAD forms like 抓紧抓实抓细. */
export function parallelPhrases(text: string): string[] {
  const out: string[] = [];
  for (const clause of text.split(/[，。；：！？“”‘’（）《》,;:!?]/)) {
    const parts = clause.split('、');
    if (parts.length >= 2) {
      const L = parts[parts.length - 1].length;
      const inner = parts.slice(1);
      if (L >= 2 && L <= 8 && inner.every((p) => p.length === L) && parts[0].length >= L && /^[\u4e00-\u9fa5]+$/.test(parts.join(''))) {
        const first = parts[0].slice(-L);
        const items = [first, ...inner];
        // 生态环境部、农业农村部、财政部: a list of bodies is not wording to reuse.
        const bodies = items.filter((x) => /[部局委厅办署院]$/.test(x)).length >= 2;
        if (!bodies && ((L === 4 && items.length >= 2) || items.length >= 3)) {
          // The first item may carry a verb before it (`可谓人才荟萃`); only keep it when the item is a clean cut.
          if ((parts[0].length === L || parts[0].length - L <= 2) && !(items.length === 2 && PREPOSITION_START.test(items[0]))) out.push(items.join('、'));
        }
      }
    }
    // ABACAD (抓紧抓实抓细, 有力有序有效); the B/C/D must be content characters, or 职工和工会工作 / 爱党爱国爱社会主义 slip in.
    // A plain loop: a back-referencing regex over every clause is the slowest part of phrase extraction.
    let cuts: Set<number> | null | undefined;
    for (let i = 0; i + 5 < clause.length; i++) {
      const a = clause[i];
      if (a !== clause[i + 2] || a !== clause[i + 4] || !isHan(a)) continue;
      const b = clause[i + 1];
      const c = clause[i + 3];
      const d = clause[i + 5];
      if (![b, c, d].every(isHan) || b === a || [b, c, d].some((x) => ABACAD_STOP.includes(x))) continue;
      const next = clause[i + 6];
      if (next && WORD_CONTINUES.includes(next)) continue;
      // 强农惠农富农政策 holds 农惠农富农政, cut across words: the span must start and end where words do.
      if (cuts === undefined) cuts = wordCuts(clause);
      if (cuts && !(cuts.has(i) && cuts.has(i + 6))) continue;
      out.push(clause.slice(i, i + 6));
      i += 5;
    }
  }
  // Paired four-character clauses: 千里之行，始于足下 / 风劲潮涌，自当扬帆破浪 is not (6 chars).
  for (const s of splitSentences(text)) {
    const cl = clauses(s);
    if (cl.length === 2 && cl.every((c) => c.length === 4 && /^[\u4e00-\u9fa5]+$/.test(c))) out.push(cl.join('，'));
  }
  return out;
}

/** 口号: quoted slogans with several parts (“党建带工建、工建服务党建”) or counted formulas (“两个维护”). */
export function slogans(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/“([^“”]{4,40})”/g)) {
    const q = m[1];
    if (/[、，]/.test(q) && q.split(/[、，]/).every((p) => p.length >= 2)) out.push(`“${q}”`);
    else if (/^[一二三四五六七八九十两]个[\u4e00-\u9fa5]{2,4}$/.test(q)) out.push(`“${q}”`);
  }
  return out;
}

function ordinalStripped(s: string): string {
  return s.replace(/^(?:[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]+[，、])/, '');
}

interface Walker {
  doc: CorpusDocument;
  add: (raw: string, category: PhraseCategory, role: Role, path: string[], pIndex: number, context: string) => void;
}

function paragraphCandidates(w: Walker, p: ParagraphNode, role: Role, path: string[], where: 'opening' | 'body' | 'closing'): void {
  const add = (raw: string, cat: PhraseCategory, ctx: string) => w.add(raw, cat, role, path, p.index, ctx);
  const sentences = splitSentences(p.normalized);
  if (p.lead) add(ordinalStripped(p.lead), role === 'problems' ? '问题表述' : '段首句', p.lead);
  // In a problems paragraph the item's opening clause is often a frame (`在推进…过程中`); its problem clauses are taken below.
  for (const item of role === 'problems' ? [] : p.enumerations ?? []) {
    const first = splitSentences(item)[0] ?? item;
    const head = countChars(first) <= 40 ? first : clauses(first)[0];
    if (head) add(head, role === 'problems' ? '问题表述' : role === 'review' ? '回顾句式' : '任务句式', item.slice(0, 120));
  }
  sentences.forEach((s, i) => {
    const cl = clauses(s);
    if (where === 'closing') {
      if (/^(?:各位|同志们)/.test(s)) {
        const address = cl[0];
        if (address && /同志们|各位/.test(address) && countChars(address) <= 20) add(address, '称呼', s);
      }
      const rest = s.replace(/^(?:各位[^，]{0,16}|同志们)，/, '');
      if (CLOSING_RE.test(s) || i === sentences.length - 1) {
        const t = shortSentenceOrHead(rest, CLOSING_RE) ?? clauseMatching(clauses(rest), CLOSING_RE);
        if (t) add(t, '结尾号召', s);
      }
      return;
    }
    if (TRANSITION_RE.test(s) && !(where === 'opening' && OPENING_RE.test(s))) {
      const t = shortSentenceOrHead(s, TRANSITION_RE);
      if (t) add(t, '过渡', s);
      return;
    }
    // A review or requirements paragraph in the opening still ends with the speech's turn (下面，我就…强调几点意见).
    if (where === 'opening' && ((p.role ?? 'opening') === 'opening' || /^下面，|几点意见/.test(s)) && OPENING_RE.test(s)) {
      const t = shortSentenceOrHead(s, OPENING_RE);
      if (t) w.add(t, '开头', 'opening', path, p.index, s);
    }
    for (const c of cl) {
      if (REQUIRE_RE.test(c) && countChars(c) <= 40) add(c, '总体要求句式', s);
      // 深入学习贯彻党的{届次}全会精神 — the standard line every 总体要求 opens with.
      else if (STUDY_RE.test(c) && countChars(c) <= 45) add(c, '总体要求句式', s);
    }
    if (role === 'review' || p.role === 'review') {
      const c = clauseMatching(cl, REVIEW_RE);
      if (c && countChars(c) <= 40) add(c, '回顾句式', s);
    }
    if (role === 'problems') {
      for (const c of cl) if (PROBLEM_RE.test(c) && countChars(c) <= 40 && !/^[一二三四五六七八九十]+是$/.test(c)) add(ordinalStripped(c), '问题表述', s);
      if (/^这些问题/.test(s)) add(s, '过渡', s);
    }
    if ((role === 'tasks' || role === 'organization' || role === 'steps') && /^要/.test(s) && countChars(s) <= 50) add(s, '任务句式', s);
  });
  for (const ph of parallelPhrases(p.normalized)) add(ph, '四字短语', ph);
  for (const sl of slogans(p.normalized)) add(sl, '口号', sl);
}

function walkSection(w: Walker, sec: SectionNode, topRole: Role, path: string[]): void {
  const here = [...path, sec.marker + sec.heading];
  const headingCat: PhraseCategory = topRole === 'problems' ? '问题表述' : '段首句';
  w.add(sec.heading, headingCat, topRole, here, -1, sec.marker + sec.heading);
  for (const ph of parallelPhrases(sec.heading)) w.add(ph, '四字短语', topRole, here, -1, sec.heading);
  for (const sl of slogans(sec.heading)) w.add(sl, '口号', topRole, here, -1, sec.heading);
  for (const c of sec.children) {
    if (c.kind === 'section') walkSection(w, c, topRole, here);
    else paragraphCandidates(w, c, c.role ?? topRole, here, 'body');
  }
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Key for exact-duplicate detection: placeholders kept, punctuation and 的/地/了 dropped. */
function dedupeKey(text: string): string {
  return text.replace(/[\s，。；：！？、“”‘’（）《》…,.;:!?的地了]/g, '');
}

const CATEGORY_WEIGHT: Record<PhraseCategory, number> = {
  称呼: 3,
  开头: 2,
  过渡: 3,
  回顾句式: 2,
  段首句: 1,
  问题表述: 2,
  总体要求句式: 2,
  任务句式: 1,
  结尾号召: 2,
  四字短语: 3,
  口号: 1,
};

interface Group {
  text: string;
  placeholders: string[];
  category: PhraseCategory;
  specificRatio: number;
  sources: SourceRef[];
  /** docId, paragraph and context of each source, so a phrase seen 10,000 times is not rescanned per sighting. */
  sourceKeys: Set<string>;
  roles: Role[];
  key: string;
}

/** Extract, placeholder, deduplicate and rank phrases from every document of the corpus. */
export function extractPhrases(corpus: Corpus): Phrase[] {
  const cands: Candidate[] = [];
  for (const doc of corpus.documents) {
    const w: Walker = {
      doc,
      add: (raw, category, role, sectionPath, paragraphIndex, context) =>
        cands.push({ raw, category, role, source: { docId: doc.id, docTitle: doc.declaredTitle, sectionPath, paragraphIndex, context: context.slice(0, 160) } }),
    };
    if (doc.salutation) w.add(doc.salutation.replace(/[：:]$/, ''), '称呼', 'opening', [], -1, doc.salutation);
    for (const p of doc.opening) paragraphCandidates(w, p, p.role ?? 'opening', ['开头'], 'opening');
    for (const s of doc.sections) walkSection(w, s, s.role ?? 'other', []);
    for (const p of doc.closing) paragraphCandidates(w, p, 'closing', ['结尾'], 'closing');
  }

  // Prepare every candidate (placeholders, filters, keys) before grouping: the near-duplicate index needs
  // every phrase's bigrams up front to fix its rarity order.
  interface Prepared {
    c: Candidate;
    text: string;
    placeholders: string[];
    specificRatio: number;
    key: string;
    dkey: string;
    grams: string[];
    space: string;
  }
  const prepared: Prepared[] = [];
  for (const c of cands) {
    let raw = c.raw.trim().replace(/^[，、；：]+/, '');
    // Clause-like categories read as fragments; a trailing full stop there is noise.
    if (!FULL_SENTENCE.has(c.category)) raw = raw.replace(/[。；]$/, '');
    if (!balanced(raw)) continue;
    const ph = placeholderize(raw);
    const text = ph.text;
    const bare = withoutPlaceholders(text);
    const n = countChars(bare);
    // A phrase that is nothing but specifics (or is too short/long to reuse) is not a phrase.
    if (n < (c.category === '称呼' ? 2 : MIN_CHARS) || countChars(text) > MAX_CHARS || n < 0.4 * countChars(raw)) continue;
    if (!/[\u4e00-\u9fa5]{2}/.test(bare)) continue;
    // A name or place removed by anonymisation leaves a hole no one can reuse.
    if (hasAnonymisationHole(text)) continue;
    // A form of address on its own is a 称呼 (wherever it stood), and a 称呼 belongs to the opening.
    if (isAddressOnly(text)) c.category = '称呼';
    if (c.category === '称呼') c.role = 'opening';
    const dkey = dedupeKey(text);
    // Quoted and unquoted forms of one slogan (“守初心、担使命” / 守初心、担使命) are one phrase.
    const space = c.category === '口号' || c.category === '四字短语' ? 'slogan' : c.category;
    prepared.push({ c, text, placeholders: ph.placeholders, specificRatio: ph.specificRatio, key: space + '|' + dkey, dkey, grams: bigrams(dkey), space });
  }
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const near = new NearDuplicateIndex<Group>(prepared.map((p) => p.grams));
  for (const p of prepared) {
    const { c } = p;
    let g = byKey.get(p.key);
    if (!g) {
      g = near.find(p.space, p.dkey.length, p.grams);
      if (!g) {
        g = { text: p.text, placeholders: p.placeholders, category: c.category, specificRatio: p.specificRatio, sources: [], sourceKeys: new Set(), roles: [], key: p.key };
        groups.push(g);
        near.add(p.space, p.dkey.length, p.grams, g);
      }
      byKey.set(p.key, g);
    }
    const sk = c.source.docId + '\u0000' + c.source.paragraphIndex + '\u0000' + c.source.context;
    if (!g.sourceKeys.has(sk)) {
      g.sourceKeys.add(sk);
      g.sources.push(c.source);
    }
    g.roles.push(c.role);
    // A slogan seen in quotes anywhere is shown in quotes, as a 口号.
    if (c.category === '口号' && g.category === '四字短语') {
      g.category = '口号';
      g.text = p.text;
      g.placeholders = p.placeholders;
    }
  }

  // A few documents of one archive (one school's reports, one city's) share their own names and mottos:
  // wording confined to such a small group is theirs, not everyone's.
  const stats = pairStatistics(corpus, groups.map((g) => g.text));
  const group = smallGroup(stats);
  const phrases: Phrase[] = groups.map((g) => {
    const docs = new Set(g.sources.map((s) => s.docId)).size;
    let shared = docs <= group ? sharedVocabulary(g.text, stats) : 1;
    if (docs <= group && (carriesName(g.text, stats) || (isCountedFormula(g.text) && docs < 3))) shared = 0;
    // Private wording ranks like a phrase seen once, and below the shared wording seen once.
    const docsTerm = 10 * (1 + (docs - 1) * shared) - 8 * (1 - shared);
    const roleCounts = new Map<Role, number>();
    for (const r of g.roles) roleCounts.set(r, (roleCounts.get(r) ?? 0) + 1);
    const role = [...roleCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    const len = countChars(g.text);
    const lengthFit = Math.max(0, 3 - Math.abs(len - 16) / 8);
    const score = docsTerm + 2 * (roleCounts.size - 1) + 5 * (1 - g.specificRatio) + CATEGORY_WEIGHT[g.category] + lengthFit;
    return {
      id: 'p-' + fnv1a(g.category + '|' + g.text),
      text: g.text,
      placeholders: g.placeholders,
      category: g.category,
      role,
      sources: g.sources,
      score: Math.round(score * 100) / 100,
    };
  });
  phrases.sort((a, b) => b.score - a.score || a.text.length - b.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  // Ids must be unique even if two categories produce the same hash input.
  const seen = new Set<string>();
  for (const p of phrases) {
    while (seen.has(p.id)) p.id += 'x';
    seen.add(p.id);
  }
  return phrases;
}
