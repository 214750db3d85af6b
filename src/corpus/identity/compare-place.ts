import { distanceKm } from "../../core/great-circle.js";
import type { EventReport, ReportPlace } from "../records.js";
import { evidence, veto, type FieldComparison } from "./field-comparison.js";
import {
  DISTRICT_RADIUS_KM,
  PLACE_INSIDE,
  PLACE_MAYBE_INSIDE,
  PLACE_ONE_UNKNOWN,
  PLACE_SAME_COUNTRY,
  PLACE_SAME_DISTRICT,
  PLACE_SAME_PROVINCE,
  PLACE_SAME_TOWN,
  PLACE_TOWN_CLOSE,
  PLACE_TOWN_NEAR,
  PROVINCE_RADIUS_KM,
  TOWN_NEAR_KM,
  TOWN_SAME_KM,
} from "./heuristics.js";

/** How precise a place is: a town or site, a district or other region, a province, a country. */
export type PlaceLevel = "town" | "district" | "province" | "country";

export const PLACE_LEVEL_RANK: Readonly<Record<PlaceLevel, number>> = { town: 3, district: 2, province: 1, country: 0 };

/** The level of a report's place, from its event's geoPrecision and the place's GeoNames feature code. */
export function placeLevel(place: ReportPlace, geoPrecision: EventReport["geoPrecision"]): PlaceLevel {
  const f = place.feature;
  if (geoPrecision === "country" || f.startsWith("PCL") || f === "TERR") return "country";
  if (f === "ADM1" || f === "ADM1H") return "province";
  if (/^ADM[2-5]/.test(f) || f === "ADMD" || f === "RGN" || f === "AREA" || f === "ZN") return "district";
  // A town named only by its region ("a name the gazetteer lacks placed at its container") is as vague as the region.
  if (geoPrecision === "region") return "district";
  return "town";
}

function samePlace(a: ReportPlace, b: ReportPlace): boolean {
  if (a.geonameid !== null && b.geonameid !== null) return a.geonameid === b.geonameid;
  return a.name === b.name && a.country === b.country && distanceKm(a, b) < 1;
}

/** The province a place is in (or is), by name. */
function provinceOf(p: ReportPlace, level: PlaceLevel): string | null {
  return level === "province" ? (p.admin1 ?? p.name) : p.admin1;
}

const SAME_SCORE: Readonly<Record<PlaceLevel, number>> = { town: PLACE_SAME_TOWN, district: PLACE_SAME_DISTRICT, province: PLACE_SAME_PROVINCE, country: PLACE_SAME_COUNTRY };

interface Located {
  readonly place: ReportPlace | null;
  readonly geoPrecision: EventReport["geoPrecision"];
}

/**
 * Places: the same entry, nearby towns, containment (a town in its district or province), the same
 * country, or a veto (different countries; places of one precision far apart; a place far outside
 * the other).
 */
export function comparePlace(ra: Located, rb: Located): FieldComparison {
  const a = ra.place;
  const b = rb.place;
  if (a === null && b === null) return evidence(0, "no place in either");
  if (a === null || b === null) return evidence(PLACE_ONE_UNKNOWN, () => `only one gives a place (${(a ?? b)!.name})`);
  if (a.country !== null && b.country !== null && a.country !== b.country) return veto(() => `different countries (${a.name}, ${a.country} / ${b.name}, ${b.country})`);
  const la = placeLevel(a, ra.geoPrecision);
  const lb = placeLevel(b, rb.geoPrecision);
  if (samePlace(a, b)) {
    const level = PLACE_LEVEL_RANK[la] <= PLACE_LEVEL_RANK[lb] ? la : lb;
    return evidence(SAME_SCORE[level], () => `same ${level} (${a.name})`);
  }
  if (la === "country" || lb === "country") {
    if (a.country === null || b.country === null) return evidence(PLACE_ONE_UNKNOWN, () => `country-level place, country unknown (${a.name} / ${b.name})`);
    return evidence(PLACE_SAME_COUNTRY, () => `same country only (${a.name} / ${b.name})`);
  }
  const km = Math.round(distanceKm(a, b));
  const names = () => `${a.name} / ${b.name}, ${km} km`;
  if (la === lb) {
    if (la === "town") {
      if (km <= TOWN_SAME_KM) return evidence(PLACE_TOWN_CLOSE, () => `towns within ${TOWN_SAME_KM} km (${names()})`);
      if (km <= TOWN_NEAR_KM) return evidence(PLACE_TOWN_NEAR, () => `neighbouring towns (${names()})`);
      return veto(() => `different towns (${names()})`);
    }
    if (la === "district") return km <= DISTRICT_RADIUS_KM ? evidence(PLACE_INSIDE, () => `neighbouring regions (${names()})`) : veto(() => `different regions (${names()})`);
    if (provinceOf(a, la) !== null && provinceOf(a, la) === provinceOf(b, lb)) return evidence(PLACE_SAME_PROVINCE, () => `same province (${a.name} / ${b.name})`);
    return veto(() => `different provinces (${a.name} / ${b.name})`);
  }
  // Different precisions: is the finer place inside the coarser one?
  const [fine, coarse, lCoarse] = PLACE_LEVEL_RANK[la] > PLACE_LEVEL_RANK[lb] ? [a, b, lb] : [b, a, la];
  const inside = () => `${fine.name} in ${coarse.name}`;
  if (lCoarse === "province") {
    const pf = fine.admin1;
    const pc = provinceOf(coarse, "province");
    if (pf !== null && pc !== null) {
      if (pf === pc) return evidence(PLACE_INSIDE, () => `${inside()} (${km} km)`);
      return km <= PROVINCE_RADIUS_KM ? evidence(PLACE_MAYBE_INSIDE, () => `${fine.name} (${pf}) is not in ${coarse.name}, ${km} km`) : veto(() => `${fine.name} (${pf}) is far outside ${coarse.name} (${km} km)`);
    }
    return km <= PROVINCE_RADIUS_KM ? evidence(PLACE_INSIDE, () => `${inside()}? (${km} km, province unknown)`) : veto(() => `${fine.name} is ${km} km from ${coarse.name}`);
  }
  // A town and a district: containment by the district's radius.
  if (km <= DISTRICT_RADIUS_KM) return evidence(PLACE_INSIDE, () => `${inside()} (${km} km)`);
  if (km <= 2 * DISTRICT_RADIUS_KM) return evidence(PLACE_MAYBE_INSIDE, () => `${fine.name} near ${coarse.name} (${km} km)`);
  return veto(() => `${fine.name} is ${km} km from ${coarse.name}`);
}
