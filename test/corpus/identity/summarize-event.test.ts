import { describe, expect, it } from "vitest";
import { mergeReportInto, splitReport, summarizeEvent, summarizeToll } from "../../../src/corpus/identity/index.js";
import { HERAT, KANDAHAR, KANDAHAR_PROVINCE, report } from "./report-fixture.js";

const toll = (min: number | null, max: number | null) => ({ min, max, text: "" });

describe("summarizeEvent", () => {
  it("shows the most specific of compatible places and marks no conflict", () => {
    const e = summarizeEvent("E1", [report({ place: KANDAHAR_PROVINCE, geoPrecision: "region", acledGeoPrecision: 3 }), report({ place: KANDAHAR }), report({ place: KANDAHAR_PROVINCE, geoPrecision: "region" })]);
    expect(e.place.value?.feature).toBe("PPLA");
    expect(e.place.chosenBy).toBe("most-specific");
    expect(e.place.conflict).toBe(false);
    expect(e.acledGeoPrecision).toBe(1);
  });

  it("between conflicting values shows the one most outlets gave, and keeps every value with its sources", () => {
    const e = summarizeEvent("E1", [report({ place: HERAT, outlet: "A" }), report({ place: KANDAHAR, outlet: "B" }), report({ place: KANDAHAR, outlet: "C" })]);
    expect(e.place.value?.name).toBe("Kandahar");
    expect(e.place.chosenBy).toBe("majority");
    expect(e.place.conflict).toBe(true);
    expect(e.place.values.map((v) => [v.value?.name, v.outlets])).toEqual([["Herat", ["A"]], ["Kandahar", ["B", "C"]]]);
  });

  it("counts outlets and articles apart", () => {
    const e = summarizeEvent("E1", [report({ outlet: "Reuters" }), report({ outlet: "Reuters" }), report({ outlet: "AP" })]);
    expect(e.sourceCount).toBe(2);
    expect(e.articleCount).toBe(3);
  });

  it("an analyst's correction wins", () => {
    const at = "2026-12-03T10:00:00Z";
    const e = summarizeEvent("E1", [report(), report()], [], [{ eventId: "E1", field: "place", value: HERAT, by: "me", note: null, at }, { eventId: "E1", field: "fatalities", value: toll(9, 9), by: "me", note: null, at }]);
    expect(e.place).toMatchObject({ value: { name: "Herat" }, chosenBy: "analyst" });
    expect(e.fatalities).toMatchObject({ acled: 9, chosenBy: "analyst" });
  });

  it("the day is the event's date, else the earliest dateline", () => {
    expect(summarizeEvent("E1", [report()]).day).toBe("2021-10-11");
    expect(summarizeEvent("E1", [report({ date: null, published: "2021-10-14" }), report({ date: null, published: "2021-10-13" })]).day).toBe("2021-10-13");
    expect(summarizeEvent("E1", [report({ date: { value: "2021-W41", precision: "week", text: "" }, published: "2021-10-14" })]).day).toBe("2021-10-14");
  });
});

describe("summarizeToll", () => {
  const of = (...counts: Array<ReturnType<typeof toll> | null>) => summarizeToll(counts.map((c) => report({ fatalities: c })), (r) => r.fatalities);
  it("gives the range reported and the lowest figure as ACLED codes it", () => {
    expect(of(toll(12, null), toll(15, 15))).toMatchObject({ min: 12, max: 15, acled: 12, conflict: false });
    expect(of(toll(15, 15), toll(20, null))).toMatchObject({ min: 15, max: null, acled: 15 });
    expect(of(toll(5, 5), toll(40, 40))).toMatchObject({ min: 5, max: 40, acled: 5, conflict: true });
    expect(of(toll(null, 30))).toMatchObject({ min: null, max: 30, acled: 30 });
    expect(of(null, null)).toMatchObject({ min: null, max: null, acled: null, values: [] });
  });
});

describe("undo and analysts' merges", () => {
  it("a report moved by an analyst carries an explanation by the analyst; its old event keeps the rest", () => {
    const a = report();
    const b = report();
    const c = report({ place: HERAT });
    const into = summarizeEvent("E1", [a]);
    const from = summarizeEvent("E2", [c, b]);
    const moved = mergeReportInto(into, c, from, "me", "2026-12-03T10:00:00Z");
    expect(moved.event.reports.map((r) => r.key).sort()).toEqual([a.key, c.key].sort());
    expect(moved.event.merges[0]).toMatchObject({ by: "analyst", report: c.key, fields: { veto: "place" } });
    expect(moved.from?.reports.map((r) => r.key)).toEqual([b.key]);
    expect(moved.decision).toMatchObject({ kind: "merge", eventId: "E1", reportKey: c.key });
  });

  it("splitting the only report of an event, or one not in it, is nothing to undo", () => {
    const e = summarizeEvent("E1", [report()]);
    expect(splitReport(e, e.reports[0]!.key, null, "2026-12-03T10:00:00Z")).toBeNull();
    expect(splitReport(e, "nope/v1", null, "2026-12-03T10:00:00Z")).toBeNull();
  });
});
