/**
 * The specifics a reused past text must have checked: the corpus engine's (corpus/specifics.ts) plus the
 * forms found in real 政府工作报告 and 教代会 reports that the engine's table does not know yet. The extra
 * rules are candidates for corpus/specifics.ts; until they move there, they run after the engine's and
 * only where the engine found nothing, so the engine's spans and reasons always win.
 * Pure: no Node, Electron or DOM imports.
 */
import { findSpecifics, type SpecificKind, type SpecificSpan } from '../corpus/specifics';
import type { TextSpan } from './marked-text';

const CN = '一二三四五六七八九十';

interface ExtraRule {
  kind: SpecificKind;
  re: RegExp;
  reason: string;
}

const EXTRA_RULES: ExtraRule[] = [
  // 二〇二六年, ２０２６年: years the engine's ASCII-digit rule cannot see.
  { kind: '年份', re: /[〇零○一二三四五六七八九]{4}(?=年)|[０-９]{4}(?=年)/g, reason: '年份：请核对是否为本年度' },
  // 一月二十七日 (bylines of provincial reports are written in Chinese numerals)
  { kind: '日期', re: new RegExp(`[${CN}]{1,2}月[${CN}]{1,3}日`, 'g'), reason: '日期：请核对' },
  // 第十四届人民代表大会第五次会议, 十四届人大四次会议, 九届二次教代会: the engine needs 届 right before the meeting word.
  { kind: '届次', re: new RegExp(`第?[${CN}百]+届`, 'g'), reason: '届次：请核对是否为当前届次的会议' },
  {
    kind: '届次',
    re: new RegExp(`第?[${CN}]+次(?=(?:全体|代表|党员|职工|教职工)?(?:会议|全会|大会|全委会|执委会|常委会|教代会|职代会|党代会|团代会))`, 'g'),
    reason: '会议名称：请核对是否为最近一次会议',
  },
  // 十五五 without quotes and not followed by 规划/时期 (十五五开局, 十四五期间)
  { kind: '规划期', re: /十[一二三四五六七八九]五(?![万千百亿年个])/g, reason: '规划期：请核对是否为当前五年规划' },
  // What a year is within its plan period goes stale with the year itself: “2025年是‘十四五’收官之年”.
  { kind: '规划期', re: /(?:开局|收官|起步|攻坚|冲刺|决胜|承上启下|谋篇布局)之年/g, reason: '年份定位：请核对本年度在规划期中的位置' },
  // Full-width figures (１８万人, ５．５％)
  { kind: '数字', re: /[０-９]+(?:[．.][０-９]+)?[％%]?/g, reason: '数字：请核对最新数据' },
];

function extraSpecifics(text: string): SpecificSpan[] {
  const out: SpecificSpan[] = [];
  for (const rule of EXTRA_RULES) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const start = m.index ?? 0;
      out.push({ start, end: start + m[0].length, kind: rule.kind, replacement: `{${rule.kind}}`, reason: rule.reason });
    }
  }
  return out;
}

/** Engine specifics plus the extra forms, non-overlapping, in order (the engine's win any overlap). */
export function reuseSpecifics(text: string): SpecificSpan[] {
  const engine = findSpecifics(text);
  const taken = (s: SpecificSpan, list: SpecificSpan[]) => list.some((e) => s.start < e.end && e.start < s.end);
  const extra: SpecificSpan[] = [];
  for (const s of extraSpecifics(text).sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (!taken(s, engine) && !taken(s, extra)) extra.push(s);
  }
  return [...engine, ...extra].sort((a, b) => a.start - b.start);
}

/** The same, as spans for markText: each specific marked to check with the engine's reason. */
export function specificTextSpans(text: string): TextSpan[] {
  return reuseSpecifics(text).map((s) => ({ start: s.start, end: s.end, kind: 'specific', specific: s.kind, reason: s.reason }));
}
