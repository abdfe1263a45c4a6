/**
 * How much a draft may hold. The schema refuses more blocks and longer labels; the normaliser (normalize.ts)
 * cuts whatever enters a draft to these limits with a message, so a draft in the editor always fits a save:
 * 100,000 blocks and 10 million characters keep the file well under the services' 100 MB draft-file limit
 * (a character is at most 3 bytes of UTF-8, plus the JSON around it).
 * Pure constants.
 */
export const DRAFT_LIMITS = {
  blocks: 100_000,
  /** All text of the draft together (leaves and placeholder labels). */
  textChars: 10_000_000,
  /** A placeholder label as the file format accepts it (labels typed as {…} are shorter: text/placeholders.ts). */
  labelChars: 40,
  skeletonIdChars: 200,
  timestampChars: 64,
  reportYear: { min: 1900, max: 2200 },
} as const;
