/**
 * The request kinds of bench/serve-bench.ts (filtered event lists and the timeline histogram), with
 * parameters drawn from what the store holds (its busiest country, a province, a year, a place), shared
 * with bench/serve-plans.ts so both measure the same requests.
 */
import type { Store } from "../src/store/store.js";

export interface RequestKind {
  readonly name: string;
  readonly path: string;
}

export async function requestKinds(store: Store): Promise<RequestKind[]> {
  const byCountry = (await store.countEvents({}, "country")).filter((b) => b.key).sort((a, b) => b.events - a.events);
  const topCountry = byCountry[0]?.key ?? "US";
  const byAdmin1 = (await store.countEvents({ country: topCountry }, "admin1")).filter((b) => b.key).sort((a, b) => b.events - a.events);
  const admin1 = byAdmin1[Math.min(2, byAdmin1.length - 1)]?.key ?? "";
  const byDay = (await store.countEvents({}, "day")).filter((b) => b.key && /^\d{4}-\d{2}-\d{2}$/.test(b.key)).sort((a, b) => a.key!.localeCompare(b.key!));
  const midDay = byDay[Math.floor(byDay.length / 2)]?.key ?? "2016-01-01";
  const year = midDay.slice(0, 4);
  // The map's box: 16 degrees around the mean place of the busiest country's latest 500 events (a dense view).
  const placed = (await store.listEventBriefs({ country: topCountry }, "-date", { limit: 500 })).items.filter((b) => b.lat !== null && b.lon !== null);
  const sample = placed.length ? { lat: placed.reduce((n, b) => n + b.lat!, 0) / placed.length, lon: placed.reduce((n, b) => n + b.lon!, 0) / placed.length } : undefined;
  // A cursor twenty pages deep into the whole list, newest first.
  let deep: string | null = null;
  for (let i = 0; i < 20; i++) deep = (await store.listEvents({}, "-date", { limit: 50, cursor: deep })).next;
  const box = sample ? `${(sample.lon - 8).toFixed(2)},${(sample.lat - 8).toFixed(2)},${(sample.lon + 8).toFixed(2)},${(sample.lat + 8).toFixed(2)}` : "-10,30,40,60";
  const kinds: Array<[string, string]> = [
    ["no filter, newest first", "/api/events?limit=50"],
    ["no filter, 20 pages deep (cursor)", `/api/events?limit=50${deep ? `&cursor=${encodeURIComponent(deep)}` : ""}`],
    ["type", "/api/events?type=ASSAULT&limit=50"],
    [`country ${topCountry} + a year`, `/api/events?country=${topCountry}&from=${year}-01-01&to=${year}-12-31&limit=50`],
    [`country + admin1 (${admin1})`, `/api/events?country=${topCountry}&admin1=${encodeURIComponent(admin1)}&limit=50`],
    ["date range, oldest first", `/api/events?from=${year}-01-01&to=${year}-03-31&sort=date&limit=50`],
    ["at least 5 killed, deadliest first", "/api/events?minFatalities=5&sort=-fatalities&limit=50"],
    ["actor 'police' (common)", "/api/events?actor=police&limit=50"],
    ["actor 'taliban' (rarer)", "/api/events?actor=taliban&limit=50"],
    ["type + modality, most sources first", "/api/events?type=PROTEST,ASSAULT&modality=asserted&sort=-sources&limit=50"],
    ["bounding box, map view (500 brief)", `/api/events?bbox=${box}&view=brief&limit=500`],
    ["timeline histogram, whole store", "/api/events/histogram"],
    [`timeline histogram, country ${topCountry}`, `/api/events/histogram?country=${topCountry}`],
  ];
  return kinds.map(([name, path]) => ({ name, path }));
}
