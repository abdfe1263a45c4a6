/**
 * The draft's zod schema: what the .gwdraft file and every host call carrying a draft accept. A draft that
 * passes is one the app can save, export and check. Pure: zod only.
 */
import { z } from 'zod';
import { GENRES, type Genre, type Role, ROLES } from './model';

export const leafSchema = z.object({ text: z.string(), bold: z.boolean().optional(), check: z.string().optional() }).strict();
export const placeholderSchema = z.object({ type: z.literal('placeholder'), label: z.string().max(40), children: z.array(leafSchema) }).strict();
export const inlineSchema = z.union([leafSchema, placeholderSchema]);
export const roleSchema = z.enum(ROLES as [Role, ...Role[]]);
export const genreSchema = z.enum(GENRES as [Genre, ...Genre[]]);

const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('title'), children: z.array(inlineSchema) }).strict(),
  z.object({ type: z.literal('salutation'), children: z.array(inlineSchema) }).strict(),
  z
    .object({
      type: z.literal('heading'),
      level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      role: roleSchema.optional(),
      children: z.array(inlineSchema),
    })
    .strict(),
  z.object({ type: z.literal('paragraph'), children: z.array(inlineSchema) }).strict(),
]);

export const draftSchema = z
  .object({
    meta: z
      .object({
        genre: genreSchema.optional(),
        skeletonId: z.string().max(200).optional(),
        reportYear: z.number().int().min(1900).max(2200).optional(),
        createdAt: z.string().max(64),
        updatedAt: z.string().max(64),
      })
      .strict(),
    content: z.array(blockSchema).max(100_000),
  })
  .strict();
