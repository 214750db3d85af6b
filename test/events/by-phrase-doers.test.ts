/**
 * Doers a by-phrase or an apposition names (assign-arguments.ts, find-role-phrases.ts): inside a gapped
 * trigger's reduced relative ("A bomb planted by Al-Shabaab militants exploded"), every item of a
 * by-phrase's list ("carried out by Hamas and Islamic Jihad fighters": the second item is a doer too,
 * never the target), and the name before an apposition a participle post-modifies ("Al-Shabaab, a
 * Somali militant group linked to al-Qaeda, attacked"); and a trigger that names its doers ("Taliban
 * gunmen and suicide bombers attacked": the list is the doer phrase).
 */
import { describe, expect, it } from "vitest";
import { extractEventsByHand, type HandActor } from "./annotate-by-hand.js";

const events = (text: string, actors: HandActor[]) => extractEventsByHand(text, { actors }).map((e) => ({ trigger: e.data.trigger.text, actor: e.data.actor, target: e.data.target }));

describe("doers in by-phrases", () => {
  it("reads the by-phrase of a reduced relative inside a gapped trigger: 'A bomb planted by Al-Shabaab militants exploded'", () => {
    const shabaab: HandActor[] = [{ id: "shb", name: "al-Shabaab", kind: "armed group", mentions: ["Al-Shabaab"] }];
    expect(events("A bomb planted by Al-Shabaab militants exploded in Mogadishu on Monday.", shabaab)[0]).toMatchObject({ actor: "shb" });
  });

  it("reads 'An explosive device placed by Boko Haram detonated' the same way", () => {
    const bh: HandActor[] = [{ id: "bh", name: "Boko Haram", kind: "armed group", mentions: ["Boko Haram"] }];
    expect(events("An explosive device placed by Boko Haram detonated at a market in Maiduguri.", bh)[0]).toMatchObject({ actor: "bh" });
  });

  it("takes no later item of a by-phrase's list for the target: 'carried out by Hamas and Islamic Jihad fighters'", () => {
    const groups: HandActor[] = [{ id: "hamas", name: "Hamas", kind: "armed group", mentions: ["Hamas"] }, { id: "pij", name: "Palestinian Islamic Jihad", kind: "armed group", mentions: ["Islamic Jihad"] }];
    const attack = events("The attack was carried out by Hamas and Islamic Jihad fighters in Gaza.", groups)[0];
    expect(attack).toMatchObject({ actor: "hamas" });
    expect(attack?.target).not.toBe("pij");
  });
});

describe("a name with an apposition a participle post-modifies", () => {
  it("is the doer: 'Al-Shabaab, a Somali militant group linked to al-Qaeda, attacked a base'", () => {
    const groups: HandActor[] = [{ id: "shb", name: "al-Shabaab", kind: "armed group", mentions: ["Al-Shabaab"] }, { id: "aq", name: "al-Qaeda", kind: "armed group", mentions: ["al-Qaeda"] }];
    expect(events("Al-Shabaab, a Somali militant group linked to al-Qaeda, attacked a military base in Lower Shabelle.", groups)[0]).toMatchObject({ actor: "shb" });
  });
});

describe("a trigger that names the people who do the act", () => {
  const phrase = (text: string, actors: HandActor[]) => extractEventsByHand(text, { actors }).map((e) => ({ trigger: e.data.trigger.text, actorPhrase: e.data.actorPhrase?.text ?? null, conjuncts: (e.data.actorPhrase?.conjuncts ?? []).map((c) => c.text) }));
  const TALIBAN: HandActor[] = [{ id: "tb", name: "Taliban", kind: "armed group", mentions: ["Taliban"] }];

  it("is its own doer phrase, with its list, as the subject of an event's verb: 'Taliban gunmen and suicide bombers attacked'", () => {
    const [e] = phrase("Taliban gunmen and suicide bombers attacked Camp Shorabak in Helmand Province.", TALIBAN);
    // The item that holds the canonical actor (the Taliban) is the actor's own words; the trigger's phrase is one more item.
    expect(e).toMatchObject({ actorPhrase: "Taliban gunmen" });
    expect(e?.conjuncts).toContain("suicide bombers");
  });

  it("is its own doer opening a sentence, where the tagger reads its capital as a name's: 'Protesters clash with security forces'", () => {
    const told = extractEventsByHand("Protesters clash with security forces in the capital.", { actors: [] }).flatMap((e) => e.data.mentions ?? []);
    expect(told.find((m) => m.trigger.text === "Protesters")?.actorPhrase?.text).toBe("Protesters");
  });

  it("is no doer as an object: 'intimidating protesters and journalists'", () => {
    const protest = phrase("Bands of toughs roam poor neighborhoods, intimidating protesters and journalists.", []).find((e) => e.trigger === "protesters");
    expect(protest?.actorPhrase ?? null).toBeNull();
  });
});

describe("a noun event's by-phrase after an aside (find-role-phrases.ts byAfterClosedAside)", () => {
  const BH: HandActor[] = [{ id: "bh", name: "Boko Haram", kind: "armed group", mentions: ["Boko Haram"] }];
  const doer = (text: string, actors: HandActor[] = []) => extractEventsByHand(text, { actors }).map((e) => ({ trigger: e.data.trigger.text, actor: e.data.actor, actorPhrase: e.data.actorPhrase?.text ?? null, target: e.data.target }));

  it("reads the doer past a bracket, and never takes it for the target: 'The attack (the third this month) by Boko Haram'", () => {
    const [e] = doer("The attack (the third this month) by Boko Haram killed nine people in Borno.", BH);
    expect(e).toMatchObject({ actor: "bh", actorPhrase: "Boko Haram" });
    expect(e?.target).not.toBe("bh");
  });

  it("reads it past a pair of dashes: 'two mass shootings — in Kano and Kaduna — by bandits'", () => {
    expect(doer("Two mass shootings — in Kano and Kaduna — by bandits left 20 people dead.")[0]).toMatchObject({ actorPhrase: "bandits" });
  });

  it("reads it past a noun phrase set off by commas: 'The assault, the deadliest this year, by the rebels'", () => {
    expect(doer("The assault, the deadliest this year, by the rebels killed nine soldiers.")[0]).toMatchObject({ actorPhrase: "the rebels" });
  });

  it("takes no degree for a doer: 'The bombing, by far the deadliest this year, killed'", () => {
    expect(doer("The bombing, by far the deadliest this year, killed nine soldiers.")[0]?.actorPhrase ?? null).toBeNull();
  });

  it("keeps a participle the tagger read as a verb inside the doer's phrase: 'by self-radicalized terrorists'", () => {
    expect(doer("We have seen two mass shootings — in San Bernardino and Orlando — by self-radicalized terrorists.")[0]).toMatchObject({ actorPhrase: "self-radicalized terrorists" });
  });
});

describe("a participle after a passive with a by-phrase (find-role-phrases.ts participleSubject)", () => {
  const tellings = (text: string) => extractEventsByHand(text, { actors: [] }).flatMap((e) => (e.data.mentions ?? []).map((m) => ({ trigger: m.trigger.text, actorPhrase: m.actorPhrase?.text ?? null })));

  it("does not take the passive's subject, who underwent it, as the doer: 'The hotel was wrecked by an explosion, killing 12 guests and injuring 30 others'", () => {
    const told = tellings("The hotel was wrecked by an explosion on Tuesday, killing 12 guests and injuring 30 others.");
    expect(told.find((t) => t.trigger === "killing")).toMatchObject({ actorPhrase: null });
    expect(told.find((t) => t.trigger === "injuring")).toMatchObject({ actorPhrase: null });
  });

  it("takes the by-phrase's party: 'A convoy was ambushed by gunmen near Gao, killing four soldiers'", () => {
    expect(tellings("A convoy was ambushed by gunmen near Gao on Monday, killing four soldiers.").find((t) => t.trigger === "killing")).toMatchObject({ actorPhrase: "gunmen" });
  });

  it("keeps the subject after a subordinator: 'The sergeant was killed by a roadside bomb while battling insurgents'", () => {
    expect(tellings("The sergeant was killed by a roadside bomb while battling insurgents near Raqqa.").find((t) => t.trigger === "battling")).toMatchObject({ actorPhrase: "The sergeant" });
  });
});
