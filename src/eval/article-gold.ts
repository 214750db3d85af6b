import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { SitrepError } from "../core/errors.js";

/**
 * The hand-made per-article gold format of ../shared/eval/seed/gold.json, also used by every
 * article under test/golden/. Every text, evidence and mention is an exact substring of the article.
 */
const nullableName = z.string().nullable();

const goldCount = z
  .object({
    exact: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    text: z.string().optional(),
    accept_missing: z.boolean().optional(),
    /** The text gives no usable figure: only "no count" is right. */
    unknown: z.boolean().optional(),
  })
  .passthrough();

const goldEvent = z
  .object({
    id: z.string(),
    type: z.string(),
    accept: z.array(z.string()).optional(),
    modality: z.string().optional(),
    actor: nullableName.optional(),
    accept_actor: z.array(nullableName).optional(),
    target: nullableName.optional(),
    accept_target: z.array(nullableName).optional(),
    symmetric: z.boolean().optional(),
    where: z.object({ name: nullableName.optional(), accept: z.array(nullableName).optional() }).passthrough().optional(),
    when: z.object({ value: nullableName.optional(), accept: z.array(nullableName).optional() }).passthrough().optional(),
    fatalities: goldCount.optional(),
    injuries: goldCount.optional(),
    evidence: z.string(),
    background: z.boolean().optional(),
    /** Coders disagree on it: emitting it is not spurious and missing it is not a miss. */
    optional: z.boolean().optional(),
  })
  .passthrough();

export const articleGoldSchema = z
  .object({
    document: z.string().default("article.txt"),
    published: z.string().optional(),
    boilerplate: z.array(z.string()).default([]),
    entities: z
      .array(z.object({ name: z.string(), type: z.string(), mentions: z.array(z.string()).default([]) }).passthrough())
      .default([]),
    places: z
      .array(
        z
          .object({
            text: z.string(),
            country: z.string().nullable().optional(),
            feature: z.string().optional(),
            lat: z.number(),
            lon: z.number(),
            optional: z.boolean().optional(),
            accept_near: z.array(z.object({ lat: z.number(), lon: z.number(), km: z.number() })).optional(),
          })
          .passthrough(),
      )
      .default([]),
    dates: z.array(z.object({ text: z.string(), value: z.string().nullable(), note: z.string().optional() }).passthrough()).default([]),
    quotes: z
      .array(
        z
          .object({
            kind: z.string(),
            speaker: z.string(),
            accept_speaker: z.array(z.string()).optional(),
            cue: z.string().optional(),
            text: z.string(),
            addressee: z.string().optional(),
            via: z.string().optional(),
          })
          .passthrough(),
      )
      .default([]),
    events: z.array(goldEvent).default([]),
    not_events: z
      .array(z.object({ evidence: z.string(), why: z.string().optional(), forbidden_types: z.array(z.string()).optional() }).passthrough())
      .default([]),
  })
  .passthrough();

export type ArticleGold = z.infer<typeof articleGoldSchema>;
export type GoldEvent = z.infer<typeof goldEvent>;
export type GoldCount = z.infer<typeof goldCount>;

export interface GoldArticle {
  readonly folder: string;
  readonly text: string;
  readonly gold: ArticleGold;
}

export function readGoldArticle(folder: string): GoldArticle {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(folder, "gold.json"), "utf8"));
  } catch (e) {
    throw new SitrepError("EVAL_DATA_MISSING", `${folder}/gold.json: ${(e as Error).message}`);
  }
  const parsed = articleGoldSchema.safeParse(raw);
  if (!parsed.success) throw new SitrepError("EVAL_FORMAT", `${folder}/gold.json: ${parsed.error.message}`);
  const text = readFileSync(join(folder, parsed.data.document), "utf8");
  return { folder, text, gold: parsed.data };
}
