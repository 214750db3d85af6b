/**
 * A wire story pasted without a publication date: the day of the dateline it opens with is what its
 * relative dates count from. The texts are written for these tests, in the style of agency copy.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "./expect-date.js";

const valueOf = (text: string, expression: string, published: string | null = null) =>
  findDates(text, published).find((d) => d.data.text === expression)?.data.value;

describe("the dateline of a story without a publication date", () => {
  it("dates 'today', 'last night' and a year-less day from the dateline's day", () => {
    const text = "Bogota, 15 Aug 89 (EFE) -- Judges today resigned over the assassination last night of a justice who had been threatened on 3 August.";
    expect(valueOf(text, "today")).toBe("1989-08-15");
    expect(valueOf(text, "last night")).toBe("1989-08-14");
    expect(valueOf(text, "3 August")).toBe("1989-08-03");
  });

  it("reads a capitalised place, an agency in brackets and a single dash", () => {
    expect(valueOf("KABUL, Oct. 3, 2021 (Xinhua) - Three people were killed on Saturday when a bomb exploded.", "Saturday")).toBe("2021-10-02");
  });

  it("marks the dateline's date with its rule", () => {
    const stamp = findDates("Ayacucho, 19 Jan 89 -- Two people were wounded today.", null).find((d) => d.data.text === "19 Jan 89");
    expect(stamp?.source.rule).toBe("date:dateline-stamp");
  });

  it("leaves relative dates without a value when the first date is prose, not a dateline", () => {
    expect(valueOf("The talks of 12 March 2020 failed, and the envoy left yesterday.", "yesterday")).toBeNull();
    expect(valueOf("Police said 3 May 2021 -- the day of the vote -- was calm, and arrests followed on Friday.", "Friday")).toBeNull();
  });

  it("lets a given publication date win over the dateline", () => {
    expect(valueOf("Bogota, 15 Aug 89 (EFE) -- Judges resigned today.", "today", "1989-08-16")).toBe("1989-08-16");
  });
});

describe("a fronted day before a count", () => {
  it("reads 'Oct. 8, 12 soldiers' as a day and a count, not the year 2012", () => {
    expect(valueOf("On Oct. 8, 12 soldiers were killed near the border.", "Oct. 8", "2022-03-15")).toBe("2021-10-08");
    expect(findDates("On Oct. 8, 12 soldiers were killed near the border.", "2022-03-15").map((d) => d.data.text)).toEqual(["Oct. 8"]);
  });

  it("gives a fronted year-less day the tense of the clause after its comma", () => {
    expect(valueOf("On May 6, 14 people died in clashes.", "May 6", "2022-03-15")).toBe("2021-05-06");
    expect(valueOf("On May 20, the talks will resume.", "May 20", "2022-03-15")).toBe("2022-05-20");
  });

  it("keeps a two-digit year in a dateline", () => {
    expect(valueOf("San Salvador, May 6, 89 (EFE) -- Troops attacked a village.", "May 6, 89")).toBe("1989-05-06");
  });
});
