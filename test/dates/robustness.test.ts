import { describe, expect, it } from "vitest";
import { SitrepError } from "../../src/core/errors.js";
import { parseDateLexicon } from "../../src/stages/dates/date-lexicon.js";
import { easterSunday, holidayIn, parseHolidays } from "../../src/stages/dates/holiday-calendar.js";
import { expectDate, findDates } from "./expect-date.js";

describe("holidays", () => {
  it("dates a named holiday in the nearest year, or in the year given", () => {
    expectDate("Riots broke out on Christmas Day 2019.", "2021-10-10", { text: "Christmas Day 2019", value: "2019-12-25", relative: false });
    expectDate("Shops were shut on Easter Sunday.", "2021-10-10", { value: "2021-04-04", relative: true });
    expectDate("Talks resumed after Thanksgiving.", "2021-12-05", { value: "2021-11-25" });
  });
  it("computes rule-based holidays", () => {
    const [thanksgiving] = parseHolidays("id\tnames\trule\nh:t\tThanksgiving\tnth:11:4:4\n");
    expect(holidayIn(thanksgiving!, 1999)).toEqual({ year: 1999, month: 11, day: 25 });
    expect(easterSunday(2024)).toEqual({ year: 2024, month: 3, day: 31 });
  });
  it("rejects a malformed holiday table with a clear error", () => {
    expect(() => parseHolidays("id\tnames\trule\nh:x\tFoo\tsometimes\n")).toThrow(SitrepError);
  });
});

describe("input the stage must survive", () => {
  it("finds nothing in empty or date-less text", () => {
    expect(findDates("", "2021-10-10")).toEqual([]);
    expect(findDates("The Taliban said nothing.", "2021-10-10")).toEqual([]);
  });
  it("treats a malformed dateline as no dateline", () => {
    expectDate("A bombing left 60 people dead on Friday.", "10/10/2021", { text: "Friday", value: null });
  });
  it("does not read part of a longer number as a count", () => {
    expect(findDates("It was 99999999999 days ago.", "2021-10-10").map((d) => d.data.text)).toEqual([]);
  });
  it("still finds dates deep inside a run-on sentence, with exact offsets", () => {
    const text = `${"talks and more talks, ".repeat(200)}then on Friday a bombing.`;
    const dates = findDates(text, "2021-10-10");
    expect(dates.map((d) => [text.slice(d.start, d.end), d.data.value])).toEqual([["Friday", "2021-10-08"]]);
  });
  it("rejects a word table row without a known kind", () => {
    expect(() => parseDateLexicon("id\tkind\tword\tvalue\nx\tcolour\tred\tR\n")).toThrow(SitrepError);
  });
});
