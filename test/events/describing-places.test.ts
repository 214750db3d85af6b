/**
 * Place names that describe a participant rather than set a scene: a name that only opens a hyphenated
 * word ("the US-controlled zone": assign-arguments.ts opensHyphenatedWord), and the containers written
 * after a name in a descriptive relative clause ("who lived in Quincy, Massachusetts": extract-events.ts
 * containedFrom), are no place of what the sentence tells.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

async function placesOf(text: string): Promise<{ trigger: string; place: string | null }[]> {
  const doc = await extractDocument({ text }, { published: "2019-06-01" });
  const names = new Map(doc.places.map((p) => [p.id, p.text]));
  return doc.events.map((e) => ({ trigger: e.trigger?.text ?? "", place: e.place ? names.get(e.place) ?? null : null }));
}

describe("a name that opens a hyphenated word", () => {
  it("is no place of the event ('near the US-controlled zone')", async () => {
    const evs = await placesOf("Rebels attacked a checkpoint near the US-controlled zone on Monday, killing two soldiers.");
    expect(evs.find((e) => e.trigger === "attacked")?.place).toBeNull();
  });
  it("leaves a name standing as a word of its own a place", async () => {
    const evs = await placesOf("Rebels attacked a checkpoint in Syria on Monday, killing two soldiers.");
    expect(evs.find((e) => e.trigger === "attacked")?.place).toBe("Syria");
  });
});

describe("the containers after a name in a descriptive relative clause", () => {
  it("describe the person as the name does ('who lived in Quincy, Massachusetts')", async () => {
    const evs = await placesOf("Police said the suspect, who lived in Quincy, Massachusetts, was arrested on Friday during a manhunt.");
    expect(evs.find((e) => e.trigger === "arrested")?.place).toBeNull();
  });
  it("describe a group as the name does ('who are based in Miranshah, North Waziristan')", async () => {
    const evs = await placesOf("The militants, who are based in Miranshah, North Waziristan, attacked a checkpoint on Monday.");
    expect(evs.find((e) => e.trigger === "attacked")?.place).toBeNull();
  });
  it("still place the event of the clause they stand in ('attacked a checkpoint in Miranshah, North Waziristan')", async () => {
    const evs = await placesOf("The militants attacked a checkpoint in Miranshah, North Waziristan, on Monday.");
    expect(evs.find((e) => e.trigger === "attacked")?.place).not.toBeNull();
  });
});

describe("a happening told as set off by another ('prompting airstrikes')", () => {
  async function tellings(text: string): Promise<{ trigger: string; place: string | null; told: (string | null)[] }[]> {
    const doc = await extractDocument({ text }, { published: "2019-06-01" });
    const names = new Map(doc.places.map((p) => [p.id, p.text]));
    const name = (id: string | null | undefined) => (id ? names.get(id) ?? null : null);
    return doc.events.map((e) => ({ trigger: e.trigger?.text ?? "", place: name(e.place), told: (e.mentions ?? []).map((m) => name(m.place)) }));
  }
  it("is told at no place of its own: the cause's place is only the story's guess for it", async () => {
    const evs = await tellings("Taliban fighters killed five soldiers in an attack in Kandahar on Monday, prompting Afghan airstrikes.");
    expect(evs.find((e) => e.trigger === "attack")?.place).toBe("Kandahar");
    expect(evs.find((e) => e.trigger === "airstrikes")?.told).toEqual([null]);
  });
  it("leaves the cause's own tellings their place ('killing two soldiers')", async () => {
    const evs = await tellings("Gunmen attacked a checkpoint in Kandahar on Monday, killing two soldiers.");
    expect(evs[0]?.told.every((p) => p === "Kandahar")).toBe(true);
  });
});
