/** Disasters placed where they struck, and a nation's fire read as its forces' shooting (sentences written for these tests). */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

const story = (text: string) => extractDocument({ text }, { published: "2023-10-15" });
const placeOf = (doc: Awaited<ReturnType<typeof story>>, k = 0) => doc.places.find((p) => p.id === doc.events[k]?.place);
const actorOf = (doc: Awaited<ReturnType<typeof story>>, k = 0) => doc.actors.find((a) => a.id === doc.events[k]?.actor);

describe("disasters", () => {
  it("are placed in the country they struck, not at the dateline's town, and aim at no party", async () => {
    const quake = await story("KABUL, Afghanistan (AP) — An earthquake struck western Afghanistan on Sunday, killing at least 15 people, officials said.");
    expect(quake.events).toHaveLength(1);
    expect(placeOf(quake)?.name).toBe("Afghanistan");
    expect(quake.events[0]?.target).toBeNull();
    const floods = await story("Floods hit northern Nigeria on Sunday, killing 20 people.");
    expect(placeOf(floods)?.name).toBe("Nigeria");
  });

  it("merge with a later sentence that names the town they struck", async () => {
    const doc = await story("DHAKA, Bangladesh (AP) — A cyclone slammed into the coast of southern Bangladesh on Sunday, killing at least 30 people.\n\nCyclone Mocha made landfall near the town of Cox's Bazar with winds of up to 195 kilometers per hour.");
    expect(doc.events).toHaveLength(1);
    expect(placeOf(doc)?.text).toBe("Cox's Bazar");
    expect(doc.events[0]?.fatalities?.min).toBe(30);
  });
});

describe("a nation's fire", () => {
  it("after 'by', 'under' or 'from' is its forces' shooting, not a blaze", async () => {
    const doc = await story("The Palestinian Health Ministry said two men were killed by Israeli fire in Jenin.");
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]?.type).toBe("ASSAULT");
    expect(actorOf(doc)?.name).toBe("Military Forces of Israel");
    expect(doc.events[0]?.fatalities?.min).toBe(2);
  });

  it("with an article or as a subject stays a blaze", async () => {
    const blaze = await story("Three people were killed by the California fire.");
    expect(blaze.events[0]?.type).toBe("MAN_MADE_DISASTER");
    const bush = await story("The Australian fires burned 3,000 homes.");
    expect(bush.actors.some((a) => a.name.startsWith("Military Forces"))).toBe(false);
  });

  it("of a raid is the raid's own violence", async () => {
    const doc = await story("Israeli forces killed two Palestinian gunmen during a raid in the West Bank town of Jenin on Tuesday.\n\nThe Palestinian Health Ministry said two men were killed by Israeli fire in Jenin and four others were wounded.");
    expect(doc.events.filter((e) => e.type === "ASSAULT")).toHaveLength(1);
  });
});

describe("a mishap's re-mention", () => {
  it("'the accident' at a named site in a town merges with the collapse and takes the town, not a namesake abroad", async () => {
    const doc = await story("HARARE (Reuters) - At least 12 miners were killed when a shaft collapsed at a gold mine in central Zimbabwe on Wednesday, the ministry said.\n\nThe accident happened at the Bay Horse mine in Chegutu, about 100 km west of the capital Harare.");
    expect(doc.events).toHaveLength(1);
    expect(placeOf(doc)?.name).toBe("Chegutu");
    expect(doc.events[0]?.fatalities?.min).toBe(12);
  });
});
