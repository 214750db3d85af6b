import { loadWinkSegmenter } from "../models/wink.js";
import { loadCleanResources } from "../stages/clean/resources.js";
import { loadEntitiesResources } from "../stages/entities/resources.js";
import { loadActorsResources } from "../stages/actors/resources.js";
import { loadDatesResources } from "../stages/dates/resources.js";
import { loadPlacesResources } from "../stages/places/resources.js";
import { loadQuotesResources } from "../stages/quotes/resources.js";
import { loadEventsResources } from "../stages/events/resources.js";

/**
 * Loads every lexicon and model the news pipeline reads. Each stage owns its loader and the
 * keys it returns; they must not collide.
 */
export function loadResources(): Record<string, unknown> {
  return {
    ...loadCleanResources(),
    segmenter: loadWinkSegmenter(),
    ...loadEntitiesResources(),
    ...loadActorsResources(),
    ...loadDatesResources(),
    ...loadPlacesResources(),
    ...loadQuotesResources(),
    ...loadEventsResources(),
  };
}
