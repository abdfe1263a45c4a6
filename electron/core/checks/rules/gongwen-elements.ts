/**
 * 公文要素: the elements around the body as GB/T 9704-2012 writes them — 发文字号 (〔2027〕1号: 六角括号, no 第,
 * no leading zero), 成文日期 (Arabic numerals, 年月日 in full, no leading zero), 附件名称 (no punctuation after
 * it), 署名 and 成文日期 together, and a 讲话稿's byline under its title.
 */
import { docNumberProblems } from '../../format/closing';
import { SPEECH_GENRES } from '../../draft/gongwen-kinds';
import { isUnfilled } from '../../draft/export-issues';
import type { CheckRule, Finding } from '../types';

const CN: Record<string, number> = { '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };

/** 二〇二七年一月十五日 → 2027年1月15日; null when it is not a date in Chinese numerals. */
export function arabicDate(text: string): string | null {
  const m = /^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/.exec(text.trim());
  if (!m) return null;
  const small = (s: string) => (s.length === 1 ? (s === '十' ? 10 : CN[s]) : s.length === 2 ? (s[0] === '十' ? 10 + CN[s[1]] : CN[s[0]] * 10) : CN[s[0]] * 10 + CN[s[2]]);
  const year = [...m[1]].map((c) => CN[c]).join('');
  return `${year}年${small(m[2])}月${small(m[3])}日`;
}

export const gongwenElementsRule: CheckRule = {
  id: 'gongwen-elements',
  label: '公文要素',
  run(ctx) {
    const out: Finding[] = [];
    const blocks = ctx.blocks;
    const find = (i: number, id: string, message: string, start: number, end: number, fix?: Finding['fix']): void => {
      out.push({ id: `gongwen-elements:${id}:${i}:${start}`, rule: 'gongwen-elements', severity: 'warning', message, blockIndex: i, start, end, ...(fix ? { fix } : {}) });
    };
    for (const { index, block, text } of blocks) {
      if (block.type === 'docNumber') {
        const problems = docNumberProblems(text);
        if (problems.length) {
          const fixed = text.replace(/[[【［(（]\s*(\d{4})\s*[\]】］)）]/, '〔$1〕').replace(/第\s*(\d+)\s*号/, '$1号').replace(/〕\s*0+(\d)/, '〕$1');
          find(index, 'doc-number', problems.join('；'), 0, text.length, fixed !== text && docNumberProblems(fixed).length === 0 ? { replacement: fixed, label: `改为“${fixed}”` } : undefined);
        }
      }
      if (block.type === 'date' || block.type === 'printed') {
        const date = block.type === 'date' ? text.trim() : block.date;
        const arabic = arabicDate(date);
        if (block.type === 'date' && arabic) find(index, 'date-digits', '成文日期用阿拉伯数字标注（GB/T 9704-2012 7.3.5）', 0, text.length, { replacement: arabic, label: `改为“${arabic}”` });
        const padded = /^(\d{4})年0?(\d{1,2})月0?(\d{1,2})日$/.exec(date);
        if (padded && /年0\d|月0\d/.test(date)) {
          const fixed = `${padded[1]}年${Number(padded[2])}月${Number(padded[3])}日`;
          if (block.type === 'date') find(index, 'date-zero', '成文日期的月、日不编虚位（1 不编为 01）', 0, text.length, { replacement: fixed, label: `改为“${fixed}”` });
          else find(index, 'printed-zero', '印发日期的月、日不编虚位（1 不编为 01）', 0, text.length);
        }
        // A date still to be filled in (【成文日期】) is the placeholder check's to report, not a date written wrong.
        if (block.type === 'date' && !arabic && !padded && !block.children.some(isUnfilled)) find(index, 'date-form', '成文日期应写全年月日，如“2027年1月15日”', 0, text.length);
      }
      if (block.type === 'attachment') {
        const m = /[。；，、.;,]+$/.exec(text);
        if (m) find(index, 'attachment-punct', '附件名称后不加标点符号（GB/T 9704-2012 7.3.6）', m.index, text.length, { replacement: '', label: '删去标点' });
      }
    }
    const types = blocks.map((b) => b.block.type);
    const sig = types.indexOf('signature');
    const date = types.indexOf('date');
    if (sig >= 0 && date < 0) find(sig, 'no-date', '有发文机关署名而没有成文日期', 0, blocks[sig].text.length);
    const title = types.indexOf('title');
    if (ctx.draft.meta.genre && SPEECH_GENRES.includes(ctx.draft.meta.genre) && title >= 0 && !types.includes('byline')) {
      out.push({ id: `gongwen-elements:byline:${title}`, rule: 'gongwen-elements', severity: 'info', message: '讲话稿一般在标题下居中写明讲话人和日期（如“（2027年1月15日）”）', blockIndex: title, start: 0, end: blocks[title].text.length });
    }
    return out;
  },
};
