/**
 * A bare "the capital" placed at the story country's capital, the victim of "died of a gunshot wound", the place of an
 * act a body reports of itself, and word senses: a telephone call, hand grenades, a protest lodged at a summons, a
 * crewed aircraft shot down. Sentences written for sitrep, none from an eval corpus or from sitrep's own proxy sets.
 */
import { describe, expect, it } from "vitest";
import { eventRows } from "./event-rows.js";

const read = eventRows;

describe("a bare 'the capital'", () => {
  it("is the capital of the country the story is about", async () => {
    const { events } = await read("NAIROBI, Kenya (AP) — Police fired tear gas at demonstrators in the port city of Mombasa on Tuesday. In the capital, hundreds of students marched to parliament.");
    const march = events.find((e) => e.type === "PROTEST" && e.trigger.startsWith("marched"));
    expect(march?.place).toBe("Nairobi");
  });

  it("is no place when it names money or a country's own capital", async () => {
    const { doc } = await read("ABUJA, Nigeria (Reuters) — The bank raised fresh capital on Monday. The capital markets rallied, and Lagos, the commercial capital, was calm.");
    expect(doc.places.filter((p) => p.text === "capital")).toEqual([]);
  });
});

describe("who died of a wound", () => {
  it("is the wound's victim, not its doer", async () => {
    const { events } = await read("A 41-year-old teacher died of a gunshot wound at a clinic in Arequipa on Sunday, officials said.");
    const death = events.find((e) => e.type === "ASSAULT");
    expect(death?.actor).toBeNull();
    expect(death?.target).not.toBeNull();
    expect(death?.dead).toBe(1);
  });
});

describe("what a body reports of itself", () => {
  it("happened where the body is", async () => {
    const { events } = await read("Police in the southern city of Cali said they had arrested two members of a drug gang.");
    expect(events.find((e) => e.type === "COERCE")?.place).toBe("Cali");
  });
});

describe("word senses", () => {
  it("a telephone call is no demand", async () => {
    const { events } = await read("The family received a call on Friday night from men who said they were holding him.");
    expect(events.filter((e) => e.type === "REQUEST")).toEqual([]);
  });

  it("hand grenades hand nothing over", async () => {
    const { events } = await read("The attackers threw hand grenades over the fence of the barracks before dawn.");
    expect(events.filter((e) => e.mode === "handover")).toEqual([]);
  });

  it("a protest made at a summons is a complaint, no demonstration", async () => {
    const { events } = await read("Seoul summoned the Japanese ambassador on Monday to protest the remarks of a minister.");
    expect(events.filter((e) => e.type === "PROTEST")).toEqual([]);
    expect(events.some((e) => e.type === "ACCUSE")).toBe(true);
  });

  it("a crewed aircraft shot down is an attack; a drone shot down stays a disrupted weapon", async () => {
    const { events: plane } = await read("Rebels said they shot down an army helicopter near the border on Tuesday.");
    expect(plane.some((e) => e.type === "ASSAULT")).toBe(true);
    const { events: drone } = await read("The army said it shot down two drones near the border on Tuesday.");
    expect(drone.some((e) => e.type === "ASSAULT")).toBe(false);
    expect(drone.some((e) => e.type === "COERCE")).toBe(true);
  });
});

describe("whose a thing is", () => {
  it("is no party of the act done to it", async () => {
    const { events } = await read("A drone boat struck a Norwegian-owned tanker off the coast on Tuesday, setting it ablaze.");
    const attack = events.find((e) => e.type === "ASSAULT");
    expect(attack).toBeDefined();
    expect(attack!.target ?? "").not.toMatch(/Norw/);
  });
});

describe("a strike that hits a thing", () => {
  it("is an air or missile strike, which joins the strike told before and gives it its finer place", async () => {
    const { events } = await read("GAZA CITY (AP) — An Israeli air strike in central Gaza killed three people on Monday, medics said.\n\nThe strike hit a car near the town of Deir al-Balah, they said.");
    const strikes = events.filter((e) => e.type === "ASSAULT");
    expect(strikes).toHaveLength(1);
    expect(strikes[0]!.mode).toBe("air-strike");
  });

  it("a strike that hits output stays no attack", async () => {
    const { events } = await read("Dockworkers said the strike hit exports at the port for a third day.");
    expect(events.filter((e) => e.type === "ASSAULT")).toEqual([]);
  });
});
