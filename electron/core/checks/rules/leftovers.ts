/**
 * 删改残留: what an edit leaves behind. A name deleted before 同志 (贯彻落实同志在…讲话精神, 由同志主持, 张三、同志、
 * 李四) — a hole a reader notices at once; and reference marks ([1], ［2］, ¹) from a copied web page or a Word
 * footnote, which a 公文 does not have.
 */
import type { CheckRule, Finding } from '../types';

/**
 * 同志 with no name before it: after a clause break, a list comma, or a word that introduces a person (贯彻, 由,
 * 在…), and followed by what follows a named person (在, 的, 指出, 讲话…). 各位同志, 老同志, 在座的同志 and
 * 同志们 are not holes.
 */
const NAME_HOLE =
  /(?<=^|[，。；：、“（\s]|贯彻|落实|学习|传达|按照|根据|遵照|在|对|向|由|和|与|及|同|请|经|陪同|听取)同志(?=[在的，、。；：）”]|指出|强调|讲话|要求|提出|主持|出席|作|就|关于|批示|重要|亲自|曾|多次|一行)/g;

/** [1] ［2］ [3-5] [1,2] after text, and superscript digits after a Chinese character. */
const REFERENCE = /[[［]\d{1,3}(?:[-–,，]\d{1,3})*[\]］]|(?<=[\u3400-\u9fff”。，])[¹²³⁴-⁹⁰]+/g;

export const leftoversRule: CheckRule = {
  id: 'leftovers',
  label: '删改残留',
  run(ctx) {
    const out: Finding[] = [];
    for (const { text, index } of ctx.blocks) {
      if (!text) continue;
      for (const m of text.matchAll(NAME_HOLE))
        out.push({
          id: `leftovers:name:${index}:${m.index}`,
          rule: 'leftovers',
          severity: 'warning',
          message: '“同志”前缺少姓名，可能是删去姓名后留下的空缺',
          blockIndex: index,
          start: m.index,
          end: m.index + m[0].length,
        });
      for (const m of text.matchAll(REFERENCE))
        out.push({
          id: `leftovers:ref:${index}:${m.index}`,
          rule: 'leftovers',
          severity: 'warning',
          message: `“${m[0]}”是注释或参考文献的标号，公文正文中不应保留`,
          blockIndex: index,
          start: m.index,
          end: m.index + m[0].length,
          fix: { replacement: '', label: `删除“${m[0]}”` },
        });
    }
    return out;
  },
};
