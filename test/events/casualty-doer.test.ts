/**
 * A casualty word's doer is that of the event noun that caused it (casualty-doer.ts): "killed in IS
 * attacks", "died in an attack by Boko Haram", "the Taliban's attack on the checkpoint killed nine",
 * "the bombing that killed 12", "were killed when Taliban gunmen opened fire"; not a noun after "after", nor a clash's side.
 */
import { describe, expect, it } from "vitest";
import { extractEventsByHand, type HandActor } from "./annotate-by-hand.js";

/** Each telling's trigger and doer, as the per-telling scorers read them. */
const tellings = (text: string, actors: HandActor[]) =>
  extractEventsByHand(text, { actors }).flatMap((e) => (e.data.mentions ?? []).map((m) => ({ trigger: m.trigger.text, actor: m.actor ?? null })));

const IS: HandActor[] = [{ id: "is", name: "Islamic State", kind: "armed group", mentions: ["IS", "Islamic State"] }];
const BH: HandActor[] = [{ id: "bh", name: "Boko Haram", kind: "armed group", mentions: ["Boko Haram"] }];
const TALIBAN: HandActor[] = [{ id: "tb", name: "Taliban", kind: "armed group", mentions: ["Taliban"] }];

describe("the doer of a casualty word told beside the event noun that caused it", () => {
  it("gives 'were killed in IS attacks' the attacks' doer", () => {
    expect(tellings("More than two dozen soldiers were killed in IS attacks near Palmyra.", IS)).toContainEqual({ trigger: "killed", actor: "is" });
  });

  it("reads a by-phrase of the noun: 'died in an attack by Boko Haram militants'", () => {
    expect(tellings("Three soldiers died in an attack by Boko Haram militants near Maiduguri.", BH)).toContainEqual({ trigger: "died", actor: "bh" });
  });

  it("reads the noun as the verb's subject: 'The Taliban's attack on the checkpoint killed nine officers'", () => {
    expect(tellings("The Taliban's attack on the checkpoint killed nine officers.", TALIBAN)).toContainEqual({ trigger: "killed", actor: "tb" });
  });

  it("reads a relative clause: 'claimed the bombing that killed 12 people'", () => {
    expect(tellings("The Islamic State claimed responsibility for the bombing that killed 12 people in Baghdad.", IS)).toContainEqual({ trigger: "killed", actor: "is" });
  });

  it("reads a 'when' or 'as' clause: 'Four people were killed when Taliban gunmen opened fire on a bus'", () => {
    expect(tellings("Four people were killed when Taliban gunmen opened fire on a bus in Kabul.", TALIBAN)).toContainEqual({ trigger: "killed", actor: "tb" });
  });

  it("gives no doer through 'after': 'two militants were killed after an IS attack' may be the attackers' death", () => {
    const killed = tellings("Two militants were killed after an IS attack on a checkpoint.", IS).find((t) => t.trigger === "killed");
    expect(killed?.actor ?? null).toBeNull();
  });

});

/** Each telling's trigger, doer and doer's words. */
const doers = (text: string, actors: HandActor[]) =>
  extractEventsByHand(text, { actors }).flatMap((e) => (e.data.mentions?.length ? e.data.mentions : [e.data]).map((m) => ({ trigger: m.trigger.text, actor: m.actor ?? null, actorPhrase: m.actorPhrase?.text ?? null })));

const POLICE: HandActor[] = [{ id: "pol", name: "Police Forces of Nigeria", kind: "police", mentions: ["Police"] }];

describe("a verb whose subject is an event's noun", () => {
  it("takes no reporter before that subject as its doer: 'Police said a revenge attack in Lagos killed four men'", () => {
    const killed = doers("Police said a revenge attack in Lagos killed four men.", POLICE).find((t) => t.trigger === "killed");
    expect(killed?.actor ?? null).toBeNull();
  });

  it("reads the noun's 'on' phrase as inside the subject, no doer: 'a night raid on the compound killed a commander'", () => {
    const killed = doers("A night raid on the compound killed a local commander.", []).find((t) => t.trigger === "killed");
    expect(killed?.actorPhrase ?? null).toBeNull();
  });

  it("keeps a doer reached through an infinitive: 'demanding Obama make a pledge not to pardon Clinton'", () => {
    const people: HandActor[] = [{ id: "obama", name: "Barack Obama", kind: "person", mentions: ["Obama"] }, { id: "clinton", name: "Hillary Clinton", kind: "person", mentions: ["Clinton"] }];
    expect(doers("Trump is demanding President Obama make a pledge not to pardon Clinton.", people).find((t) => t.trigger === "pardon")).toMatchObject({ actor: "obama" });
  });
});
