/**
 * Death words ("died", "dead", "deaths") name no cause: they are one more telling of the attack or
 * disaster their sentence (or the sentence before) tells, never an event of their own and never a toll.
 * The sentences are written for these tests (general usage), not taken from any eval corpus.
 */
import { describe, expect, it } from "vitest";
import { extractEventsByHand } from "./annotate-by-hand.js";

const tellings = (text: string) => extractEventsByHand(text).flatMap((e) => (e.data.mentions ?? []).map((m) => ({ type: e.data.type, word: m.trigger.text, rule: m.rule, fatalities: m.fatalities?.text ?? null })));

describe("death words as tellings", () => {
  it("joins the attack of its sentence", () => {
    const events = extractEventsByHand("The commander died after a roadside bomb exploded under his convoy on Monday.");
    expect(events).toHaveLength(1);
    expect(events[0]!.data.type).toBe("ASSAULT");
    expect(tellings("The commander died after a roadside bomb exploded under his convoy on Monday.").map((t) => t.word)).toContain("died");
  });

  it("joins the bombing told in the sentence before when its own sentence gives a count", () => {
    const t = tellings("A car bomb exploded outside the market in the town on Friday. Nine people were dead.");
    expect(t.find((x) => x.word === "dead")).toMatchObject({ type: "ASSAULT", rule: "trg:die" });
  });

  it("carries the toll of its sentence beside the attack's word", () => {
    const t = tellings("Scores of people died in the attacks on the two towns in June.");
    expect(t.find((x) => x.word === "died")).toBeDefined();
    // The event keeps its toll; the telling that says the deaths carries it, the attack's word none.
    expect(t.filter((x) => x.fatalities !== null).every((x) => x.word === "died")).toBe(true);
  });

  it.each([
    ["The former president, who died in 2013, is still revered by his party."],
    ["Eight people died of the disease in the capital last week."],
    ["Nobody died in the storm, officials said."],
    ["He faces the death penalty if convicted."],
  ])("%s -> no violent event", (text) => {
    expect(extractEventsByHand(text).filter((e) => e.data.type === "ASSAULT")).toEqual([]);
  });

  it("a disease death is no telling of an attack in its sentence", () => {
    const t = tellings("Rebels attacked the town on Monday, and two children died of cholera in the camp.");
    expect(t.find((x) => x.word === "died" && x.type === "ASSAULT")).toBeUndefined();
  });
});

describe("a campaign against a cause is no attack", () => {
  it.each([
    ["Doctors asked for more resources to attack the virus."],
    ["There may not be any disease to battle, the governor said."],
  ])("%s -> no violence", (text) => {
    expect(extractEventsByHand(text).filter((e) => e.data.type === "ASSAULT")).toEqual([]);
  });

  it("keeps an armed party's attack on a clinic named for an illness", () => {
    expect(extractEventsByHand("Militants attacked the Ebola treatment centre in the town on Tuesday.").filter((e) => e.data.type === "ASSAULT")).toHaveLength(1);
  });
});

describe("damage and explosion words as tellings", () => {
  it("a damage word is one more telling of the blast, as a destruction", () => {
    const events = extractEventsByHand("A bomb exploded outside a bakery in the city centre on Friday. Her shop window was damaged by the blast, which wounded 13 people.");
    const assaults = events.filter((e) => e.data.type === "ASSAULT");
    expect(assaults).toHaveLength(1);
    const damage = assaults[0]!.data.mentions!.find((m) => m.trigger.text === "damaged");
    expect(damage).toMatchObject({ type: "ASSAULT", mode: "destroy" });
    expect(assaults[0]!.data.mode).not.toBe("destroy");
  });

  it("a bare 'exploded' joins the attack whose toll its sentence gives", () => {
    const t = tellings("A car bomb was planted near the station in the town on Friday. As an army patrol arrived, it exploded, killing two soldiers instantly.");
    expect(t.find((x) => x.word === "exploded")).toMatchObject({ type: "ASSAULT" });
  });

  it.each([
    ["The storm damaged hundreds of homes along the coast."],
    ["The economy exploded after the reforms, officials said."],
  ])("%s -> no violent event", (text) => {
    expect(extractEventsByHand(text).filter((e) => e.data.type === "ASSAULT")).toEqual([]);
  });
});

describe("casualty verbs of one sentence", () => {
  it("tells 'killed ... and injured' as one event with two tellings", () => {
    const events = extractEventsByHand("They killed 23 Afghan soldiers and injured another 15 in the province on Friday.").filter((e) => e.data.type === "ASSAULT");
    expect(events).toHaveLength(1);
    expect(events[0]!.data.mentions!.map((m) => m.trigger.text)).toEqual(["killed", "injured"]);
  });
  it("reads slayings and maimings as deaths and injuries", () => {
    expect(extractEventsByHand("A shopkeeper was slain in the market on Monday.").filter((e) => e.data.type === "ASSAULT")).toHaveLength(1);
    expect(extractEventsByHand("Gunmen maimed three farmers near the village on Monday.").filter((e) => e.data.type === "ASSAULT")).toHaveLength(1);
  });
});

describe("a toll told in the next sentence", () => {
  it("belongs to the telling of that sentence, the event keeping it", () => {
    const events = extractEventsByHand("A car bomb exploded outside the market in the town on Friday. Nine people were killed and 30 were wounded.").filter((e) => e.data.type === "ASSAULT");
    expect(events).toHaveLength(1);
    expect(events[0]!.data.fatalities?.min).toBe(9);
    const mentions = events[0]!.data.mentions!;
    expect(mentions[0]!.trigger.text).toBe("car bomb");
    expect(mentions[0]!.fatalities).toBeNull();
    expect(mentions.find((m) => m.fatalities !== null)?.evidence.text).toContain("Nine people");
  });
});

describe("act words as tellings", () => {
  it("joins 'exploded' to the bombing of the sentence before with no count of its own; a death word with none stays out", () => {
    const t = tellings("A car bomb went off outside the police station in the town on Friday. Minutes later two more exploded nearby.");
    expect(t.find((x) => x.word === "exploded")).toMatchObject({ type: "ASSAULT" });
    const d = tellings("A car bomb went off outside the police station in the town on Friday. The mayor died in 2013.");
    expect(d.find((x) => x.word === "died")).toBeUndefined();
  });
});
