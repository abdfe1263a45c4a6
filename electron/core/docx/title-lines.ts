/**
 * Splits a long 公文 title into lines the way GB/T 9704-2012 7.3.3 asks: 回行时词意完整、
 * 排列对称、长短适宜, the lines forming a 梯形 (each line no shorter, or no longer, than the one
 * above) or a 菱形 (longest in the middle). Pure: uses Intl.Segmenter for word boundaries.
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
const PROTECTED = /[一二三四五六七八九]中全会|[一二三四五六七八九十]+届|党的[一二三四五六七八九十]+大|[一二三四五六七八九十]+五(规划)?|\d{2,4}(\s*[—\-－~～至]\s*\d{2,4})?\s*年(度)?|\d+月\d+日|高质量发展|新时代|习近平|中国特色社会主义|精神|联谊会|委员会|办公室|人民政府|工作会议|全体会议|代表大会/g;
/** Words that usually open a phrase in a title, so a line may well start with them. */
const PHRASE_START = /^(关于|进一步|加强|推动|推进|做好|开展|深化|深入|全面|实施|落实|贯彻|印发|转发|建立|健全|完善|促进|加快|坚持|切实|扎实|持续|在|暨)/;

interface Token {
  text: string;
  width: number;
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

function tokens(title: string): Token[] {
  const parts = segmenter ? [...segmenter.segment(title)].map((s) => s.segment) : [...title];
  return parts.map((t) => ({ text: t, width: textWidth(t) }));
}

/** Cost of breaking between tokens a and b; Infinity where a break is forbidden. */
function breakPenalty(a: Token, b: Token, depthInBrackets: number): number {
  if (NO_LINE_START.test(b.text) || NO_LINE_END.test(a.text)) return Infinity;
  if (/^[0-9A-Za-z.]+$/.test(a.text) && /^[0-9A-Za-z.年月日]/.test(b.text)) return Infinity; // 2024|年, 5G
  let p = 0;
  if (depthInBrackets > 0) p += 40; // inside 《…》 or “…”
  if (BIND_BACK.has(b.text)) p += 60;
  if (BIND_FORWARD.has(a.text)) p += 60;
  // The segmenter splits unknown words (联谊会 → 联|谊|会) into single characters: do not cut between them.
  // (Not before a conjunction such as 暨/和, nor after a suffix such as 工业|化.)
  const boundary = BIND_FORWARD.has(b.text) || BIND_BACK.has(a.text) || '化性者'.includes(a.text);
  if ([...a.text].length === 1 && [...b.text].length === 1 && !boundary) p += 80;
  if (a.text === '的' || /[，、]$/.test(a.text)) p -= 10; // natural pause
  if (/^\s+$/.test(a.text)) p -= 30; // a space between two issuing bodies
  return p;
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
  const text = title.trim();
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
  const cuts: number[] = []; // penalty of cutting before token i
  let offset = 0;
  for (let i = 0; i < toks.length; i++) {
    if (i > 0) cuts[i] = inside.has(offset) ? Infinity : breakPenalty(toks[i - 1], toks[i], depth[i]) - (PHRASE_START.test(text.slice(offset)) ? 25 : 0);
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
