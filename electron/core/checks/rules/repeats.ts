/**
 * 重复字词: a function word typed twice (的的, 了了) and a word repeated back to back
 * (进一步进一步, 我们我们). Chinese reduplication is normal (刚刚, 紧紧, 实实在在, 研究研究 in speech)
 * and compounds can look doubled (目的的, 为了了解, 是是非非), so only listed words count, with
 * their legitimate neighbours excluded.
 */
import type { CheckRule, Finding } from '../types';

/** Doubled character → legitimate contexts, matched against [char before, pair, char after]. */
const DOUBLED: Record<string, RegExp | null> = {
  的: /目的的|有的的|的的确/,
  了: /不了了|了了[解之]|为了了|除了了|到了了/,
  是: /是是[非否]|总是是|就是是|只是是|还是是|但是是|可是是|于是是|凡是是|正是是|或是是|要是是|若是是|也是是|都是是|不是是/,
  和: /和和[谐睦平美气]|温和和|平和和|缓和和|总和和|柔和和|调和和|融和和/,
  与: /参与与|给与与|赋与与/,
  把: /一把把|把把[关握脉]/,
  被: /棉被被/,
  在: null, // 现在在座, 存在在, 实实在在: too often legitimate
};

/** Words never repeated back to back in formal writing. */
const WORDS = ['我们', '同志', '工作', '进一步', '加强', '推进', '开展', '坚持', '深入', '全面', '积极', '认真', '切实', '不断', '已经', '以及', '通过', '全市', '全县', '全省', '各级', '广大', '职工', '发展', '建设'];
const wordRe = new RegExp(`(${WORDS.join('|')})\\1`, 'g');

export const repeatsRule: CheckRule = {
  id: 'repeats',
  label: '重复字词',
  run(ctx) {
    const out: Finding[] = [];
    for (const { block, text, index } of ctx.blocks) {
      if (block.type === 'title') continue;
      for (let i = 0; i + 1 < text.length; i++) {
        const ch = text[i];
        if (text[i + 1] !== ch || !(ch in DOUBLED)) continue;
        const allowed = DOUBLED[ch];
        if (allowed === null || text[i + 2] === ch) continue;
        if (allowed.test((i > 0 ? text[i - 1] : '\u0000') + text.slice(i, i + 3))) continue;
        // Reduplicated AABB (实实在在, 和和美美): the pair before or after is doubled too.
        if ((i >= 2 && text[i - 1] === text[i - 2]) || (i + 3 < text.length && text[i + 2] === text[i + 3])) continue;
        out.push({
          id: `repeats:char:${index}:${i}`,
          rule: 'repeats',
          severity: 'warning',
          message: `“${ch}${ch}”：“${ch}”字重复`,
          blockIndex: index,
          start: i,
          end: i + 2,
          fix: { replacement: ch, label: `删去一个“${ch}”` },
        });
        i++;
      }
      for (const m of text.matchAll(wordRe))
        out.push({
          id: `repeats:word:${index}:${m.index}`,
          rule: 'repeats',
          severity: 'warning',
          message: `“${m[1]}”连续重复`,
          blockIndex: index,
          start: m.index,
          end: m.index + m[0].length,
          fix: { replacement: m[1], label: `删去重复的“${m[1]}”` },
        });
    }
    return out;
  },
};
