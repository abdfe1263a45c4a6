/**
 * Placeholders in text: `{label}` is how phrases, skeletons and the archive write a thing to fill in
 * (`{年份}年，{单位}…`), 【label】 is how an unfilled one reads in the draft's text, its exports and every
 * offset the checks report. One syntax, one length limit, one shown form.
 * Pure: no Node, Electron or DOM imports.
 */

/** Longest label `{…}` may carry; a longer brace run is text, not a placeholder. */
export const MAX_LABEL_CHARS = 20;

/** `{label}` as written in phrase and skeleton text (label in group 1); global, so use with matchAll. */
export const PLACEHOLDER_TOKEN = new RegExp(`\\{([^{}\\n]{1,${MAX_LABEL_CHARS}})\\}`, 'g');

/** The same syntax typed into the draft by hand, in either spelling: `{label}` or 【label】 (no groups). */
export const TYPED_PLACEHOLDER_SOURCE = `\\{[^{}\\n]{1,${MAX_LABEL_CHARS}}\\}|【[^【】\\n]{1,${MAX_LABEL_CHARS}}】`;

/** How an unfilled placeholder reads in text: 【label】. */
export const shownLabel = (label: string): string => `【${label}】`;

export type TextPart = { text: string } | { label: string };

/** Splits `{label}` text into text runs and placeholder labels, in order (no empty text runs). */
export function splitPlaceholders(text: string): TextPart[] {
  const out: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER_TOKEN)) {
    const i = m.index ?? 0;
    if (i > last) out.push({ text: text.slice(last, i) });
    out.push({ label: m[1] });
    last = i + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
