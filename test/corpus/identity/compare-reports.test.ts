import { describe, expect, it } from "vitest";
import { compareReports } from "../../../src/corpus/identity/compare-reports.js";
import { MERGE_THRESHOLD } from "../../../src/corpus/identity/heuristics.js";
import { AFGHANISTAN, HERAT, KANDAHAR, KANDAHAR_PROVINCE, QUETTA, report } from "./report-fixture.js";

const merges = (a: ReturnType<typeof report>, b: ReturnType<typeof report>) => {
  const c = compareReports(a, b);
  expect(compareReports(b, a).score).toBe(c.score); // symmetric
  return c.vetoedBy === null && c.score >= MERGE_THRESHOLD;
};

describe("compareReports: place by precision", () => {
  it("same town, same day, same type merges", () => expect(merges(report(), report())).toBe(true));
  it("towns of one precision far apart never merge", () => {
    expect(compareReports(report(), report({ place: HERAT })).vetoedBy).toBe("place");
  });
  it("a town inside a province is compatible, weaker than the same town", () => {
    const inside = compareReports(report(), report({ place: KANDAHAR_PROVINCE, geoPrecision: "region" }));
    expect(inside.vetoedBy).toBeNull();
    expect(inside.fields.place).toMatch(/in Kandahar/);
    expect(inside.score).toBeLessThan(compareReports(report(), report()).score);
  });
  it("a town outside the province named is vetoed when far", () => {
    expect(compareReports(report({ place: HERAT }), report({ place: KANDAHAR_PROVINCE, geoPrecision: "region" })).vetoedBy).toBe("place");
  });
  it("a country-level place matches only with more evidence", () => {
    const countryOnly = report({ place: AFGHANISTAN, geoPrecision: "country" });
    expect(merges(report(), countryOnly)).toBe(false);
    const taliban = { name: "Taliban", kind: "armed group", country: "AF", partyType: "REB", acledName: "Taliban" };
    expect(merges(report({ actor: taliban }), report({ place: AFGHANISTAN, geoPrecision: "country", actor: taliban }))).toBe(true);
  });
  it("different countries never merge", () => expect(compareReports(report(), report({ place: QUETTA })).vetoedBy).toBe("place"));
});

describe("compareReports: dates by precision", () => {
  it("exact days three days apart are vetoed; one day apart is weaker", () => {
    expect(compareReports(report(), report({ date: { value: "2021-10-14", precision: "day", text: "" } })).vetoedBy).toBe("date");
    const adjacent = compareReports(report(), report({ date: { value: "2021-10-12", precision: "day", text: "" } }));
    expect(adjacent.vetoedBy).toBeNull();
    expect(adjacent.score).toBeLessThan(compareReports(report(), report()).score);
  });
  it("a day inside a month matches; a day in another month does not", () => {
    expect(compareReports(report(), report({ date: { value: "2021-10", precision: "month", text: "" } })).vetoedBy).toBeNull();
    expect(compareReports(report(), report({ date: { value: "2021-09", precision: "month", text: "" } })).vetoedBy).toBe("date");
  });
  it("a report with no date is placed before its dateline, with a longer reach back than forward", () => {
    const undated = (published: string) => report({ date: null, published });
    expect(merges(report(), undated("2021-10-12"))).toBe(true);
    expect(compareReports(report(), undated("2021-10-09")).vetoedBy).toBe("date"); // reported before it happened
    expect(compareReports(report(), undated("2021-10-18")).vetoedBy).toBeNull(); // a follow-up: allowed, weak
    expect(merges(report(), undated("2021-10-18"))).toBe(false);
    expect(compareReports(report(), undated("2021-10-30")).vetoedBy).toBe("date");
  });
});

describe("compareReports: kinds, actors, tolls, modality", () => {
  it("a bombing and a killing are one type; an arrest is not an attack", () => {
    expect(merges(report(), report({ mode: null }))).toBe(true);
    expect(compareReports(report(), report({ type: "COERCE", mode: "arrest" })).vetoedBy).toBe("type");
  });
  it("an unidentified armed group is compatible with a named group of its country, not another country's", () => {
    const uag = { name: "Unidentified Armed Group", kind: "armed group", country: "AF", partyType: "UAF", acledName: "Unidentified Armed Group (Afghanistan)" };
    const taliban = { name: "Taliban", kind: "armed group", country: "AF", partyType: "REB", acledName: "Taliban" };
    const ttp = { ...taliban, name: "Tehrik-i-Taliban Pakistan", acledName: "TTP", country: "PK" };
    expect(compareReports(report({ actor: uag }), report({ actor: taliban })).fields.actor).toMatch(/^compatible/);
    expect(compareReports(report({ actor: uag }), report({ actor: ttp })).fields.actor).toMatch(/^different/);
  });
  it("statements merge only with the same named speaker", () => {
    const said = { type: "ACCUSE", mode: null, place: null, geoPrecision: null } as const;
    const karzai = { name: "Hamid Karzai", kind: "person", country: "AF", partyType: "PER", acledName: null };
    expect(compareReports(report(said), report(said)).vetoedBy).toBe("actor");
    expect(compareReports(report({ ...said, actor: karzai }), report({ ...said, actor: karzai })).vetoedBy).toBeNull();
  });
  it("a placeless statement needs a second tie besides its speaker: the same named target, or the same day told by both", () => {
    const clinton = { name: "Hillary Clinton", kind: "person", country: "US", partyType: "PER", acledName: null };
    const trump = { name: "Donald Trump", kind: "person", country: "US", partyType: "PER", acledName: null };
    const said = { type: "REQUEST", mode: null, modality: "demanded", place: null, geoPrecision: null, actor: clinton } as const;
    const monday = { date: { value: "2016-06-27", precision: "day", text: "Monday" }, published: "2016-06-27" };
    const datelineOnly = { date: null, published: "2016-06-28" };
    // A pledge told on Monday, and one in a story of the next day with no date of its own: two statements.
    const apart = compareReports(report({ ...said, ...monday }), report({ ...said, ...datelineOnly }));
    expect(apart.vetoedBy).toBe("anchor");
    expect(apart.fields.anchor).toMatch(/statement/);
    // The same named target ties them; so do both reports telling the same day.
    expect(merges(report({ ...said, ...monday, target: trump }), report({ ...said, ...datelineOnly, target: trump }))).toBe(true);
    expect(merges(report({ ...said, ...monday }), report({ ...said, ...monday }))).toBe(true);
    // With a place in common the place is the tie, as before.
    expect(compareReports(report({ ...said, ...monday, place: KANDAHAR, geoPrecision: "exact" }), report({ ...said, ...datelineOnly, place: KANDAHAR, geoPrecision: "exact" })).vetoedBy).toBeNull();
  });
  it("tolls wildly apart count against; no one killed against a dozen is a veto", () => {
    const toll = (min: number, max: number | null) => ({ min, max, text: "" });
    expect(compareReports(report({ fatalities: toll(12, null) }), report({ fatalities: toll(15, 15) })).fields.fatalities).toMatch(/overlap/);
    expect(merges(report({ fatalities: toll(2, 2) }), report({ fatalities: toll(40, 40) }))).toBe(false);
    expect(compareReports(report({ fatalities: toll(0, 0) }), report({ fatalities: toll(12, 12) })).vetoedBy).toBe("fatalities");
  });
  it("a denied or hypothetical attack never merges with one that happened; background never with recent", () => {
    expect(compareReports(report(), report({ modality: "negated" })).vetoedBy).toBe("modality");
    expect(compareReports(report(), report({ modality: "hypothetical" })).vetoedBy).toBe("modality");
    expect(compareReports(report(), report({ modality: "claimed" })).vetoedBy).toBeNull();
    expect(compareReports(report(), report({ background: true })).vetoedBy).toBe("modality");
  });
  it("never merges two reports of one article", () => {
    expect(compareReports(report({ article: "x" }), report({ article: "x", eventId: "v2" })).vetoedBy).toBe("article");
  });
  it("ignores a news outlet read as the actor", () => {
    const reuters = { name: "Reuters", kind: "media", country: null, partyType: "MED", acledName: null };
    const ap = { ...reuters, name: "Associated Press" };
    expect(compareReports(report({ actor: reuters }), report({ actor: ap })).fields.actor).toBe("none in either");
  });
});

describe("compareReports: anchors besides type and date", () => {
  const rioters = { name: "Rioters", kind: "group", country: "IN", partyType: "RIO", acledName: "Rioters (India)" };
  const placeless = { place: null, geoPrecision: null } as const;
  it("two placeless reports of a mob on one day need an exact toll in common", () => {
    expect(compareReports(report({ ...placeless, actor: rioters }), report({ ...placeless, actor: rioters })).vetoedBy).toBe("anchor");
    const toll = { min: 58, max: 58, text: "" };
    expect(merges(report({ ...placeless, fatalities: toll }), report({ ...placeless, fatalities: toll }))).toBe(true);
  });
  it("a named actor anchors an attack only where a place is given", () => {
    const trump = { name: "Donald Trump", kind: "person", country: "US", partyType: "PER", acledName: null };
    expect(compareReports(report({ ...placeless, actor: trump }), report({ ...placeless, actor: trump })).vetoedBy).toBe("anchor");
  });
  it("a report with neither a date nor a dateline cannot be placed in time", () => {
    expect(compareReports(report(), report({ date: null, published: null })).vetoedBy).toBe("anchor");
  });
  it("other modes are other happenings except for attacks and protests", () => {
    expect(compareReports(report({ type: "COERCE", mode: "ban" }), report({ type: "COERCE", mode: "arrest" })).vetoedBy).toBe("type");
    expect(compareReports(report({ type: "MAN_MADE_DISASTER", mode: "fire" }), report({ type: "MAN_MADE_DISASTER", mode: "accident" })).vetoedBy).toBe("type");
    expect(compareReports(report({ mode: "firearms" }), report({ mode: "explosives" })).vetoedBy).toBeNull();
  });
  it("explicit days a day apart need a cue beyond type and town", () => {
    const nextDay = { date: { value: "2021-10-12", precision: "day", text: "" } };
    expect(merges(report(), report(nextDay))).toBe(false);
    const toll = { fatalities: { min: 9, max: 9, text: "" } };
    expect(merges(report(toll), report({ ...nextDay, ...toll }))).toBe(true);
  });
});

describe("compareReports: a pair vetoed before the full comparison", () => {
  it("gives the full comparison's veto, score and field verdicts, written when read", () => {
    for (const other of [report({ type: "COERCE", mode: "arrest" }), report({ modality: "negated" })]) {
      const quick = compareReports(report(), other);
      const full = compareReports(report(), other, { all: true });
      expect(quick.vetoedBy).toBe(full.vetoedBy);
      expect(quick.score).toBe(Number.NEGATIVE_INFINITY);
      expect(quick.fields).toEqual(full.fields);
      expect(quick.fields).toBe(quick.fields);
    }
  });
});
