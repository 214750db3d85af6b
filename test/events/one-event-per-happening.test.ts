/**
 * One event per happening: an attack retold in several sentences is one event that keeps every
 * telling (its mentions with their evidence), and its toll is the best report, not a sum.
 */
import { describe, expect, it } from "vitest";
import { tighterCount } from "../../src/stages/events/merge-events.js";
import { extractEventsByHand } from "./annotate-by-hand.js";

const places = [
  { id: "kab", text: "Kabul", kind: "city" as const },
  { id: "kan", text: "Kandahar", kind: "city" as const },
];

describe("mentions of one event", () => {
  it("keeps each telling of a merged attack with its own evidence and trigger", () => {
    const text = "A car bomb exploded in Kabul on Monday, killing 12 people. The blast also wounded 30.";
    const assaults = extractEventsByHand(text, { places }).filter((e) => e.data.type === "ASSAULT");
    expect(assaults).toHaveLength(1);
    const mentions = assaults[0]!.data.mentions!;
    expect(mentions).toHaveLength(2);
    expect(mentions[0]!.evidence.text).toContain("car bomb");
    expect(mentions[1]!.trigger.text).toBe("blast");
    expect(mentions[1]!.evidence.text).toBe("The blast also wounded 30.");
    expect(mentions[1]!.injuries?.min).toBe(30);
  });
  it("gives a single-mention event a mention list of one, the event's own trigger", () => {
    const [e] = extractEventsByHand("Gunmen attacked a police station in Kandahar.", { places }).filter((x) => x.data.type === "ASSAULT");
    expect(e!.data.mentions).toHaveLength(1);
    expect(e!.data.mentions![0]!.trigger).toEqual(e!.data.trigger);
  });
  it("says which mention the toll came from", () => {
    const text = "A suicide bomber struck a mosque in Kabul, killing at least 20 people. The attack killed 23 people, officials said.";
    const [e] = extractEventsByHand(text, { places }).filter((x) => x.data.type === "ASSAULT");
    expect(e!.data.fatalities).toMatchObject({ min: 23, max: 23 });
    expect(e!.data.mentions![e!.data.fatalitiesFrom!]!.evidence.text).toContain("23");
  });
});

describe("a toll reported twice", () => {
  const c = (min: number | null, max: number | null) => ({ min, max, text: "" });
  it("prefers an exact figure to a bound, whichever comes first", () => {
    expect(tighterCount(c(60, null), c(62, 62))).toEqual(c(62, 62));
    expect(tighterCount(c(62, 62), c(60, null))).toEqual(c(62, 62));
  });
  it("keeps the higher of two figures of a kind (a revised toll), never their sum", () => {
    expect(tighterCount(c(3, 3), c(5, 5))).toEqual(c(5, 5));
    expect(tighterCount(c(200, null), c(100, null))).toEqual(c(200, null));
  });
});
