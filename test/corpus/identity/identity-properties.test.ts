/** Properties of the identity rule over generated streams of reports (fast-check). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CorpusEvent, EventReport, ReportPlace } from "../../../src/corpus/records.js";
import { compareReports, groupReports, summarizeEvent } from "../../../src/corpus/identity/index.js";
import { AFGHANISTAN, HERAT, KANDAHAR, KANDAHAR_PROVINCE, QUETTA, report } from "./report-fixture.js";

const partition = (events: readonly CorpusEvent[]) => events.map((e) => e.reports.map((r) => r.key).sort().join(" ")).sort();

const JALALABAD: ReportPlace = { name: "Jalalabad", text: "Jalalabad", country: "AF", admin1: "Nangarhar", lat: 34.43, lon: 70.45, geonameid: 1138958, feature: "PPLA" };
const KUNDUZ: ReportPlace = { name: "Kunduz", text: "Kunduz", country: "AF", admin1: "Kunduz", lat: 36.73, lon: 68.86, geonameid: 1135689, feature: "PPLA" };
const day = (offset: number) => new Date(Date.UTC(2021, 9, 1 + offset)).toISOString().slice(0, 10);

/** Any mix of reports: places and dates of every precision, several reports per article, shared outlets. */
const anyReports = fc
  .array(
    fc.record({
      article: fc.integer({ min: 0, max: 6 }),
      place: fc.constantFrom<ReportPlace | null>(KANDAHAR, KANDAHAR_PROVINCE, HERAT, AFGHANISTAN, QUETTA, null),
      date: fc.option(fc.oneof(fc.integer({ min: 0, max: 4 }).map((d) => ({ value: day(d), precision: "day", text: "" })), fc.constant({ value: "2021-10", precision: "month", text: "" })), { nil: null }),
      published: fc.integer({ min: 1, max: 6 }),
      kind: fc.constantFrom(["ASSAULT", "explosives"], ["ASSAULT", null], ["ASSAULT", "firearms"], ["PROTEST", "riot"], ["COERCE", "arrest"]),
      toll: fc.option(fc.record({ min: fc.integer({ min: 0, max: 30 }), open: fc.boolean() }), { nil: null }),
      outlet: fc.constantFrom("Reuters", "AP", "AFP", null),
    }),
    { maxLength: 14 },
  )
  .map((rows) =>
    rows.map((r, i) =>
      report({
        article: `a${r.article}`,
        eventId: `v${i}`,
        place: r.place,
        geoPrecision: r.place === null ? null : r.place.feature === "PCLI" ? "country" : r.place.feature === "ADM1" ? "region" : "exact",
        date: r.date,
        published: day(r.published),
        outlet: r.outlet,
        type: r.kind[0]!,
        mode: r.kind[1] ?? null,
        fatalities: r.toll === null ? null : { min: r.toll.min, max: r.toll.open ? null : r.toll.min, text: "" },
      }),
    ),
  );

const TOWNS = [KANDAHAR, HERAT, JALALABAD, KUNDUZ];

/**
 * Reports of well separated happenings (other towns, or the same town two weeks apart), each told by
 * one to four articles in their own words: a date or only a dateline the day after, a mode or none,
 * tolls that overlap.
 */
const separatedHappenings = fc
  .array(
    fc.record({
      town: fc.integer({ min: 0, max: TOWNS.length - 1 }),
      week: fc.integer({ min: 0, max: 2 }),
      toll: fc.integer({ min: 1, max: 40 }),
      tellings: fc.array(fc.record({ dated: fc.boolean(), lag: fc.integer({ min: 0, max: 1 }), mode: fc.constantFrom("explosives", "IED", null), open: fc.boolean(), extra: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((hs) => {
    const seen = new Set<string>();
    const unique = hs.filter((h) => !seen.has(`${h.town}|${h.week}`) && seen.add(`${h.town}|${h.week}`));
    let article = 0;
    return unique.map((h) =>
      h.tellings.map((t) => {
        const d = h.week * 15;
        return report({
          article: `h${article++}`,
          place: TOWNS[h.town]!,
          date: t.dated ? { value: day(d), precision: "day", text: "" } : null,
          published: day(d + t.lag),
          mode: t.mode,
          fatalities: { min: h.toll + (t.open ? 0 : t.extra), max: t.open ? null : h.toll + t.extra, text: "" },
        });
      }),
    );
  });

describe("identity properties", () => {
  it("in canonical order, the events (members and ids) do not depend on the order reports come in", () => {
    fc.assert(
      fc.property(anyReports.chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))), ([reports, shuffled]) => {
        const a = groupReports(reports);
        const b = groupReports(shuffled);
        expect(partition(b)).toEqual(partition(a));
        expect(b.map((e) => e.id).sort()).toEqual(a.map((e) => e.id).sort());
      }),
      { numRuns: 200 },
    );
  });

  it("assigned one at a time as a store does, in any order, separated happenings come out as one event each", () => {
    fc.assert(
      fc.property(separatedHappenings.chain((hs) => fc.tuple(fc.constant(hs), fc.shuffledSubarray(hs.flat(), { minLength: hs.flat().length, maxLength: hs.flat().length }))), ([happenings, stream]) => {
        const events = groupReports(stream, { order: "given" });
        expect(partition(events)).toEqual(partition(happenings.map((h, i) => summarizeEvent(`H${i}`, h))));
      }),
      { numRuns: 200 },
    );
  });

  it("never loses or duplicates a report, and every sourced value points to reports of its event", () => {
    fc.assert(
      fc.property(anyReports, fc.boolean(), (reports, canonical) => {
        const events = groupReports(reports, { order: canonical ? "canonical" : "given" });
        const keys = events.flatMap((e) => e.reports.map((r) => r.key));
        expect(keys.sort()).toEqual(reports.map((r) => r.key).sort());
        for (const e of events) {
          const own = new Set(e.reports.map((r) => r.key));
          expect(e.articleCount).toBe(new Set(e.reports.map((r) => r.articleId)).size);
          expect(e.sourceCount).toBeLessThanOrEqual(e.articleCount);
          expect(e.sourceCount).toBeGreaterThanOrEqual(1);
          for (const field of [e.type, e.mode, e.modality, e.actor, e.target, e.place, e.date, e.fatalities, e.injuries]) {
            const cited = field.values.flatMap((v) => v.reports);
            expect(new Set(cited).size).toBe(cited.length);
            for (const k of cited) expect(own.has(k)).toBe(true);
          }
          expect(e.type.values.flatMap((v) => v.reports).length).toBe(e.reports.length);
          expect(e.fatalities.values.flatMap((v) => v.reports).length).toBe(e.reports.filter((r: EventReport) => r.fatalities !== null).length);
          if (e.fatalities.acled !== null && e.fatalities.min !== null) expect(e.fatalities.acled).toBe(e.fatalities.min);
          expect(e.merges.length).toBe(e.reports.length - 1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("the quick vetoes change no comparison: the same first veto and score as the full comparison", () => {
    const actors = [
      null,
      { name: "Taliban", kind: "armed group", country: "AF", partyType: "REB", acledName: "Taliban" },
      { name: "Unidentified Armed Group", kind: "armed group", country: "AF", partyType: "UAF", acledName: "Unidentified Armed Group (Afghanistan)" },
      { name: "Hamid Karzai", kind: "person", country: "AF", partyType: "PER", acledName: null },
      { name: "Reuters", kind: "media", country: null, partyType: "MED", acledName: null },
    ];
    const one = fc.record({
      kind: fc.constantFrom(["ASSAULT", "explosives"], ["ASSAULT", "firearms"], ["PROTEST", "riot"], ["COERCE", "arrest"], ["COERCE", "ban"], ["CONSULT", null], ["ACCUSE", null], ["AGREE", null], ["AID", null]),
      modality: fc.constantFrom("asserted", "claimed", "negated", "pledged"),
      background: fc.boolean(),
      actor: fc.constantFrom(...actors),
      target: fc.constantFrom(...actors),
      place: fc.constantFrom<ReportPlace | null>(KANDAHAR, HERAT, AFGHANISTAN, null),
    });
    fc.assert(
      fc.property(one, one, (x, y) => {
        const make = (r: typeof x) => report({ type: r.kind[0]!, mode: r.kind[1] ?? null, modality: r.modality, background: r.background, actor: r.actor, target: r.target, place: r.place, geoPrecision: r.place?.feature === "PCLI" ? "country" : r.place ? "exact" : null });
        const [a, b] = [make(x), make(y)];
        const quick = compareReports(a, b);
        const full = compareReports(a, b, { all: true });
        expect(quick.vetoedBy).toBe(full.vetoedBy);
        expect(quick.score).toBe(full.score);
        // A vetoed comparison stops at its veto: what it wrote is what the full one says.
        if (quick.vetoedBy === null) expect(quick.fields).toEqual(full.fields);
        else expect(full.fields).toMatchObject(quick.fields);
      }),
      { numRuns: 500 },
    );
  });
});
