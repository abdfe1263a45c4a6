/**
 * 长句长段: sentences and paragraphs longer than the thresholds in settings (字数 as countSpokenChars, 读音字数).
 * A sentence ends at 。！？ (a semicolon does not end one); a long list joined by ；is a long sentence.
 */
import { countSpokenChars } from '../../text/chars';
import { sentenceRanges } from '../../text/sentences';
import type { CheckRule, Finding } from '../types';

export const lengthRule: CheckRule = {
  id: 'length',
  label: '长句长段',
  run(ctx) {
    const out: Finding[] = [];
    const { maxSentenceChars, maxParagraphChars } = ctx.settings;
    for (const { block, text, index } of ctx.blocks) {
      if (block.type !== 'paragraph') continue;
      const total = countSpokenChars(text);
      if (maxParagraphChars > 0 && total > maxParagraphChars)
        out.push({
          id: `length:paragraph:${index}`,
          rule: 'length',
          severity: 'info',
          message: `段落过长：${total}字，超过设定的${maxParagraphChars}字，可考虑拆分`,
          blockIndex: index,
          start: 0,
          end: text.length,
        });
      if (maxSentenceChars <= 0) continue;
      for (const s of sentenceRanges(text)) {
        const n = countSpokenChars(s.text);
        if (n > maxSentenceChars)
          out.push({
            id: `length:sentence:${index}:${s.start}`,
            rule: 'length',
            severity: 'warning',
            message: `句子过长：${n}字，超过设定的${maxSentenceChars}字，读来费力，可考虑断句`,
            blockIndex: index,
            start: s.start,
            end: s.end,
          });
      }
    }
    return out;
  },
};
