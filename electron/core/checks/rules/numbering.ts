/**
 * 编号层级: 一、 → （一） → 1. → （1）.
 * Heading numbers are generated from position, so this rule looks at (a) markers typed by hand —
 * in heading text (they would show twice) and at the start of body paragraphs (pasted or manual
 * numbering) — and (b) the level structure of headings and typed markers together: no level
 * skipped, no （一） before any 一、, no gaps, repeats or reversals in a typed sequence, and the
 * correct (full-width) spelling of each marker.
 */
import { headingMarker, headingNumbers, numberHeadings, type HeadingLevel } from '../../draft/model';
import { leadingMarker } from '../../text/markers';
import type { CheckRule, Finding } from '../types';

const LEVEL_NAMES = ['', '一级“一、”', '二级“（一）”', '三级“1.”', '四级“（1）”'];

export const numberingRule: CheckRule = {
  id: 'numbering',
  label: '编号层级',
  run(ctx) {
    const out: Finding[] = [];
    const auto = numberHeadings(ctx.draft.content);
    const numbers = headingNumbers(ctx.draft.content);
    const add = (f: Omit<Finding, 'id' | 'rule'>, code: string) =>
      out.push({ id: `numbering:${code}:${f.blockIndex}:${f.start}`, rule: 'numbering', ...f });
    // counters[l]: last number seen at level l under the current parent; depth: deepest level open.
    const counters = [0, 0, 0, 0, 0];
    let depth = 0;
    const enter = (level: HeadingLevel, num: number) => {
      counters[level] = num;
      for (let l = level + 1; l <= 4; l++) counters[l] = 0;
      depth = level;
    };

    for (const b of ctx.blocks) {
      const { block, text, index } = b;
      if (block.type === 'heading') {
        const typed = leadingMarker(text);
        if (typed) {
          add(
            {
              severity: 'warning',
              message: `标题开头手动输入了编号“${typed.text}”；标题编号自动生成（此处为“${auto[index]}”），会重复显示，应删除`,
              blockIndex: index,
              start: typed.start,
              end: typed.end,
              fix: { replacement: '', label: `删除“${typed.text}”` },
            },
            'typed-in-heading',
          );
        }
        if (block.level > depth + 1) {
          add(
            {
              severity: 'warning',
              message:
                depth === 0
                  ? `${LEVEL_NAMES[block.level]}标题出现在任何一级标题“一、”之前，层级不完整`
                  : `标题层级跳级：${LEVEL_NAMES[depth]}之下直接出现${LEVEL_NAMES[block.level]}标题，缺少${LEVEL_NAMES[depth + 1]}一级`,
              blockIndex: index,
              start: 0,
              end: text.length,
            },
            'heading-skip',
          );
        }
        enter(block.level, numbers[index]);
        continue;
      }
      if (block.type !== 'paragraph') continue;
      const m = leadingMarker(text);
      if (!m) continue;
      const at = { blockIndex: index, start: m.start, end: m.start + m.text.length };
      if (m.text !== m.canonical) {
        const halfWidth = /[()]/.test(m.text);
        add(
          {
            severity: 'warning',
            message: halfWidth
              ? `编号“${m.text}”使用了半角括号，应为全角“${m.canonical}”`
              : `编号“${m.text}”写法不规范，应为“${m.canonical}”`,
            ...at,
            fix: { replacement: m.canonical, label: `改为“${m.canonical}”` },
          },
          'spelling',
        );
      }
      if (m.level > depth + 1) {
        add(
          {
            severity: 'warning',
            message:
              m.level === 2 && depth === 0
                ? `编号“${m.canonical}”不在任何一级“一、”之下`
                : depth === 0
                  ? `编号“${m.canonical}”之前没有上一级编号，层级不完整`
                  : `编号层级跳级：${LEVEL_NAMES[depth]}之下直接出现“${m.canonical}”，缺少${LEVEL_NAMES[depth + 1]}一级`,
            ...at,
          },
          'skip',
        );
      }
      const prev = counters[m.level];
      const prevMarker = prev ? headingMarker(m.level, prev) : '';
      if (prev && m.num === prev) {
        add({ severity: 'warning', message: `编号“${m.canonical}”与上一条重复`, ...at }, 'repeat');
      } else if (m.num > prev + 1) {
        const missing = headingMarker(m.level, prev + 1);
        add(
          {
            severity: 'warning',
            message: prev
              ? `编号从“${prevMarker}”跳到“${m.canonical}”，缺少“${missing}”`
              : `编号从“${m.canonical}”开始，缺少“${missing}”`,
            ...at,
          },
          'gap',
        );
      } else if (prev && m.num < prev && m.num !== 1) {
        add({ severity: 'warning', message: `编号倒序：“${m.canonical}”出现在“${prevMarker}”之后`, ...at }, 'order');
      }
      enter(m.level, m.num);
    }
    return out;
  },
};
