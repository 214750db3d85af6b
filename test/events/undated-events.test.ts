/**
 * Events the text gives no date: the paragraph's time (date:scene), else the dateline by news
 * convention (inferredDate, date:dateline) for an event told as done in the past; nothing for the
 * present, the future, a pluperfect or an unreal event.
 */
import { describe, expect, it } from "vitest";
import { layer } from "../../src/core/index.js";
import { runEventsByHand } from "./annotate-by-hand.js";

const PUBLISHED = "2021-10-12";
const eventsOf = (text: string, opts: Parameters<typeof runEventsByHand>[1] = {}) => {
  const doc = runEventsByHand(text, { published: PUBLISHED, ...opts });
  const dates = new Map(layer(doc, "date").map((d) => [d.id, d.data.value]));
  return layer(doc, "event").map((e) => ({ trigger: e.data.trigger.text, date: e.data.date ? dates.get(e.data.date) : null, inferred: e.data.inferredDate ?? null }));
};

describe("the dateline for an undated event told in the past", () => {
  it.each([
    "Gunmen killed three police officers in the north.",
    "Police have arrested five suspects.",
    "A car bomb exploded outside the ministry.",
  ])("%s", (text) => {
    const [e] = eventsOf(text);
    expect(e?.date).toBeNull();
    expect(e?.inferred).toEqual({ value: PUBLISHED, precision: "day", rule: "date:dateline" });
  });

  it.each([
    ["a present", "Police are arresting protesters in the capital."],
    ["a future", "The army will attack the town."],
    ["a pluperfect", "Gunmen had attacked the village before the election."],
    ["a hypothetical", "Rebels could attack the town."],
  ])("gives none to %s", (_kind, text) => {
    for (const e of eventsOf(text)) expect(e.inferred).toBeNull();
  });

  it.each([
    "Police said they had arrested five suspects.",
    "The army said troops had killed three gunmen in the north.",
  ])("reads a pluperfect under a past verb of reporting as the reporter's past: %s", (text) => {
    const e = eventsOf(text).find((x) => x.trigger === "arrested" || x.trigger === "killed");
    expect(e?.inferred).toEqual({ value: PUBLISHED, precision: "day", rule: "date:dateline" });
  });

  it("keeps a pluperfect under a present verb of reporting out of the news", () => {
    for (const e of eventsOf("Police say they had arrested five suspects.")) expect(e.inferred).toBeNull();
  });

  it("reads the tense of every telling of a merged event, not only the one that carries it", () => {
    // The carrier's clause ("As a result of the attack,") has no verb; the bomb's sentence is in the past.
    const events = eventsOf("Two bombs exploded at the entrance of the mayor's home. As a result of the attack, a 15-year-old girl was wounded.");
    const attacks = events.filter((e) => e.trigger === "attack" || e.trigger === "bombs");
    expect(attacks).toHaveLength(1);
    expect(attacks[0]!.inferred).toEqual({ value: PUBLISHED, precision: "day", rule: "date:dateline" });
  });

  it("gives none without a dateline, nor over a date in the text", () => {
    expect(runEventsByHand("Gunmen killed three police officers in the north.").layers.event?.[0]?.data.inferredDate).toBeUndefined();
    const [e] = eventsOf("Gunmen killed three police officers on Monday.", { dates: [{ id: "d1", text: "Monday", value: "2021-10-11", relative: true }] });
    expect(e).toMatchObject({ date: "2021-10-11", inferred: null });
  });
});

describe("the paragraph's time for an undated event", () => {
  const battle = "A gun battle between the army and gunmen ended in 18 deaths in Acapulco on Saturday. Five people were placed under arrest.";

  it("takes the date of the last dated event on the ground in the paragraph", () => {
    const events = eventsOf(battle, { dates: [{ id: "d1", text: "Saturday", value: "2021-10-09", relative: true }] });
    expect(events.find((e) => e.trigger === "arrest")).toMatchObject({ date: "2021-10-09", inferred: null });
  });

  it("lapses at a paragraph break", () => {
    const events = eventsOf(battle.replace(". Five", ".\nFive"), { dates: [{ id: "d1", text: "Saturday", value: "2021-10-09", relative: true }] });
    expect(events.find((e) => e.trigger === "arrest")).toMatchObject({ date: null, inferred: { value: PUBLISHED } });
  });
});

describe("the day a lead dated only by its report leaves to the sentence retelling the doers", () => {
  const lead = "Gunmen torched homes in the Solino neighbourhood, killing at least 12 people, a rights group said Monday.\n\n";
  const dates = (second: string) => [{ id: "d1", text: "Monday", value: "2021-10-11", relative: true }, { id: "d2", text: second, value: "2021-10-10", relative: true }];

  it("takes the day when the next sentence opens on the doers under a definite noun", () => {
    const events = eventsOf(`${lead}The attackers moved in around 2 a.m. Sunday, residents said.`, { dates: dates("Sunday") });
    expect(events.find((e) => e.trigger === "torched")).toMatchObject({ date: "2021-10-10" });
  });

  it("keeps the report's day when the next sentence opens on anything else", () => {
    const events = eventsOf(`${lead}Residents said the police arrived on Sunday.`, { dates: dates("Sunday") });
    expect(events.find((e) => e.trigger === "torched")?.date).not.toBe("2021-10-10");
  });
});

describe("the date in a wire story's dateline is the report's, not its first sentence's events'", () => {
  const stamp = [{ id: "d1", text: "12 Oct 21", value: PUBLISHED }];
  it("leaves an older event named by a noun undated", () => {
    const e = eventsOf("San Salvador, 12 Oct 21 -- Those accused of the assassination of six Jesuits will have a fair trial, the court said.", { dates: stamp }).find((x) => x.trigger === "assassination");
    expect(e).toBeDefined();
    expect(e?.date).toBeNull();
  });

  it("still gives an event told as done the report's day, by the news convention", () => {
    const [e] = eventsOf("Bogota, 12 Oct 21 (radio) -- Gunmen killed three persons at the airport.", { dates: stamp });
    expect(e?.date).toBeNull();
    expect(e?.inferred?.value).toBe(PUBLISHED);
  });

  it("keeps the same date as the event's own when it is written in the sentence", () => {
    const [e] = eventsOf("On 12 Oct 21 gunmen killed three persons at the airport.", { dates: [{ id: "d1", text: "12 Oct 21", value: PUBLISHED }] });
    expect(e?.date).toBe(PUBLISHED);
  });
});
