/**
 * A demand's, a threat's or an accusation's place is where its own clause sets it; a place another
 * phrase of the sentence names is that phrase's (extract-events.ts placeOfAnotherPhrase): a locative
 * phrase on a noun of the verb's object, or a place in the phrase of an earlier verb.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

async function commentsOf(text: string): Promise<{ type: string; trigger: string; place: string | null; placePhrase: string | null }[]> {
  const doc = await extractDocument({ text }, { published: "2019-06-01" });
  const names = new Map(doc.places.map((p) => [p.id, p.text]));
  return doc.events.map((e) => ({ type: e.type, trigger: e.trigger?.text ?? "", place: e.place ? names.get(e.place) ?? null : null, placePhrase: e.placePhrase?.text ?? null }));
}

describe("a place in another phrase than a comment's", () => {
  it("is no place of an order when it locates a noun of the order's object", async () => {
    const [order] = (await commentsOf("The State Department ordered the departure of family members of American staff at its embassy in Caracas.")).filter((e) => e.type === "REQUEST");
    expect(order?.place).toBeNull();
    // Nor is the object's site phrase ("at its embassy") the order's.
    expect(order?.placePhrase).toBeNull();
  });
  it("is no place of a demand told after another verb whose phrase holds it", async () => {
    const evs = await commentsOf("The party won most seats in Dagestan and called on its rivals to concede.");
    expect(evs.find((e) => e.type === "REQUEST")?.place).toBeNull();
  });
  it("is no place of a demand joined by 'and' to an earlier verb of saying whose object holds it", async () => {
    const evs = await commentsOf("The council declared a new republic in the south of Mali, and called on its supporters to defend it.");
    expect(evs.find((e) => e.type === "REQUEST")?.place).toBeNull();
  });
});

describe("a comment's own setting", () => {
  it("stays before the verb with no other verb before it (a subject before a verb is no preposition's object)", async () => {
    const evs = await commentsOf("In Caracas, opposition leaders called for new elections.");
    expect(evs.find((e) => e.type === "REQUEST")?.place).toBe("Caracas");
  });
  it("stays when a comma sets the place off as an adjunct of the comment's clause", async () => {
    const evs = await commentsOf("While he has favored economic isolation, at a campaign stop in Ciudad Juarez, he called for an extended free-trade zone.");
    expect(evs.find((e) => e.type === "REQUEST")?.place).toBe("Ciudad Juarez");
  });
  it("is shared by a participle that hangs on the clause before it", async () => {
    const evs = await commentsOf("Governor Tim Pawlenty stopped in Moorhead, urging residents to join the flood fight.");
    expect(evs.find((e) => e.type === "REQUEST")?.place).toBe("Moorhead");
  });
});
