/**
 * 列举序号: the ordinals of a 一是…二是…三是 run (also 第一，第二， and 其一，其二，) must not skip, repeat or go
 * back: 一是…二是…四是 lost its 三是 when a clause was deleted. A run may go on over several paragraphs of a
 * section (each point its own paragraph); a heading ends it, and 一是 starts a new one.
 */
import { parseChineseNumeral } from '../../text/numerals';
import type { CheckRule, Finding } from '../types';

/** Each kind of ordinal: how it is found (the numeral in group 1) and spelt. */
const KINDS: { id: string; re: RegExp; spell: (n: string) => string }[] = [
  // After a clause break (or at the start), so 唯一是, 统一是, 一是一、二是二 aside, and not 是否.
  { id: 'shi', re: /(?<=^|[，。；：！？、“（\s])([一二三四五六七八九十]{1,3})是(?![否非])/g, spell: (n) => `${n}是` },
  { id: 'di', re: /(?<=^|[，。；：！？“（\s])第([一二三四五六七八九十]{1,3})(?=[，、：,:])/g, spell: (n) => `第${n}` },
  { id: 'qi', re: /(?<=^|[，。；：！？“（\s])其([一二三四五六七八九十])(?=[，、：,:])/g, spell: (n) => `其${n}` },
];

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const numeral = (n: number) => (n <= 10 ? CN[n] : n < 20 ? `十${CN[n - 10]}` : String(n));

export const enumerationRule: CheckRule = {
  id: 'enumeration',
  label: '列举序号',
  run(ctx) {
    const out: Finding[] = [];
    const last = new Map<string, number>();
    for (const { block, text, index } of ctx.blocks) {
      if (block.type === 'heading' || block.type === 'title') {
        last.clear();
        continue;
      }
      if (!text) continue;
      const hits: { kind: (typeof KINDS)[number]; n: number; at: number; len: number }[] = [];
      for (const kind of KINDS)
        for (const m of text.matchAll(kind.re)) {
          const n = parseChineseNumeral(m[1]);
          if (Number.isFinite(n) && n >= 1) hits.push({ kind, n, at: m.index, len: m[0].length });
        }
      hits.sort((a, b) => a.at - b.at);
      for (const { kind, n, at, len } of hits) {
        const prev = last.get(kind.id) ?? 0;
        const spell = (k: number) => kind.spell(numeral(k));
        let message: string | null = null;
        if (n === 1 || n === prev + 1) message = null;
        else if (prev === 0) message = `列举从“${spell(n)}”开始，前面没有“${spell(1)}”`;
        else if (n > prev + 1)
          message = `列举序号跳号：“${spell(prev)}”之后是“${spell(n)}”，缺少${Array.from({ length: n - prev - 1 }, (_, i) => `“${spell(prev + 1 + i)}”`).join('')}`;
        else if (n === prev) message = `列举序号重复：前面已有“${spell(n)}”`;
        else message = `列举序号倒序：“${spell(n)}”出现在“${spell(prev)}”之后`;
        if (message)
          out.push({ id: `enumeration:${index}:${at}`, rule: 'enumeration', severity: 'warning', message, blockIndex: index, start: at, end: at + len });
        last.set(kind.id, n);
      }
    }
    return out;
  },
};
