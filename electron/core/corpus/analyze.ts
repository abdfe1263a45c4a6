/**
 * One document's text → CorpusDocument: page junk dropped and broken lines joined (clean.ts), the
 * wrapper around the document set apart (an editor's note, a 印发通知 or 公示 around a 方案 or 报告),
 * title, byline and signature lines taken out, then structure (structure.ts), then roles, closing and genre
 * (roles.ts). Pure: no file access.
 */
import type { Genre } from '../draft/model';
import type { CorpusDocument, ParagraphNode } from './types';
import { countChars, normalizeText, splitLines, stripLineJunk } from './normalize';
import { dropJunk, isDateline, joinBrokenLines } from './clean';
import { computeChars, isPartLine, isSalutation, itemNumberedTitle, matchHeading, parseBody, sectionParagraphs } from './structure';
import { assignParagraphRoles, assignSectionRoles, inferGenre, liftSectionTail, takeClosing, takeClosingTail } from './roles';
import { append } from './arrays';

export interface AnalyzeInput {
  /** Stable id, e.g. `seed-reports.txt#2`. */
  id: string;
  fileName: string;
  /** The body text; if `declaredTitle` is not given, a title-like first line is taken as the title. */
  text: string;
  declaredTitle?: string;
}

/** Words a document's title ends with when it names its kind. */
const DOC_KIND = '(?:方案|计划|规划|报告|总结|要点|意见|办法|规定|细则|讲话|讲话稿|致辞|贺词|发言|通知|决定|纲要|汇报|安排|述职|述廉|贺信|欢迎词|讲稿)';
const DOC_KIND_END = new RegExp(`${DOC_KIND}(?:[（(][^）)]{1,12}[）)])?$`);

/** A first line is a title when it is short, not a heading or 称呼, and not a sentence. */
function looksLikeTitle(line: string): boolean {
  const s = normalizeText(stripLineJunk(line));
  if (!s || countChars(s) > 50 || matchHeading(s) || isSalutation(s) || isPartLine(s)) return false;
  const bare = s.replace(/[“”《》]/g, '');
  if (!/[。；，！？]/.test(bare)) return true;
  // `十八而志，青春万岁——王琛校长在…成人礼上的致辞`: a motto and a kind of document.
  return !/[。；！？]/.test(bare) && (DOC_KIND_END.test(s) || /——/.test(s));
}

const TITLES = '(?:书记|副书记|主席|副主席|部长|局长|县长|市长|省长|区长|镇长|乡长|主任|会长|校长|副校长|院长|厂长|董事长|总经理|经理|处长|科长|所长|馆长|秘书长|理事长|组长|队长|站长|行长|社长|委员)';
const PERSON_RE = new RegExp(`^(?:[\\u4e00-\\u9fa5、（）]{0,24}${TITLES})?[\\u4e00-\\u9fa5·]{2,4}$`);

/** `——在全市工会工作会议上的讲话`, `（2023年2月15日）`, `2023年2月15日`, `2024.09.01`, `市总工会主席  张三`, `马德尧`. */
export function isBylineLine(line: string): boolean {
  const s = normalizeText(line);
  if (s.length > 50 || /[。；！？：]$/.test(s)) return false;
  const compact = s.replace(/[\s\u3000]+/g, '');
  return (
    /^(?:——|--|—)/.test(s) ||
    // `2026年1月14日在某省第十四届人民代表大会第四次会议上` (a subtitle without its dash)
    /^(?:(?:19|20)\d\d|[〇零一二三四五六七八九]{4})年.{1,6}月.{1,6}日在.{2,40}(?:上|讲话|报告|发言)$/.test(compact) ||
    // 发文字号 under the title: `国发〔2019〕5号`, `X政办发[2020]12号`.
    /^[\u4e00-\u9fa5]{1,12}[〔［\[【(（](?:19|20)\d\d[〕］\]】)）]第?\d{1,4}号$/.test(compact) ||
    /^[（(]?(?:(?:19|20)(?:\d\d|××)|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})?日?(?:上午|下午|晚上)?[）)]?$/.test(compact) ||
    /^(?:19|20)\d\d[.\-/]\d{1,2}[.\-/]\d{1,2}$/.test(compact) ||
    /^（[^（）]{2,30}）$/.test(s) ||
    (PERSON_RE.test(compact) && !/^(?:前言|引言|总则|概述|背景|附则|结语|目录)$/.test(compact))
  );
}

/**
 * A document wrapped in another: an editor's note (`现摘录…《X》，希…学习！`), a 印发通知 (`现将《X》印发给你们`)
 * or a 公示 (`关于公示《X》`) before a line that is X itself. Returns where X's line is, or -1. A 通知 that signs
 * and dates itself before X's text, X's own title left out (`关于《X》的通知` … `国务院安全生产委员会` /
 * `2024年1月21日` / `为认真贯彻…`), ends at its date: X starts after it, and `title` is X's name.
 */
export function wrappedDocument(lines: string[]): { start: number; title?: string } | null {
  const start = wrappedDocumentStart(lines);
  if (start > 0) return { start };
  const head = lines.slice(0, 20).map((l) => normalizeText(l));
  const notice = head.findIndex((l) => /^[^。；]{0,40}关于(?:印发|转发)?《[^《》]{4,60}》[^。；]{0,10}的通知$/.test(l));
  if (notice < 0) return null;
  const name = /《([^《》]{4,60})》/.exec(head[notice])![1];
  if (!DOC_KIND_END.test(name)) return null;
  for (let j = notice + 3; j < head.length - 1; j++) {
    if (isSignatureLine(head[j]) && /(?:19|20)\d\d年/.test(head[j]) && isSignatureLine(head[j - 1]) && !/年/.test(head[j - 1])) return { start: j + 1, title: name };
  }
  return null;
}

function wrappedDocumentStart(lines: string[]): number {
  // Only a line naming a document (《…》 or 关于印发…) can open a wrapper: most documents have none near the top.
  if (!lines.slice(0, 12).some((l) => l.includes('《') || l.includes('关于'))) return -1;
  const head = lines.slice(0, 30).map((l) => normalizeText(l));
  const key = (s: string) => s.replace(/[\s《》“”"]/g, '');
  let keys: string[] | undefined;
  for (let i = 0; i < Math.min(head.length, 12); i++) {
    // Only a line naming a document (《…》 or 关于印发…) can open a wrapper: most lines are passed over at once.
    if (!head[i].includes('《') && !head[i].includes('关于')) continue;
    const names = [...head[i].matchAll(/《([^《》]{4,60})》/g)].map((m) => m[1]);
    const t = /关于(?:印发|转发|公示|发布|公布)(.{4,60}?)的?(?:通知|公示|公告)?$/.exec(head[i]);
    if (t) names.push(t[1]);
    for (const name of names) {
      if (!DOC_KIND_END.test(name.replace(/[》”]$/, ''))) continue;
      const k = key(name);
      keys ??= head.map(key);
      const j = keys.findIndex((l, n) => n > i && l === k);
      if (j > 0) return j;
    }
  }
  return -1;
}

/** Signature lines at the end: the issuing body, a date, `党委书记：` with the name lost. */
function isSignatureLine(line: string): boolean {
  const s = normalizeText(line).replace(/[\s\u3000]+/g, '');
  if (countChars(s) > 30 || /[。！？；，]/.test(s)) return false;
  return (
    /^(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})?日?$/.test(s) ||
    /(?:委员会|人民政府|政府|办公室|办公厅|学校|中学|小学|学院|大学|党委|团委|总支|支部|工会|联合会|协会|公司|中心|局|厅|部)$/.test(s) ||
    /^[\u4e00-\u9fa5]{1,8}[：:]$/.test(s) ||
    // 附注 under the date: （此件公开发布） / （此件发至县级）.
    /^[（(]此件[\u4e00-\u9fa5]{2,12}[）)]$/.test(s)
  );
}

/**
 * 附件说明 right above the signature (GB/T 9704-2012 7.3.6): `附件：三级公立医院绩效考核指标`, or `附件：1.…` and
 * its further `2.…` lines. It names the attachments; it is not one. Returns where it starts, or -1.
 */
function attachmentNoteStart(lines: string[]): number {
  let k = lines.length;
  const norm = (i: number) => normalizeText(lines[i]);
  while (k > 1 && /^\d{1,2}[.．]/.test(norm(k - 1)) && countChars(norm(k - 1)) <= 60 && !/[。！？；]/.test(norm(k - 1))) k--;
  return k > 1 && /^附件\s*[：:]\s*\S/.test(norm(k - 1)) && countChars(norm(k - 1)) <= 60 && !/[。！？；]/.test(norm(k - 1)) ? k - 1 : -1;
}

export function analyzeDocument(input: AnalyzeInput): CorpusDocument {
  const rawLines = splitLines(input.text);
  const junk = dropJunk(rawLines);
  let lines = junk.lines;
  let declaredTitle = input.declaredTitle;
  const preface: string[] = [];
  const wrapped = wrappedDocument(lines);
  if (wrapped) {
    append(preface, lines.slice(0, wrapped.start));
    lines = lines.slice(wrapped.start);
    if (declaredTitle === undefined && wrapped.title && lines.length && !looksLikeTitle(lines[0])) declaredTitle = wrapped.title;
  }
  const byline: string[] = [];
  if (declaredTitle === undefined) {
    let first = lines[0];
    if (first !== undefined) first = itemNumberedTitle(first, lines[1]) ?? first;
    // A motto with a comma is still the title when a ——subtitle follows it.
    const overSubtitle = first !== undefined && lines.length > 1 && /^(?:——|--|—)/.test(normalizeText(lines[1])) && !/[。！？]/.test(first) && countChars(first) <= 40;
    // So is a newspaper's headline over its dateline (`陕西咸阳  融圈强链，引领产业向新向高发展` / 《人民日报》（…）),
    // which dropJunk has taken away by now.
    const [head, dateline] = rawLines.filter((l) => l.trim() !== '');
    const overDateline = first !== undefined && dateline !== undefined && isDateline(dateline) && head.trim() === first.trim() && !/[。！？]/.test(first) && countChars(first) <= 50;
    if (first !== undefined && (looksLikeTitle(first) || overSubtitle || overDateline)) {
      declaredTitle = stripLineJunk(first);
      lines = lines.slice(1);
      // A title broken in two (`国务院关于在市场监管领域全面推行` / `部门联合“双随机、一公开”监管的意见`): the
      // second line names the kind of document, the first does not.
      if (lines.length > 1 && !DOC_KIND_END.test(normalizeText(declaredTitle)) && looksLikeTitle(lines[0]) && !isBylineLine(lines[0]) && DOC_KIND_END.test(normalizeText(stripLineJunk(lines[0]))) && countChars(declaredTitle + lines[0]) <= 60) {
        declaredTitle += stripLineJunk(lines[0]);
        lines = lines.slice(1);
      }
      // A second title line: the main title under a running head, or a motto over a ——subtitle.
      while (lines.length > 1 && byline.length < 2 && looksLikeTitle(lines[0]) && !isBylineLine(lines[0]) && /^(?:——|--|—)/.test(normalizeText(lines[1]))) {
        byline.push(stripLineJunk(lines[0]));
        lines = lines.slice(1);
      }
    } else declaredTitle = input.fileName.replace(/\.[^.]+$/, '');
  }
  // Subtitle, date and speaker lines right under the title (or at the very top of a 第N篇 part).
  while (lines.length && isBylineLine(lines[0])) {
    let b = stripLineJunk(lines[0]);
    lines = lines.slice(1);
    // `——2026年1月26日在广东省第十四届` / `人民代表大会第五次会议上`: one subtitle broken in two.
    if (/^——/.test(b) && lines.length && !/(?:上|讲话|报告|致辞|发言|[）)])$/.test(b) && /(?:上|讲话|报告|致辞|发言|[）)])$/.test(normalizeText(lines[0])) && countChars(lines[0]) <= 30) {
      b += stripLineJunk(lines[0]);
      lines = lines.slice(1);
    }
    byline.push(b);
  }
  const signature: string[] = [];
  while (lines.length > 1 && isSignatureLine(lines[lines.length - 1])) signature.unshift(stripLineJunk(lines.pop()!));
  const note = signature.length ? attachmentNoteStart(lines) : -1;
  if (note > 0) signature.unshift(...lines.splice(note).map(stripLineJunk));
  const joined = joinBrokenLines(lines);
  const parsed = parseBody(joined.lines, joined.normalized);
  for (const sec of parsed.sections) liftSectionTail(sec);
  const closing = parsed.sections.length ? takeClosing(parsed.sections) : takeClosingTail(parsed.opening);
  for (const sec of parsed.sections) computeChars(sec);
  const allText = parsed.paragraphs.map((p) => p.normalized).join('\n');
  const genreInput = { title: declaredTitle, byline, preface, salutation: parsed.salutation, opening: parsed.opening, sections: parsed.sections, closing, allText };
  // Roles lean on the genre (a 述职 reports work done) and the genre on roles: what title and wording say first, then both.
  const assignRoles = (genre: Genre) => {
    assignSectionRoles(parsed.sections, { genre });
    for (const sec of parsed.sections) assignParagraphRoles(sectionParagraphs(sec), sec.role!);
  };
  const first = inferGenre(genreInput).genre;
  assignRoles(first);
  assignParagraphRoles(parsed.opening, 'opening');
  assignParagraphRoles(closing, 'closing');
  let { genre, reasons } = inferGenre(genreInput);
  // The genre the roles revealed (an untitled 经验交流 that reports work is a 总结) may read its parts
  // differently again: read them once more as that genre, and keep that reading if the genre stands.
  if (genre !== first && parsed.sections.length) {
    assignRoles(genre);
    const again = inferGenre(genreInput);
    if (again.genre === genre) reasons = again.reasons;
    else assignRoles(first);
  }
  const chars = (ps: ParagraphNode[]) => ps.reduce((n, p) => n + countChars(p.normalized), 0);
  const doc: CorpusDocument = {
    id: input.id,
    fileName: input.fileName,
    declaredTitle,
    genre,
    genreReasons: reasons,
    opening: parsed.opening,
    closing,
    sections: parsed.sections,
    charCount: chars(parsed.opening) + chars(closing) + parsed.sections.reduce((n, s) => n + s.charCount, 0),
  };
  if (parsed.salutation) doc.salutation = parsed.salutation;
  if (byline.length) doc.byline = byline;
  if (preface.length) doc.preface = preface;
  if (signature.length) doc.signature = signature;
  if (junk.dropped) doc.droppedLines = junk.dropped;
  if (joined.joined) doc.joinedLines = joined.joined;
  return doc;
}
