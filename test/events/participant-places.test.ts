/**
 * A place phrase on a noun of a clause's subject ("police in Lyon", "the owner of an agency in
 * Junction City") locates that participant, not the acts the sentence tells further on; it is the
 * place only of what the subject itself does there (participant-place.ts, extract-events.ts).
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

async function placesOf(text: string): Promise<{ type: string; trigger: string; place: string | null }[]> {
  const doc = await extractDocument({ text }, { published: "2019-06-01" });
  const names = new Map(doc.places.map((p) => [p.id, p.text]));
  return doc.events.map((e) => ({ type: e.type, trigger: e.trigger?.text ?? "", place: e.place ? names.get(e.place) ?? null : null }));
}

describe("a place that post-modifies a noun of the subject", () => {
  it("is no place of an act told further on, under another verb", async () => {
    const evs = await placesOf("Police in the city of Lyon were searching for a man believed to be responsible for a Friday blast which injured several people.");
    expect(evs.find((e) => e.trigger === "blast")?.place).toBeNull();
    // The search is what the police in Lyon do there.
    expect(evs.find((e) => e.type === "ACCUSE")?.place).toBe("Lyon");
  });
  it("is no place of an act the subject only reports, so the act's own place wins", async () => {
    const evs = await placesOf("Officials in Kabul said a suicide bomber attacked a mosque in Kandahar province on Friday.");
    expect(evs.find((e) => e.type === "ASSAULT")?.place).toBe("Kandahar");
  });
  it("is no place of an act in a relative clause of the subject", async () => {
    const evs = await placesOf("The owner of a rental agency in Junction City, Kansas, identified the man who rented the truck used in the bombing.");
    expect(evs.find((e) => e.trigger === "bombing")?.place).toBeNull();
  });
  it("is the place of the subject's own act: its predicate, or an act the subject's party does", async () => {
    expect((await placesOf("Gunmen in Kabul attacked a police checkpoint on Monday."))[0]?.place).toBe("Kabul");
    const evs = await placesOf("The EU's leaders in Brussels are expected to play hardball in negotiating Britain's exit.");
    expect(evs.find((e) => e.trigger === "negotiating")?.place).toBe("Brussels");
  });
  it("leaves a place after a verb alone: an object's phrase may be the act's adjunct", async () => {
    const evs = await placesOf("Gunmen killed two soldiers in Kandahar on Monday.");
    expect(evs[0]?.place).toBe("Kandahar");
  });
});

describe("text in capitals only", () => {
  it("reads no subject in a sentence in capitals inside a cased text (the tagger does not tell its verbs from names) and keeps the place as before", async () => {
    const evs = await placesOf("OFFICIALS IN KABUL SAID A SUICIDE BOMBER KILLED 12 PEOPLE.\nThe provincial governor's spokesman gave no further details of the attack on the market.");
    expect(evs.find((e) => e.type === "ASSAULT")?.place).toBe("KABUL");
  });
  it("reads a text all in capitals as its cased form, once the truecase stage has restored its capitals", async () => {
    const caps = await placesOf("OFFICIALS IN KABUL SAID A SUICIDE BOMBER KILLED 12 PEOPLE.");
    const cased = await placesOf("Officials in Kabul said a suicide bomber killed 12 people.");
    expect(caps.map((e) => [e.type, e.place])).toEqual(cased.map((e) => [e.type, e.place]));
  });
});
