/**
 * Figures with the words just before them, which say what they count (城镇新增就业|3万人): how a draft made
 * from last year's report remembers last year's figures, and how the 与去年对照 check finds the ones left
 * unchanged. One definition for both sides, so what is stored is what is compared.
 * Pure: no Node, Electron or DOM imports.
 */
import type { PastFigure } from './from-past-meta';
import { reuseSpecifics } from './reuse-specifics';

/** Characters of context kept before a figure. */
export const FIGURE_CONTEXT = 6;
/** Characters of that context that must agree for two figures to be “the same figure”. */
const MATCH_CONTEXT = 4;

export interface FoundFigure extends PastFigure {
  start: number;
  end: number;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** Figures and percentages in `text` (years, dates, 届次 and blanked ×× are not figures). */
export function figuresIn(text: string): FoundFigure[] {
  const out: FoundFigure[] = [];
  for (const s of reuseSpecifics(text)) {
    if (s.kind !== '数字' && s.kind !== '百分比') continue;
    const value = text.slice(s.start, s.end);
    if (value.includes('×')) continue;
    out.push({ value, before: text.slice(Math.max(0, s.start - FIGURE_CONTEXT), s.start), start: s.start, end: s.end });
  }
  return out;
}

/**
 * The key two figures must share to be the same: the value and the last few characters before it, when
 * at least two of them are Han (a bare “3” after a comma says nothing about what it counts).
 */
export function figureKey(f: PastFigure): string | null {
  const ctx = f.before.replace(/\s+/g, '').slice(-MATCH_CONTEXT);
  if ((ctx.match(HAN) ?? []).length < 2) return null;
  return `${f.value}\u0000${ctx}`;
}
