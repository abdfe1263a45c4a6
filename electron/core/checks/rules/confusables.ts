/**
 * 易混词语: the built-in list of commonly confused words and 别字 (word-list.ts, each with its source) and the
 * user's own pairs (设置), each offering the right form. Every finding carries its entry's key, so the panel can
 * offer 不再提示 for that word (CheckSettings.mutedWords).
 */
import type { CheckRule, Finding, UserWordPair } from '../types';
import { WORD_LIST, type WordEntry } from './word-list';

/** The key a user pair is muted by. */
export const userPairKey = (p: UserWordPair): string => `${p.wrong}→${p.right}`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Compiled {
  key: string;
  re: RegExp;
  right?: string;
  message: (found: string) => string;
}

const BUILT_IN: Compiled[] = WORD_LIST.map((e: WordEntry) => ({
  key: e.key,
  re: new RegExp(e.find.source, 'g'),
  right: e.right,
  message: (found) => (e.right ? `“${found}”应为“${e.right}”：${e.why}（${e.source}）` : `“${found}”不妥：${e.why}（${e.source}）`),
}));

function compileUser(pairs: readonly UserWordPair[]): Compiled[] {
  return pairs
    .filter((p) => p.wrong.trim() && p.wrong !== p.right)
    .map((p) => ({
      key: userPairKey(p),
      re: new RegExp(escape(p.wrong), 'g'),
      right: p.right,
      message: (found) => `“${found}”应为“${p.right}”${p.note ? `：${p.note}` : ''}（自定义词表）`,
    }));
}

export const confusablesRule: CheckRule = {
  id: 'confusables',
  label: '易混词语',
  run(ctx) {
    const muted = new Set(ctx.settings.mutedWords ?? []);
    const entries = [...BUILT_IN, ...compileUser(ctx.settings.userWordPairs ?? [])].filter((e) => !muted.has(e.key));
    const out: Finding[] = [];
    for (const { text, index } of ctx.blocks) {
      if (!text) continue;
      for (const e of entries) {
        e.re.lastIndex = 0;
        for (let m = e.re.exec(text); m; m = e.re.exec(text)) {
          if (!m[0]) {
            e.re.lastIndex++;
            continue;
          }
          // A pair whose right form contains the wrong one (人意→如人意) must not flag the right form.
          const inRight = e.right ? e.right.indexOf(m[0]) : -1;
          if (inRight >= 0 && text.startsWith(e.right!, m.index - inRight)) continue;
          out.push({
            id: `confusables:${index}:${m.index}:${e.key}`,
            rule: 'confusables',
            severity: 'warning',
            message: e.message(m[0]),
            blockIndex: index,
            start: m.index,
            end: m.index + m[0].length,
            ...(e.right ? { fix: { replacement: e.right, label: `改为“${e.right}”` } } : {}),
            mute: e.key,
          });
        }
      }
    }
    return out;
  },
};
