/**
 * Trigger words that are part of a name or a date are no events ("Federal Bureau of Investigation",
 * "on march 30"), and "committing" a crime is no pledge.
 */
import { describe, expect, it } from "vitest";
import { extractEventsByHand, type HandActor } from "./annotate-by-hand.js";

const kinds = (text: string, opts: Parameters<typeof extractEventsByHand>[1] = {}) =>
  extractEventsByHand(text, opts).map((e) => `${e.data.type}:${e.data.trigger.text}:${e.data.modality}`);

describe("a trigger word inside a name", () => {
  it("is no event inside a capitalised multiword name, with no entity layer", () => {
    expect(kinds("Agents of the Federal Bureau of Investigation arrived on Monday.")).toEqual([]);
    expect(kinds("Officials at the Ministry for Relief and Reconstruction spoke on Monday.").filter((k) => k.startsWith("AID"))).toEqual([]);
  });
  it("is no event inside an actor's mention", () => {
    const actors: HandActor[] = [{ id: "a1", name: "Revolutionary Guards Investigation Unit", kind: "military", mentions: ["Investigation Unit"] }];
    expect(kinds("The Investigation Unit arrived in Kabul.", { actors })).toEqual([]);
  });
  it("is no event as a person's surname, even opening a sentence", () => {
    const actors: HandActor[] = [{ id: "ll", name: "Loretta Lynch", kind: "person", mentions: ["Loretta Lynch", "Lynch"] }];
    expect(kinds("Loretta Lynch spoke in Kabul on Monday. Lynch said she was asked to give a talk.", { actors }).filter((k) => k.startsWith("ASSAULT"))).toEqual([]);
  });
  it("is still an event as the first word of a sentence naming a group, not a person", () => {
    const actors: HandActor[] = [{ id: "pr", name: "Protesters", kind: "group", mentions: ["Protesters"] }];
    expect(kinds("Protesters gathered in Kabul on Monday.", { actors }).some((k) => k.startsWith("PROTEST"))).toBe(true);
  });
  it("is still an event in lower case beside the name", () => {
    expect(kinds("The Federal Bureau of Investigation opened an investigation into the bombing in Kabul.")).toContain("ASSAULT:bombing:asserted");
    expect(kinds("Agents of the Federal Bureau of Investigation arrested two men in Kabul.").some((k) => k.startsWith("COERCE:arrested"))).toBe(true);
  });
  it("is still an event in a title-case headline, whose capitals mark no names", () => {
    expect(kinds("Police Arrest Dozens Of Protesters In Kabul").some((k) => /arrest/i.test(k))).toBe(true);
  });
  it("is still an event as the first word of a sentence", () => {
    expect(kinds("Protests of the Kabul Traders Union spread on Monday.").some((k) => k.startsWith("PROTEST:Protests"))).toBe(true);
  });
});

describe("a month name", () => {
  it("is no protest before a day number or after a date word, in lower-case text", () => {
    expect(kinds("the party said it would hold a meeting on march 30.").filter((k) => k.startsWith("PROTEST"))).toEqual([]);
    expect(kinds("prices have risen since march, traders said.").filter((k) => k.startsWith("PROTEST"))).toEqual([]);
  });
  it("is no protest inside a date annotation", () => {
    const dates = [{ id: "d1", text: "march", value: "2021-03" }];
    expect(kinds("the rebels said the ceasefire of march held.", { dates }).filter((k) => k.startsWith("PROTEST"))).toEqual([]);
  });
  it("is still a protest march with a determiner or no date around it", () => {
    expect(kinds("Thousands joined a march on parliament in Kabul.")).toContain("PROTEST:march:asserted");
    expect(kinds("Thousands joined the march 2 km from parliament in Kabul.")).toContain("PROTEST:march:asserted");
  });
});

describe("'commit'", () => {
  it("is no pledge when a crime or an attack is committed", () => {
    expect(kinds("He posed as an officer while committing the crimes.").filter((k) => k.startsWith("AGREE"))).toEqual([]);
    expect(kinds("They committed war crimes in Aleppo.").filter((k) => k.startsWith("AGREE"))).toEqual([]);
  });
  it("does not make a committed attack a pledge", () => {
    expect(kinds("Militants who committed the attack in Kabul fled.")).toContain("ASSAULT:attack:asserted");
  });
  it("is a pledge when committed to something or when resources are committed", () => {
    expect(kinds("The government is committed to rebuilding the bridge.").some((k) => k.startsWith("AGREE") && k.endsWith(":pledged"))).toBe(true);
    expect(kinds("Japan committed $5 million in aid.").some((k) => k.startsWith("AGREE") && k.endsWith(":pledged"))).toBe(true);
  });
});
