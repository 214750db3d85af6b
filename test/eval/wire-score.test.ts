import { describe, expect, it } from "vitest";
import { scoreStory, type WireDoc, type WireGoldStory } from "../../scripts/wire-stories/score.js";

// A tiny synthetic document: the scorer's matching, field checks and spurious count, not the pipeline's figures.
const text = "Gunmen killed five people in Kano on Monday. Police arrested two men. In 2019, a bomb killed 30. Fans cheered.";
const at = (s: string) => { const start = text.indexOf(s); return { start, end: start + s.length, text: s }; };
const ev = (id: string, type: string, trig: string, sentence: string, extra: Partial<WireDoc["events"][number]> = {}): WireDoc["events"][number] => ({
  id, type, modality: "asserted", background: false, actor: null, target: null, place: null, date: null, fatalities: null,
  evidence: at(sentence), trigger: at(trig), acled: null, ...extra,
});
const doc: WireDoc = {
  text,
  actors: [{ id: "a1", name: "Police", acledName: "Police Forces of Nigeria" }],
  places: [{ id: "p1", name: "Kano", lat: 12.0, lon: 8.52 }],
  dates: [{ id: "d1", value: "2023-05-08" }],
  events: [
    ev("v1", "ASSAULT", "killed", "Gunmen killed five people in Kano on Monday.", { place: "p1", date: "d1", fatalities: { min: 5, max: 5 }, actorPhrase: { text: "Gunmen" }, targetPhrase: { text: "five people" } }),
    ev("v2", "COERCE", "arrested", "Police arrested two men.", { actor: "a1", place: "p1" }),
    ev("v3", "ASSAULT", "killed", "In 2019, a bomb killed 30.", { background: true, fatalities: { min: 30, max: 30 } }),
    ev("v4", "PROTEST", "cheered", "Fans cheered."),
    ev("v5", "ASSAULT", "bomb", "In 2019, a bomb killed 30."),
  ],
};
const gold: WireGoldStory = {
  published: "2023-05-09",
  events: [
    { id: "kano", types: ["ASSAULT"], actor: ["gunmen"], target: ["people"], lat: 12.0, lon: 8.5, date: "2023-05-08", deaths: 5, evidence: "Gunmen killed five people" },
    { id: "arrest", types: ["COERCE"], actor: ["police"], target: ["men"], lat: 12.0, lon: 8.5, date: "2023-05", deaths: 0, evidence: "Police arrested two men" },
    { id: "missed", types: ["CONSULT"], actor: ["x"], target: null, lat: null, lon: null, date: null, deaths: 0, evidence: "Fans cheered" },
  ],
  optional: [],
  not_events: [{ evidence: "a bomb killed 30" }],
};

describe("wire-story scorer", () => {
  const s = scoreStory(doc, gold);
  it("matches one-to-one within a type family and checks every field", () => {
    expect(s.pairs.map((p) => [p.gold.id, p.pred.id])).toEqual([["kano", "v1"], ["arrest", "v2"]]);
    expect(Object.values(s.pairs[0]!.fields).every((f) => f.ok)).toBe(true);
    // The arrest has no target phrase and no date: target and date wrong, the rest right.
    const f = s.pairs[1]!.fields;
    expect([f.type.ok, f.actor.ok, f.place.ok, f.deaths.ok, f.target.ok, f.date.ok]).toEqual([true, true, true, true, false, false]);
  });
  it("does not match across families and counts the gold event missed", () => {
    expect(s.missed.map((g) => g.id)).toEqual(["missed"]);
  });
  it("counts unmatched predictions as spurious unless background, and flags not-event phrases", () => {
    expect(s.spurious.map((e) => e.id)).toEqual(["v4", "v5"]);
    expect(s.notEventHits.map((h) => h.pred.id)).toEqual(["v5"]);
  });
  it("lets an optional telling absorb a prediction", () => {
    const t = scoreStory(doc, { ...gold, optional: [{ evidence: "Fans cheered" }] });
    expect(t.spurious.map((e) => e.id)).toEqual(["v5"]);
    expect(t.absorbed).toBe(1);
  });
});
