/**
 * Structure: one document's lines → title, 称呼, paragraphs and a heading tree at four levels
 * (一、 / （一） / 1. / （1）), with run-in headings split from their body, 段首句 and 一是…二是…
 * enumerations found. Roles and genre are assigned afterwards (roles.ts).
 */
import type { HeadingLevel } from '../draft/model';
import type { ParagraphNode, SectionNode } from './types';
import { countChars, normalizeText, parseChineseNumeral, splitSentences, stripLineJunk } from './normalize';

const CN_NUM = '[一二三四五六七八九十]{1,3}';

export interface HeadingMatch {
  level: HeadingLevel;
  /** Marker as written (normalised), e.g. `一、` `（一）` `1.` `（1）`. */
  marker: string;
  ordinal: number;
  heading: string;
  runIn?: string;
}

const HEADING_PATTERNS: { level: HeadingLevel; re: RegExp }[] = [
  // `二、三季度…` / `一、二等奖…` are ranges of numbers, not headings.
  { level: 1, re: new RegExp(`^(${CN_NUM})[、，．.]\\s*(?!是|[一二三四五六七八九十](?:季度|月份?|等奖|线城市|级|类|产业|档))(.+)$`) },
  { level: 2, re: new RegExp(`^[（(](${CN_NUM})[)）]\\s*(.+)$`) },
  { level: 3, re: /^(\d{1,2})[.．、](?!\d)\s*(.+)$/ },
  { level: 4, re: /^[（(](\d{1,2})[)）]\s*(.+)$/ },
];

/** Longest text we accept as a heading before the first sentence break; longer first sentences are body text. */
const MAX_HEADING_CHARS = 60;

/**
 * Recognise a heading line (already stripped of `>`/spaces and normalised). A heading that runs into
 * its paragraph — `（一）学习动员阶段（2月20日至26日）。制定活动方案…` — is split at its first full stop;
 * a heading that merely ends with `。` (`（四）…大繁荣。`) loses the stop.
 */
export function matchHeading(line: string): HeadingMatch | null {
  for (const { level, re } of HEADING_PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const ordinal = parseChineseNumeral(m[1]);
    if (!Number.isFinite(ordinal) || ordinal < 1) continue;
    const rest = m[2].trim();
    const marker = line.slice(0, line.length - m[2].length).trim();
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
    if (level >= 3 && !/^[\u4e00-\u9fff“《（]/.test(heading)) return null;
    return { level, marker, ordinal, heading, runIn };
  }
  return null;
}

/** 称呼 line: short, ends with a colon, addresses people (同志们, 各位…, 代表, 委员…). */
export function isSalutation(line: string): boolean {
  const s = normalizeText(line);
  if (s.length > 40 || !/[：:]$/.test(s) || /[。；]/.test(s)) return false;
  // People addressed in a speech, or the 主送机关 of a notice or plan (各乡镇党委、政府，县直各单位：).
  return /同志们|各位|代表|委员|理事|来宾|朋友们|领导|女士|先生|会员/.test(s) || /^各.{0,30}(?:单位|部门|乡镇|街道|党委|党组|政府|委办局|县直|市直|区直)[：:]$/.test(s);
}

/** 段首句: a short first sentence that states the paragraph's point (`深入实施职工经济技术创新工程。`). */
export function findLead(normalized: string): string | undefined {
  const first = splitSentences(normalized)[0];
  if (!first || first.length === normalized.length) return undefined;
  if (!/[。！]$/.test(first)) return undefined;
  const body = first.slice(0, -1);
  const n = countChars(body);
  if (n < 4 || n > 45) return undefined;
  const commas = (body.match(/[，,]/g) ?? []).length;
  // Time and context openers (`20××年，` `当前，` `近年来，`) start narrative, not a 段首句.
  if (/^(?:\d|{|20××|当前|目前|近年来|今年|去年|同时|此外|其中|另外|但|而|这|此|我们|大家)/.test(body)) return undefined;
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

export function makeParagraph(text: string, index: number): ParagraphNode {
  const normalized = normalizeText(text);
  const p: ParagraphNode = { kind: 'paragraph', text, normalized, index };
  const lead = findLead(normalized);
  if (lead) p.lead = lead;
  const en = findEnumerations(normalized);
  if (en) p.enumerations = en;
  return p;
}

/**
 * Parse body lines (title already removed) into 称呼, opening paragraphs and a section tree.
 * A heading goes under the nearest open section of a higher level (smaller number); a document
 * whose top headings are `（一）` simply has level-2 sections at the top.
 */
export function parseBody(lines: string[]): ParsedDocument {
  const doc: ParsedDocument = { opening: [], sections: [], paragraphs: [] };
  const stack: SectionNode[] = [];
  let pIndex = 0;
  let sawContent = false;
  for (const raw of lines) {
    const line = stripLineJunk(raw);
    if (!line) continue;
    const norm = normalizeText(line);
    if (!sawContent && !doc.salutation && isSalutation(norm)) {
      doc.salutation = line;
      sawContent = true;
      continue;
    }
    sawContent = true;
    const h = matchHeading(norm);
    if (h) {
      const sec: SectionNode = { kind: 'section', level: h.level, marker: h.marker, heading: h.heading, children: [], charCount: 0 };
      if (h.runIn) sec.runIn = h.runIn;
      while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
      if (stack.length) stack[stack.length - 1].children.push(sec);
      else doc.sections.push(sec);
      stack.push(sec);
      continue;
    }
    const p = makeParagraph(line, pIndex++);
    doc.paragraphs.push(p);
    if (stack.length) stack[stack.length - 1].children.push(p);
    else doc.opening.push(p);
  }
  markCrossParagraphEnumerations(doc.paragraphs);
  for (const s of doc.sections) computeChars(s);
  return doc;
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
  for (const c of s.children) {
    if (c.kind === 'section') out.push(...sectionParagraphs(c));
    else out.push(c);
  }
  return out;
}

/** Direct subsections of a section. */
export function subsections(s: SectionNode): SectionNode[] {
  return s.children.filter((c): c is SectionNode => c.kind === 'section');
}
