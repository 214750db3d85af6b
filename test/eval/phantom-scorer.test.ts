import { describe, expect, it } from "vitest";
import type { EventData } from "../../src/core/index.js";
import { isViolent, tallyEvents } from "../../src/eval/phantom-scorer.js";

const ev = (type: string, mode: string | null, deaths: number | null, injuries: number | null = null): EventData => ({
  type, mode, modality: "asserted", background: false, actor: null, target: null, place: null, date: null, geoPrecision: null,
  fatalities: deaths === null ? null : { min: deaths, max: deaths, text: String(deaths) }, injuries: injuries === null ? null : { min: injuries, max: injuries, text: String(injuries) },
  evidence: { start: 0, end: 5, text: "The virus killed 12 people." }, trigger: { start: 0, end: 5, text: "killed" }, cameo: null, acled: null,
});

describe("phantom violence tally", () => {
  it("sums deaths and injuries per type and lists only violent events", () => {
    const t = tallyEvents([
      { id: "1", events: [ev("ASSAULT", null, 12), ev("NATURAL_DISASTER", "epidemic", 40)], rules: ["trg:kill", "trg:outbreak"] },
      { id: "2", events: [ev("ASSAULT", "firearms", null, 3), ev("PROTEST", "riot", 1), ev("PROTEST", "demonstrate", null)], rules: ["a", "b", "c"] },
    ]);
    expect(t.articles).toBe(2);
    expect(t.byType.get("ASSAULT")).toEqual({ events: 2, deaths: 12, injuries: 3 });
    expect(t.byType.get("NATURAL_DISASTER")).toEqual({ events: 1, deaths: 40, injuries: 0 });
    expect(t.violent.map((v) => `${v.article}:${v.type}/${v.mode}`)).toEqual(["1:ASSAULT/null", "2:ASSAULT/firearms", "2:PROTEST/riot"]);
    expect(isViolent(ev("PROTEST", "demonstrate", null))).toBe(false);
  });
});
