import { createDocument, type Document, type EntityType, type LayerAnnotation, type PlaceData } from "../../src/core/index.js";
import { loadWinkSegmenter } from "../../src/models/wink.js";
import { segmentText } from "../../src/stages/segment/segment-stage.js";
import { extractPlaces } from "../../src/stages/places/places-stage.js";
import { createPlacesResources } from "../../src/stages/places/resources.js";
import { haversineKm } from "../../src/eval/metrics.js";

/** Loaded once per test file: the segmenter and the gazetteer (about half a second). */
export const segmenter = loadWinkSegmenter();
export const resources = createPlacesResources();

/** A document with sentences and tokens, and the given entities marked by their surface text. */
export function makeDocument(text: string, entities: readonly [string, EntityType][] = []): Document {
  const layers = segmentText(text, segmenter);
  const entity: LayerAnnotation<"entity">[] = entities.map(([surface, type], k) => {
    const start = text.indexOf(surface);
    if (start < 0) throw new Error(`"${surface}" is not in the text`);
    return { id: `e${k + 1}`, layer: "entity", start, end: start + surface.length, data: { type, text: surface }, source: { stage: "test", rule: "hand" } };
  });
  return { ...createDocument(text), layers: { ...layers, entity } };
}

export function placesIn(text: string, entities: readonly [string, EntityType][] = []): PlaceData[] {
  return extractPlaces(makeDocument(text, entities), resources).map((a) => a.data);
}

export function placeNamed(places: readonly PlaceData[], text: string): PlaceData | undefined {
  return places.find((p) => p.text === text);
}

export function kmFrom(p: { lat: number; lon: number }, lat: number, lon: number): number {
  return haversineKm(p.lat, p.lon, lat, lon);
}
