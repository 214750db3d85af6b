/** Who did what to whom, where and when: argument assignment from hand-made upstream layers. */
import { describe, expect, it } from "vitest";
import { extractEventsByHand, type HandActor } from "./annotate-by-hand.js";

const actors: HandActor[] = [
  { id: "us", name: "United States", kind: "country", mentions: ["United States", "US"] },
  { id: "tal", name: "Taliban", kind: "armed group", mentions: ["Taliban"] },
  { id: "isk", name: "Islamic State-Khorasan", kind: "armed group", mentions: ["IS-K"] },
  { id: "mut", name: "Amir Khan Muttaqi", kind: "person", mentions: ["Muttaqi"], affiliation: "tal" },
  { id: "afg", name: "Afghanistan", kind: "country", mentions: ["Afghanistan"] },
];

describe("actor and target", () => {
  it("takes the subject before the trigger as the actor and the object after it as the target", () => {
    const [e] = extractEventsByHand("The Taliban also warned the United States against destabilising the government.", { actors });
    expect(e!.data).toMatchObject({ type: "THREATEN", actor: "tal", target: "us" });
  });
  it("takes no witness, host or mediator for a side ('in the presence of the Taliban', 'brokered by the United States')", () => {
    const more: HandActor[] = [...actors, { id: "qa", name: "Qatar", kind: "country", mentions: ["Qatar"] }];
    const [e] = extractEventsByHand("Afghanistan and Qatar signed a trade agreement in Doha in the presence of the Taliban.", { actors: more });
    expect(e!.data).toMatchObject({ actor: "afg", target: "qa" });
    const [f] = extractEventsByHand("The Taliban and IS-K agreed to a truce brokered by Qatar and the United States.", { actors: more });
    expect(f!.data).toMatchObject({ actor: "tal", target: "isk" });
  });
  it("reads a passive: 'X was attacked by Y'", () => {
    const [e] = extractEventsByHand("The Taliban convoy was attacked by IS-K near the border.", { actors });
    expect(e!.data).toMatchObject({ actor: "isk", target: "tal" });
  });
  it("reads 'attacks by Y' as Y acting", () => {
    const [e] = extractEventsByHand("Officials counted a series of attacks by IS-K.", { actors });
    expect(e!.data.actor).toBe("isk");
  });
  it("codes a person's act for the organisation they belong to", () => {
    const [e] = extractEventsByHand("Muttaqi met officials in Doha.", { actors });
    expect(e!.data.actor).toBe("tal");
  });
  it("never takes a place-like actor after 'in' as the target", () => {
    const [e] = extractEventsByHand("The Taliban warned against instability in Afghanistan.", { actors });
    expect(e!.data.target).toBeNull();
  });
  it("leaves the actor null when no actor layer exists", () => {
    const [e] = extractEventsByHand("The Taliban raided an IS hideout.");
    expect(e!.data.actor).toBeNull();
    expect(e!.data.target).toBeNull();
  });
  it("does not take an actor across a clause boundary", () => {
    const events = extractEventsByHand("The Taliban raided a hideout after a roadside bomb wounded four fighters.", { actors });
    expect(events.find((e) => e.data.mode === "IED")?.data.actor).toBeNull();
  });
});

describe("place and date", () => {
  const places = [
    { id: "kabul", text: "Kabul", kind: "city" as const },
    { id: "parwan", text: "Parwan", kind: "admin1" as const },
    { id: "jbad", text: "Jalalabad", kind: "city" as const },
    { id: "afg", text: "Afghanistan", kind: "country" as const },
  ];
  it("prefers the most specific place in the clause", () => {
    const [e] = extractEventsByHand("IS-K claimed bomb attacks in the city of Jalalabad in eastern Afghanistan.", { places });
    expect(e!.data).toMatchObject({ place: "jbad", geoPrecision: "exact" });
  });
  it("gives country precision when only the country is named", () => {
    const [e] = extractEventsByHand("A bombing of a mosque in Afghanistan killed 60 people.", { places });
    expect(e!.data).toMatchObject({ place: "afg", geoPrecision: "country" });
  });
  it("marks 'north of Kabul' as near", () => {
    const [e] = extractEventsByHand("The Taliban raided a hideout just north of Kabul.", { places });
    expect(e!.data.geoPrecision).toBe("near");
  });
  it("attaches a date to the events of its own clause", () => {
    const events = extractEventsByHand("The Taliban warned the United States after talks since the Taliban took over Afghanistan in mid August.", {
      actors,
      dates: [{ id: "d1", text: "mid August", value: "2021-08" }],
    });
    expect(events.find((e) => e.data.type === "COERCE")?.data.date).toBe("d1");
    expect(events.find((e) => e.data.type === "THREATEN")?.data.date).toBeNull();
  });
  it("leaves place and date null when the layers are empty", () => {
    const [e] = extractEventsByHand("Rebels shelled the town on Friday.");
    expect(e!.data).toMatchObject({ place: null, date: null, geoPrecision: null });
  });
});

describe("coding participants as PLOVER does", () => {
  const state: HandActor[] = [
    { id: "us", name: "United States", kind: "country", country: "US", mentions: ["United States"] },
    { id: "dos", name: "State Department", kind: "government", country: "US", mentions: ["State Department"] },
    { id: "off", name: "State Department official", kind: "person", mentions: ["a State Department official"], affiliation: "dos" },
    { id: "tal", name: "Taliban", kind: "armed group", mentions: ["Taliban"] },
  ];
  it("codes a government body as its state when the state is named", () => {
    const [e] = extractEventsByHand("The State Department met the Taliban in Doha.", { actors: state });
    expect(e!.data.actor).toBe("us");
  });
  it("gives a demand in reported speech to its speaker when no actor is stated", () => {
    const text = "A State Department official said its priority was making sure the Taliban does not allow attacks.";
    const [e] = extractEventsByHand(text, { actors: state, quotes: [{ speaker: "off", text: "its priority was making sure the Taliban does not allow attacks" }] });
    expect(e!.data).toMatchObject({ type: "REQUEST", modality: "demanded", actor: "us", target: "tal" });
  });
  it("gives a deed on the ground demanded in reported speech to no speaker: 'urged residents to join the protest'", () => {
    const text = "A State Department official said it urged residents to join the protest.";
    const events = extractEventsByHand(text, { actors: state, quotes: [{ speaker: "off", text: "it urged residents to join the protest" }] });
    const protest = events.find((e) => e.data.type === "PROTEST");
    expect(protest?.data.modality).toBe("demanded");
    expect(protest?.data.actor).toBeNull();
  });
  it("keeps the speaker for a demanded deed a possessive names: 'is pressing its military operations'", () => {
    const text = "The army command says it is pressing its military operations in Douma.";
    const events = extractEventsByHand(text, { actors: state, quotes: [{ speaker: "off", text: "it is pressing its military operations in Douma" }] });
    expect(events.find((e) => e.data.type === "ASSAULT")?.data).toMatchObject({ modality: "demanded", actor: "us" });
  });
  it("does not take a participant's name as the event's place", () => {
    const [e] = extractEventsByHand("United States has assured to help the Taliban.", { actors: state, places: [{ id: "p-us", text: "United States", kind: "country" }] });
    expect(e!.data.place).toBeNull();
  });
});
