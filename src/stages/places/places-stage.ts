import { defineStage, layer, type Document, type LayerAnnotation, type PlaceData } from "../../core/index.js";
import { findToponyms } from "./find-toponyms.js";
import { resolveToponyms, type ResolvedToponym } from "./resolve-toponyms.js";
import type { PlacesResources } from "./resources.js";

/**
 * Toponyms found in the text (from GPE/LOC entities and gazetteer matches) and resolved to
 * GeoNames entries by the article's country focus, cue words, containers and population.
 */
export const placesStage = defineStage({
  name: "places",
  requires: ["sentence", "token", "entity"],
  provides: ["place"],
  run(doc, ctx) {
    const resources = ctx.resources.places as PlacesResources | undefined;
    if (!resources) return { place: [] };
    return { place: extractPlaces(doc, resources) };
  },
});

export function extractPlaces(doc: Document, resources: PlacesResources): LayerAnnotation<"place">[] {
  const tokens = layer(doc, "token");
  if (tokens.length === 0) return [];
  const { gazetteer, lexicons } = resources;
  const detected = findToponyms({ text: doc.text, tokens, entities: layer(doc, "entity") }, gazetteer, lexicons);
  const tokenWords = tokens.map((t) => doc.text.slice(t.start, t.end));
  const resolved = resolveToponyms({ text: doc.text, tokenWords, mentions: detected.mentions, demonymCountries: detected.demonymCountries }, gazetteer);
  return resolved.map((r, k) => toAnnotation(r, k, resources));
}

function toAnnotation(r: ResolvedToponym, k: number, resources: PlacesResources): LayerAnnotation<"place"> {
  const e = r.entry;
  const { gazetteer } = resources;
  const data: PlaceData = {
    text: r.mention.text,
    name: e.name,
    kind: e.kind,
    country: e.country || null,
    admin1: e.kind === "country" || !e.admin1Code ? null : gazetteer.admin1Name(e.country, e.admin1Code),
    lat: e.lat,
    lon: e.lon,
    geonameid: e.geonameid,
    feature: e.feature,
    population: e.population || undefined,
    alternatives: r.alternatives,
  };
  return {
    id: `p${k + 1}`,
    layer: "place",
    start: r.mention.start,
    end: r.mention.end,
    data,
    source: { stage: "places", rule: `${r.mention.rule}+${r.rule}${r.mention.cue ? `+${r.mention.cue.id}` : ""}` },
  };
}
