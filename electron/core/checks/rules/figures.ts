/**
 * 可疑数字: a rate that cannot exceed 100% but does (办结率达1000%), and a year that is later than
 * the report's year although the sentence tells of what has already been done.
 * Both are conservative: only clear cases are flagged, and the message says why.
 */
import { CLAUSE_END, sentenceRanges } from '../../text/sentences';
import type { CheckRule, Finding } from '../types';

/** Words naming a share of a whole (bounded by 100%). */
const BOUNDED = /率|占比|比重|满意度|覆盖面/;
/** Words that make a percentage a change or an over-fulfilment, which may exceed 100%. */
const UNBOUNDED = /增长|增速|增幅|增加|提高|提升|上升|下降|降低|减少|同比|环比|超额|超过|完成|利润|产值|收益|回报|倍/;

function rates(text: string, index: number): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(/([0-9]+(?:\.[0-9]+)?)\s*(?:%|％)/g)) {
    const value = Number(m[1]);
    if (!(value > 100)) continue;
    // The clause the percentage sits in, back to the previous clause break.
    const clauseStart = Math.max(...['，', '。', '；', '：', ',', ';', '！', '？'].map((p) => text.lastIndexOf(p, m.index - 1))) + 1;
    const clause = text.slice(clauseStart, m.index);
    const word = BOUNDED.exec(clause);
    if (!word || UNBOUNDED.test(clause)) continue;
    const shown = text.slice(clauseStart, m.index + m[0].length);
    out.push({
      id: `figures:rate:${index}:${m.index}`,
      rule: 'figures',
      severity: 'error',
      message: `“${shown}”：“${word[0]}”是占总数的比例，不能超过100%，请核实数字（可能多打了“0”）`,
      blockIndex: index,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/** Wording that tells of things already done. */
const PAST = /取得|完成了|实现了|荣获|获得|累计|共计|已经|已于|圆满|顺利|成功举办|建成|办结/;
/** Wording about plans and targets, where later years are expected. */
const FUTURE = /力争|计划|预计|目标|规划|争取|展望|将要|即将|到(?:19|20)[0-9]{2}年|以前|之前|前完成|底前|要在|将在|将于|下一步|明年|今后/;

function years(text: string, index: number, reportYear: number, inReview: boolean): Finding[] {
  const out: Finding[] = [];
  for (const s of sentenceRanges(text, CLAUSE_END)) {
    if (FUTURE.test(s.text)) continue;
    const past = PAST.exec(s.text);
    if (!past && !inReview) continue;
    for (const m of s.text.matchAll(/(?<![0-9])((?:19|20)[0-9]{2})\s*年(?!代)/g)) {
      const year = Number(m[1]);
      if (year <= reportYear + 1) continue;
      const why = inReview && !past ? '位于“回顾/成绩”部分' : `此句叙述已发生的事（“${past![0]}”）`;
      out.push({
        id: `figures:year:${index}:${s.start + m.index}`,
        rule: 'figures',
        severity: 'warning',
        message: `“${m[1]}年”晚于报告年份${reportYear}年，但${why}，年份可能有误`,
        blockIndex: index,
        start: s.start + m.index,
        end: s.start + m.index + m[1].length,
      });
    }
  }
  return out;
}

export const figuresRule: CheckRule = {
  id: 'figures',
  label: '可疑数字',
  run(ctx) {
    const out: Finding[] = [];
    for (const b of ctx.blocks) {
      if (b.block.type === 'title') continue;
      out.push(...rates(b.text, b.index));
      if (ctx.reportYear !== null && b.block.type === 'paragraph')
        out.push(...years(b.text, b.index, ctx.reportYear, b.sectionRole === 'review'));
    }
    return out;
  },
};
