/**
 * The engine's revision, part of the archive's engine fingerprint (services/archive/worker.ts
 * reindexIfEngineChanged). The fingerprint is mostly the seed as the engine reads it, so a change that reads
 * the seed the same but other documents differently (a new heading role, a new cue for stated problems) would
 * never reach the documents already in a user's archive. Raise this number with such a change: every archive is
 * then derived again once, in the background, at its next start (its corrections kept).
 *
 * 1: problems stated as 问题在于 / 长期存在…问题 / 有待提高…, a 必须看到 turn sentences before its shortcomings,
 *    the 述职's 有进步也有不足 formula no longer read as problems; part titles set as two phrases apart by spaces
 *    or as a keyword over a subtitle; a headline over a newspaper's dateline; 目标要求 (plus the heading roles of
 *    December 2026).
 */
export const ENGINE_REVISION = 1;
