import { describe, expect, it } from "vitest";
import type { Annotation, Document, EventData, Layers } from "../../../src/core/index.js";
import { scoreDocument, totalScores } from "../../../src/eval/incidents-scorer.js";
import { loadIncidentTypeMapping, mapIncidentType } from "../../../src/eval/muc4/incident-type-mapping.js";
import { readMucKey } from "../../../src/eval/muc4/read-muc-key.js";

/** Hand-built layers, not the pipeline: the scorer is tested on known predictions. */
function ann<D>(layer: string, id: string, data: D, rule = "test"): Annotation<string, D> {
  return { id, layer, start: 0, end: 1, data, source: { stage: "test", rule } };
}

function event(id: string, rule: string, over: Partial<EventData>): Annotation<string, EventData> {
  const span = { start: 0, end: 1, text: "x" };
  return ann("event", id, {
    type: "ASSAULT", mode: null, modality: "asserted", background: false, actor: null, target: null, place: null, date: null,
    geoPrecision: null, fatalities: null, injuries: null, evidence: span, trigger: span, cameo: null, acled: null, ...over,
  }, rule);
}

function doc(layers: Record<string, unknown[]>): Document {
  return { id: "d", meta: {}, raw: "x", text: "x", removed: [], layers: layers as Layers };
}

const actor = (id: string, name: string, kind: string) =>
  ann("actor", id, { name, kind, country: null, title: null, affiliation: null, aliases: [], mentions: [] });

const KEY = readMucKey(`0.  MESSAGE: ID                    TST9-MUC4-0001
1.  MESSAGE: TEMPLATE              1
2.  INCIDENT: DATE                 16 NOV 89
3.  INCIDENT: LOCATION             EL SALVADOR: SAN SALVADOR (CITY)
4.  INCIDENT: TYPE                 BOMBING
10. PERP: ORGANIZATION ID          "FARABUNDO MARTI NATIONAL LIBERATION FRONT" / "FMLN"
12. PHYS TGT: ID                   "POWER STATION"
18. HUM TGT: NAME                  "ANA LOPEZ"
21. HUM TGT: NUMBER                1: "ANA LOPEZ"
23. HUM TGT: EFFECT OF INCIDENT    DEATH: "ANA LOPEZ"

0.  MESSAGE: ID                    TST9-MUC4-0002
1.  MESSAGE: TEMPLATE              *
2.  INCIDENT: DATE                 *
`);

const mapping = loadIncidentTypeMapping();
const countries = new Map([["SV", "El Salvador"]]);

const relevantDoc = doc({
  actor: [actor("a1", "FMLN", "armed group"), actor("a2", "Ana Lopez", "person"), actor("a3", "Army", "military")],
  place: [ann("place", "p1", { text: "SAN SALVADOR", name: "San Salvador", kind: "city", country: "SV", admin1: null, lat: 13.7, lon: -89.2, geonameid: 3583361, feature: "PPLC" })],
  date: [ann("date", "d1", { text: "16 NOV 89", value: "1989-11-16", precision: "day", relative: false, timexType: "DATE" }),
    ann("date", "d2", { text: "20 NOV", value: "1989-11-20", precision: "day", relative: false, timexType: "DATE" })],
  event: [
    event("v1", "trg:bombing", { mode: "explosives", actor: "a1", target: "a2", place: "p1", date: "d1", fatalities: { min: 1, max: 1, text: "one dead" } }),
    event("v2", "trg:abduct", { mode: "abduct", actor: "a3", date: "d2" }),
    event("v3", "trg:arrest", { type: "COERCE", mode: "arrest", actor: "a3" }),
    event("v4", "trg:shooting", { mode: "firearms", modality: "negated", actor: "a3" }),
    event("v5", "trg:shooting", { mode: "firearms", background: true, actor: "a3" }),
  ],
});

const irrelevantDoc = doc({ event: [event("v1", "trg:shooting", { mode: "firearms" })] });

describe("incident type mapping", () => {
  it("maps by type, mode and trigger row, first row winning", () => {
    expect(mapIncidentType(event("v", "trg:bombing", { mode: "explosives" }).data, "trg:bombing", mapping)).toBe("BOMBING");
    expect(mapIncidentType(event("v", "trg:set-fire", { mode: "destroy" }).data, "trg:set-fire+x", mapping)).toBe("ARSON");
    expect(mapIncidentType(event("v", "trg:abduct", { mode: "abduct" }).data, "trg:abduct", mapping)).toBe("KIDNAPPING");
    expect(mapIncidentType(event("v", "trg:kill", { mode: null }).data, "trg:kill", mapping)).toBe("ATTACK");
  });
  it("leaves attacks on military or police forces out (MUC relevance rule 1b)", () => {
    const e = event("v", "trg:attack", { mode: "attack" }).data;
    expect(mapIncidentType(e, "trg:attack", mapping, "military")).toBeNull();
    expect(mapIncidentType(e, "trg:attack", mapping, "police")).toBeNull();
    expect(mapIncidentType(e, "trg:attack", mapping, "person")).toBe("ATTACK");
  });
  it("leaves arrests and consultations out", () => {
    expect(mapIncidentType(event("v", "trg:arrest", { type: "COERCE", mode: "arrest" }).data, "trg:arrest", mapping)).toBeNull();
    expect(mapIncidentType(event("v", "trg:meet", { type: "CONSULT", mode: "meet" }).data, "trg:meet", mapping)).toBeNull();
  });
});

describe("scoreIncidents on a hand-made pair", () => {
  const d1 = scoreDocument("TST9-MUC4-0001", relevantDoc, KEY.filter((t) => t.messageId.endsWith("1")), mapping, countries);
  const d2 = scoreDocument("TST9-MUC4-0002", irrelevantDoc, KEY.filter((t) => t.messageId.endsWith("2")), mapping, countries);

  it("scores each slot of a relevant document one to one", () => {
    const kinds = (slot: string) => d1.outcomes.filter((o) => o.slot === slot).map((o) => o.kind).sort();
    expect(kinds("type")).toEqual(["fp", "tp"]); // BOMBING right, KIDNAPPING spurious
    expect(kinds("date")).toEqual(["fp", "tp"]);
    expect(kinds("location")).toEqual(["tp"]);
    expect(kinds("perpOrg")).toEqual(["fp", "tp"]); // FMLN right, Army spurious
    expect(kinds("physTarget")).toEqual(["fn"]);
    expect(kinds("humTarget")).toEqual(["tp"]);
    expect(kinds("deaths")).toEqual(["tp"]);
  });

  it("ignores arrests, negated and background events", () => {
    expect(d1.predicted.flatMap((p) => p.events)).not.toContain("v3");
    expect(d1.predicted.flatMap((p) => p.events)).not.toContain("v4");
    expect(d1.predicted.flatMap((p) => p.events)).not.toContain("v5");
  });

  it("counts any incident predicted in an irrelevant document as a spurious type", () => {
    expect(d2.relevant).toBe(false);
    expect(d2.outcomes).toEqual([expect.objectContaining({ slot: "type", kind: "fp" })]);
  });

  it("gives the micro figures over all slots", () => {
    const t = totalScores([d1, d2]);
    expect([t.micro.tp, t.micro.fp, t.micro.fn]).toEqual([6, 4, 1]);
    expect(t.micro.precision).toBeCloseTo(0.6, 5);
    expect(t.micro.recall).toBeCloseTo(6 / 7, 5);
    expect(t.micro.f1).toBeCloseTo(0.70588, 4);
    expect(t.deathCounts).toEqual({ compared: 1, equal: 1 });
    expect([t.relevance.tp, t.relevance.fp, t.relevance.fn]).toEqual([1, 1, 0]);
  });

  it("reads the clause's words for the target when no canonical actor fills it", () => {
    const phrase = { start: 0, end: 1, text: "Ana Lopez", head: "Lopez" };
    const described = doc({ event: [event("v1", "trg:bombing", { mode: "explosives", place: null, targetPhrase: phrase })] });
    const scored = scoreDocument("TST9-MUC4-0001", described, KEY.filter((t) => t.messageId.endsWith("1")), mapping, countries);
    expect(scored.outcomes.filter((o) => o.slot === "humTarget").map((o) => o.kind)).toEqual(["tp"]);
    // A canonical target wins over the phrase: the phrase is only read in its absence.
    const both = doc({ actor: [actor("a4", "Juan Perez", "person")], event: [event("v1", "trg:bombing", { mode: "explosives", target: "a4", targetPhrase: phrase })] });
    const scoredBoth = scoreDocument("TST9-MUC4-0001", both, KEY.filter((t) => t.messageId.endsWith("1")), mapping, countries);
    expect(scoredBoth.outcomes.filter((o) => o.slot === "humTarget").map((o) => o.kind).sort()).toEqual(["fn", "fp"]);
  });

  it("scores a document the pipeline failed on as predicting nothing", () => {
    const failed = scoreDocument("TST9-MUC4-0001", null, KEY.filter((t) => t.messageId.endsWith("1")), mapping, countries);
    expect(failed.outcomes.every((o) => o.kind === "fn")).toBe(true);
    expect(failed.outcomes).toHaveLength(7);
  });
});
