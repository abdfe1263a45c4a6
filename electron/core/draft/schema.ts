/**
 * The draft's zod schema: what the .gwdraft file and every host call carrying a draft accept. A draft that
 * passes is one the app can save, export and check. The block union is derived from the block specs
 * (blocks.ts), so a new kind is accepted by save, autosave and export the moment it is declared there.
 * Pure: zod only.
 */
import { z } from 'zod';
import { type AttrSpec, BLOCKS, type BlockType, blockTypes } from './blocks';
import { MAX_PAST_FIGURES, MAX_PAST_TASKS } from './from-past-meta';
import { DRAFT_LIMITS } from './limits';
import { GENRES, type Genre } from './model';

export const leafSchema = z.object({ text: z.string(), bold: z.boolean().optional(), check: z.string().optional() }).strict();
export const placeholderSchema = z.object({ type: z.literal('placeholder'), label: z.string().max(DRAFT_LIMITS.labelChars), children: z.array(leafSchema) }).strict();
export const inlineSchema = z.union([leafSchema, placeholderSchema]);
export const genreSchema = z.enum(GENRES as [Genre, ...Genre[]]);

/** meta.fromPast: what a draft made from a past document remembers of it (from-past-meta.ts). */
export const fromPastMetaSchema = z
  .object({
    sourceId: z.string().max(1000),
    sourceTitle: z.string().max(1000),
    sourceYear: z.number().int().min(DRAFT_LIMITS.reportYear.min).max(DRAFT_LIMITS.reportYear.max).optional(),
    tasks: z.array(z.string().max(500)).max(MAX_PAST_TASKS),
    figures: z.array(z.object({ value: z.string().max(40), before: z.string().max(20) }).strict()).max(MAX_PAST_FIGURES),
  })
  .strict();

function attrSchema(a: AttrSpec<unknown>): z.ZodType {
  const s = 'values' in a ? z.literal(a.values as (string | number)[]) : z.string().max(a.text.max);
  return a.optional ? s.optional() : s;
}

/** One kind's block: its type, the attributes its spec declares, inline children; nothing else. */
export function blockSchemaOf(type: BlockType) {
  const attrs = Object.fromEntries(Object.entries(BLOCKS[type].attrs as Record<string, AttrSpec<unknown>>).map(([k, a]) => [k, attrSchema(a)]));
  return z.object({ type: z.literal(type), ...attrs, children: z.array(inlineSchema) }).strict();
}

export const blockSchema = z.discriminatedUnion('type', blockTypes().map(blockSchemaOf) as [ReturnType<typeof blockSchemaOf>, ...ReturnType<typeof blockSchemaOf>[]]);

export const metaSchema = z
  .object({
    genre: genreSchema.optional(),
    skeletonId: z.string().max(DRAFT_LIMITS.skeletonIdChars).optional(),
    reportYear: z.number().int().min(DRAFT_LIMITS.reportYear.min).max(DRAFT_LIMITS.reportYear.max).optional(),
    fromPast: fromPastMetaSchema.optional(),
    createdAt: z.string().max(DRAFT_LIMITS.timestampChars),
    updatedAt: z.string().max(DRAFT_LIMITS.timestampChars),
  })
  .strict();

export const draftSchema = z
  .object({
    meta: metaSchema,
    content: z.array(blockSchema).max(DRAFT_LIMITS.blocks),
  })
  .strict();
