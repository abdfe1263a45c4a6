/**
 * One document's text → CorpusDocument: structure (structure.ts), then roles, closing and genre
 * (roles.ts). Pure: no file access.
 */
import type { CorpusDocument, ParagraphNode } from './types';
import { countChars, normalizeText, stripLineJunk } from './normalize';
import { computeChars, isSalutation, matchHeading, parseBody, sectionParagraphs } from './structure';
import { assignParagraphRoles, assignSectionRole, inferGenre, liftSectionTail, takeClosing } from './roles';

export interface AnalyzeInput {
  /** Stable id, e.g. `seed-reports.txt#2`. */
  id: string;
  fileName: string;
  /** The body text; if `declaredTitle` is not given, a title-like first line is taken as the title. */
  text: string;
  declaredTitle?: string;
}

/** A first line is a title when it is short, not a heading or 称呼, and not a sentence. */
function looksLikeTitle(line: string): boolean {
  const s = normalizeText(stripLineJunk(line));
  return !!s && countChars(s) <= 50 && !/[。；，]/.test(s.replace(/[“”]/g, '')) && !matchHeading(s) && !isSalutation(s);
}

/** `——在全市工会工作会议上的讲话`, `（2023年2月15日）`, `2023年2月15日`, `市总工会主席  张三`. */
export function isBylineLine(line: string): boolean {
  const s = normalizeText(line);
  if (s.length > 40 || /[。；！？：]$/.test(s)) return false;
  return (
    /^(?:——|--|—)/.test(s) ||
    /^[（(]?(?:19|20)(?:\d\d|××)年\d{1,2}月\d{1,2}日[）)]?$/.test(s) ||
    /^（[^（）]{2,30}）$/.test(s) ||
    /^(?:[\u4e00-\u9fa5]{2,12}(?:书记|主席|部长|局长|县长|市长|省长|主任|会长))?\s*[\u4e00-\u9fa5·]{2,4}$/.test(s.replace(/\s+/g, ' ')) && /\s|书记|主席|部长|局长|县长|市长|省长|主任|会长/.test(s)
  );
}

export function analyzeDocument(input: AnalyzeInput): CorpusDocument {
  const lines = input.text.split(/\r\n|\r|\n/);
  let declaredTitle = input.declaredTitle;
  if (declaredTitle === undefined) {
    const first = lines.findIndex((l) => stripLineJunk(l) !== '');
    if (first >= 0 && looksLikeTitle(lines[first])) {
      declaredTitle = stripLineJunk(lines[first]);
      lines.splice(0, first + 1);
    } else declaredTitle = input.fileName.replace(/\.[^.]+$/, '');
  }
  // Subtitle, date and speaker lines right under the title (or at the very top of a 第N篇 part).
  const byline: string[] = [];
  while (true) {
    const i = lines.findIndex((l) => stripLineJunk(l) !== '');
    if (i < 0 || !isBylineLine(stripLineJunk(lines[i]))) break;
    byline.push(stripLineJunk(lines[i]));
    lines.splice(0, i + 1);
  }
  const parsed = parseBody(lines);
  for (const sec of parsed.sections) {
    assignSectionRole(sec);
    liftSectionTail(sec);
  }
  const closing = takeClosing(parsed.sections);
  for (const sec of parsed.sections) {
    computeChars(sec);
    assignParagraphRoles(sectionParagraphs(sec), sec.role!);
  }
  assignParagraphRoles(parsed.opening, 'opening');
  const allText = parsed.paragraphs.map((p) => p.normalized).join('\n');
  const { genre, reasons } = inferGenre({ salutation: parsed.salutation, opening: parsed.opening, sections: parsed.sections, closing, allText });
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
  return doc;
}
