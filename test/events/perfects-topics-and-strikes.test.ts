/**
 * Background told by a perfect (a passive one, or one describing a group), a year that opens a sentence, a happening a
 * question is about, a strike from afar told again by its munitions, the spent rounds of a crime scene and a place where
 * something else went. Sentences written for sitrep, none from an eval corpus or from sitrep's own proxy sets.
 */
import { describe, expect, it } from "vitest";
import { counted, eventRows } from "./event-rows.js";

const events = async (text: string, published?: string) => (await eventRows(text, published)).events;

describe("a passive perfect going on since long ago", () => {
  it("is background, the means its clause names too", async () => {
    const evs = await events("Government convoys have been ambushed by gunmen and roadside bombs dozens of times since 2019, the ministry says.");
    expect(counted(evs).filter((e) => e.type === "ASSAULT")).toEqual([]);
  });

  it("is a happening when the going-on began days ago", async () => {
    const evs = await events("The town has been shelled by rebel artillery since Saturday, residents said.");
    expect(counted(evs).some((e) => e.type === "ASSAULT")).toBe(true);
  });
});

describe("a perfect that describes a group", () => {
  it("is background in a relative clause set off by a comma", async () => {
    const evs = await events("Police blamed the Eastern Brigade, which has attacked security forces across the province.");
    expect(counted(evs).filter((e) => e.type === "ASSAULT")).toEqual([]);
  });

  it("is a happening with a toll or a day of its own", async () => {
    const evs = await events("Police blamed the Eastern Brigade, which has attacked a checkpoint on Sunday, killing four officers.");
    expect(counted(evs).some((e) => e.type === "ASSAULT")).toBe(true);
  });
});

describe("a year that opens a sentence", () => {
  it("dates every event of it, which then is background beside the story's news", async () => {
    const evs = await events("Gunmen killed six people at a market in Kaduna on Saturday, police said.\n\nIn 2019, a similar raid on the same market freed more than 200 detainees.");
    const freed = evs.find((e) => e.trigger.startsWith("freed"));
    expect(freed?.date).toBe("2019");
    expect(freed?.background).toBe(true);
    expect(counted(evs).some((e) => e.type === "ASSAULT" && e.dead === 6)).toBe(true);
  });
});

describe("a happening a question is about", () => {
  it("takes the question's day as no day of its own, and joins the telling before", async () => {
    const evs = await events("Gunmen opened fire on diners at a restaurant in the city of León late Friday, killing five people, prosecutors said.\n\nThe governor, asked about the León killings at a news conference on Monday, promised more patrols.", "2024-06-10");
    const attacks = evs.filter((e) => e.type === "ASSAULT");
    expect(attacks).toHaveLength(1);
    expect(attacks[0]!.date).toBe("2024-06-07");
  });
});

describe("a strike from afar told again by its munitions", () => {
  it("is one strike", async () => {
    const evs = await events("Russian missiles struck the city of Zaporizhzhia overnight, killing four people, officials said.\n\nThe regional governor said the missiles hit an industrial site and two apartment blocks shortly after midnight.");
    const attacks = counted(evs).filter((e) => e.type === "ASSAULT");
    expect(attacks).toHaveLength(1);
    expect(attacks[0]!.dead).toBe(4);
  });
});

describe("what a shooting left behind", () => {
  it.each([
    ["Investigators said shell casings from a pistol were found near the car."],
    ["Officers found spent cartridges at the scene."],
  ])("is no seizure in %s", async (text) => {
    const evs = await events(text);
    expect(evs.filter((e) => e.type === "COERCE" || e.type === "ASSAULT")).toEqual([]);
  });

  it("a seizure of weapons stays one", async () => {
    const evs = await events("Police found 12 rifles and a box of spent cartridges in the house.");
    expect(evs.some((e) => e.type === "COERCE")).toBe(true);
  });
});

describe("where something else went", () => {
  it("is no scene of the sentence's event", async () => {
    const evs = await events("TRIPOLI, Libya (AP) - Gunfire and explosions rocked western districts of the city on Tuesday, and ships waiting at the port were sent to Benghazi.");
    expect(evs.filter((e) => e.type === "ASSAULT").map((e) => e.place)).not.toContain("Benghazi");
  });
});

describe("running totals and states", () => {
  it("a campaign's perfect is its running total", async () => {
    const evs = await events("Rebels attacked a police post in the north on Monday, officials said.\n\nThe insurgency has displaced more than 3 million people.");
    expect(counted(evs).filter((e) => e.type === "DISPLACEMENT")).toEqual([]);
    expect(counted(evs).some((e) => e.type === "ASSAULT")).toBe(true);
  });

  it("a present passive tells a state or a recurring act", async () => {
    const evs = await events("Rebels attacked a police post in the north on Monday, officials said.\n\nAbout 400,000 people are displaced in the province, and dozens are kidnapped on its roads every month.");
    expect(counted(evs).filter((e) => e.type !== "ASSAULT" || e.trigger !== "attacked")).toEqual([]);
  });

  it("one fighting's toll in the perfect stays a happening", async () => {
    const evs = await events("Fighting in the town has killed at least 30 people, officials said.");
    expect(counted(evs).some((e) => e.type === "ASSAULT")).toBe(true);
  });
});

