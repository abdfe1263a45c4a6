/**
 * Structure: one document's lines → title, 称呼, paragraphs and a heading tree at four levels
 * (一、 / （一） / 1. / （1）), with run-in headings split from their body, 段首句 and 一是…二是…
 * enumerations found. Roles and genre are assigned afterwards (roles.ts).
 */
import type { HeadingLevel } from '../draft/model';
import type { ParagraphNode, SectionNode } from './types';
import { countChars, normalizeText, parseChineseNumeral, splitSentences, stripLineJunk } from './normalize';
import { headingRoles } from '../text/heading-roles';
import { append } from './arrays';
import { isKeywordLine, isSpacedTitle, parallelSlogans, spacedTitleText } from './clean';
import { CN_MARKER_NUMERAL, leadingMarker } from '../text/markers';

const CN_NUM = CN_MARKER_NUMERAL;

export interface HeadingMatch {
  level: HeadingLevel;
  /** Marker as written (normalised), e.g. `一、` `（一）` `1.` `（1）`. */
  marker: string;
  ordinal: number;
  heading: string;
  runIn?: string;
}

/** Longest text we accept as a heading before the first sentence break; longer first sentences are body text. */
const MAX_HEADING_CHARS = 60;

/**
 * Recognise a heading line (already stripped of `>`/spaces and normalised). A heading that runs into
 * its paragraph — `（一）学习动员阶段（2月20日至26日）。制定活动方案…` — is split at its first full stop;
 * a heading that merely ends with `。` (`（四）…大繁荣。`) loses the stop.
 */
export function matchHeading(line: string): HeadingMatch | null {
  const m = leadingMarker(line);
  if (!m) return null;
  const rest = line.slice(m.end).trim();
  if (!rest) return null;
  const marker = line.slice(0, m.end).trim();
  const stop = rest.search(/[。！？]/);
  let heading = rest;
  let runIn: string | undefined;
  if (stop >= 0) {
    heading = rest.slice(0, stop);
    const after = rest.slice(stop + 1).trim();
    if (after) runIn = after;
  }
  heading = heading.replace(/[：:；;，,]$/, '').trim();
  if (!heading || countChars(heading) > MAX_HEADING_CHARS) return null;
  // `1.2万家…` or `3、4月份` are numbers, not headings: a level-3/4 heading must start with Chinese.
  if (m.level >= 3 && !/^[\u4e00-\u9fff“《（]/.test(heading)) return null;
  return { level: m.level, marker, ordinal: m.num, heading, runIn };
}

/**
 * `3.俞奇弘（党委委员、副校长）` as a document's first line, above a line that is no heading: the number of an item
 * in the compilation the document was taken from, before its title, not a heading. The title without the
 * number, or null. (The .txt reader and the .docx reader both ask this, so a file reads alike in either.)
 */
export function itemNumberedTitle(first: string, next: string | undefined): string | null {
  const h = matchHeading(normalizeText(first));
  return h && h.ordinal !== 1 && !h.runIn && next !== undefined && !matchHeading(normalizeText(next)) ? h.heading : null;
}

/** 称呼 line: short, ends with a colon (or a greeting), addresses people (同志们, 各位…, 代表, 老师们…). */
export function isSalutation(line: string): boolean {
  const s = normalizeText(line);
  if (s.length > 45 || /[。；]/.test(s)) return false;
  // `各位嘉宾，同学们、老师们，大家早上好！` / `各位家长大家好！`: the greeting closes the address.
  const bare = s.replace(/[，,：:]?(?:大家|各位|你们)?(?:早上|上午|中午|下午|晚上)?好[！!]?$/, '：');
  const addressed = /同志们|各位|代表|委员|理事|来宾|嘉宾|朋友们|领导|女士|先生|会员|老师们|同学们|家长|同仁|校友|专家|教工/;
  if (/[：:]$/.test(bare)) return addressed.test(bare) || /^各.{0,30}(?:单位|部门|乡镇|街道|党委|党组|政府|委办局|县直|市直|区直)[：:]$/.test(bare);
  // `各位代表！` alone, as the first line of a report.
  return s.length <= 12 && /[！!]$/.test(s) && addressed.test(s) && !/[，,]/.test(s);
}

/** 段首句: a short first sentence that states the paragraph's point (`深入实施职工经济技术创新工程。`). */
/** The first sentence of a text (what splitSentences(text)[0] gives), without splitting the rest. */
export function firstSentenceOf(text: string): string | undefined {
  const stop = text.search(/[。！？!?]/);
  if (stop < 0) return text.trim() || undefined;
  let j = stop + 1;
  while (j < text.length && /[。！？!?]/.test(text[j])) j++;
  while (j < text.length && /[”’」』）)》]/.test(text[j])) j++;
  return text.slice(0, j).replace(/^[\s>]+/, '').trim() || undefined;
}

export function findLead(normalized: string): string | undefined {
  const first = firstSentenceOf(normalized);
  if (!first || first.length === normalized.length) return undefined;
  if (!/[。！]$/.test(first)) return undefined;
  const body = first.slice(0, -1);
  const n = countChars(body);
  if (n < 4 || n > 45) return undefined;
  const commas = (body.match(/[，,]/g) ?? []).length;
  // Time and context openers (`20××年，` `当前，` `近年来，`) start narrative, not a 段首句.
  if (/^(?:\d|{|20××|当前|目前|近年来|今年|去年|同时|此外|其中|另外|但|而|这|此|我们|大家)/.test(body)) return undefined;
  // `各位代表！` opens the paragraph as an address, not as its point.
  if (/^(?:各位|同志们|尊敬的|亲爱的|老师们|同学们|朋友们)/.test(body)) return undefined;
  const ordinal = new RegExp(`^(?:${CN_NUM}[是要]|第${CN_NUM}[，,、])`).test(body);
  // `理事会是…的工作班子` / `作风是形象` define a subject; a 段首句 states an action.
  if (!ordinal && /^[\u4e00-\u9fff]{1,8}是/.test(body)) return undefined;
  if (commas === 0 || ordinal || (commas === 1 && n <= 24 && !/是.*[，,].*也是|既是/.test(body))) {
    // A lead is a statement of work, so it carries no figures.
    if (/\d/.test(body) && !ordinal) return undefined;
    return first;
  }
  return undefined;
}

/**
 * Items of `一是…二是…三是…` in a paragraph: the ordinals must run 一, 二, 三… and each must open a
 * clause (start of text or after 。；，：). Returns the item texts without the ordinal, or undefined.
 */
export function findEnumerations(normalized: string): string[] | undefined {
  // 一是…二是…, 一要…二要…, 第一，…第二，…: one style per enumeration.
  const re = new RegExp(`(?:^|(?<=[。；;，,：:！]))(?:(${CN_NUM})([是要])|第(${CN_NUM})[，,、])`, 'g');
  const hits: { n: number; at: number; len: number; style: string }[] = [];
  for (const m of normalized.matchAll(re)) {
    const style = m[2] ?? '第';
    const n = parseChineseNumeral(m[1] ?? m[3]);
    const expected = hits.length + 1;
    if (n === expected && (!hits.length || hits[0].style === style)) hits.push({ n, at: m.index!, len: m[0].length, style });
    else if (n === 1) {
      // A second enumeration in the same paragraph restarts the count; keep the longer run.
      if (hits.length >= 2) break;
      hits.length = 0;
      hits.push({ n, at: m.index!, len: m[0].length, style });
    }
  }
  if (hits.length < 2) return undefined;
  const items: string[] = [];
  hits.forEach((h, i) => {
    const end = i + 1 < hits.length ? hits[i + 1].at : normalized.length;
    let item = normalized.slice(h.at + h.len, end).trim();
    if (i + 1 === hits.length) {
      // The last item ends with its own sentence (or at the first 。 if the paragraph goes on about something else).
      const stop = item.search(/。/);
      if (stop >= 0 && stop < item.length - 1 && item.length > 120) item = item.slice(0, stop + 1);
    }
    items.push(item.replace(/[；;，,。]$/, ''));
  });
  return items;
}

/** Ordinal of a paragraph that itself opens with `N是` (an enumeration spanning paragraphs), else undefined. */
export function leadingOrdinal(normalized: string): number | undefined {
  const m = new RegExp(`^(?:(${CN_NUM})[是要]|第(${CN_NUM})[，,、])`).exec(normalized);
  return m ? parseChineseNumeral(m[1] ?? m[2]) : undefined;
}

export interface ParsedDocument {
  salutation?: string;
  opening: ParagraphNode[];
  sections: SectionNode[];
  paragraphs: ParagraphNode[];
}

export function makeParagraph(text: string, index: number, normalized = normalizeText(text)): ParagraphNode {
  const p: ParagraphNode = { kind: 'paragraph', text, normalized, index };
  const lead = findLead(normalized);
  if (lead) p.lead = lead;
  const en = findEnumerations(normalized);
  if (en) p.enumerations = en;
  return p;
}

/** `第一部分 …` / `第二部分：…`: a part above the 一、 headings. */
const PART_RE = new RegExp(`^第(${CN_NUM})部分[\\s：:、，.．]*(.*)$`);
/** A line that opens a part above the 一、 headings (第一部分…, 附件1): never a title, never body. */
export function isPartLine(norm: string): boolean {
  return PART_RE.test(norm) || ATTACHMENT_RE.test(norm);
}

/** `附件` / `附件1` / `附件2：名词解释`: an attachment, a part of its own whatever it holds. */
const ATTACHMENT_RE = /^附件\s*([0-9０-９一二三四五六七八九十]{0,3})\s*[：:]?\s*(.{0,40})$/;
/** `附1：` `附：…清单`: a list appended inside a part; numbered lines under it are list items, not headings. */
const APPENDIX_LIST_RE = /^附[0-9一二三四五六七八九十]{0,2}[：:]/;
/** `注：` / `说明：` alone on a line: the 1. 2. 3. (or （1）) lines right under it are the note's items, not headings. */
const NOTE_LIST_RE = /^(?:注|备注|说明|注意事项|温馨提示|特别提示)[：:]$/;

/**
 * A bare line that may be an unnumbered heading: short, no sentence punctuation, not an address, a date
 * or a dangling fragment. Whether it really is one depends on its neighbours (parseBody).
 */
export function isHeadingCandidate(norm: string): boolean {
  const n = countChars(norm);
  if (n < 2 || n > 30) return false;
  if (/[。！？；：，,;:!?…]/.test(norm)) return false;
  if (!/[\u4e00-\u9fff]/.test(norm)) return false;
  if (/^(?:各位|同志们|尊敬的|亲爱的|谢谢|附|——|—|-)/.test(norm)) return false;
  if (/(?:的|和|与|及|或|在|对|把|为|从|向|以|将|被|了|着|等|并|而|、)$/.test(norm)) return false;
  // Dates, names with titles, signatures are not headings.
  if (/^(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月/.test(norm) && n <= 14) return false;
  if (/(?:委员会|人民政府|办公室|办公厅)$/.test(norm)) return false;
  return true;
}

type Tier = 0 | 1 | 2 | 3 | 4;

interface Classified {
  raw: string;
  norm: string;
  heading?: { tier: Tier; level: HeadingLevel; marker: string; heading: string; runIn?: string; ordinal: number; form?: SectionNode['form'] };
  candidate?: boolean;
}

/** Is this line, in context, body text long enough to sit under a heading? */
function isBodyLine(c: Classified | undefined): boolean {
  return !!c && !c.heading && !isHeadingCandidate(c.norm) && (countChars(c.norm) >= 20 || /[。！？；]$/.test(c.norm));
}

/**
 * Parse body lines (title, byline and page junk already removed) into 称呼, opening paragraphs and a
 * section tree. Heading tiers, top down: parts (第X部分, unnumbered part titles, 附件), then 一、 （一） 1.
 * （1）. A heading goes under the nearest open heading of a higher tier; a document whose top headings
 * are `（一）` simply has level-2 sections at the top. Unnumbered lines become part titles only when they
 * sit where part titles sit (before the first 一、, or where 一、 starts again); numbered lines under an
 * 附件 or a `附：` list stay inside it. A document with no headings at all gets its run-in enumerations
 * (一是…/一要…/第一，…) as implicit parts.
 */
export function parseBody(lines: string[], normalized?: readonly string[]): ParsedDocument {
  const doc: ParsedDocument = { opening: [], sections: [], paragraphs: [] };
  const items: Classified[] = [];
  let sawContent = false;
  for (let k = 0; k < lines.length; k++) {
    const line = stripLineJunk(lines[k]);
    if (!line) continue;
    // Lines may come normalised already (analyze.ts normalises them once while joining broken lines).
    const norm = normalized && lines[k] === line ? normalized[k] : normalizeText(line);
    if (!sawContent && !doc.salutation && isSalutation(norm)) {
      doc.salutation = line;
      sawContent = true;
      continue;
    }
    sawContent = true;
    items.push(classify(line, norm));
  }
  promoteUnnumberedParts(items);
  promoteRunInLabels(items);
  promoteAnnouncedPoints(items);

  const stack: { sec: SectionNode; tier: Tier }[] = [];
  let pIndex = 0;
  /** Inside a `附：` list: headings deeper than this tier are list items (paragraphs). */
  let listBelow: Tier | undefined;
  /** Just after a `注：` line: its list, if one follows, starts at the next heading. */
  let noteOpen = false;
  for (const it of items) {
    let h = it.heading;
    // A note's items are arabic-numbered (tier 3 and below); a 一、 after `说明：` is a real part.
    if (noteOpen && h) listBelow = h.tier >= 3 ? ((h.tier - 1) as Tier) : listBelow;
    noteOpen = false;
    if (h && listBelow !== undefined) {
      if (h.tier > listBelow) h = undefined;
      else listBelow = undefined;
    }
    if (h) {
      const sec: SectionNode = { kind: 'section', level: h.level, marker: h.marker, heading: h.heading, children: [], charCount: 0 };
      if (h.runIn) sec.runIn = h.runIn;
      if (h.form) sec.form = h.form;
      // Everything after an 附件 line stays inside it, whatever its numbering.
      while (stack.length && stack[stack.length - 1].tier >= h.tier && !(stack[stack.length - 1].sec.form === 'attachment' && h.form !== 'attachment')) stack.pop();
      if (h.form === 'attachment') stack.length = 0;
      if (stack.length) stack[stack.length - 1].sec.children.push(sec);
      else doc.sections.push(sec);
      stack.push({ sec, tier: h.tier });
      continue;
    }
    if (APPENDIX_LIST_RE.test(it.norm) && countChars(it.norm) <= 40) listBelow = stack.length ? stack[stack.length - 1].tier : 0;
    noteOpen = NOTE_LIST_RE.test(it.norm);
    const p = makeParagraph(it.raw, pIndex++, it.norm);
    doc.paragraphs.push(p);
    if (stack.length) stack[stack.length - 1].sec.children.push(p);
    else doc.opening.push(p);
  }
  markCrossParagraphEnumerations(doc.paragraphs);
  if (!doc.sections.length) {
    const parts = enumerationParts(doc.opening);
    if (parts) {
      doc.opening = parts.opening;
      doc.sections = parts.sections;
    }
  }
  for (const s of doc.sections) computeChars(s);
  return doc;
}

function classify(raw: string, norm: string): Classified {
  const c: Classified = { raw, norm };
  const part = PART_RE.exec(norm);
  if (part && countChars(part[2]) <= MAX_HEADING_CHARS) {
    const ordinal = parseChineseNumeral(part[1]);
    const rest = part[2].replace(/[。：:]$/, '').trim();
    c.heading = { tier: 0, level: 1, marker: norm.slice(0, norm.length - part[2].length).trim(), heading: rest || `第${part[1]}部分`, ordinal, form: 'part' };
    return c;
  }
  const att = ATTACHMENT_RE.exec(norm);
  if (att && !/[。；]/.test(att[2])) {
    c.heading = { tier: 0, level: 1, marker: '', heading: norm.replace(/[：:]$/, ''), ordinal: 0, form: 'attachment' };
    return c;
  }
  const h = matchHeading(norm);
  if (h) {
    c.heading = { tier: h.level, level: h.level, marker: h.marker, heading: h.heading, runIn: h.runIn, ordinal: h.ordinal };
    return c;
  }
  c.candidate = isHeadingCandidate(norm);
  return c;
}

/**
 * Decide which bare candidate lines are unnumbered part titles: a candidate set apart (not in a run of
 * short lines, such as a flattened table) and followed by body text, in a document where part titles
 * belong — one without 一、 headings (then at least two such lines, the first early), or before the first
 * 一、, or right before a 一、 that starts the count again.
 */
function promoteUnnumberedParts(items: Classified[]): void {
  const slogans = markParallelSlogans(items);
  const shortLine = (c: Classified | undefined) => !!c && !c.heading && countChars(c.norm) <= 30 && !/[。！？；]$/.test(c.norm);
  const inAttachment = new Set<number>();
  let att = false;
  items.forEach((c, i) => {
    if (c.heading?.form === 'attachment') att = true;
    if (att) inAttachment.add(i);
  });
  const set: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const c = items[i];
    if (!c.candidate || inAttachment.has(i)) continue;
    if (shortLine(items[i - 1]) || APPENDIX_LIST_RE.test(items[i - 1]?.norm ?? '')) continue;
    const next = items[i + 1];
    // A newspaper's two-line part title: `扩投资  促消费` over `筑牢高质量发展根基`, or a keyword over its subtitle
    // (`协同共生` / `融入都市圈，激活产业新动能`), then the text; the second line stays the part's first paragraph.
    const subtitled = (isSpacedTitle(c.raw) || isKeywordLine(c.norm)) && shortLine(next) && isBodyLine(items[i + 2]);
    if (!(isBodyLine(next) || (next?.heading && next.heading.tier >= 1) || subtitled)) continue;
    set.push(i);
  }
  if (!set.length) return;
  const level1 = items.map((c, i) => (c.heading?.tier === 1 && !inAttachment.has(i) ? i : -1)).filter((i) => i >= 0);
  const promoted: number[] = [];
  if (!level1.length) {
    const firstHeading = items.findIndex((c) => c.heading && c.heading.form !== 'attachment');
    const bodyChars = items.reduce((n, c) => n + countChars(c.norm), 0);
    // Part titles written as parallel slogans are all written so: a plain short line among them is a sub-heading.
    const parallel = set.filter((i) => slogans.includes(i));
    const parts = parallel.length >= 2 ? parallel : set;
    let before = 0;
    for (let i = 0; i < parts[0]; i++) before += countChars(items[i].norm);
    if (parts.length >= 2 && before <= bodyChars * 0.3 && (firstHeading < 0 || parts[0] < firstHeading)) append(promoted, parts);
  } else {
    for (const i of set) {
      // Before the first 一、 — with body of its own before the numbering starts…
      if (i < level1[0]) {
        let bodyBetween = 0;
        for (let k = i + 1; k < level1[0] && bodyBetween < 2; k++) if (!items[k].heading && !items[k].candidate) bodyBetween++;
        const others = set.filter((j) => j < level1[0]).length;
        if (bodyBetween >= 2 || (bodyBetween >= 1 && others >= 2)) promoted.push(i);
        continue;
      }
      // …or where the count starts again at 一、.
      const nextL1 = level1.find((j) => j > i);
      if (nextL1 !== undefined && items[nextL1].heading!.ordinal === 1 && !items.slice(i + 1, nextL1).some((c) => c.heading && c.heading.tier <= 1)) promoted.push(i);
    }
    // A pair around the numbering: `2025年工作回顾` / 一、…六、 / `2026年工作安排` with run-in paragraphs to the
    // end. The numbered sections sit inside the first part; the second part has no numbering of its own.
    const lastL1 = level1[level1.length - 1];
    const closer = set.filter((j) => j > lastL1);
    const opener = set.filter((i) => i < level1[0]);
    if (closer.length === 1 && opener.length && !promoted.length) {
      const j = closer[0];
      const i = opener[opener.length - 1];
      const tail = items.slice(j + 1);
      const bodyAfter = tail.filter((c) => !c.heading && !c.candidate).length;
      if (!tail.some((c) => c.heading && c.heading.tier <= 1 && c.heading.form !== 'attachment') && bodyAfter >= 2 && items.slice(i + 1, level1[0]).some((c) => !c.heading && !c.candidate)) append(promoted, [i, j]);
    }
  }
  for (const i of promoted) {
    const c = items[i];
    c.heading = { tier: 0, level: 1, marker: '', heading: spacedTitleText(c.raw) ?? c.norm, ordinal: 0, form: 'unnumbered' };
  }
}

/** Slogan lines in a parallel set (clean.ts parallelSlogans) may be part titles too; returns them. */
function markParallelSlogans(items: Classified[]): number[] {
  const set = parallelSlogans(items.map((c) => (c.heading ? '' : c.norm)));
  for (const i of set) items[i].candidate = true;
  return set;
}

/**
 * `总体要求与目标：坚持以…` / `具体指标：到2022年…`: paragraphs right before the first 一、 that open with
 * a short label naming a part (headingRoles knows its words) stand for unnumbered parts of their own.
 */
function promoteRunInLabels(items: Classified[]): void {
  const first = items.findIndex((c) => c.heading && c.heading.tier <= 1);
  if (first < 0 || items[first].heading!.tier !== 1) return;
  const labels: { i: number; label: string; body: string }[] = [];
  for (let i = first - 1; i >= 0; i--) {
    const m = /^([\u4e00-\u9fa5、与和及]{2,10})[：:](.{20,})$/.exec(items[i].norm);
    if (!m || items[i].heading || !headingRoles(m[1]).length) break;
    labels.unshift({ i, label: m[1], body: m[2] });
  }
  for (const l of labels) items[l.i].heading = { tier: 1, level: 1, marker: '', heading: l.label, runIn: l.body, ordinal: 0, form: 'unnumbered' };
}

/** `有三点期待与你们共勉：` / `讲以下几点意见：`: a line announcing the points that follow. */
const ANNOUNCE_RE = /(?:[两二三四五六七八九十几]|以下几)(?:点|个方面)[^。！？]{0,12}[：:]$/;
/** A point set on a line of its own: one short sentence (`当以爱国奉公之担当引领青春航向。`). */
const POINT_MAX_CHARS = 30;

/**
 * A speech with no numbered headings whose announced points (`有三点期待与你们共勉：`) stand on lines of their
 * own, each one short sentence with its body below: those lines are its unnumbered parts. A point run into its
 * body on one line stays a run-in (the labels' convention); an ordinal (第一，…) is an enumeration's.
 */
function promoteAnnouncedPoints(items: Classified[]): void {
  if (items.some((c) => c.heading && c.heading.form !== 'attachment')) return;
  const at = items.findIndex((c) => ANNOUNCE_RE.test(c.norm) && countChars(c.norm) <= 60);
  if (at < 0) return;
  const said = /([两二三四五六七八九十])(?:点|个方面)/.exec(items[at].norm);
  const want = said ? parseChineseNumeral(said[1]) : undefined;
  const isPoint = (c: Classified) =>
    countChars(c.norm) <= POINT_MAX_CHARS && /[。！]$/.test(c.norm) && !/[。！？；]/.test(c.norm.slice(0, -1)) && !runInOrdinal(c.norm);
  const points: number[] = [];
  for (let i = at + 1; i < items.length && points.length < (want ?? 9); i++) {
    if (isPoint(items[i]) && isBodyLine(items[i + 1]) && !isPoint(items[i + 1])) points.push(i);
  }
  if (points.length < 2 || (want !== undefined && points.length !== want) || points[0] !== at + 1) return;
  for (const i of points) {
    const c = items[i];
    c.heading = { tier: 0, level: 1, marker: '', heading: c.norm.slice(0, -1), ordinal: 0, form: 'unnumbered' };
  }
}

/** Families of run-in ordinals: 一是/一要/二是要 mix in one speech; 一抓…十抓 is its own family. */
function ordinalFamily(style: string): string {
  return /^(?:是|要|是要)$/.test(style) ? '是' : style;
}

const RUN_IN_ORDINAL = new RegExp(`^(?:(${CN_NUM})(是要|是|要|抓|讲|看|靠|为|在|有|重|强化|突出)|第(${CN_NUM})[，,、是])`);
const SEQUENCE_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 然后: 3, 最后: 99 };

/** The run-in ordinal a paragraph opens with (一是… / 一要… / 第一，… / 首先…): number, family, and the words as written (`一要`, `第一`). */
export function runInOrdinal(normalized: string): { n: number; family: string; token: string } | undefined {
  const m = RUN_IN_ORDINAL.exec(normalized);
  if (m) {
    if (m[3]) return { n: parseChineseNumeral(m[3]), family: '第', token: `第${m[3]}` };
    return { n: parseChineseNumeral(m[1]), family: ordinalFamily(m[2]), token: m[1] + m[2] };
  }
  const w = /^(首先|其次|再次|然后|最后)[，,是要]?/.exec(normalized);
  return w ? { n: SEQUENCE_WORDS[w[1]], family: '首先', token: w[1] } : undefined;
}

/** The marker an implicit part carries: its first and last items' tokens (第一…第五), never a heading marker's shape. */
const enumerationMarker = (first: string, last: string) => `${first}…${last}`;

/** Whether a marker is an implicit part's (an enumeration's run of paragraphs: the text has no heading line there). */
export function isEnumerationMarker(marker: string | null | undefined): boolean {
  return !!marker && marker.includes('…');
}

/**
 * A document without headings whose body runs on enumerations (一是…二是… / 一要… / 第一，… / 首先…其次…),
 * each item opening its own paragraph: one implicit part per run of items (at least two, in order, at most
 * four ordinary paragraphs between items). The paragraph just before a run introduces it and belongs to it;
 * other paragraphs between runs stay with the run before. An enumeration inside one paragraph (an outline
 * announced inline: 下面，我讲三点：一是…二是…) is not structure.
 */
export function enumerationParts(paras: ParagraphNode[]): { opening: ParagraphNode[]; sections: SectionNode[] } | undefined {
  const ords = paras.map((p) => runInOrdinal(p.normalized));
  const runs: { start: number; end: number; items: number[]; family: string }[] = [];
  let i = 0;
  while (i < paras.length) {
    const o = ords[i];
    if (!o || o.n !== 1) {
      i++;
      continue;
    }
    const items = [i];
    let expect = 2;
    let j = i + 1;
    let gap = 0;
    for (; j < paras.length && gap <= 4; j++) {
      const q = ords[j];
      if (q && q.family === o.family && (q.n === expect || (o.family === '首先' && q.n === 99))) {
        items.push(j);
        expect++;
        gap = 0;
        if (q.n === 99) break;
      } else if (q && q.n === 1) break;
      else gap++;
    }
    if (items.length >= 2) {
      runs.push({ start: items[0], end: items[items.length - 1], items, family: o.family });
      i = items[items.length - 1] + 1;
    } else i++;
  }
  if (!runs.length) return undefined;
  // A paragraph announcing the run (…主要做了以下工作：) belongs to it.
  const leadIn = (start: number, floor: number) => (start - 1 >= floor && /[：:]$/.test(paras[start - 1].normalized) ? start - 1 : start);
  const sections: SectionNode[] = [];
  const starts = runs.map((r, k) => leadIn(r.start, k === 0 ? 0 : runs[k - 1].end + 1));
  const opening = paras.slice(0, starts[0]);
  runs.forEach((r, k) => {
    const children = paras.slice(starts[k], k + 1 < runs.length ? starts[k + 1] : paras.length);
    const first = paras[r.start];
    const clause = (first.lead ?? splitSentences(first.normalized)[0] ?? first.normalized).replace(/[。！？；，]$/, '');
    const firstToken = ords[r.start]!.token;
    const heading = clause.slice(clause.startsWith(firstToken) ? firstToken.length : 0).replace(/^[，,、]/, '').slice(0, MAX_HEADING_CHARS);
    const marker = enumerationMarker(firstToken, ords[r.end]!.token);
    sections.push({ kind: 'section', level: 1, marker, heading, children, charCount: 0, implicit: 'enumeration' });
  });
  return { opening, sections };
}

/**
 * Consecutive paragraphs opening `一是…` `二是…` `三是…` form one enumeration across paragraphs:
 * each gets `enumerationItem` = its ordinal. A lone `一是` paragraph is not an enumeration.
 */
function markCrossParagraphEnumerations(paras: ParagraphNode[]): void {
  let i = 0;
  while (i < paras.length) {
    if (leadingOrdinal(paras[i].normalized) !== 1) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < paras.length && leadingOrdinal(paras[j].normalized) === j - i + 1) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) paras[k].enumerationItem = k - i + 1;
    i = Math.max(j, i + 1);
  }
}

export function computeChars(s: SectionNode): number {
  let n = countChars(s.heading) + (s.runIn ? countChars(s.runIn) : 0);
  for (const c of s.children) n += c.kind === 'section' ? computeChars(c) : countChars(c.normalized);
  s.charCount = n;
  return n;
}

/** Every paragraph under a section, depth first. */
export function sectionParagraphs(s: SectionNode): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  // One output array pushed item by item: push(...spread) of a huge section would blow the call stack.
  const walk = (sec: SectionNode) => {
    for (const c of sec.children) {
      if (c.kind === 'section') walk(c);
      else out.push(c);
    }
  };
  walk(s);
  return out;
}

/** All the text of a section: its heading, run-in text, subsection headings and paragraphs, in order. */
export function sectionText(s: SectionNode): string {
  const out: string[] = [];
  const walk = (sec: SectionNode) => {
    out.push(sec.heading);
    if (sec.runIn) out.push(sec.runIn);
    for (const c of sec.children) {
      if (c.kind === 'section') walk(c);
      else out.push(c.normalized);
    }
  };
  walk(s);
  return out.join('');
}

/** Direct subsections of a section. */
export function subsections(s: SectionNode): SectionNode[] {
  return s.children.filter((c): c is SectionNode => c.kind === 'section');
}
