import type { GeoPrecision, PlaceData } from "../../core/index.js";

/** ACLED's geo_precision: 1 a named town; 2 near a town or a part of a region; 3 a larger region. */
export type AcledGeoPrecision = 1 | 2 | 3;

/**
 * An event's geoPrecision in ACLED's three levels (docs/output.md; /work design ONTOLOGY): at a
 * town or site 1; near one ("north of Kabul"), in a district, or at a name the gazetteer lacks that
 * was placed at its town or district 2; a province, region or country 3. Null with no place.
 */
export function acledGeoPrecision(precision: GeoPrecision | null, place: Partial<PlaceData> | undefined): AcledGeoPrecision | null {
  if (!precision || !place) return null;
  if (precision === "exact") return 1;
  if (precision === "near") return 2;
  if (precision === "country") return 3;
  const kind = place.resolution === "enclosing" ? place.enclosedBy?.kind : place.kind;
  return kind === "admin2" || kind === "city" || kind === "feature" ? 2 : 3;
}
