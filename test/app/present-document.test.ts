import { describe, expect, it } from "vitest";
import { createDocument, type Document, type LayerAnnotation, type Layers } from "../../src/core/index.js";
import { presentDocument } from "../../src/app/present/present-document.js";
import { documentJsonSchema } from "../../src/app/present/document-schema.js";
import { formatDocuments } from "../../src/app/present/format-documents.js";

const TEXT = "Foreign minister Amir Khan Muttaqi said the US would help. Muttaqi met officials in Doha on Friday.";
const at = (s: string, from = 0) => ({ start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length });
const src = (stage: string, rule: string) => ({ stage, rule });

/** A hand-made document whose stages used their own id styles, in no particular order. */
function handMadeDocument(): Document {
  const muttaqi1 = at("Amir Khan Muttaqi");
  const muttaqi2 = at("Muttaqi", muttaqi1.end);
  const us = at("US");
  const layers: Layers = {
    entity: [
      { id: "ent-9", layer: "entity", ...at("Doha"), data: { type: "GPE", text: "Doha" }, source: src("entities", "model") },
      { id: "ent-1", layer: "entity", ...muttaqi1, data: { type: "PERSON", text: "Amir Khan Muttaqi" }, source: src("entities", "model") },
      { id: "ent-2", layer: "entity", ...muttaqi2, data: { type: "PERSON", text: "Muttaqi" }, source: src("entities", "model") },
      { id: "ent-3", layer: "entity", ...us, data: { type: "GPE", text: "US" }, source: src("entities", "dictionary") },
    ],
    actor: [
      {
        id: "actor-us", layer: "actor", ...us,
        data: { name: "United States", kind: "country", country: "US", title: null, affiliation: null, aliases: ["US"], mentions: [us] },
        source: src("actors", "dictionary:us"),
      },
      {
        id: "actor-m", layer: "actor", ...muttaqi1,
        data: { name: "Amir Khan Muttaqi", kind: "person", country: "AF", title: "foreign minister", affiliation: "actor-missing", aliases: ["Muttaqi"], mentions: [at("Foreign minister Amir Khan Muttaqi"), muttaqi2] },
        source: src("actors", "coref"),
      },
    ],
    quote: [
      {
        id: "quote-1", layer: "quote", ...at("the US would help"),
        data: { kind: "indirect", text: "the US would help", speaker: "actor-m", speakerSpan: muttaqi1, speakerText: "Foreign minister Amir Khan Muttaqi", cue: "said", cueSpan: at("said"), addressee: "ent-3" },
        source: src("quotes", "said-that"),
      },
    ],
    place: [
      {
        id: "pl1", layer: "place", ...at("Doha"),
        data: { text: "Doha", name: "Doha", kind: "city", country: "QA", admin1: "Baladiyat ad Dawhah", lat: 25.2854, lon: 51.531, geonameid: 290030, feature: "PPLC" },
        source: src("places", "gazetteer"),
      },
    ],
    date: [
      { id: "dt1", layer: "date", ...at("on Friday"), data: { text: "on Friday", value: "2021-10-08", precision: "day", relative: true, timexType: "DATE" }, source: src("dates", "weekday-past") },
    ],
    event: [
      {
        id: "ev-7", layer: "event", ...at("Muttaqi met officials in Doha on Friday."),
        data: {
          type: "CONSULT", mode: null, modality: "asserted", background: false, actor: "actor-m", target: "nobody", place: "pl1", date: "dt1", geoPrecision: "exact",
          fatalities: null, injuries: { min: 4, max: 4, text: "four" }, evidence: { ...at("Muttaqi met officials in Doha on Friday."), text: "stale text" }, trigger: { ...at("met"), text: "met" }, cameo: "040", acled: null,
        },
        source: src("events", "trigger:met"),
      },
    ],
  };
  const base = createDocument(TEXT, { published: "2021-10-10", source: "test" });
  return { ...base, layers, removed: [{ text: "Watch: Kabul today", reason: "related-story headline", source: src("clean", "clean:kicker.section") } as never] };
}

describe("presentDocument", () => {
  const json = presentDocument(handMadeDocument());

  it("produces the sitrep.document/1 JSON, valid against the schema", () => {
    const parsed = documentJsonSchema.safeParse(json);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(json.schema).toBe("sitrep.document/1");
    expect(Object.keys(json)).toEqual(["schema", "meta", "text", "removed", "actors", "entities", "quotes", "places", "dates", "events"]);
    expect(json.meta).toEqual({ title: null, url: null, published: "2021-10-10", language: null, source: "test", id: null, fetchedUrl: null, finalUrl: null, canonicalUrl: null, siteName: null });
  });

  it("renumbers ids per layer in reading order", () => {
    expect(json.entities.map((e) => [e.id, e.text])).toEqual([["e1", "Amir Khan Muttaqi"], ["e2", "US"], ["e3", "Muttaqi"], ["e4", "Doha"]]);
    expect(json.actors.map((a) => [a.id, a.name])).toEqual([["a1", "Amir Khan Muttaqi"], ["a2", "United States"]]);
  });

  it("links each entity to the actor whose mention contains it", () => {
    expect(json.entities.map((e) => e.actor)).toEqual(["a1", "a2", "a1", null]);
  });

  it("maps every reference to the new ids, and a dangling one to null", () => {
    expect(json.quotes[0]).toMatchObject({ id: "q1", speaker: "a1", addressee: "a2", speakerText: "Foreign minister Amir Khan Muttaqi", cue: "said" });
    expect(json.events[0]).toMatchObject({ id: "v1", actor: "a1", target: null, place: "p1", date: "d1", injuries: { min: 4, max: 4, text: "four" } });
    expect(json.actors[0]!.affiliation).toBeNull();
  });

  it("carries provenance on every item and on removed lines", () => {
    expect(json.events[0]!.source).toEqual({ stage: "events", rule: "trigger:met" });
    expect(json.places[0]!.source).toEqual({ stage: "places", rule: "gazetteer" });
    expect(json.removed[0]).toEqual({ text: "Watch: Kabul today", reason: "related-story headline", source: { stage: "clean", rule: "clean:kicker.section" } });
  });

  it("takes evidence text from the offsets", () => {
    expect(json.events[0]!.evidence.text).toBe("Muttaqi met officials in Doha on Friday.");
  });

  it("presents a document with no layers as empty lists, with the empty marker", () => {
    const empty = presentDocument({ ...createDocument("Les talibans ont rencontré samedi."), empty: { code: "INPUT_UNSUPPORTED_LANGUAGE", reason: "not English" } });
    expect(documentJsonSchema.safeParse(empty).success).toBe(true);
    expect(empty).toMatchObject({ actors: [], entities: [], quotes: [], places: [], dates: [], events: [], empty: { code: "INPUT_UNSUPPORTED_LANGUAGE" } });
  });
});

describe("documentJsonSchema rejects broken documents", () => {
  const good = presentDocument(handMadeDocument());
  it.each([
    ["a wrong schema id", { ...good, schema: "sitrep.document/2" }],
    ["an event pointing to a missing place", { ...good, events: [{ ...good.events[0]!, place: "p9" }] }],
    ["an entity whose text does not match its offsets", { ...good, entities: [{ ...good.entities[0]!, start: 1 }] }],
    ["an unknown modality", { ...good, events: [{ ...good.events[0]!, modality: "rumoured" }] }],
    ["a missing meta field", { ...good, meta: { title: null } }],
  ])("%s", (_what, doc) => {
    expect(documentJsonSchema.safeParse(doc).success).toBe(false);
  });
});

describe("formatDocuments", () => {
  const json = presentDocument(handMadeDocument());
  it("json is the document itself; jsonl is one line a document", () => {
    expect(JSON.parse(formatDocuments([json], "json"))).toEqual(json);
    const lines = formatDocuments([json, json], "jsonl").trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!)).toEqual(json);
  });

  it("json of several documents is JSON Lines", () => {
    expect(formatDocuments([json, json], "json").trimEnd().split("\n")).toHaveLength(2);
  });

  it("table summarises events, quotes, places, dates and removed lines", () => {
    const table = formatDocuments([json], "table");
    expect(table).toMatch(/EVENTS \(1\)/);
    expect(table).toMatch(/CONSULT\s+Amir Khan Muttaqi -> -\s+Doha, QA\s+2021-10-08\s+-\s+4\s+Muttaqi met officials/);
    expect(table).toMatch(/QUOTES \(1\)[\s\S]*Amir Khan Muttaqi\s+said\s+the US would help/);
    expect(table).toMatch(/REMOVED \(1\)[\s\S]*related-story headline\s+Watch: Kabul today/);
  });

  it("markdown is a report with the same sections", () => {
    const md = formatDocuments([json], "markdown");
    for (const heading of ["## Events (1)", "## Quotes (1)", "## Places (1)", "## Dates (1)", "## Removed lines (1)"]) expect(md).toContain(heading);
    expect(md).toContain("| v1 | CONSULT | Amir Khan Muttaqi → - | Doha, QA | 2021-10-08 | - | 4 | Muttaqi met officials in Doha on Friday. |");
  });
});

describe("groupPlaces", () => {
  it("lists each resolved place once, with all its mention ids and spellings", async () => {
    const { groupPlaces } = await import("../../src/app/present/describe-items.js");
    const base = { start: 0, end: 2, name: "United States", country: "US", admin1: null, lat: 39.76, lon: -98.5, geonameid: 6252001, feature: "PCLI", source: { stage: "places", rule: "x" } };
    const groups = groupPlaces([
      { ...base, id: "p1", text: "US" },
      { ...base, id: "p2", text: "Doha", name: "Doha", country: "QA", geonameid: 290030, feature: "PPLC" },
      { ...base, id: "p3", text: "United States" },
    ]);
    expect(groups.map((g) => [g.ids, g.texts])).toEqual([[["p1", "p3"], ["US", "United States"]], [["p2"], ["Doha"]]]);
  });
});
