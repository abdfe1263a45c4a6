/**
 * Types shared by the review checks (审稿): the findings they report and the small rule modules
 * that produce them. Pure types; the checks run in Node, a worker and the renderer alike.
 */
import type { BlockElement, Draft, Role } from '../draft/model';

export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem found in the draft. `start`/`end` are offsets into `inlineText(block.children)` of
 * block `content[blockIndex]` (unfilled placeholders count as their 【label】 text there).
 * A `fix` replaces exactly that range with `replacement`.
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
  fix?: { replacement: string; label: string };
}

/** The review's own settings; the app's Settings (electron/api.ts) extends this, so core owns what the checks read. */
export interface CheckSettings {
  /** 长句: a sentence longer than this many characters (countChars) is reported. */
  maxSentenceChars: number;
  /** 长段: a paragraph longer than this many characters is reported. */
  maxParagraphChars: number;
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
