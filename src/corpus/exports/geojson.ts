/**
 * Corpus events as one GeoJSON FeatureCollection (RFC 7946) that QGIS and Leaflet open: a Point
 * feature per event with a place, coordinates in [longitude, latitude] order (WGS 84), properties flat
 * (strings, numbers, null) so a GIS reads them as columns. Events without coordinates are left out and
 * counted in the foreign member `sitrep_without_coordinates`, written after the features (the count is
 * known only at the end of a stream; member order does not matter in JSON).
 */
import type { CorpusEvent } from "../records.js";
import { acledDate } from "./acled-codes.js";
import { acledPartiesOf, acledPartOf, acledRowFatalities, evidenceBySource, leadReport, outletsOf } from "./event-facts.js";
import { acledNameOfParty } from "../../stages/events/acled-actors.js";

export interface GeoJsonProperties {
  readonly id: string;
  readonly date: string | null;
  /** PLOVER type (sitrep's type). */
  readonly type: string;
  readonly mode: string | null;
  /** ACLED event type and sub-event type. */
  readonly acled_type: string | null;
  readonly sub_type: string | null;
  readonly modality: string;
  /** The ACLED figure: the lowest reported; 0 when none. */
  readonly fatalities: number;
  readonly fatalities_max: number | null;
  readonly actor1: string | null;
  readonly actor2: string | null;
  readonly location: string;
  readonly admin1: string | null;
  readonly country: string | null;
  readonly geonames_id: number | null;
  readonly geo_precision: string | null;
  readonly acled_geo_precision: number | null;
  /** Number of distinct outlets. */
  readonly sources: number;
  readonly outlets: string;
  /** The lead report's evidence sentence. */
  readonly evidence: string | null;
  /** The report key of the event whose ACLED row this one is part of (a demonstration's arrests), else null. */
  readonly acled_part_of: string | null;
}

export interface GeoJsonFeature {
  readonly type: "Feature";
  readonly id: string;
  readonly geometry: { readonly type: "Point"; readonly coordinates: readonly [number, number] };
  readonly properties: GeoJsonProperties;
}

/** The event as a Point feature, or null when it has no usable coordinates. */
export function geojsonFeature(event: CorpusEvent): GeoJsonFeature | null {
  const place = event.place.value;
  if (!place || !validLonLat(place.lon, place.lat)) return null;
  // As in the ACLED CSV: the reports' parties, or ACLED's convention where they name no one or a crowd.
  const coded = acledPartiesOf(event, place.country ?? null);
  const actor1 = coded ? coded.actor1 : event.actor.value;
  const actor2 = coded ? coded.actor2 : event.target.value;
  return {
    type: "Feature",
    id: event.id,
    geometry: { type: "Point", coordinates: [place.lon, place.lat] },
    properties: {
      id: event.id,
      date: acledDate(event.date.value, event.day).date,
      type: event.type.value,
      mode: event.mode.value,
      acled_type: event.acled?.eventType ?? null,
      sub_type: event.acled?.subEventType ?? null,
      modality: event.modality.value,
      fatalities: acledRowFatalities(event),
      fatalities_max: event.fatalities.max,
      actor1: acledNameOfParty(actor1),
      actor2: acledNameOfParty(actor2),
      location: place.name,
      admin1: place.admin1,
      country: place.country,
      geonames_id: place.geonameid,
      geo_precision: event.geoPrecision,
      acled_geo_precision: event.acledGeoPrecision,
      sources: event.sourceCount,
      outlets: outletsOf(event).join("; "),
      evidence: leadReport(event)?.evidence.text ?? evidenceBySource(event)[0] ?? null,
      acled_part_of: acledPartOf(event),
    },
  };
}

function validLonLat(lon: number, lat: number): boolean {
  return Number.isFinite(lon) && Number.isFinite(lat) && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
}

export interface GeoJsonOptions {
  /** Told how many events were left out for want of coordinates, at the end. */
  readonly onSkipped?: (count: number) => void;
}

/** The FeatureCollection's text, opened at once and closed after the last event. */
export async function* geojsonCollection(events: AsyncIterable<CorpusEvent> | Iterable<CorpusEvent>, options: GeoJsonOptions = {}): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let written = 0;
  let skipped = 0;
  for await (const e of events) {
    const f = geojsonFeature(e);
    if (!f) {
      skipped++;
      continue;
    }
    yield `${written > 0 ? "," : ""}\n${JSON.stringify(f)}`;
    written++;
  }
  yield `\n],"sitrep_without_coordinates":${skipped}}\n`;
  options.onSkipped?.(skipped);
}
