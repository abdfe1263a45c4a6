/**
 * Splits a long 公文 title into lines the way GB/T 9704-2012 7.3.3 asks: 回行时词意完整、
 * 排列对称、长短适宜, the lines forming a 梯形 (each line no shorter, or no longer, than the one
 * above) or a 菱形 (longest in the middle). Pure: uses Intl.Segmenter for word boundaries.
 *
 * Lines break at phrase boundaries, not merely between words: the issuing body (发文机关) ends a line, 关于
 * and 《 open one, a modifier stays with its 文种 (行动|方案), a number with what it counts (三年|行动), a
 * parenthesis with the words before it; a break the user typed is kept. docs/gbt9704.md lists the cues.
 */
import { TITLE_CHARS_PER_LINE } from '../format/gbt9704';

/** Half-width characters take half a grid cell. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u0020-\u007e]/.test(ch) ? 0.5 : 1;
  return w;
}

/** Characters that must not start a line (避头) or end one (避尾), and function words that bind to a neighbour. */
const NO_LINE_START = /^[，。、；：？！）》」』】”’…—·%\-]/;
const NO_LINE_END = /[（《「『【“‘]$/;
/** Function words that belong to the word before them (…工作的|实施意见 is fine, …工作|的实施意见 is not). */
const BIND_BACK = new Set(['的', '地', '得', '之', '等', '中', '上', '下']);
/** Words that introduce what follows (关于…, 在…, 对…), so a line should not end on them. */
const BIND_FORWARD = new Set(['关于', '在', '对', '于', '以', '把', '为', '向', '和', '与', '及', '暨', '并']);

/**
 * Terms the word segmenter splits but a title must not: plenary sessions, congresses, plan names,
 * dates, and fixed political phrases common in 公文 titles.
 */
const PROTECTED = /[一二三四五六七八九]中全会(精神)?|党的[一二三四五六七八九十]+(大|届[一二三四五六七八九]中全会(精神)?)|[一二三四五六七八九十]+届|[一二三四五六七八九十]+五(规划)?|\d{2,4}(\s*[—\-－~～至]\s*\d{2,4})?\s*年(度)?|\d+月\d+日|国民经济和社会发展|(县域|民营|数字|实体|海洋|开放型|平台)经济|(营商|人居|生态|法治)环境|安全生产|乡村振兴|共同富裕|从严治党|意识形态|基层治理|高质量发展|新时代|习近平|中国特色社会主义|精神|联谊会|委员会|办公室|人民政府|工作会议|全体会议|代表大会/g;
/** Words that usually open a phrase in a title, so a line may well start with them. */
const PHRASE_START = /^(关于|进一步|加强|推动|推进|做好|开展|深化|深入|全面|实施|落实|贯彻|印发|转发|建立|健全|完善|促进|加快|坚持|切实|扎实|持续|在|暨)/;

interface Token {
  text: string;
  width: number;
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

/** Single characters that are words of their own in a title (function words), not halves of a longer word. */
const FUNCTION_CHARS = new Set(['的', '地', '得', '之', '等', '和', '与', '及', '暨', '并', '在', '对', '于', '以', '把', '为', '向', '中', '上', '下', '全']);
/** Word-final suffixes: a line may end on them (工业化|, 县级|). */
const SUFFIX_CHARS = new Set(['化', '性', '者', '级', '型', '式', '类', '率', '制', '年', '度']);
const isHan = (s: string) => /^\p{Script=Han}+$/u.test(s);

function tokens(title: string): Token[] {
  const parts = segmenter ? [...segmenter.segment(title)].map((s) => s.segment) : [...title];
  // ICU's dictionary does not know many 公文 words and returns them as loose characters (县|级, 印|发,
  // 脱|贫|攻|坚, 联|谊|会): a run of single characters that are not function words is one word.
  const merged: string[] = [];
  let run = '';
  const flush = () => {
    if (run) merged.push(run);
    run = '';
  };
  for (const t of parts) {
    if ([...t].length === 1 && isHan(t) && !FUNCTION_CHARS.has(t)) run += t;
    else {
      flush();
      merged.push(t);
    }
  }
  flush();
  return merged.map((t) => ({ text: t, width: textWidth(t) }));
}

/** Document-type nouns (文种 and the nouns titles end on): a modifier before them belongs to them (行动|方案, 工作|总结). */
const DOC_NOUN = /^(方案|意见|办法|细则|规定|通知|计划|要点|总结|报告|决定|安排|纲要|规划|措施|条例|指南|清单|决议|通报|批复|纪要|讲话|报告会)/;
/** A number and what it counts (三年|行动, 2025年|工作) hold together. */
const QUANTITY = /^([一二三四五六七八九十两百千]+|\d+)(年度?|个|项|条|次|届|周年)$/;
/** Cost of breaking between tokens a and b; Infinity where a break is forbidden. */
function breakPenalty(a: Token, b: Token, depthInBrackets: number): number {
  if (NO_LINE_START.test(b.text) || NO_LINE_END.test(a.text)) return Infinity;
  if (/^[0-9A-Za-z.]+$/.test(a.text) && /^[0-9A-Za-z.年月日]/.test(b.text)) return Infinity; // 2024|年, 5G
  let p = 0;
  if (depthInBrackets > 0) p += 40; // inside 《…》 or “…”
  if (BIND_BACK.has(b.text)) p += 60;
  if (BIND_FORWARD.has(a.text)) p += 60;
  // A lone character left over after merging sits next to a longer word it belongs to (中|小学校|园,
  // 某某|市|教育局, 工业|化): do not cut next to it.
  const loose = (t: Token) => [...t.text].length === 1 && isHan(t.text) && !FUNCTION_CHARS.has(t.text);
  if (loose(a) && !SUFFIX_CHARS.has(a.text)) p += 50;
  if (loose(b)) p += 50;
  // Between two content words the cut falls inside a phrase (县域|经济, 党外|知识分子) unless a cue below says otherwise.
  if (isHan(a.text) && isHan(b.text) && !FUNCTION_CHARS.has(a.text) && !FUNCTION_CHARS.has(b.text)) p += 15;
  if (DOC_NOUN.test(b.text)) p += 60;
  if (QUANTITY.test(a.text)) p += 40;
  if (a.text === '的' || /[，、]$/.test(a.text)) p -= 10; // natural pause
  if (/^\s+$/.test(a.text)) p -= 30; // a space between two issuing bodies
  if (b.text === '关于') p -= 30; // 发文机关 | 关于……的通知
  if (b.text.startsWith('《')) p -= 15;
  if (/^[（(]/.test(b.text)) p += 30; // a parenthesis (2025—2027年) belongs to the words before it
  return p;
}

/**
 * Where the issuing body (发文机关) at the start of a title ends, if it does: 市人力资源和社会保障局|2025年……,
 * 中共某某县委办公室 某某县人民政府办公室|关于……. 7.3.3 puts it on a line of its own where the title must break.
 */
const ISSUER = /^(?:(?:中共)?[^\s关《（的，、]{2,24}?(?:局|委|办|厅|署|院|部|府|室|处|中心|集团|公司|党组|工会|联合会|协会|大学|学校|医院)\s*)+(?=关于|\d|《|[^\s])/u;
function issuerEnd(text: string): number {
  const m = ISSUER.exec(text);
  if (!m) return -1;
  const end = m[0].trimEnd().length;
  return end < text.length ? end : -1;
}

function shapePenalty(widths: number[]): number {
  if (widths.length < 2) return 0;
  const up = widths.every((w, i) => i === 0 || w >= widths[i - 1]);
  const down = widths.every((w, i) => i === 0 || w <= widths[i - 1]);
  if (up || down) return 0;
  // 菱形: rises to a peak, then falls.
  const peak = widths.indexOf(Math.max(...widths));
  const rises = widths.slice(0, peak + 1).every((w, i, a) => i === 0 || w >= a[i - 1]);
  const falls = widths.slice(peak).every((w, i, a) => i === 0 || w <= a[i - 1]);
  return rises && falls ? 0 : 200;
}

/** Splits `title` into lines of at most `maxWidth` characters, choosing word boundaries and a 梯形/菱形 shape. */
export function splitTitle(title: string, maxWidth = TITLE_CHARS_PER_LINE): string[] {
  // A break the user placed (Shift+Enter puts '\n' in the title's text) is kept; each part is then split
  // on its own only if it is still too wide.
  const parts = title.split('\n').map((t) => t.trim()).filter(Boolean);
  if (parts.length > 1) return parts.flatMap((t) => splitTitle(t, maxWidth));
  const text = parts[0] ?? '';
  if (textWidth(text) <= maxWidth) return [text];
  const toks = tokens(text);
  // Bracket depth before each token, so breaks inside 《…》“…” cost more.
  const depth: number[] = [];
  let d = 0;
  for (const t of toks) {
    depth.push(d);
    for (const ch of t.text) {
      if ('《“（「【'.includes(ch)) d++;
      else if ('》”）」】'.includes(ch)) d = Math.max(0, d - 1);
    }
  }
  // Character offsets that fall strictly inside a protected term.
  const inside = new Set<number>();
  for (const m of text.matchAll(PROTECTED)) for (let k = m.index! + 1; k < m.index! + m[0].length; k++) inside.add(k);
  const issuer = issuerEnd(text);
  const cuts: number[] = []; // penalty of cutting before token i
  let offset = 0;
  for (let i = 0; i < toks.length; i++) {
    // A phrase-opening verb starts a line well, but not when it follows another (加快|推进 stays together).
    const opens = PHRASE_START.test(text.slice(offset)) && !PHRASE_START.test(toks[i - 1]?.text ?? '');
    // …and its object may start the next one (加快推进|农村人居环境).
    const afterVerb = i > 0 && PHRASE_START.test(toks[i - 1].text) && !/^(关于|在|暨)$/.test(toks[i - 1].text) && !PHRASE_START.test(toks[i].text);
    if (i > 0) cuts[i] = inside.has(offset) ? Infinity : breakPenalty(toks[i - 1], toks[i], depth[i]) - (opens ? 25 : 0) - (afterVerb ? 10 : 0) - (offset === issuer || offset === issuer + 1 ? 45 : 0);
    offset += toks[i].text.length;
  }
  const prefix = [0];
  for (const t of toks) prefix.push(prefix[prefix.length - 1] + t.width);
  const total = prefix[prefix.length - 1];
  const minLines = Math.ceil(total / maxWidth);

  let best: { cost: number; at: number[] } | null = null;
  for (let n = minLines; n <= Math.min(minLines + 1, toks.length); n++) {
    const at: number[] = [];
    const search = (start: number, linesLeft: number, cost: number) => {
      if (best && cost >= best.cost) return;
      if (linesLeft === 1) {
        const w = total - prefix[start];
        if (w > maxWidth) return;
        const bounds = [0, ...at, toks.length];
        const widths = bounds.slice(1).map((b, i) => prefix[b] - prefix[bounds[i]]);
        const mean = total / n;
        const balance = widths.reduce((s, x) => s + (x - mean) ** 2, 0);
        const c = cost + balance + shapePenalty(widths) + (n - minLines) * 120;
        if (!best || c < best.cost) best = { cost: c, at: [...at] };
        return;
      }
      for (let i = start + 1; i < toks.length; i++) {
        const w = prefix[i] - prefix[start];
        if (w > maxWidth) break;
        if (!Number.isFinite(cuts[i])) continue;
        at.push(i);
        search(i, linesLeft - 1, cost + cuts[i]);
        at.pop();
      }
    };
    search(0, n, 0);
  }
  if (!best) {
    // No allowed break fits (e.g. one enormous token): cut by width so the title still prints.
    const chars = [...text];
    const lines: string[] = [];
    for (let i = 0; i < chars.length; i += maxWidth) lines.push(chars.slice(i, i + maxWidth).join(''));
    return lines;
  }
  const bounds = [0, ...(best as { at: number[] }).at, toks.length];
  return bounds.slice(1).map((b, i) => toks.slice(bounds[i], b).map((t) => t.text).join('').trim());
}
