import { describe, expect, it } from "vitest";
import type { Annotation, Document, EventData, ActorData, PlaceData, DateData } from "../../src/core/index.js";
import { articleGoldSchema } from "../../src/eval/article-gold.js";
import { scoreArticle, normaliseName } from "../../src/eval/article-scorer.js";
import { prf } from "../../src/eval/metrics.js";
import { formatTable } from "../../src/eval/report.js";

const text = "Rebels attacked a market in Goma on Friday, killing at least 12 people.";
const src = { stage: "test", rule: "hand" };
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

function actor(id: string, name: string): Annotation<"actor", ActorData> {
  const m = span(name);
  return { id, layer: "actor", ...m, data: { name, kind: "armed group", country: "CD", title: null, affiliation: null, aliases: [], mentions: [m] }, source: src };
}

function doc(event: Partial<EventData>): Document {
  const place: Annotation<"place", PlaceData> = {
    id: "p1", layer: "place", ...span("Goma"),
    data: { text: "Goma", name: "Goma", kind: "city", country: "CD", admin1: "North Kivu", lat: -1.679, lon: 29.228, geonameid: 217831, feature: "PPLA" },
    source: src,
  };
  const date: Annotation<"date", DateData> = {
    id: "d1", layer: "date", ...span("Friday"), data: { text: "Friday", value: "2021-10-08", precision: "day", relative: true, timexType: "DATE" }, source: src,
  };
  const ev: Annotation<"event", EventData> = {
    id: "v1", layer: "event", ...span("attacked"),
    data: {
      type: "ASSAULT", mode: null, modality: "asserted", background: false, actor: "a1", target: null, place: "p1", date: "d1", geoPrecision: "exact",
      fatalities: { min: 12, max: null, text: "at least 12 people" }, injuries: null,
      evidence: { ...span(text), text }, trigger: { ...span("attacked"), text: "attacked" }, cameo: "18", acled: null, ...event,
    },
    source: src,
  };
  return { id: "d", meta: {}, raw: text, text, removed: [], layers: { actor: [actor("a1", "Rebels")], place: [place], date: [date], event: [ev] } };
}

const gold = articleGoldSchema.parse({
  places: [{ text: "Goma", country: "CD", feature: "city", lat: -1.68, lon: 29.22 }],
  dates: [{ text: "on Friday", value: "2021-10-08" }],
  events: [{
    id: "market", type: "ASSAULT", actor: "Rebels", target: null, where: { name: "Goma" }, when: { value: "2021-10-08" },
    fatalities: { min: 12 }, evidence: "Rebels attacked a market in Goma",
  }],
});

describe("the per-article scorer", () => {
  it("counts an event right when every field matches", () => {
    const s = scoreArticle(doc({}), gold);
    expect(s.events).toMatchObject({ found: 1, allFieldsOk: 1, spurious: 0 });
    expect(s.places.resolved).toBe(1);
    expect(s.dates.ok).toBe(1);
  });

  it("fails the fatalities field when a lower bound is coded as exact", () => {
    const s = scoreArticle(doc({ fatalities: { min: 12, max: 12, text: "12" } }), gold);
    expect(s.events.found).toBe(1);
    expect(s.events.allFieldsOk).toBe(0);
    expect(s.events.checks[0]!.fields.find((f) => !f.ok)!.field).toBe("fatalities");
  });

  it("does not count an event of a type the gold does not accept", () => {
    const s = scoreArticle(doc({ type: "PROTEST" }), gold);
    expect(s.events.found).toBe(0);
    expect(s.events.spurious).toBe(1);
  });

  it("does not count a negated or background event as spurious", () => {
    const none = articleGoldSchema.parse({});
    expect(scoreArticle(doc({ modality: "negated" }), none).events.spurious).toBe(0);
    expect(scoreArticle(doc({ background: true }), none).events.spurious).toBe(0);
  });

  it("normalises names the way coders write them", () => {
    expect(normaliseName("the Taliban’s")).toBe("taliban");
    expect(normaliseName("Parwan province")).toBe("parwan");
  });
});

describe("metrics and tables", () => {
  it("gives 0, not NaN, with no predictions", () => {
    expect(prf(0, 0, 5)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
  it("aligns figures right and words left", () => {
    expect(formatTable(["label", "F1"], [["PER", "91.2"], ["ORG", "8.0"]]).split("\n")[3]).toBe("ORG     8.0");
  });
});
