/**
 * Types shared by the review checks (审稿): the findings they report and the small rule modules
 * that produce them. Pure types; the checks run in Node, a worker and the renderer alike.
 */
import type { BlockElement, Draft, Role } from '../draft/model';

export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem found in the draft. `start`/`end` are offsets into `inlineText(block.children)` of
 * block `content[blockIndex]` (unfilled placeholders count as their 【label】 text there).
 * A `fix` replaces exactly that range with `replacement`; `original` is the text the range held when the
 * checks ran (set by runChecks), so a fix offered for an older text is never applied to a newer one.
 */
export interface Finding {
  id: string;
  rule: string;
  severity: Severity;
  /** Chinese, says what is wrong and why. */
  message: string;
  blockIndex: number;
  start: number;
  end: number;
  fix?: { replacement: string; label: string; original?: string };
  /**
   * Set where the user may silence this kind of finding for good (不再提示): the key to add to
   * CheckSettings.mutedWords (an entry of the 易混词语 list, `截止→截至`).
   */
  mute?: string;
}

/** A pair of the user's own for the 易混词语 check: `wrong` is reported and `right` offered. */
export interface UserWordPair {
  wrong: string;
  right: string;
  /** Why, in her words (shown in the finding). */
  note?: string;
}

/** The review's own settings; the app's Settings (electron/api.ts) extends this, so core owns what the checks read. */
export interface CheckSettings {
  /** 长句: a sentence longer than this many characters (countChars) is reported. */
  maxSentenceChars: number;
  /** 长段: a paragraph longer than this many characters is reported. */
  maxParagraphChars: number;
  /** 易混词语: the user's own pairs, checked besides the built-in list (rules/word-list.ts). */
  userWordPairs?: UserWordPair[];
  /** 易混词语 entries the user said 不再提示 for, by key (`截止→截至`, or a pair's `wrong→right`). */
  mutedWords?: string[];
}

/** A block as the rules see it: its plain text plus where it sits in the outline. */
export interface CheckBlock {
  index: number;
  block: BlockElement;
  /** `inlineText(block.children)`: the coordinate space of every finding. */
  text: string;
  /** Role of the enclosing top-level section (from its heading's `role`, or guessed from its wording). */
  sectionRole?: Role;
  /** Heading text of the enclosing top-level section. */
  sectionHeading?: string;
}

export interface CheckContext {
  draft: Draft;
  blocks: CheckBlock[];
  settings: CheckSettings;
  /** `draft.meta.reportYear`, else the first year in the title (2024年工作报告 → 2024), else null. */
  reportYear: number | null;
}

/** One review rule: small, pure, tested on its own. */
export interface CheckRule {
  id: string;
  /** Chinese label shown as the group title in the panel. */
  label: string;
  run(ctx: CheckContext): Finding[];
}
