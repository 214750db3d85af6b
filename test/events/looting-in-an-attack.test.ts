/**
 * A theft by the party that has just attacked is part of the attack (ACLED and PLOVER code the
 * looting of a raid with the raid): one more telling of the attack, not a crime of its own.
 */
import { describe, expect, it } from "vitest";
import { extractEventsByHand } from "./annotate-by-hand.js";

const places = [
  { id: "kis", text: "Kisima", kind: "city" as const },
  { id: "nai", text: "Nairobi", kind: "city" as const },
];
const actors = [
  { id: "rus", name: "cattle rustlers", kind: "armed group" as const, mentions: ["rustlers", "they"] },
  { id: "thi", name: "thieves", kind: "armed group" as const, mentions: ["thieves"] },
];

describe("a theft in a raid", () => {
  it("is a telling of the raid when the raiders steal, a sentence later", () => {
    const text = "Armed rustlers stormed a village in Kisima early on Sunday. Police said they stole hundreds of cattle.";
    const events = extractEventsByHand(text, { places, actors });
    expect(events.map((e) => e.data.type)).toEqual(["ASSAULT"]);
    expect(events[0]!.data.mentions!.map((m) => m.trigger.text)).toContain("stole");
    expect(events[0]!.source.rule).toContain("absorbed:trg:robbery");
  });
  it("stays a crime of its own when others steal", () => {
    const text = "Armed rustlers stormed a village in Kisima early on Sunday. Police said thieves stole hundreds of cattle.";
    const types = extractEventsByHand(text, { places, actors }).map((e) => e.data.type);
    expect(types).toContain("ORG_CRIME");
  });
  it("stays a crime of its own when it lies somewhere else", () => {
    const text = "Armed rustlers stormed a village in Kisima early on Sunday. In Nairobi, they stole hundreds of cattle.";
    const types = extractEventsByHand(text, { places, actors }).map((e) => e.data.type);
    expect(types).toContain("ORG_CRIME");
  });
  it("stays a crime of its own when it is told long after the attack", () => {
    const text = "Armed rustlers stormed a village in Kisima early on Sunday. The village is poor. Its school has no roof. Its well is dry. Police said they stole hundreds of cattle.";
    const types = extractEventsByHand(text, { places, actors }).map((e) => e.data.type);
    expect(types).toContain("ORG_CRIME");
  });
});

describe("a theft that stays a crime of its own", () => {
  it("when the only violence is to property ('announced the robbery, before breaking the car window')", () => {
    const text = "The mugger announced the robbery before breaking the car window with his revolver.";
    expect(extractEventsByHand(text).map((e) => e.data.type)).toContain("ORG_CRIME");
  });
  it("when a list names kinds of crime ('raped, robbed, or assaulted')", () => {
    const text = "The study gave the lifetime chances of being raped, robbed, or assaulted.";
    expect(extractEventsByHand(text).map((e) => e.data.type)).toContain("ORG_CRIME");
  });
});
