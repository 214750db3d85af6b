/**
 * Doers and undergoers read from the clause's structure: a noun event's "from" phrase, an -ing
 * adjunct after a noun event, a relative clause between subject and verb, a casualty word used as a
 * noun, a noun event as the predicate of "be", a weapon's maker, a list that undergoes the event,
 * and a gerund the tagger read as an adjective.
 */
import { describe, expect, it } from "vitest";
import type { TokenData } from "../../src/core/index.js";
import { repairTags } from "../../src/stages/events/repair-tags.js";
import { extractEventsByHand, type HandActor } from "./annotate-by-hand.js";

const actors: HandActor[] = [
  { id: "coal", name: "Global Coalition", kind: "military", mentions: ["US-led coalition", "coalition"] },
  { id: "kremlin", name: "Kremlin", kind: "government", mentions: ["Kremlin"] },
  { id: "assad", name: "Bashar al-Assad", kind: "person", mentions: ["Assad"] },
  { id: "is", name: "Islamic State", kind: "armed group", mentions: ["Islamic State", "ISIS"] },
  { id: "uag", name: "Unidentified Armed Group", kind: "armed group", mentions: ["gunmen"] },
  { id: "cvl", name: "Civilians", kind: "group", mentions: ["doctors", "They"] },
  { id: "rus", name: "Russia", kind: "country", mentions: ["Russian", "Russia"] },
  { id: "putin", name: "Vladimir Putin", kind: "person", mentions: ["Vladimir Putin"] },
];

const events = (text: string) =>
  extractEventsByHand(text, { actors }).map((e) => ({ trigger: e.data.trigger.text, actor: e.data.actor, actorPhrase: e.data.actorPhrase?.text ?? null, target: e.data.target, targetPhrase: e.data.targetPhrase?.text ?? null }));

describe("roles of the clause", () => {
  it("never takes a noun event's 'from' phrase as its undergoer", () => {
    const e = events("The assault will be supported by air strikes from the US-led coalition.").find((x) => x.trigger === "air strikes");
    expect(e?.target).not.toBe("coal");
  });

  it("does not hand a noun event the object of an -ing adjunct after it", () => {
    const e = events("The Kremlin launched its air strikes saying it wanted to help Assad.").find((x) => x.trigger === "air strikes");
    expect(e).toMatchObject({ actor: "kremlin" });
    expect(e?.target).toBeNull();
  });

  it("gives an infinitive after a site its verb's subject, and after a party that party", () => {
    // The site is the object of "entered"; "to attack" tells why the gunmen entered it.
    const purpose = events("The gunmen entered the town to attack the police station.").find((x) => x.trigger === "attack");
    expect(purpose).toMatchObject({ actor: "uag" });
    // A party as the object may do the deed itself: "urged the gunmen to attack" is the gunmen's.
    const urged = events("Vladimir Putin urged the gunmen to attack the police station.").find((x) => x.trigger === "attack");
    expect(urged).toMatchObject({ actor: "uag" });
  });

  it("takes no undergoer from a noun event's adjunct of purpose or time", () => {
    const e = events("The four-day battle became a major victory for Russia.").find((x) => x.trigger === "battle");
    expect(e).toBeDefined();
    expect(e?.target ?? null).not.toBe("rus");
  });

  it("finds the subject across a relative clause set off by commas", () => {
    const e = events("The gunmen, who arrived on motorcycles, opened fire on the crowd in Kabul.")[0];
    expect(e).toMatchObject({ actor: "uag", actorPhrase: "The gunmen" });
  });

  it("gives no doer to a casualty word standing as a noun", () => {
    const e = events("There are only 35 doctors left in the district caring for hundreds of wounded.").find((x) => x.trigger === "wounded");
    expect(e?.actor ?? null).toBeNull();
  });

  it("gives no doer to a noun event that is the predicate of 'be'", () => {
    const e = events("They were civilian massacres.")[0];
    expect(e?.actor ?? null).toBeNull();
  });

  it("does not make the maker of a weapon its user", () => {
    const e = events("The aircraft was destroyed by a Russian-made Buk missile.").find((x) => x.trigger === "destroyed");
    expect(e?.actor ?? null).toBeNull();
  });

  it("takes the first item of a list that undergoes the event as its target", () => {
    const e = events("Vladimir Putin and Russia are the latest to be threatened by ISIS in a video.")[0];
    expect(e).toMatchObject({ actor: "is", target: "putin" });
  });

  it("takes the 'by' phrase of a passive support verb whose subject is the noun event as its doer", () => {
    const e = events("The attack is widely believed to have been carried out by Islamic State.").find((x) => x.trigger === "attack");
    expect(e).toMatchObject({ actor: "is" });
    const relative = events("The air strikes, which were conducted by the US-led coalition, hit a market.").find((x) => x.trigger === "air strikes");
    expect(relative).toMatchObject({ actor: "coal" });
    // Not a passive: "had" is the noun event's own verb, and the participle after the comma hangs on "impact".
    const other = events("The attack had a huge impact, carried out by Islamic State.").find((x) => x.trigger === "attack");
    expect(other?.actor ?? null).toBeNull();
  });

  it("aims a noun event at the object or 'at' phrase of the verb of aiming it is the subject of", () => {
    expect(events("The air strikes targeted doctors in Idlib.").find((x) => x.trigger === "air strikes")).toMatchObject({ target: "cvl" });
    expect(events("The air strikes, which seemed to be aimed at doctors, killed four.").find((x) => x.trigger === "air strikes")).toMatchObject({ target: "cvl" });
    // The passive's subject, when the noun event is its "by" phrase.
    expect(events("Doctors were targeted by air strikes in Idlib.").find((x) => x.trigger === "air strikes")).toMatchObject({ targetPhrase: "Doctors" });
  });

  it("reads the noun before a word of allegiance and its 'to' as the subject, not the party it is loyal to", () => {
    expect(events("Gunmen loyal to Islamic State attacked doctors in Idlib.").find((x) => x.trigger === "attacked")).toMatchObject({ actorPhrase: "Gunmen", target: "cvl" });
    expect(events("Doctors known to be sympathetic to Russia were arrested in Idlib.").find((x) => x.trigger === "arrested")).toMatchObject({ targetPhrase: "Doctors" });
  });

  it("gives an event noun the subject of 'be involved in' as its doer, through a participle modifying the noun", () => {
    expect(events("Gunmen were involved in the failed assassination attempt.").find((x) => x.trigger === "assassination")).toMatchObject({ actorPhrase: "Gunmen" });
    expect(events("Gunmen were not involved in the attack.").find((x) => x.trigger === "attack")?.actorPhrase ?? null).toBeNull();
  });

  it("gives an event noun the noun that a reduced relative 'involved in' hangs on as its doer", () => {
    expect(events("The gunmen involved in the attack were arrested.").find((x) => x.trigger === "attack")).toMatchObject({ actorPhrase: "The gunmen" });
    expect(events("The number of gunmen involved in the attack has risen to 34.").find((x) => x.trigger === "attack")).toMatchObject({ actorPhrase: "gunmen" });
    expect(events("Police arrested those involved in the attack.").find((x) => x.trigger === "attack")).toMatchObject({ actorPhrase: "those" });
  });

  it("reads a participle opening an aside after a noun as a reduced passive that noun undergoes", () => {
    expect(events("The doctors – wounded by gunmen – had fled to Idlib.").find((x) => x.trigger === "wounded")).toMatchObject({ targetPhrase: "The doctors", actorPhrase: "gunmen" });
    // An irregular past the tagger reads as a noun after the comma is the participle.
    expect(events("The doctors, shot by gunmen, had fled to Idlib.").find((x) => x.trigger === "shot")).toMatchObject({ targetPhrase: "The doctors", actorPhrase: "gunmen" });
    // A list of past verbs after the subject's clause is no aside.
    expect(events("Gunmen attacked the village, killed five doctors, burned houses.").find((x) => x.trigger === "killed")?.targetPhrase).not.toBe("the village");
  });

  it("makes the subject of 'suffered' or 'sustained' the undergoer of the injuries it takes", () => {
    expect(events("Eleven doctors suffered mostly minor injuries in Idlib.").find((x) => x.trigger === "injuries")).toMatchObject({ targetPhrase: "Eleven doctors" });
    expect(events("Eleven doctors sustained gunshot wounds in Idlib.").find((x) => x.trigger === "wounds")).toMatchObject({ targetPhrase: "Eleven doctors" });
  });

  it("gives an event noun the subject that claims responsibility for it as its doer, not when the claim is denied", () => {
    expect(events("The gunmen had to admit responsibility for the attacks.").find((x) => x.trigger === "attacks")).toMatchObject({ actorPhrase: "The gunmen" });
    expect(events("No group has claimed responsibility for the attacks.").find((x) => x.trigger === "attacks")?.actorPhrase ?? null).toBeNull();
    expect(events("The gunmen did not claim responsibility for the attacks.").find((x) => x.trigger === "attacks")?.actorPhrase ?? null).toBeNull();
  });

  it("takes no time of day after 'at' as a participant", () => {
    for (const text of ["The air strikes at 9:02 a.m. hit Idlib.", "The air strikes at 9 p.m. hit Idlib.", "The air strikes at 10:30 hit Idlib.", "The air strikes at 9 : 02 a. hit Idlib."]) {
      const e = events(text).find((x) => x.trigger === "air strikes");
      expect(e?.targetPhrase ?? null, text).toBeNull();
    }
  });

  it("aims a noun event at the 'into' phrase of a verb of ramming, past the noun's own post-modifiers", () => {
    expect(events("A suicide bomber riding a motorcycle loaded with explosives crashed into a foot patrol near Bagram.").find((x) => x.trigger === "suicide bomber")).toMatchObject({ targetPhrase: "a foot patrol" });
    expect(events("A suicide bomber rammed his car into a police checkpoint in Kabul.").find((x) => x.trigger === "suicide bomber")).toMatchObject({ targetPhrase: "a police checkpoint" });
    expect(events("The air strikes in the morning targeted doctors in Idlib.").find((x) => x.trigger === "air strikes")).toMatchObject({ targetPhrase: "doctors" });
  });

  it("reads the subject across a locative word that closes it before the verb ('residents nearby were injured')", () => {
    expect(events("Doctors staying in a pension above were injured in Idlib.").find((x) => x.trigger === "injured")).toMatchObject({ targetPhrase: "Doctors" });
    expect(events("Doctors nearby were injured in Idlib.").find((x) => x.trigger === "injured")).toMatchObject({ targetPhrase: "Doctors" });
  });

  it("reads a noun event's undergoer after its 'by' phrase ('the attack by X on Y')", () => {
    expect(events("The air strikes by the US-led coalition on doctors in Idlib killed four.").find((x) => x.trigger === "air strikes")).toMatchObject({ actor: "coal", targetPhrase: "doctors" });
    // An "of" after the agent post-modifies it.
    expect(events("The air strikes by the head of Islamic State angered Russia.").find((x) => x.trigger === "air strikes")?.targetPhrase ?? null).toBeNull();
  });

  it("reads an -ing word after a preposition, before its object, as a gerund with that object", () => {
    const data = (normal: string, pos: string): TokenData => ({ normal, pos, lemma: normal, sentence: 0, index: 0, spaceBefore: 1 });
    const tokens = [data("aimed", "VERB"), data("at", "ADP"), data("intimidating", "ADJ"), data("its", "PRON"), data("neighbors", "NOUN")];
    expect(repairTags(tokens, (i) => tokens[i]!.normal, () => true)[2]!.pos).toBe("VERB");
    // "the use of intimidating tactics": an adjective before its noun stays one.
    const other = [data("of", "ADP"), data("intimidating", "ADJ"), data("tactics", "NOUN")];
    expect(repairTags(other, (i) => other[i]!.normal, () => true)[1]!.pos).toBe("ADJ");
  });

  it("reads an -ing noun after a preposition, before a bare plural of a party, as a gerund ('accused of beating villagers')", () => {
    const data = (normal: string, pos: string): TokenData => ({ normal, pos, lemma: normal, sentence: 0, index: 0, spaceBefore: 1 });
    const party = (t: TokenData) => t.normal === "villagers";
    const tokens = [data("accused", "VERB"), data("of", "ADP"), data("beating", "NOUN"), data("villagers", "NOUN")];
    expect(repairTags(tokens, (i) => tokens[i]!.normal, () => true, undefined, party)[2]!.pos).toBe("VERB");
    // "reports of shooting incidents": before a noun that names no party it stays the compound's noun.
    const other = [data("reports", "NOUN"), data("of", "ADP"), data("shooting", "NOUN"), data("incidents", "NOUN")];
    expect(repairTags(other, (i) => other[i]!.normal, () => true, undefined, party)[2]!.pos).toBe("NOUN");
  });
});

describe("a verb joined by 'and' to one whose object holds a quoted name (find-role-phrases.ts coordinatedVerbBefore)", () => {
  const doer = (text: string, trigger: string) => extractEventsByHand(text, { actors: [] }).find((e) => e.data.trigger.text === trigger)?.data.actorPhrase?.text ?? null;

  it("shares that verb's subject: 'a caller who gave the name \"Kling\" and requested delivery'", () => {
    expect(doer('The clerk said she took a phone order from a caller who gave the name "Kling" and requested delivery to a motel room.', "requested")).toBe("a caller");
  });

  it("with curly quotes too: 'The senator praised the “historic” deal and called for a vote'", () => {
    expect(doer("The senator praised the “historic” deal on Monday and called for a vote in parliament.", "called for")).toBe("The senator");
  });
});
