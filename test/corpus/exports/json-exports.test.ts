import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { ploverJsonl, type PloverEvent } from "../../../src/corpus/exports/plover-jsonl.js";
import { geojsonCollection } from "../../../src/corpus/exports/geojson.js";
import { quotesCsv, QUOTE_CSV_COLUMNS } from "../../../src/corpus/exports/quotes-csv.js";
import { actorsCsv, actorsJsonl, ACTOR_CSV_COLUMNS } from "../../../src/corpus/exports/actors-export.js";
import type { CorpusEvent, EventReport, QuoteRecord } from "../../../src/corpus/records.js";
import type { ActorSummary } from "../../../src/store/store.js";
import { analyseArticles, groupReports } from "./corpus-events.js";

let events: CorpusEvent[];
let reports: EventReport[];
let quotes: QuoteRecord[];

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let s = "";
  for await (const c of chunks) s += c;
  return s;
}

beforeAll(async () => {
  ({ reports, quotes } = await analyseArticles());
  events = groupReports(reports);
});

describe("events as PLOVER JSON Lines", () => {
  it("writes one event a line with PLOVER's fields, actors by ISO3 and sector, the place by GeoNames id", async () => {
    const lines = (await text(ploverJsonl(events))).split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(events.length);
    const records = lines.map((l) => JSON.parse(l) as PloverEvent);
    const kandahar = records.find((r) => r.location?.name === "Kandahār" && r.event_type === "ASSAULT")!;
    expect(kandahar).toMatchObject({ event_date: "2021-10-11", date_precision: "day", event_type: "ASSAULT", dead: 5, source_count: 2, article_count: 2 });
    expect(kandahar.location).toMatchObject({ country: "AFG", admin1: "Kandahar", precision: "exact", acled_geo_precision: 1 });
    expect(kandahar.location!.geonames_id).toEqual(expect.any(Number));
    expect(kandahar.actor).toMatchObject({ sector: "UAF", inter: 3 });
    expect(kandahar.fatalities).toMatchObject({ coded: 5, min: 5, max: null });
    expect(kandahar.fatalities.reported.map((r) => r.text)).toEqual(["killed five", "At least seven police officers were killed"]);
    expect(kandahar.sources.map((s) => s.outlet)).toEqual(["Kabul Times", "Wire Service"]);
    expect(kandahar.sources[0]!.text).toBe("Gunmen killed five police officers in Kandahar on Monday, Afghan officials said.");
    const mopti = records.find((r) => r.location?.name === "Mopti")!;
    expect(mopti.recipient).toMatchObject({ name: "Military Forces of Mali", country: "MLI", sector: "MIL", inter: 1 });
    const shelling = records.find((r) => r.mode === "heavy-weapons")!;
    expect(shelling.actor).toMatchObject({ country: "RUS", sector: "MIL", inter: 8 });
    expect(shelling.recipient?.sector).toBe("CVL");
    for (const r of records) {
      expect(r.contexts).toEqual(r.context === "" ? [] : r.context.split(";"));
      expect(typeof r.mode).toBe("string");
    }
  });
});

describe("events as GeoJSON (RFC 7946)", () => {
  it("is a FeatureCollection of Points in [lon, lat] with flat properties; events without coordinates are counted", async () => {
    let told = -1;
    const json = JSON.parse(await text(geojsonCollection(events, { onSkipped: (n) => (told = n) }))) as {
      type: string;
      features: Array<{ type: string; id: unknown; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }>;
      sitrep_without_coordinates: number;
      crs?: unknown;
    };
    // RFC 7946: a FeatureCollection has "features", an array of Features; no "crs" (WGS 84 implied).
    expect(json.type).toBe("FeatureCollection");
    expect(Array.isArray(json.features)).toBe(true);
    expect(json.crs).toBeUndefined();
    const placed = events.filter((e) => e.place.value !== null);
    expect(json.features).toHaveLength(placed.length);
    expect(json.sitrep_without_coordinates).toBe(events.length - placed.length);
    expect(json.sitrep_without_coordinates).toBeGreaterThan(0);
    expect(told).toBe(json.sitrep_without_coordinates);
    for (const f of json.features) {
      expect(f.type).toBe("Feature");
      expect(["string", "number"]).toContain(typeof f.id);
      expect(f.geometry.type).toBe("Point");
      // A position is [longitude, latitude], in range, at most three numbers.
      expect(f.geometry.coordinates).toHaveLength(2);
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
      for (const v of Object.values(f.properties)) expect(v === null || ["string", "number", "boolean"].includes(typeof v)).toBe(true);
    }
    const mopti = json.features.find((f) => f.properties.location === "Mopti")!;
    expect(mopti.geometry.coordinates).toEqual([-4.18296, 14.4843]);
    expect(mopti.properties).toMatchObject({ type: "ASSAULT", acled_type: "Battles", sub_type: "Armed clash", fatalities: 4, actor2: "Military Forces of Mali", sources: 1, geo_precision: "near" });
  });

  it("writes an empty collection for no events", async () => {
    expect(JSON.parse(await text(geojsonCollection([])))).toEqual({ type: "FeatureCollection", features: [], sitrep_without_coordinates: 0 });
  });
});

describe("quotes and actors", () => {
  it("writes quotes as CSV a reader reads back, quotes, commas and line breaks included", async () => {
    expect(quotes.length).toBeGreaterThan(0);
    const rows = parse(await text(quotesCsv(quotes)), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...QUOTE_CSV_COLUMNS]);
    expect(rows).toHaveLength(quotes.length);
    const mujahid = rows.find((r) => /Mujahid/.test(r.speaker!))!;
    expect(mujahid).toMatchObject({ kind: "direct", date: "2021-10-13", outlet: "Kabul Times", url: "https://kabultimes.example/q", article: 'Taliban: "we will not stop"', quote: "We will not stop, and we will not leave" });
    for (const [i, q] of quotes.entries()) expect(rows[i]!.quote).toBe(q.text);
    // A quote that spans a line break keeps it inside its cell; one that opens like a formula is guarded.
    const tricky = { ...quotes[0]!, text: 'first line, "quoted"\r\nsecond line', speakerText: "-a source" };
    const back = parse(await text(quotesCsv([tricky])), { bom: true, columns: true }) as Record<string, string>[];
    expect(back).toHaveLength(1);
    expect(back[0]!.quote).toBe('first line, "quoted"\r\nsecond line');
    expect(back[0]!.speaker_words).toBe("'-a source");
  });

  it("writes actors as CSV and JSON Lines with their ACLED inter code", async () => {
    const actors: ActorSummary[] = [
      { name: "Taliban", acledName: "Taliban", kind: "armed group", country: "AF", partyType: "REB", eventCount: 3, quoteCount: 2 },
      { name: "=cmd", acledName: null, kind: "person", country: null, partyType: "PER", eventCount: 0, quoteCount: 1 },
    ];
    const rows = parse(await text(actorsCsv(actors)), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...ACTOR_CSV_COLUMNS]);
    expect(rows[0]).toEqual({ name: "Taliban", acled_name: "Taliban", kind: "armed group", country: "AF", party_type: "REB", inter: "2", event_count: "3", quote_count: "2" });
    expect(rows[1]!.name).toBe("'=cmd");
    const json = (await text(actorsJsonl(actors))).trim().split("\n").map((l) => JSON.parse(l));
    expect(json[0]).toEqual({ ...actors[0], inter: 2 });
    expect(json[1].inter).toBeNull();
  });
});
