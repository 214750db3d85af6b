/**
 * The query string of event lists (/api/events, its histogram, exports) as the store's EventFilter:
 * one schema and one parser, so every endpoint filters the same way.
 */
import { SitrepError } from "../core/errors.js";
import type { EventFilter, EventSort } from "../store/store.js";
import { day } from "./api-schemas.js";

export interface EventQuery {
  readonly type?: string;
  readonly modality?: string;
  readonly actor?: string;
  readonly country?: string;
  readonly admin1?: string;
  readonly from?: string;
  readonly to?: string;
  readonly bbox?: string;
  readonly minFatalities?: number;
  readonly articleId?: string;
}

export const EVENT_SORTS: readonly EventSort[] = ["date", "-date", "fatalities", "-fatalities", "sources", "-sources"];

export const eventFilterProperties = {
  type: { type: "string", description: "PLOVER type, or several separated by commas (ASSAULT,PROTEST)", maxLength: 500 },
  modality: { type: "string", description: "asserted, claimed, pledged, intended, demanded, hypothetical or negated; several separated by commas", maxLength: 200 },
  actor: { type: "string", description: "part of an actor's or target's name or ACLED name, any case", maxLength: 200 },
  country: { type: "string", description: "ISO 3166-1 alpha-2 of the event's place", pattern: "^[A-Za-z]{2}$" },
  admin1: { type: "string", description: "the province (first-level division) of the event's place", maxLength: 200 },
  from: { ...day, description: "first day, YYYY-MM-DD, inclusive" },
  to: { ...day, description: "last day, YYYY-MM-DD, inclusive" },
  bbox: { type: "string", description: "west,south,east,north in degrees", pattern: "^-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+$" },
  minFatalities: { type: "integer", minimum: 0, description: "at least this many killed (the figure ACLED codes: the lowest reported)" },
  articleId: { type: "string", description: "events reported by this article", maxLength: 200 },
} as const;

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(",").map((s) => s.trim()).filter(Boolean);
  return items.length ? items : undefined;
}

export function parseBbox(value: string): [number, number, number, number] {
  const parts = value.split(",").map(Number);
  const [west, south, east, north] = parts as [number, number, number, number];
  const ok = parts.length === 4 && parts.every(Number.isFinite) && south <= north && Math.abs(south) <= 90 && Math.abs(north) <= 90 && Math.abs(west) <= 180 && Math.abs(east) <= 180;
  if (!ok) throw new SitrepError("BAD_ARGUMENT", `bbox must be west,south,east,north in degrees with south <= north, not ${value}`);
  return [west, south, east, north];
}

export function eventFilterOf(query: EventQuery): EventFilter {
  const types = list(query.type);
  const modalities = list(query.modality);
  if (query.from && query.to && query.from > query.to) throw new SitrepError("BAD_ARGUMENT", `from (${query.from}) is after to (${query.to})`);
  return {
    ...(types ? { type: types.map((t) => t.toUpperCase()) } : {}),
    ...(modalities ? { modality: modalities.map((m) => m.toLowerCase()) } : {}),
    ...(query.actor ? { actor: query.actor } : {}),
    ...(query.country ? { country: query.country.toUpperCase() } : {}),
    ...(query.admin1 ? { admin1: query.admin1 } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.bbox ? { bbox: parseBbox(query.bbox) } : {}),
    ...(query.minFatalities !== undefined ? { minFatalities: query.minFatalities } : {}),
    ...(query.articleId ? { articleId: query.articleId } : {}),
  };
}
