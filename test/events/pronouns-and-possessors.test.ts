/**
 * Participants a pronoun or a possessive determiner names (find-role-phrases.ts, pronoun-antecedent.ts):
 * the noun phrase a pronoun stands for in its sentence, the possessor of an event noun as its doer
 * or undergoer, the undergoer of an adjective of state ("were dead", "shot dead"), and a negated
 * claim of responsibility naming no claimant.
 */
import { describe, expect, it } from "vitest";
import { extractEventsByHand, type HandActor } from "./annotate-by-hand.js";

const events = (text: string, actors: HandActor[] = []) =>
  extractEventsByHand(text, { actors }).map((e) => ({
    trigger: e.data.trigger.text,
    actor: e.data.actor,
    actorPhrase: e.data.actorPhrase?.text ?? null,
    actorAntecedent: e.data.actorPhrase?.antecedent?.text ?? null,
    target: e.data.target,
    targetPhrase: e.data.targetPhrase?.text ?? null,
    targetAntecedent: e.data.targetPhrase?.antecedent?.text ?? null,
    dead: e.data.victims?.dead?.text ?? null,
    claimedBy: e.data.claimedBy ?? null,
  }));

describe("a pronoun's antecedent in its sentence", () => {
  it("gives a subject pronoun the subject before it that agrees with it", () => {
    expect(events("A woman was arrested after she allegedly vandalized a campaign sign.").find((e) => e.trigger === "vandalized")).toMatchObject({ actorPhrase: "she", actorAntecedent: "A woman" });
  });

  it("skips a subject that does not agree in number", () => {
    expect(events("The men said the woman was arrested before they attacked the station.").find((e) => e.trigger === "attacked")).toMatchObject({ actorPhrase: "they", actorAntecedent: "The men" });
  });

  it("does not give an object pronoun the subject of its own verb", () => {
    expect(events("Police arrested them on Monday.")[0]).toMatchObject({ targetPhrase: "them", targetAntecedent: null });
  });

  it("reads a subject 'it' in reported speech as the one reporting", () => {
    expect(events("The group said it attacked the base.")[0]).toMatchObject({ actorPhrase: "it", actorAntecedent: "The group" });
    // The nearest subject before it ("Russian" of "a US-Russian brokered ceasefire") is not what "it" stands for.
    expect(events("The Syrian government announced last week following the collapse of a US-Russian brokered ceasefire that it intends to retake Aleppo.").find((e) => e.trigger === "retake")).toMatchObject({ actorPhrase: "it", actorAntecedent: "The Syrian government" });
  });

  it("leaves a bare 'it' that names a thing no doer", () => {
    expect(events("As a Land-Rover containing soldiers arrived, it exploded, killing two soldiers instantly.").find((e) => e.trigger === "killing")).toMatchObject({ actorPhrase: null });
  });

  it("does not give 'he' a plural read as a name", () => {
    expect(events("Police said he had shot two guards.")[0]).toMatchObject({ actorPhrase: "he", actorAntecedent: null });
  });

  it("reads an irregular participle after 'had' as the verb, with its subject and object", () => {
    expect(events("He had shot two guards at the bank.")[0]).toMatchObject({ actorPhrase: "He", targetPhrase: "two guards" });
  });

  it("leaves a pronoun that opens its sentence to the actors stage", () => {
    expect(events("They stormed the village.")[0]).toMatchObject({ actorPhrase: "They", actorAntecedent: null });
  });
});

describe("the possessive determiner of an event noun", () => {
  const fbi: HandActor[] = [{ id: "fbi", name: "Federal Bureau of Investigation", kind: "organisation", mentions: ["FBI"] }];

  it("names the doer of an act ('its investigation'), and the actor its antecedent names", () => {
    expect(events("The FBI announced on Sunday that its investigation found no wrongdoing.", fbi).find((e) => e.trigger === "investigation")).toMatchObject({ actorPhrase: "its", actorAntecedent: "The FBI", actor: "fbi" });
  });

  it("names the doer of a demand", () => {
    expect(events("The DCCC rejected our demand to value all lives.").find((e) => e.trigger === "demand")).toMatchObject({ actorPhrase: "our" });
  });

  it("reads a relative 'whose' as the phrase it hangs on: undergoer of an arrest, doer of attacks", () => {
    const google: HandActor[] = [{ id: "ghonim", name: "Wael Ghonim", kind: "person", mentions: ["Wael Ghonim"] }, { id: "google", name: "Google", kind: "organisation", mentions: ["Google"] }];
    expect(events("He met Wael Ghonim, the Google employee whose arrest made him a symbol.", google).find((e) => e.trigger === "arrest")).toMatchObject({ actor: null, target: "ghonim", targetPhrase: "the Google employee" });
    expect(events("The group, whose attacks have killed thousands, denied it.").find((e) => e.trigger === "attacks")).toMatchObject({ actorPhrase: "The group" });
    expect(events("The ad mentions Percy Walton, the one death row inmate whose sentence Kaine commuted.").find((e) => e.trigger === "sentence")).toMatchObject({ actorPhrase: null, targetPhrase: "the one death row inmate" });
  });

  it("names the undergoer of an arrest, not its doer", () => {
    const e = events("He lost his job following his arrest.").find((x) => x.trigger === "arrest");
    expect(e).toMatchObject({ actorPhrase: null, targetPhrase: "his" });
  });
});

describe("the undergoer of an adjective of state", () => {
  it("reads 'were dead' as its subject's death", () => {
    expect(events("In 75 minutes of violence, nine people were dead and 130 more were maimed.")[0]).toMatchObject({ dead: "nine people" });
  });

  it("reads 'shot dead' as the passive's subject's death", () => {
    expect(events("Later, a man was shot dead when he answered a knock at his door.")[0]).toMatchObject({ dead: "a man" });
  });
});

describe("a negated claim of responsibility", () => {
  const heitz: HandActor[] = [{ id: "heitz", name: "Remy Heitz", kind: "person", mentions: ["Remy Heitz", "He"] }];

  it("names no claimant: the speaker of the sentence claimed nothing", () => {
    const all = events("Remy Heitz said the device exploded in Lyon. He said no group had yet claimed responsibility for the explosion.", heitz);
    expect(all.length).toBeGreaterThan(0);
    for (const e of all) expect(e).toMatchObject({ actor: null, claimedBy: null });
  });
});

describe("a casualty participle with no object after its noun", () => {
  const parties: HandActor[] = [
    { id: "tal", name: "Taliban", kind: "armed group", mentions: ["Taliban"] },
    { id: "mil", name: "Military Forces", kind: "military", mentions: ["soldiers"] },
  ];

  it("is a reduced passive: the soldiers undergo it, and the attack's own name is its doer", () => {
    const e = extractEventsByHand("Six soldiers killed in a Taliban attack were buried on Monday.", { actors: parties })[0]!;
    expect(e.data).toMatchObject({ actor: "tal", target: "mil" });
  });

  it("keeps an active verb with its object as the doer's", () => {
    const e = extractEventsByHand("Taliban fighters killed six soldiers in an attack on Monday.", { actors: parties })[0]!;
    expect(e.data).toMatchObject({ actor: "tal", target: "mil" });
  });
});

describe("a generic event word whose doer differs from the specific telling's", () => {
  const parties: HandActor[] = [
    { id: "is", name: "Islamic State", kind: "armed group", mentions: ["IS"] },
    { id: "ru", name: "Military Forces of Russia", kind: "military", mentions: ["Russian"] },
  ];

  it("stays another happening: 'killed in IS attacks, prompting Russian airstrikes'", () => {
    const all = extractEventsByHand("Two dozen fighters were killed in IS attacks in Badia, prompting Russian airstrikes.", { actors: parties });
    expect(all.map((e) => e.data.actor).sort()).toEqual(["is", "ru"]);
  });
});

describe("a named possessor of an event noun", () => {
  const jones: HandActor = { id: "p1", name: "Peter Jones", kind: "person", mentions: ["Jones"] };
  const lopez: HandActor = { id: "p2", name: "Maria Lopez", kind: "person", mentions: ["Maria Lopez"] };
  const barco: HandActor = { id: "p3", name: "Virgilio Barco", kind: "person", mentions: ["Virgilio Barco"] };
  const army: HandActor = { id: "g1", name: "Military Forces of Syria", kind: "military", mentions: ["army"] };

  it("undergoes a noun its possessor undergoes, and does no event noun after it", () => {
    expect(events("Mr Jones' arrest in Kabul angered his family.", [jones]).find((e) => e.trigger === "arrest")).toMatchObject({ actor: null, target: "p1" });
    expect(events("Maria Lopez's death in the bomb attack shocked the town.", [lopez]).every((e) => e.actor !== "p2")).toBe(true);
  });

  it("does not do an event that hangs on another noun it possesses, unless that noun ties it to the event", () => {
    expect(events("President Virgilio Barco's message on the murder of the mayor was read on the radio.", [barco]).find((e) => e.trigger === "murder")?.actor).not.toBe("p3");
    expect(events("The army's series of attacks on the town killed 12 people.", [army])[0]).toMatchObject({ actor: "g1" });
    expect(events("Nobody doubted the army's responsibility for the massacre in the town.", [army]).find((e) => e.trigger === "massacre")).toMatchObject({ actor: "g1" });
  });
});
