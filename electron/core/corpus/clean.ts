/**
 * Line clean-up before structure: what real archives carry besides the document. Web pages bring their
 * buttons (下载/打印/【字号…】), source and time lines, photo captions, `相关报道` and licence blocks, gov.cn
 * index metadata (索 引 号：… each label and value on its own line); copies from PDF or narrow pages break
 * lines in the middle of sentences. Junk lines are dropped (and counted, so the import can say how many);
 * broken lines are joined. The rules name kinds of junk, never one site's page.
 */
import { countChars, normalizeText, stripLineJunk } from './normalize';

export interface CleanResult {
  lines: string[];
  /** Web-page, metadata and licence lines dropped. */
  dropped: number;
  /** Lines joined to the line before them (a sentence broken across lines). */
  joined: number;
}

/** Page furniture: whole lines that are buttons, share links, font-size controls, comment markers. */
const BUTTON_RE =
  /^(?:下载|打印|全屏|收藏|分享|关闭|关闭窗口|打印本页|打印此页|返回顶部|返回|加大|还原|减小|默认|放大|缩小|大|中|小|】|【|【字号：?|字号：?|【字体：?|字体：?|【?大\s*中\s*小】?|【?字[号体][：:]?(?:大中小|加大还原减小|加大减小)】?|【打印】|【关闭】|分享到：?|微信|微博|QQ空间|复制链接|扫一扫|扫一扫在手机打开当前页|用手机扫描二维码|上一篇|下一篇|上一条|下一条|相关阅读|相关链接|相关新闻|相关文章|相关报道：?|打印文章|关闭本页|-->|<!--)$/;
/** `来源：…` `责任编辑：…` `浏览次数：…` and the like, when short. */
const META_LINE_RE =
  /^(?:来源|信息来源|稿件来源|文章来源|作者|编辑|责任编辑|校对|审核|浏览次数|阅读次数|点击数|点击量|访问量|阅读量|供稿|摄影)[：:]/;
/** `时间：2026-02-06` — a page's time stamp (a meeting notice's `时间：3月5日上午` is content, so only numeric stamps). */
const STAMP_RE = /^(?:发布时间|发布日期|时间|日期|更新时间)[：:]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** gov.cn index metadata labels, each on its own line, its value on the next. */
const INDEX_LABEL_RE = /^(?:索引号|主题分类|发文机关|成文日期|标题|发文字号|发布日期|主题词|公开方式|公开范围|有效性|生效日期|废止日期|体裁分类|组配分类|文号|信息分类)[：:]$/;
/** Photo captions and credits (`本报记者 韩卿立 摄`, `新华社记者 鞠 鹏摄`) and news datelines. */
const CAPTION_RE = /(?:记者|摄影|通讯员)[\s\u3000]*[\u4e00-\u9fa5·\s\u3000]{2,12}摄?$|[\u4e00-\u9fa5]\s*摄$|^（?(?:图|图片|照片)[：:为]/;
const NEWSPAPER_RE = /^《[^》]{2,12}》[（(].{4,30}第?\s*\d+\s*版[）)]$|^(?:新华社|中新社|本报|人民网|新华网|央视网)[\u4e00-\u9fa5\d月日]{0,16}电(?:[（(].{0,20}[）)])?[\s\u3000]/;
/** Where a licence or a page's tail begins: nothing after it is the document. */
const TAIL_RE = /^(?:本作品(?:是|在|采用|属于)|本文(?:版权|著作权)|版权所有|Copyright|©|免责声明|转载请注明|Public domain|相关报道：?$|相关链接：?$|相关新闻：?$|延伸阅读：?$|【相关阅读】|责任编辑[：:])/i;

const hasCjk = (s: string) => /[\u3400-\u9fff]/.test(s);
/** Punctuation that ends a paragraph (a line ending otherwise may have been broken). */
const TERMINAL = /[。！？!?；;：:…”’」』）)】》]$/;

/** Is this (stripped) line page junk? */
export function isJunkLine(line: string): boolean {
  // Page furniture is short; a long line is junk only as a caption or dateline (≤ 60) — most body lines stop here.
  if (line.length > 80) return false;
  const s = /[\s\u3000]/.test(line) ? line.replace(/[\s\u3000]+/g, ' ').trim() : line;
  if (!s) return false;
  const compact = s.replace(/\s+/g, '');
  if (BUTTON_RE.test(compact)) return true;
  if (compact.length <= 40 && META_LINE_RE.test(compact)) return true;
  if (STAMP_RE.test(s)) return true;
  if (INDEX_LABEL_RE.test(compact)) return true;
  if (s.length <= 60 && CAPTION_RE.test(s) && !/[。！？]$/.test(s)) return true;
  if (NEWSPAPER_RE.test(s) && s.length <= 60) return true;
  // A short line with neither Chinese nor digits (`-->`, `false`, `Public domain`, `…………`) is not prose.
  if (s.length <= 40 && !hasCjk(s) && !/\d/.test(s)) return true;
  return false;
}

/** Lines that certainly start something new (so nothing is joined onto them): numbered headings, enumerations, salutations. */
const STARTS_NEW = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、]|第[一二三四五六七八九十]{1,3}(?:部分|[，、]|是)|[一二三四五六七八九十]{1,2}[是要抓]|附件|附[:：\d]|——|各位|同志们|尊敬的|亲爱的|■|●|◆|※)/;
/** A newspaper's dateline under a headline: 《人民日报》（2026年03月10日第 11 版）. Nothing is joined onto it either. */
export function isDateline(line: string): boolean {
  return /^《[^》]{1,20}》\s*[（(]\d{4}年/.test(line.trim());
}
/** A broken line's continuation often starts with punctuation or 是：/的 (no sentence starts so). */
const CONTINUES = /^(?:[，、。；：）)”’]|是[：:，]|的[\u4e00-\u9fa5])/;
/** A function word cannot end a heading or a sentence. */
const DANGLING = /(?:的|和|与|及|或|在|对|把|为|从|向|以|将|被|了|着|是|等|并|而|且|、|，)$/;

/**
 * A two-clause slogan on a line of its own (`强化价值塑造，提升实践育人引领力`): a heading in many reports, but also
 * the shape of a sentence broken at the end of a line. Its two clauses, or undefined.
 */
function sloganClauses(norm: string): [string, string] | undefined {
  const m = /^([^。！？；：，,;:!?…、]{4,16})[，,]([^。！？；：，,;:!?…]{4,16})$/.exec(norm);
  if (!m || !/[\u4e00-\u9fff]$/.test(norm) || /^(?:各位|同志们|尊敬的|亲爱的|谢谢|附)/.test(norm) || DANGLING.test(norm)) return undefined;
  return [m[1], m[2]];
}

/** A clause of a longer part title: short, no punctuation but quotes and 、. */
const CLAUSE = '[^。！？；：，,;:!?…]{2,20}';
const CLAUSE_TITLE_RE = new RegExp(`^(${CLAUSE})(?:[，,]${CLAUSE}){2,3}$`);

/**
 * `使命引领，强化一流学科建设目标，发挥科研先行军作用`: a part title of three or four short clauses, or a sentence
 * broken at a line's end (the same shape). Its first clause, or undefined.
 */
function titleFirstClause(norm: string): string | undefined {
  if (norm.length > 50) return undefined;
  const m = CLAUSE_TITLE_RE.exec(norm);
  if (!m || !/[\u4e00-\u9fff”]$/.test(norm) || /^(?:各位|同志们|尊敬的|亲爱的|谢谢|附)/.test(norm) || DANGLING.test(norm)) return undefined;
  return m[1];
}

/**
 * Lines (by index; normalised text, '' for a heading or a line to skip) that are slogans in a parallel set (排比):
 * headings, not sentences broken at a line's end.
 * - Two clauses: at least two lines whose first or second clauses open with the same two characters
 *   (`强化价值塑造，提升实践育人引领力` / `强化体系建设，提升实践育人组织力`).
 * - Three or four clauses: at least two lines, each after a finished sentence (or a heading), whose first clauses
 *   are equally short (`使命引领，…，…` / `战略呼应，…，…`: a 四字格 topic, then what to do about it). A sentence
 *   broken at a line's end rarely starts so twice.
 * Where a document has several such sets (its parts' titles, and the sub-headings of one part), the set that
 * starts first is the parts'.
 */
export function parallelSlogans(norms: readonly string[]): number[] {
  const groups = new Map<string, number[]>();
  const add = (key: string, i: number) => (groups.get(key) ?? groups.set(key, []).get(key)!).push(i);
  norms.forEach((n, i) => {
    if (!(n.includes('，') || n.includes(','))) return;
    const c = n.length <= 30 ? sloganClauses(n) : undefined;
    if (c) {
      for (const key of [`1${c[0].slice(0, 2)}`, `2${c[1].slice(0, 2)}`]) add(key, i);
      return;
    }
    const first = titleFirstClause(n);
    const prev = norms[i - 1];
    if (first && first.length <= 6 && (!prev || /[。！？；：”]$/.test(prev))) add(`3${first.length}`, i);
  });
  let best: number[] = [];
  for (const g of groups.values()) if (g.length >= 2 && (!best.length || g[0] < best[0] || (g[0] === best[0] && g.length > best.length))) best = g;
  return best;
}

/**
 * Lines (by index) set as a newspaper sets a two-part title: two short phrases apart by a run of spaces, no
 * sentence punctuation (`“口袋小公园”  承载群众幸福时光`, `扩投资  促消费`). Only where at least two lines are so
 * set: then they are a document's part titles, never a sentence broken at a line's end, and five of them of one
 * length are not a hard wrap. (A wrapped sentence has no such gap inside; normalising removes it, so this reads
 * the lines as they came.)
 */
function spacedTitles(lines: readonly string[]): number[] {
  const found: number[] = [];
  lines.forEach((line, i) => void (isSpacedTitle(line) && found.push(i)));
  return found.length >= 2 ? found : [];
}

/**
 * Lines (by index) of part titles set as a keyword over a subtitle (`协同共生` / `融入都市圈，激活产业新动能`), where
 * at least two such pairs stand after finished sentences: both lines of each pair. The subtitle, with its comma,
 * would otherwise read as a clause in progress and be joined to the text under it.
 */
function keywordTitles(norms: readonly string[]): number[] {
  const found: number[] = [];
  norms.forEach((n, i) => {
    const sub = norms[i + 1];
    if (!sub || !isKeywordLine(n) || (i > 0 && !/[。！？”]$/.test(norms[i - 1])) || !isSubtitleLine(sub)) return;
    const after = norms[i + 2];
    if (after && countChars(after) >= 20) found.push(i, i + 1);
  });
  return found.length >= 4 ? found : [];
}

/** A keyword line: two to eight characters of Chinese, nothing else. */
export function isKeywordLine(norm: string): boolean {
  return /^[\u4e00-\u9fff]{2,8}$/.test(norm);
}

/** A subtitle under a keyword: a short line that does not end as a sentence does. */
function isSubtitleLine(norm: string): boolean {
  return countChars(norm) >= 4 && countChars(norm) <= 30 && !/[。！？]/.test(norm) && !/[；：…]$/.test(norm);
}

/** One line set so (see spacedTitles). */
export function isSpacedTitle(line: string): boolean {
  return spacedTitleText(line) !== undefined;
}

/**
 * Such a title's text: its two phrases normalised, one space between (`扩投资 促消费`, as its title line keeps
 * one: normalising alone would run them together as 扩投资促消费). Undefined for any other line.
 */
export function spacedTitleText(line: string): string | undefined {
  const m = /^(\S.*?)(?: {2,}|\u3000+)(\S.*)$/.exec(line.trim());
  if (!m || /\s{2,}|\u3000/.test(m[2]) || /[。！？；：，,;:!?…]/.test(line)) return undefined;
  const [a, b] = [normalizeText(m[1]), normalizeText(m[2])];
  const n = a.length + b.length;
  return n >= 5 && n <= 30 && /[\u4e00-\u9fff]/.test(a) && /[\u4e00-\u9fff]/.test(b) ? `${a} ${b}` : undefined;
}

export interface JunkResult {
  lines: string[];
  /** Web-page, metadata and licence lines dropped. */
  dropped: number;
}

/**
 * Drop page junk: buttons, page metadata, captions, news wrappers, and a licence or related-links tail.
 * Lines come back stripped of leading `>`/spaces and without blank lines; their text is otherwise untouched.
 */
export function dropJunk(input: string[]): JunkResult {
  let dropped = 0;
  const kept: string[] = [];
  const stripped = input.map(stripLineJunk);
  // A licence or related-links tail: drop from there on (only in the last 40% of the lines, so a sentence
  // quoting 版权所有 in the body is safe).
  const nonEmpty = stripped.filter((l) => l !== '').length;
  let seen = 0;
  let tailAt = stripped.length;
  for (let i = 0; i < stripped.length; i++) {
    if (!stripped[i]) continue;
    seen++;
    if (seen > nonEmpty * 0.6 && TAIL_RE.test(stripped[i].trim())) {
      tailAt = i;
      break;
    }
  }
  let bodyAt = -1;
  /** The 标题： label's value: the document's title, which its body repeats (maybe broken) right under the block. */
  let indexTitle = '';
  for (let i = 0; i < stripped.length; i++) {
    const l = stripped[i];
    if (!l) continue;
    bodyAt++;
    if (i >= tailAt || isJunkLine(l)) {
      dropped++;
      // An index label's value is on the next line (`发文机关：` / `国务院`).
      const label = l.replace(/\s+/g, '');
      if (INDEX_LABEL_RE.test(label)) {
        let k = i + 1;
        while (k < stripped.length && !stripped[k]) k++;
        const value = k < stripped.length ? stripped[k].replace(/\s+/g, '') : '';
        const isTitle = /^标题/.test(label);
        if (isTitle) indexTitle = value;
        // An empty label (`主 题 词：` with nothing after it) is followed by the title's first line, not its value.
        const titleStart = !isTitle && value.length >= 6 && indexTitle.startsWith(value);
        if (k < stripped.length && stripped[k].length <= 40 && !isJunkLine(stripped[k]) && !titleStart) {
          dropped++;
          stripped[k] = '';
        }
      }
      continue;
    }
    // Summary bullets (■…) at the top that repeat a sentence of the text are a news wrapper, not the document.
    const bullet = bodyAt < 60 ? /^[■●◆▲]\s*(.+)$/.exec(l) : null;
    if (bullet && bullet[1].length >= 12 && repeatedLater(stripped, i, bullet[1].slice(0, 20))) {
      dropped++;
      continue;
    }
    kept.push(l);
  }
  return { lines: kept, dropped };
}

function repeatedLater(lines: string[], from: number, needle: string): boolean {
  for (let j = from + 1; j < lines.length; j++) if (!/^[■●◆▲]/.test(lines[j]) && lines[j].includes(needle)) return true;
  return false;
}

/** Drop junk, then join broken lines (for text without a title zone; analyze.ts does the two apart). */
export function cleanLines(input: string[]): CleanResult {
  const j = dropJunk(input);
  const r = joinBrokenLines(j.lines);
  return { lines: r.lines, dropped: j.dropped, joined: r.joined };
}

/** The width at which a text was hard-wrapped, if many lines stop at the same length mid-sentence. */
function wrapWidth(lines: string[], skip: ReadonlySet<number>): number | undefined {
  const counts = new Map<number, number>();
  for (const [i, l] of lines.entries()) if (!skip.has(i) && l.length >= 15 && !TERMINAL.test(l) && !STARTS_NEW.test(l)) counts.set(l.length, (counts.get(l.length) ?? 0) + 1);
  let best: number | undefined;
  let bestN = 0;
  for (const [w, n] of counts) {
    const around = n + (counts.get(w - 1) ?? 0) + (counts.get(w + 1) ?? 0);
    if (around > bestN) [best, bestN] = [w, around];
  }
  return best !== undefined && bestN >= 3 ? best : undefined;
}

/** Join lines broken in the middle of a sentence (by a PDF copy, a narrow page, a hard wrap). */
export function joinBrokenLines(lines: string[]): { lines: string[]; joined: number; /** normalizeText of each output line (near enough: joined parts normalised apart) */ normalized: string[] } {
  const out: string[] = [];
  const outNorm: string[] = [];
  // The normalised twin of the last output line, kept alongside so no line is normalised twice.
  let prevNorm = '';
  let prevRaw = '';
  let joined = 0;
  // Parallel slogan lines are headings: never joined to the line before or after. They do not count towards a wrap width (three
  // parallel titles of one length are not a hard wrap), and in a hard-wrapped text a line at the width is not one.
  const norms = lines.map(normalizeText);
  const parallel = [...parallelSlogans(norms), ...spacedTitles(lines), ...keywordTitles(norms)];
  const width = wrapWidth(lines, new Set(parallel));
  const slogans = new Set(width === undefined ? parallel : parallel.filter((i) => Math.abs(lines[i].length - width) > 1));
  let afterSlogan = false;
  let afterFigure = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const norm = norms[i];
    const figure = /^[\d.%％]+$/.test(norm);
    // `细颗粒物PM` / `2.5` / `年平均浓度…`: the line after a figure broken out of its sentence continues it too.
    if (out.length && !afterSlogan && !slogans.has(i) && ((afterFigure && /^[\u4e00-\u9fa5]/.test(line) && !STARTS_NEW.test(line)) || shouldJoin(prevRaw, prevNorm, norm, width))) {
      prevRaw += line;
      prevNorm += norm;
      out[out.length - 1] = prevRaw;
      outNorm[outNorm.length - 1] = prevNorm;
      joined++;
      afterFigure = figure;
      continue;
    }
    afterFigure = false;
    afterSlogan = slogans.has(i);
    out.push(line);
    outNorm.push(norm);
    prevRaw = line;
    prevNorm = norm;
  }
  return { lines: out, joined, normalized: outNorm };
}

function shouldJoin(prevRaw: string, prev: string, next: string, width: number | undefined): boolean {
  if (!prev || !next || TERMINAL.test(prev)) return false;
  // A number broken out of its sentence (`PM` / `2.5` / `年平均浓度…`): join both ways.
  if (/^[\d.%％]+$/.test(next) || (/^[\d.%％]+$/.test(prev) && hasCjk(next))) return true;
  if (STARTS_NEW.test(next) || isDateline(next)) return false;
  if (CONTINUES.test(next)) return true;
  // A line holding a finished sentence and then the start of another (`…评价考核。结合新课改的要`).
  if (/[。！？]/.test(prev) && prev.length >= 10) return true;
  // A heading line stops without punctuation by nature.
  if (STARTS_NEW.test(prev)) return false;
  if (DANGLING.test(prev) && prev.length >= 6) return true;
  // A clause in progress: a comma inside a line that stops without punctuation.
  if (/[，、；]/.test(prev) && prev.length >= 16) return true;
  // Hard-wrapped text: many lines stop at the same width.
  if (width !== undefined && Math.abs(prevRaw.length - width) <= 1) return true;
  return false;
}
