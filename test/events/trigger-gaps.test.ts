/**
 * Trigger words that news uses for events the lexicon once missed (killing verbs, a release from
 * custody, convening and negotiating, begging, coercion, gunfire named by its shooter), each beside
 * the sense that must stay no event. Sentences written for these tests, not taken from any corpus.
 */
import { describe, expect, it } from "vitest";
import { extractEventsByHand } from "./annotate-by-hand.js";

const ofType = (text: string, type: string) => extractEventsByHand(text).filter((e) => e.data.type === type);

describe("killing verbs", () => {
  it("reads 'slaughtered' as a killing with its toll", () => {
    const [e] = ofType("Gunmen slaughtered 14 villagers in Kaduna on Sunday.", "ASSAULT");
    expect(e?.data.fatalities?.min).toBe(14);
  });

  it("reads 'the slaughter of' with its victims", () => {
    expect(ofType("Rebels carried out the slaughter of 30 civilians in Beni on Monday.", "ASSAULT")).toHaveLength(1);
  });

  it.each([
    ["Farm workers started slaughtering and burying 6,500 hogs in Bulacan on Sunday."],
    ["The government banned a similar slaughter during the festival last year."],
  ])("%s is no attack", (text) => {
    expect(ofType(text, "ASSAULT")).toHaveLength(0);
  });
});

describe("gunfire named by its shooter", () => {
  it("reads 'militant fire' as an attack, not a blaze", () => {
    const events = extractEventsByHand("A soldier was wounded by militant fire in Homs province on Friday.");
    expect(events.some((e) => e.data.type === "ASSAULT")).toBe(true);
    expect(events.some((e) => e.data.type === "MAN_MADE_DISASTER")).toBe(false);
  });

  it("keeps a house fire a fire", () => {
    expect(ofType("A fire destroyed three houses in Lagos on Friday.", "MAN_MADE_DISASTER")).toHaveLength(1);
  });
});

describe("a doer named for the act", () => {
  it("is an attack when its clause tells the act", () => {
    expect(ofType("A suicide bomber blew himself up at a checkpoint in Kabul on Monday.", "ASSAULT")).toHaveLength(1);
  });

  it.each([
    ["Neighbours had warned the police about the 22-year-old suicide bomber."],
    ["He once said that being a suicide bomber was honourable."],
  ])("%s tells no attack", (text) => {
    expect(ofType(text, "ASSAULT")).toHaveLength(0);
  });
});

describe("other event words", () => {
  it("reads a release from custody as a release", () => {
    expect(ofType("Two of the suspects were released from custody in Leeds on Monday.", "RETREAT")).toHaveLength(1);
  });

  it("reads negotiating with a party as talks", () => {
    expect(ofType("The government negotiated with the rebels in Doha on Tuesday.", "CONSULT")).toHaveLength(1);
  });

  it("reads begging someone to act as a request", () => {
    expect(ofType("Opposition leaders are begging voters to stay home on Sunday.", "REQUEST")).toHaveLength(1);
  });

  it("reads intimidating voters as a threat", () => {
    expect(ofType("Militiamen intimidated voters in Harare on Saturday.", "THREATEN")).toHaveLength(1);
  });
});
