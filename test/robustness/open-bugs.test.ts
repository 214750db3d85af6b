import { describe, expect, it } from "vitest";
import { layer } from "../../src/core/index.js";
import { analyzeArticle } from "../../src/app/analyze-article.js";

/**
 * Known robustness bugs in stages owned by others, each with the smallest input that shows it
 * (docs/robustness.md, "Open bugs"). They are skipped, not failing, until their owner fixes them:
 * remove the `.skip` then, and the test guards the fix.
 */
const run = (text: string) => analyzeArticle({ text, meta: { published: "2021-10-10" } });
const eventsOf = (text: string) => layer(run(text), "event").map((e) => `${e.data.type}:${e.data.trigger.text}`);

describe("open bugs (skipped until fixed by the stage's owner; the events ones are fixed)", () => {
  // events: invented events, found among the event-rate outliers of the corpus sweep (LGL 40195377,
  // india-police-events 1069). A trigger word inside an organisation's name is not an event.
  it("events: 'Bureau of Investigation' is an agency, not an accusation", () => {
    expect(eventsOf("Agents of the Federal Bureau of Investigation arrived on Monday.")).toEqual([]);
  });

  // events: "committing" a crime is not committing to something (AGREE, pledged).
  it("events: 'committing the crimes' is no pledge", () => {
    expect(eventsOf("He posed as an officer while committing the crimes.").filter((e) => e.startsWith("AGREE"))).toEqual([]);
  });

  // events: in lower-case text the month "march" (already a date: "march 30") becomes a PROTEST trigger.
  it("events: the month 'march' in lower-case text is no protest march", () => {
    expect(eventsOf("the party said it would hold a meeting on march 30.").filter((e) => e.startsWith("PROTEST"))).toEqual([]);
  });

  // dates (fixed): relative dates against a dateline before year 100 landed in the 20th century (Date.UTC reads 0-99 as 19xx).
  it("dates: 'last week' against a dateline of 0100-01-01 is in the year 99 or 100", () => {
    const doc = analyzeArticle({ text: "Rebels attacked the town last week.", meta: { published: "0100-01-01" } });
    for (const d of layer(doc, "date")) expect(d.data.value ?? "").toMatch(/^0(099|100)/);
  });

  it("dates: a year-less month and a weekday before a dateline in the year 100 stay in the year 99, written with four digits", () => {
    const doc = analyzeArticle({ text: "Rebels attacked the town in March. They left on Monday.", meta: { published: "0100-01-01" } });
    expect(layer(doc, "date").map((d) => d.data.value)).toEqual(["0099-03", "0099-12-28"]);
  });

  it("dates: a dateline in the first century is a calendar date", () => {
    expect(() => analyzeArticle({ text: "Rebels attacked the town.", meta: { published: "0050-06-15" } })).not.toThrow();
  });

  // events (fixed): time grew with the square of the number of event sentences (5,000 copies of one
  // attack sentence took 24 s in the events stage, now under 2 s); no timing assertion here, the
  // merging shortcut is pinned down by test/events/long-texts.test.ts.
});
