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
    expect(e).toMatchObject({ actorPhrase: "suicide bombers" });
    expect(e?.conjuncts).toContain("Taliban gunmen");
  });

  it("is no doer as an object: 'intimidating protesters and journalists'", () => {
    const protest = phrase("Bands of toughs roam poor neighborhoods, intimidating protesters and journalists.", []).find((e) => e.trigger === "protesters");
    expect(protest?.actorPhrase ?? null).toBeNull();
  });
});
