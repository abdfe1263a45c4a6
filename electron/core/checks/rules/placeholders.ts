/**
 * 未填占位 / 待核对: unfilled placeholder elements (shown as 【label】), placeholders typed as text
 * ({年份}, 【单位】, 20_, 202_, __, xx), and specifics still carrying a "to check" mark (`check` on a
 * text leaf, set when a phrase or section was pasted from the archive) or typed 待核实/待核对/TODO notes (the app's one word for a mark is 待核对).
 */
import type { InlineNode } from '../../draft/model';
import { inlinePieces } from '../../draft/pieces';
import { TYPED_PLACEHOLDER_SOURCE } from '../../text/placeholders';
import type { CheckRule, Finding } from '../types';

interface Span {
  start: number;
  end: number;
}

/** Offsets (in inlineText coordinates) of unfilled placeholder elements and of leaves marked `check` (a check inside a filled placeholder covers all of it). */
function inlineSpans(children: InlineNode[]) {
  const placeholders: (Span & { label: string })[] = [];
  const checks: (Span & { why: string })[] = [];
  for (const p of inlinePieces(children)) {
    if (p.kind === 'unfilled') placeholders.push({ start: p.start, end: p.nodeEnd, label: p.placeholder.label });
    else if (p.leaf.check !== undefined && p.text) checks.push({ start: p.nodeStart, end: p.nodeEnd, why: p.leaf.check });
  }
  return { placeholders, checks };
}

// One alternation so 20_年 is reported once, not as “20_” and “_”.
const TYPED = new RegExp(
  [
    TYPED_PLACEHOLDER_SOURCE, // {年份} 【单位】
    '(?<![A-Za-z0-9_])[0-9]{0,4}[_＿]+(?:[0-9]{1,4}[_＿]+)*(?![A-Za-z_])', // 20_ 202_ 20_20_ __
    '(?<![A-Za-z])(?:[xX]{2,}|[×]{2,}|[ｘＸ]{2,})(?![A-Za-z])', // xx XX ××
  ].join('|'),
  'g',
);

const TODO = /待核实|待核对|待核|待确认|待补充|TODO|TBD/g;

export const placeholdersRule: CheckRule = {
  id: 'placeholders',
  label: '未填占位与待核对',
  run(ctx) {
    const out: Finding[] = [];
    for (const { block, text, index } of ctx.blocks) {
      const { placeholders, checks } = inlineSpans(block.children);
      const covered = (s: number, e: number) => placeholders.some((p) => p.start <= s && e <= p.end);
      for (const p of placeholders)
        out.push({
          id: `placeholders:ph:${index}:${p.start}`,
          rule: 'placeholders',
          severity: 'error',
          message: `占位符【${p.label}】尚未填写`,
          blockIndex: index,
          start: p.start,
          end: p.end,
        });
      for (const m of text.matchAll(TYPED)) {
        const s = m.index;
        const e = s + m[0].length;
        if (covered(s, e)) continue;
        const t = m[0];
        const message = /^[{【]/.test(t)
          ? `“${t}”是待填写的占位内容`
          : /^[0-9]/.test(t)
            ? `“${t}”是不完整的年份或数字，待填写`
            : /_|＿/.test(t)
              ? `“${t}”是空白待填处`
              : `“${t}”是待填写的代称`;
        out.push({ id: `placeholders:typed:${index}:${s}`, rule: 'placeholders', severity: 'error', message, blockIndex: index, start: s, end: e });
      }
      for (const c of checks)
        out.push({
          id: `placeholders:check:${index}:${c.start}`,
          rule: 'placeholders',
          severity: 'warning',
          message: `“${text.slice(c.start, c.end)}”标记为待核对${c.why ? `：${c.why}` : ''}`,
          blockIndex: index,
          start: c.start,
          end: c.end,
        });
      for (const m of text.matchAll(TODO))
        out.push({
          id: `placeholders:todo:${index}:${m.index}`,
          rule: 'placeholders',
          severity: 'warning',
          message: `文中留有“${m[0]}”标记，定稿前应处理并删除`,
          blockIndex: index,
          start: m.index,
          end: m.index + m[0].length,
        });
    }
    return out;
  },
};
