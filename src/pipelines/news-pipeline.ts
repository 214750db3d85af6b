import { assemblePipeline, type Pipeline, type Stage, type StageContext } from "../core/index.js";
import { cleanStage } from "../stages/clean/clean-stage.js";
import { truecaseStage } from "../stages/truecase/truecase-stage.js";
import { segmentStage } from "../stages/segment/segment-stage.js";
import { entitiesStage } from "../stages/entities/entities-stage.js";
import { actorsStage } from "../stages/actors/actors-stage.js";
import { datesStage } from "../stages/dates/dates-stage.js";
import { placesStage } from "../stages/places/places-stage.js";
import { quotesStage } from "../stages/quotes/quotes-stage.js";
import { eventsStage } from "../stages/events/events-stage.js";
import { pronounsStage } from "../stages/actors/resolve-pronouns.js";
import { placeDescriptionsStage } from "../stages/actors/place-descriptions.js";
import { loadResources } from "./resources.js";

/**
 * The per-article pipeline, in the only place that decides stage order:
 * clean rewrites the text, so it comes first, and truecase (capitals of a text typed in one case) right after; entities feed actors; places need entities to know
 * which capitalised words are organisation names ("Islamic State-Khorasan" is not a place);
 * unnamed parties ("civilians", "gunmen") take the country of their sentence's places once places
 * are resolved; quotes need actors to name speakers; pronouns become mentions of the actors they stand for after
 * quotes (which resolve their own pronoun speakers) and before events, which read them as parties;
 * events read every layer before them.
 */
export const NEWS_STAGES: readonly Stage[] = [
  cleanStage,
  truecaseStage,
  segmentStage,
  entitiesStage,
  actorsStage,
  datesStage,
  placesStage,
  placeDescriptionsStage,
  quotesStage,
  pronounsStage,
  eventsStage,
];

let shared: Pipeline | undefined;

/** The news pipeline with its resources, loaded once per process. */
export function newsPipeline(ctx?: StageContext): Pipeline {
  if (ctx) return assemblePipeline(NEWS_STAGES, ctx);
  shared ??= assemblePipeline(NEWS_STAGES, { resources: loadResources() });
  return shared;
}
