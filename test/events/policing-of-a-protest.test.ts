/**
 * A demonstration and what is done to it on the spot are one ACLED event (fold-policing-into-protests.ts):
 * the arrest or the shooting stays a PLOVER event of its own, coded as part of the protest's ACLED row.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";
import { findProtestParts, foldProtestCoding } from "../../src/stages/events/fold-policing-into-protests.js";
import type { LayerAnnotation } from "../../src/core/index.js";

async function events(text: string) {
  const doc = await extractDocument({ text }, { published: "2019-06-01" });
  return doc.events;
}

function rows(evs: Awaited<ReturnType<typeof events>>) {
  return evs.filter((e) => e.acled && !e.acled.partOf);
}

describe("the policing of a demonstration in its ACLED row", () => {
  it("codes an arrest of protesters at a demonstration as part of it, with the police as actor2", async () => {
    const evs = await events("Police arrested 15 protesters during a demonstration against fuel prices in Lagos on Monday.");
    const arrest = evs.find((e) => e.type === "COERCE")!;
    const protest = evs.find((e) => e.type === "PROTEST")!;
    expect(arrest.acled?.partOf).toBe(protest.id);
    expect(protest.acled).toMatchObject({ subEventType: "Protest with intervention", actor1: "Protesters (Nigeria)", actor2: "Police Forces of Nigeria" });
    // The arrest's coding is the row's; PLOVER keeps the arrest with its own doer.
    expect(arrest.acled).toMatchObject({ subEventType: "Protest with intervention", actor1: "Protesters (Nigeria)" });
    expect(rows(evs)).toHaveLength(1);
  });

  it("takes arrests in the next sentence of no one else into the demonstration", async () => {
    const evs = await events("Hundreds of people protested in Harare on Tuesday. Police fired tear gas and arrested 20 of them.");
    expect(rows(evs).map((e) => e.type)).toEqual(["PROTEST"]);
    expect(rows(evs)[0]!.acled).toMatchObject({ subEventType: "Protest with intervention", actor2: "Police Forces of Zimbabwe" });
  });

  it("points partOf at the demonstration's public id when the arrest is told first", async () => {
    const evs = await events("Hundreds of opposition supporters blocked a highway near Faizabad on Wednesday. The protesters were arrested and taken to police lines. They said they were protesting against traffic restrictions.");
    const arrest = evs.find((e) => e.type === "COERCE")!;
    const protest = evs.find((e) => e.type === "PROTEST")!;
    expect(evs.indexOf(arrest)).toBeLessThan(evs.indexOf(protest));
    expect(arrest.acled?.partOf).toBe(protest.id);
  });

  it("keeps an arrest on another day at another place apart, and leaves that protest peaceful", async () => {
    const evs = await events("Opposition supporters rallied in Kampala on Monday. On Friday, police arrested the party's leader at his home in Entebbe.");
    const protest = evs.find((e) => e.type === "PROTEST")!;
    const arrest = evs.find((e) => e.type === "COERCE")!;
    expect(arrest.acled).toMatchObject({ subEventType: "Arrests" });
    expect(arrest.acled?.partOf).toBeUndefined();
    expect(protest.acled?.subEventType).toBe("Peaceful protest");
  });

  it("keeps arrests made before a rally apart from it", async () => {
    const evs = await events("Several opposition activists were detained by police before the president's rally in Voi on Saturday.");
    const arrest = evs.find((e) => e.type === "COERCE");
    expect(evs.some((e) => e.type === "PROTEST")).toBe(true);
    expect(arrest?.acled?.subEventType).toBe("Arrests");
    expect(arrest?.acled?.partOf).toBeUndefined();
  });

  it("gives the demonstration's row the deaths of the shooting that broke it up, and the force as actor1 of excessive force", async () => {
    const evs = await events("Security forces shot dead three protesters during a rally in Khartoum on Sunday.");
    const [row] = rows(evs);
    expect(rows(evs)).toHaveLength(1);
    expect(row!.acled).toMatchObject({ subEventType: "Excessive force against protesters", actor1: "Military Forces of Sudan", actor2: "Protesters (Sudan)", fatalities: 3 });
  });

  it("codes gunmen firing on a protest as its excessive force, the gunmen first and the protesters second", async () => {
    const evs = await events("Gunmen opened fire on a protest in Baghdad on Saturday, killing four demonstrators.");
    expect(rows(evs)).toHaveLength(1);
    expect(rows(evs)[0]!.acled).toMatchObject({ subEventType: "Excessive force against protesters", actor1: "Unidentified Armed Group (Iraq)", actor2: "Protesters (Iraq)" });
  });

  it("counts what rioters destroy in their own sentence as their riot, one row", async () => {
    const evs = await events("Black-clad rioters set fire to a street in Sai Wan Ho in Hong Kong on Monday.");
    expect(rows(evs)).toHaveLength(1);
    expect(rows(evs)[0]!.acled).toMatchObject({ eventType: "Riots", subEventType: "Violent demonstration" });
  });

  it("names the force whose dispersal was absorbed into the demonstration, and takes its bare casualty word in", async () => {
    const evs = await events("Police used tear gas to disperse hundreds of students protesting in Nairobi on Friday, injuring 5.");
    expect(rows(evs)).toHaveLength(1);
    expect(rows(evs)[0]!.acled).toMatchObject({ actor1: "Protesters (Kenya)", actor2: "Police Forces of Kenya" });
  });

  it("keeps the force that dispersed a demonstration told in the sentence before when a death follows, as actor1 of excessive force", async () => {
    const evs = await events("Hundreds of protesters marched against new market taxes in Mombasa on Monday. Police fired tear gas to scatter them, and one protester was shot dead.");
    expect(rows(evs)).toHaveLength(1);
    expect(rows(evs)[0]!.acled).toMatchObject({ subEventType: "Excessive force against protesters", actor1: "Police Forces of Kenya", fatalities: 1 });
  });

  it("leaves a grenade thrown by others at the soldiers apart from the protest in its sentence", async () => {
    const evs = await events("Villagers hurled a grenade into an army truck in Sagaing on Tuesday after soldiers had fired on a protest there, killing five soldiers.");
    const grenade = evs.find((e) => e.type === "ASSAULT" && e.mode === "grenade");
    expect(evs.some((e) => e.type === "PROTEST")).toBe(true);
    expect(grenade?.acled?.subEventType).toBe("Grenade");
    expect(grenade?.acled?.partOf).toBeUndefined();
  });
});

describe("foldProtestCoding", () => {
  const ev = (id: string, type: string, acled: object | null, fatalities: number | null = null): LayerAnnotation<"event"> =>
    ({ id, layer: "event", start: 0, end: 1, source: { stage: "events", rule: "r" }, data: { type, acled, fatalities: fatalities === null ? null : { min: fatalities, max: fatalities, text: "" } } }) as unknown as LayerAnnotation<"event">;

  it("changes nothing without parts or dispersals", () => {
    const anns = [ev("v1", "PROTEST", { eventType: "Protests", subEventType: "Peaceful protest", actor1: "Protesters (Kenya)", actor2: null })];
    const before = JSON.stringify(anns);
    foldProtestCoding(anns, new Map());
    expect(JSON.stringify(anns)).toBe(before);
  });

  it("makes a peaceful protest that met arrests a protest with intervention, and never counts a part's toll below the row's own", () => {
    const anns = [
      ev("v1", "PROTEST", { eventType: "Protests", subEventType: "Peaceful protest", actor1: "Protesters (Kenya)", actor2: null }, 2),
      ev("v2", "COERCE", { eventType: "Strategic developments", subEventType: "Arrests", actor1: "Police Forces of Kenya", actor2: null }, 1),
    ];
    foldProtestCoding(anns, new Map([[1, 0]]), new Map([[1, "Police Forces of Kenya"]]));
    expect(anns[0]!.data.acled).toEqual({ eventType: "Protests", subEventType: "Protest with intervention", actor1: "Protesters (Kenya)", actor2: "Police Forces of Kenya" });
    expect(anns[1]!.data.acled).toMatchObject({ subEventType: "Protest with intervention", partOf: "v1" });
    expect(anns[1]!.data.acled).not.toHaveProperty("fatalities");
  });

  it("is given nothing to fold for events that are not told as happening", () => {
    expect(findProtestParts([], new Map(), () => true, () => true).size).toBe(0);
  });
});

describe("live fire at a demonstration", () => {
  it("is a shooting coded as excessive force, the force that fired named first", async () => {
    const evs = await events("Iraqi security forces fired live ammunition at protesters in Baghdad on Sunday.");
    expect(evs.some((e) => e.type === "ASSAULT" && e.mode === "firearms")).toBe(true);
    const [row] = rows(evs);
    expect(row!.acled).toMatchObject({ subEventType: "Excessive force against protesters", actor1: "Military Forces of Iraq", actor2: "Protesters (Iraq)" });
  });
});

describe("a killing whose victims are protesters", () => {
  it("stays a killing with its doer and toll: the protesters' noun names whom it befell and does not take it over", async () => {
    const evs = await events("Police killed three protesters in Caracas on Monday.");
    const killing = evs.find((e) => e.type === "ASSAULT");
    expect(killing).toBeDefined();
    expect(killing!.trigger?.text).toBe("killed");
    expect(killing!.fatalities?.min).toBe(3);
    expect(killing!.acled?.subEventType).toBe("Excessive force against protesters");
  });

  it("reads a noun's victims after 'of': 'the slaying of seven demonstrators'", async () => {
    const evs = await events("Residents were angered by the slaying of seven demonstrators in Caracas on Monday.");
    expect(evs.some((e) => e.type === "ASSAULT" && e.trigger?.text === "slaying")).toBe(true);
  });
});

describe("the people wounded when police dispersed a protest", () => {
  it("are the protest's casualties, one ACLED row, not an attack on civilians with the police as its victims", async () => {
    const evs = await events("Dozens of people were wounded when police dispersed a protest in Conakry with tear gas on Thursday.");
    const wounding = evs.find((e) => e.type === "ASSAULT")!;
    const protest = evs.find((e) => e.type === "PROTEST")!;
    expect(wounding.acled?.partOf).toBe(protest.id);
    expect(rows(evs)).toHaveLength(1);
  });
});

describe("water cannon fired at a vessel", () => {
  it("is coercion at sea by the force that fired it, with the injuries it caused, not a protest", async () => {
    const { extractDocument } = await import("../../src/index.js");
    const doc = await extractDocument({ text: "Chinese coast guard ships fired water cannons at a Vietnamese fishing boat near the Paracel Islands on Sunday, injuring four fishermen, officials said." }, { published: "2023-11-12" });
    const coerce = doc.events.filter((e) => e.type === "COERCE");
    expect(coerce).toHaveLength(1);
    expect(coerce[0]!.acled?.eventType).not.toBe("Protests");
    expect(coerce[0]!.acled?.actor1).toBe("Military Forces of China");
    expect(coerce[0]!.injuries?.min).toBe(4);
    expect(doc.events.some((e) => e.type === "ASSAULT" || e.type === "PROTEST")).toBe(false);
  });
});
