/**
 * Rules read from the failures of the second set of wire-style stories (scripts/wire-stories/set-2): word senses that
 * tell no happening (people pulled from wreckage, blasting in a mine, the noun "pressure", aid named by a charge, a crime
 * naming a case or a unit, "the injured", "each person killed"), "opened <kind of> fire", a labour strike told by its
 * length, acts told as going on for years or repeated in a perfect, and old happenings after a lead whose news merged
 * into a later telling of it. Sentences written for these tests, none taken from
 * a story of the set or from an eval corpus.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

async function events(text: string, published = "2024-06-10") {
  const doc = await extractDocument({ text }, { published });
  return doc.events.map((e) => ({ type: e.type, background: e.background, modality: e.modality, trigger: e.trigger?.text ?? "" }));
}
const counted = async (text: string, published?: string) => (await events(text, published)).filter((e) => !e.background && e.modality === "asserted");

describe("word senses that tell no happening", () => {
  it.each([
    ["Rescuers pulled six survivors from the rubble of the hotel in Izmir on Tuesday.", "RETREAT"],
    ["Two miners were pulled from the flooded shaft near Zonguldak on Monday.", "RETREAT"],
    ["The quarry halted blasting at its site near Leeds after residents complained about cracks in their walls.", "ACCUSE"],
    ["The layoffs add to pressure on the steelmaker's board in Sheffield.", "THREATEN"],
    ["A court in Minsk jailed the blogger on charges of insulting the president and aiding an extremist group.", "AID"],
    ["Police in Lima recorded 900 extortion cases in the first half of the year.", "ORG_CRIME"],
    ["The governor visited the injured at a hospital in Dhaka on Friday.", "ASSAULT"],
    ["The company will pay 10,000 dollars to the family of each person killed in the Surat factory blaze.", "ASSAULT"],
  ])("%s -> no %s", async (text, type) => {
    expect((await counted(text)).filter((e) => e.type === type)).toEqual([]);
  });

  it("keeps troops pulled out of a town, and an extortion racket's crime told as done", async () => {
    expect((await counted("The army pulled its troops out of the town of Bakhmut on Sunday.")).some((e) => e.type === "RETREAT")).toBe(true);
    expect((await counted("Gang members kidnapped a shopkeeper in Guayaquil on Monday.")).some((e) => e.type === "ASSAULT")).toBe(true);
  });
});

describe("opened fire with its kind between", () => {
  it.each([
    ["Soldiers opened indiscriminate fire on the crowd in Bamako on Friday, a witness said."],
    ['The ministry said enemy troops had opened "unprovoked fire" on a border post near Kotli on Monday.'],
  ])("%s is shooting, no blaze", async (text) => {
    const evs = await counted(text);
    expect(evs.some((e) => e.type === "ASSAULT")).toBe(true);
    expect(evs.some((e) => e.type === "MAN_MADE_DISASTER")).toBe(false);
  });
});

describe("a labour strike told by its length and its demand", () => {
  it("is a protest", async () => {
    const evs = await counted("Dock staff in Antwerp began a 24-hour strike on Monday to demand higher bonuses, a spokesman said.");
    expect(evs.some((e) => e.type === "PROTEST")).toBe(true);
  });
});

describe("an act told as a pattern", () => {
  it.each([
    ["Ankara has for years carried out air strikes on the militants in the mountains of northern Iraq."],
    ["Residents have for decades demanded that the chemical plants be moved out of the town."],
    ["Rights groups have repeatedly criticised the government of Uganda over its treatment of critics."],
  ])("%s -> background", async (text) => {
    expect(await counted(text)).toEqual([]);
  });

  it("leaves a single act done again and again, and the worst floods for decades", async () => {
    expect((await counted("The attacker repeatedly stabbed a guard at the gate of the prison in Kampala on Monday.")).some((e) => e.type === "ASSAULT")).toBe(true);
    expect((await counted("The worst floods for decades hit the Sylhet region on Monday, killing 12 people.")).length).toBeGreaterThan(0);
  });
});

describe("old happenings after the lead", () => {
  it("are background when the lead's news merged into a later telling of it", async () => {
    const text =
      'NIAMEY, Niger (Reuters) - Nigerien and Chadian troops "neutralised" 15 insurgents in an operation in southeastern Diffa region over the weekend, Niger\'s defence ministry said on Monday.\n\n' +
      "The joint forces attacked an insurgent base near the village of Bosso, in Diffa region, on Saturday and seized rifles and motorcycles, the ministry said in a statement. Three Nigerien soldiers were killed and five wounded in the fighting, it said.\n\n" +
      "Chad deployed about 1,000 troops to the region in 2020 at the request of the government in Niamey.";
    const evs = await events(text, "2024-09-23");
    expect(evs.find((e) => e.type === "MOBILIZE")?.background).toBe(true);
  });
});

describe("a summary of attacks told town by town", () => {
  it("keeps each town's attack apart from the summary, at its town and on the summary's day", async () => {
    const text =
      "MAIDUGURI, Nigeria (Reuters) - Jihadists launched coordinated attacks across Borno state overnight, killing at least 30 people, officials said on Monday.\n\n" +
      "In the town of Gwoza, fighters attacked a military post, killing 12 soldiers, a security source said.\n\n" +
      "In Monguno, gunmen shot dead 18 men from Kano state at a cattle market, residents said.";
    const doc = await extractDocument({ text }, { published: "2024-03-04" });
    const place = (id: string | null) => doc.places.find((p) => p.id === id)?.name ?? "";
    const attacks = doc.events.filter((e) => e.type === "ASSAULT" && !e.background);
    expect(attacks.some((e) => place(e.place).includes("Gwoza") && e.fatalities?.min === 12)).toBe(true);
    expect(attacks.some((e) => place(e.place).includes("Monguno") && e.fatalities?.min === 18)).toBe(true);
    expect(attacks.some((e) => place(e.place).includes("Kano"))).toBe(false);
  });
});

describe("a struggle for control", () => {
  it("control fought over is no seizure", async () => {
    expect((await counted("Gangs fight for control of territory in the port city of Guayaquil, officials said on Monday.")).filter((e) => e.type === "COERCE")).toEqual([]);
  });
});
