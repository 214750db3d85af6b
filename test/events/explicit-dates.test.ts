/**
 * An explicit calendar date in the sentence wins ("On 4 May 2020, ..."): a count right after it is no
 * clock time, and a date that opens the sentence dates every event of it, participle clauses included.
 */
import { describe, expect, it } from "vitest";
import { layer } from "../../src/core/index.js";
import { analyzeArticle } from "../../src/app/analyze-article.js";
import { expectDate } from "../dates/expect-date.js";

const eventDates = (text: string) => {
  const doc = analyzeArticle({ text, meta: { published: "2020-05-10", language: "en" } });
  const dates = new Map(layer(doc, "date").map((d) => [d.id, d.data.value]));
  return layer(doc, "event").map((e) => `${e.data.trigger.text}:${e.data.date ? dates.get(e.data.date) : null}`);
};

describe("a count after a written date", () => {
  it("is no clock hour: the date ends before it", () => {
    expectDate("On 4 May 2020, 15 Taliban militants were killed.", "2020-05-10", { text: "4 May 2020", value: "2020-05-04", precision: "day" });
    expectDate("On May 4, 2020, 15 militants were killed.", "2020-05-10", { text: "May 4, 2020", value: "2020-05-04", precision: "day" });
  });
  it("leaves a real clock time alone", () => {
    expectDate("They met on 4 May 2020 at 15:30 in Kabul.", "2020-05-10", { value: "2020-05-04", precision: "time" });
  });
});

describe("a date that opens the sentence", () => {
  it("dates the events of every clause of it", () => {
    expect(eventDates("On 8 May 2020, police fired on protesters in Lagos, killing two and injuring 14.").every((e) => e.endsWith(":2020-05-08"))).toBe(true);
    expect(eventDates("On 4 May 2020, 15 Taliban militants including a commander were killed in an army operation in Helmand.")).toEqual(["operation:2020-05-04"]);
  });
});

describe("a day counted from another ('two days after the 12 April bombing')", () => {
  it("dates what its sentence tells, while the day counted from dates the noun it stands before", () => {
    expect(eventDates("Two days after the 2 May bombing, hundreds of residents marched through Quetta.")).toEqual(["bombing:2020-05-02", "marched:2020-05-04"]);
    expect(eventDates("Residents marched through Quetta a week before the 9 May bombing.")).toEqual(["marched:2020-05-02", "bombing:2020-05-09"]);
  });
});

describe("a day written before an event's noun with a possessive ('Friday's attack')", () => {
  it("dates that event", () => {
    expect(eventDates("On 6 May 2020, the death toll from Friday's attack in Mopti rose to 25.")).toEqual(["attack:2020-05-01"]);
  });
});

describe("a death told in the sentence after an attack", () => {
  it("is another happening when it counts time away from the scene ('one year before'): no toll of the attack, no date of its scene", () => {
    const doc = analyzeArticle({ text: "On 2 May 2020, gunmen attacked a convoy in Kabul. Police said the gunmen had killed a governor one year before.", meta: { published: "2020-05-10", language: "en" } });
    const attack = layer(doc, "event").find((e) => e.data.trigger.text === "attacked");
    expect(attack?.data.fatalities ?? null).toBeNull();
    expect(layer(doc, "event").every((e) => !e.data.date || e.data.trigger.text === "attacked")).toBe(true);
  });
  it("is another happening when it is told at another place", () => {
    const doc = analyzeArticle({ text: "On 2 May 2020, gunmen attacked a convoy in Kabul. Police said the gunmen killed a governor in Kandahar.", meta: { published: "2020-05-10", language: "en" } });
    const attack = layer(doc, "event").find((e) => e.data.trigger.text === "attacked");
    expect(attack?.data.fatalities ?? null).toBeNull();
    expect(layer(doc, "event").map((e) => e.data.trigger.text)).toEqual(["attacked", "killed"]);
  });
});

describe("a date beside a verb of reporting", () => {
  it("dates the report: an event of the sentence takes its other date first", () => {
    const text = "The police chief today confirmed foreign participation in the assassination of the senator, on 18 August in Bogota.";
    const doc = analyzeArticle({ text, meta: { published: "1989-08-29", language: "en" } });
    const dates = new Map(layer(doc, "date").map((d) => [d.id, d.data.value]));
    const killing = layer(doc, "event").find((e) => e.data.trigger.text === "assassination");
    expect(killing?.data.date ? dates.get(killing.data.date) : null).toBe("1989-08-18");
  });
});

describe("a date that bounds a count, a state or a deadline", () => {
  it("dates no event on its day ('by Sunday', 'until Monday', 'by March 15')", () => {
    const pledge = eventDates("The rebels pledged to hand over their weapons by 15 May.");
    expect(pledge.length).toBeGreaterThan(0);
    for (const e of pledge) expect(e).toMatch(/:null$/);
    const [bombing] = eventDates("A suicide bomber attacked a mosque in Kabul on Friday. By Sunday the number of people killed in the blast had reached 45.");
    expect(bombing).toBe("suicide bomber:2020-05-08");
  });

  it("takes a perfect's 'now' as the time of the count, no date of the deaths", () => {
    expect(eventDates("A bomb exploded in Kabul on Friday. At least 45 people have now died in the attack.")).toEqual(["bomb exploded:2020-05-08"]);
  });
});

describe("a year or day that modifies an event's noun", () => {
  it("dates that event, through the names and nouns between ('the 2015 Paris attacks', 'a 2013 sit-in'), and leaves the sentence's other events their own dates", () => {
    expect(eventDates("The suspect in the 2015 Paris attacks was sentenced on Wednesday.")).toEqual(["attacks:2015", "sentenced:2020-05-06"]);
    expect(eventDates("A court in Cairo sentenced 75 people to death on 8 September 2018 over a 2013 sit-in.")).toEqual(["sentenced:2018-09-08", "sit-in:2013"]);
  });
});
