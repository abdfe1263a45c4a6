/**
 * 标点符号 in Chinese text: half-width `, ; : ! ? ( )` where full-width belongs, unpaired “ ” ‘ ’
 * 《 》, doubled punctuation (，， 。。 ，。), and spaces inside Chinese text.
 * “Chinese text” = the nearest non-space character on either side is Han or full-width
 * punctuation, so `10:30`, `1,000` and English phrases are left alone.
 */
import { isCjk, isSpace } from '../../text/chars';
import { leadingMarker } from '../../text/markers';
import type { CheckRule, Finding } from '../types';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };
const NAMES: Record<string, string> = { ',': '逗号', ';': '分号', ':': '冒号', '!': '叹号', '?': '问号', '(': '括号', ')': '括号' };

function neighbour(text: string, i: number, dir: 1 | -1): string | undefined {
  let j = i + dir;
  while (j >= 0 && j < text.length && isSpace(text[j])) j += dir;
  return j >= 0 && j < text.length ? text[j] : undefined;
}

/** Index of the quote pair “…” enclosing position i with no sentence punctuation between, or null. */
function insideShortQuote(text: string, i: number): boolean {
  const open = text.lastIndexOf('“', i);
  const close = text.indexOf('”', i);
  if (open < 0 || close < 0) return false;
  const inner = text.slice(open + 1, close);
  return inner.length <= 16 && !/[“”。！？，；]/.test(inner);
}

/**
 * Straight double quotes in Chinese text, also the `\"` that web copies leave (the seed has
 * `\"面对面、心贴心…\"`). Each becomes “ or ” by the quotes around it, curly ones included: after a “
 * (typed, or an earlier fix) the next one closes. So the fixes are right in any order and one at a time —
 * the panel re-checks after each fix, and `坚持“两个毫不动摇"` must offer ”, not a second “.
 */
function straightQuotes(text: string, index: number): Omit<Finding, 'id' | 'rule'>[] {
  const out: Omit<Finding, 'id' | 'rule'>[] = [];
  for (const { at: i, as: q } of straightQuoteRoles(text)) {
    const start = text[i - 1] === '\\' ? i - 1 : i;
    if (!isCjk(neighbour(text, start, -1)) && !isCjk(neighbour(text, i, 1))) continue;
    out.push({
      severity: 'warning',
      message: start < i ? `中文中出现转义的半角引号“\\"”，应为全角“${q}”` : `中文中使用了半角引号“"”，应为全角“${q}”`,
      blockIndex: index,
      start,
      end: i + 1,
      fix: { replacement: q, label: `改为全角${q}` },
    });
  }
  return out;
}

/** Each straight " with the curly quote it stands for: after an open “ (curly or straight) it closes. */
function straightQuoteRoles(text: string): { at: number; as: '“' | '”' }[] {
  const out: { at: number; as: '“' | '”' }[] = [];
  let open = false;
  for (const m of text.matchAll(/["“”]/g)) {
    if (m[0] === '"') {
      out.push({ at: m.index, as: open ? '”' : '“' });
      open = !open;
    } else open = m[0] === '“';
  }
  return out;
}

/** The text with each reported straight " read as the quote it stands for (same length), for the pairing check. */
function withQuotesFixed(text: string, quotes: Omit<Finding, 'id' | 'rule'>[]): string {
  if (!quotes.length) return text;
  const chars = text.split('');
  for (const q of quotes) chars[q.end - 1] = q.fix!.replacement;
  return chars.join('');
}

function halfWidth(text: string, index: number, skipEnd: number): Omit<Finding, 'id' | 'rule'>[] {
  const out: Omit<Finding, 'id' | 'rule'>[] = [];
  for (let i = skipEnd; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // , ; : ! ? ( ) — a cheap code test first: this loop visits every character of the draft.
    if (c !== 44 && c !== 59 && c !== 58 && c !== 33 && c !== 63 && c !== 40 && c !== 41) continue;
    const ch = text[i];
    const before = neighbour(text, i, -1);
    const after = neighbour(text, i, 1);
    const between = (re: RegExp) => before !== undefined && after !== undefined && re.test(before) && re.test(after);
    if (ch === ':' && between(/[0-9]/)) continue; // 10:30
    if (ch === ',' && between(/[0-9]/)) continue; // 1,000
    let chinese = isCjk(before) || isCjk(after);
    if ((ch === '(' || ch === ')') && !chinese) {
      // A bracket pair is Chinese if its content is: (2月20日至26日), 县(区).
      const close = ch === '(' ? text.indexOf(')', i) : -1;
      const open = ch === ')' ? text.lastIndexOf('(', i) : -1;
      const inner = ch === '(' ? (close > 0 ? text.slice(i + 1, close) : '') : open >= 0 ? text.slice(open + 1, i) : '';
      chinese = /[\u3400-\u9fff]/.test(inner);
    }
    if (!chinese) continue;
    if (ch === '?' && /[\u3400-\u9fff]/.test(before ?? '') && /[\u3400-\u9fff]/.test(after ?? '') && insideShortQuote(text, i)) {
      // “中国梦?劳动美”: a middle dot lost to an encoding round trip, not a question.
      out.push({
        severity: 'warning',
        message: '“?”夹在引号内的词语之间，疑为间隔号“·”在转码中丢失',
        blockIndex: index,
        start: i,
        end: i + 1,
        fix: { replacement: '·', label: '改为间隔号·' },
      });
      continue;
    }
    out.push({
      severity: 'warning',
      message: `中文中使用了半角${NAMES[ch]}“${ch}”，应为全角“${FULL[ch]}”`,
      blockIndex: index,
      start: i,
      end: i + 1,
      fix: { replacement: FULL[ch], label: `改为全角${FULL[ch]}` },
    });
  }
  return out;
}

/** [open, close, name, name of the open mark, name of the close mark] */
const PAIRS: [string, string, string, string, string][] = [
  ['“', '”', '双引号', '前引号“', '后引号”'],
  ['‘', '’', '单引号', '前引号‘', '后引号’'],
  ['《', '》', '书名号', '左书名号《', '右书名号》'],
  ['（', '）', '括号', '左括号（', '右括号）'],
];

function unpaired(text: string, index: number): Omit<Finding, 'id' | 'rule'>[] {
  const out: Omit<Finding, 'id' | 'rule'>[] = [];
  for (const [open, close, name, openName, closeName] of PAIRS) {
    const stack: number[] = [];
    const o = open.charCodeAt(0);
    const cl = close.charCodeAt(0);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === o) stack.push(i);
      else if (c === cl) {
        if (stack.length) stack.pop();
        else
          out.push({
            severity: 'warning',
            message: `${name}不成对：此处的${closeName}前面缺少对应的${openName}`,
            blockIndex: index,
            start: i,
            end: i + 1,
          });
      }
    }
    for (const i of stack)
      out.push({
        severity: 'warning',
        message: `${name}不成对：此处的${openName}后面缺少对应的${closeName}`,
        blockIndex: index,
        start: i,
        end: i + 1,
      });
  }
  return out;
}

const MARKS = '，。、；：！？,;:!?';
const doubledRe = new RegExp(`[${MARKS}]{2,}`, 'g');

function doubled(text: string, index: number): Omit<Finding, 'id' | 'rule'>[] {
  const out: Omit<Finding, 'id' | 'rule'>[] = [];
  for (const m of text.matchAll(/。{3,}|\.{3,}|…+/g)) {
    const run = m[0];
    if (run === '……') continue;
    if (run[0] === '.' && !isCjk(text[m.index - 1]) && !isCjk(text[m.index + run.length])) continue; // English text
    out.push({
      severity: 'warning',
      message: run[0] === '…' ? `省略号应为两个“…”组成的“……”，此处是${run.length}个` : `用“${run}”表示省略，应为“……”`,
      blockIndex: index,
      start: m.index,
      end: m.index + run.length,
      fix: { replacement: '……', label: '改为……' },
    });
  }
  for (const m of text.matchAll(doubledRe)) {
    const run = m[0];
    if (/^[。.]+$/.test(run) && run.length >= 3) continue; // handled above as an ellipsis
    if (run === '？！' || run === '！？') continue; // rhetorical exclamation, rare but legitimate
    const same = [...run].every((c) => c === run[0]);
    out.push({
      severity: 'warning',
      message: same ? `标点“${run[0]}”重复` : `标点连用“${run}”，应只保留一个`,
      blockIndex: index,
      start: m.index,
      end: m.index + run.length,
      ...(same ? { fix: { replacement: run[0], label: `保留一个“${run[0]}”` } } : {}),
    });
  }
  return out;
}

function spaces(text: string, index: number, isFirst: boolean): Omit<Finding, 'id' | 'rule'>[] {
  const out: Omit<Finding, 'id' | 'rule'>[] = [];
  // Not tabs: a tab separates the cells of a pasted table row (renderer/editor/sanitize-html.ts), deliberately.
  for (const m of text.matchAll(/[ \u3000\u00a0]+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start === 0 && isFirst) {
      if (end === text.length) continue; // empty line
      out.push({
        severity: 'info',
        message: '段首有空格；首行缩进由排版自动生成，不必手动输入',
        blockIndex: index,
        start,
        end,
        fix: { replacement: '', label: '删除空格' },
      });
      continue;
    }
    if (end === text.length) continue; // trailing space is invisible and harmless
    if (isCjk(text[start - 1]) && isCjk(text[end])) {
      out.push({
        severity: 'warning',
        message: '中文文字之间有多余空格',
        blockIndex: index,
        start,
        end,
        fix: { replacement: '', label: '删除空格' },
      });
    }
  }
  return out;
}

export const punctuationRule: CheckRule = {
  id: 'punctuation',
  label: '标点符号',
  run(ctx) {
    const out: Finding[] = [];
    for (const { block, text, index } of ctx.blocks) {
      if (!text) continue;
      // A typed numbering marker at line start, e.g. (一), is the numbering rule's to report.
      const marker = block.type === 'paragraph' || block.type === 'heading' ? leadingMarker(text) : null;
      const quotes = straightQuotes(text, index);
      const found = [
        ...halfWidth(text, index, marker ? marker.start + marker.text.length : 0),
        ...quotes,
        // A straight " is reported (and fixed) as such, so it counts as the partner of the curly quote it stands for.
        ...unpaired(withQuotesFixed(text, quotes), index),
        ...doubled(text, index),
        ...spaces(text, index, true),
      ];
      found.sort((a, b) => a.start - b.start || a.end - b.end);
      for (const f of found) out.push({ id: `punctuation:${f.blockIndex}:${f.start}:${f.end}`, rule: 'punctuation', ...f });
    }
    return out;
  },
};
