/**
 * Review checks (审稿) over a draft: a list of small rule modules, each pure and tested on its own,
 * plus the speaking-time estimate. Add a rule by writing a module and appending it to RULES.
 */
import { specOf } from '../draft/blocks';
import { inlineText, type Draft } from '../draft/model';
import { buildContext } from './context';
import { againstLastYearRule } from './rules/against-last-year';
import { confusablesRule } from './rules/confusables';
import { enumerationRule } from './rules/enumeration';
import { figuresRule } from './rules/figures';
import { gongwenElementsRule } from './rules/gongwen-elements';
import { leftoversRule } from './rules/leftovers';
import { lengthRule } from './rules/length';
import { numberingRule } from './rules/numbering';
import { placeholdersRule } from './rules/placeholders';
import { punctuationRule } from './rules/punctuation';
import { repeatsRule } from './rules/repeats';
import { countSpokenChars } from '../text/chars';
import type { CheckRule, CheckSettings, Finding } from './types';

export type { CheckRule, CheckSettings, Finding, Severity, UserWordPair } from './types';

/** Every rule, in the order their groups are listed in the panel. */
export const RULES: CheckRule[] = [
  placeholdersRule,
  leftoversRule,
  figuresRule,
  againstLastYearRule,
  numberingRule,
  enumerationRule,
  gongwenElementsRule,
  confusablesRule,
  punctuationRule,
  repeatsRule,
  lengthRule,
];

/** Rule id → Chinese label, for the panel and the inline tooltips. */
export const RULE_LABELS: Record<string, string> = Object.fromEntries(RULES.map((r) => [r.id, r.label]));

/** All findings, in document order (block, then offset); rules listed first win ties. */
export function runChecks(draft: Draft, settings: CheckSettings, rules: CheckRule[] = RULES): Finding[] {
  const ctx = buildContext(draft, settings);
  const all = rules.flatMap((r, order) => r.run(ctx).map((f) => ({ f, order })));
  all.sort((a, b) => a.f.blockIndex - b.f.blockIndex || a.f.start - b.f.start || a.order - b.order);
  // Ids key React lists and inline marks: keep them unique even if a rule reports one range twice.
  const seen = new Set<string>();
  return all.map(({ f }) => {
    let id = f.id;
    for (let k = 2; seen.has(id); k++) id = `${f.id}#${k}`;
    seen.add(id);
    const fix = f.fix && { ...f.fix, original: ctx.blocks[f.blockIndex]?.text.slice(f.start, f.end) ?? '' };
    return { ...f, id, ...(fix ? { fix } : {}) };
  });
}

export interface SpeechSection {
  /** The level-1 heading's block, or the first spoken block for the part before any heading. */
  blockIndex: number;
  /** Heading text (without its number); “开头” for the part before the first heading. */
  heading: string;
  chars: number;
  minutes: number;
}

export interface SpeechTiming {
  totalChars: number;
  totalMinutes: number;
  sections: SpeechSection[];
}

/**
 * Estimated speaking time at `charsPerMinute` (字/分钟, default setting 220), per top-level section
 * and in total. Counts what is read aloud: salutation, headings (their text; the number is not
 * counted) and paragraphs — every kind its spec marks spoken (draft/blocks.ts; the title is not read) — with
 * characters as in countSpokenChars (读音字数).
 */
export function speechTiming(draft: Draft, charsPerMinute: number): SpeechTiming {
  if (!(charsPerMinute > 0)) throw new RangeError(`语速必须是正数（字/分钟），收到的是 ${charsPerMinute}`);
  const sections: SpeechSection[] = [];
  let current: SpeechSection | null = null;
  draft.content.forEach((block, index) => {
    if (!specOf(block).spoken) return;
    const text = inlineText(block.children);
    if (block.type === 'heading' && block.level === 1) {
      current = { blockIndex: index, heading: text.trim(), chars: 0, minutes: 0 };
      sections.push(current);
    } else if (!current) {
      if (countSpokenChars(text) === 0) return;
      current = { blockIndex: index, heading: '开头', chars: 0, minutes: 0 };
      sections.push(current);
    }
    current.chars += countSpokenChars(text);
  });
  let totalChars = 0;
  for (const s of sections) {
    s.minutes = s.chars / charsPerMinute;
    totalChars += s.chars;
  }
  return { totalChars, totalMinutes: totalChars / charsPerMinute, sections };
}
