/** A campaign's running total, captives marched off, a neighbour across a border, a re-mention of an attack (sentences written for these tests). */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

const story = (text: string) => extractDocument({ text }, { published: "2024-03-12" });

describe("a campaign's running total", () => {
  it("told with a long subject and a relative aside is no event's toll", async () => {
    const doc = await story("The war between the military and the RSF, which erupted in April last year, has killed more than 14,000 people.");
    expect(doc.events.some((e) => (e.fatalities?.min ?? 0) > 0 && !e.background)).toBe(false);
  });

  it("leaves one day's fighting its dead", async () => {
    const doc = await story("Fighting has killed at least 20 people in Khartoum on Saturday, medics said.");
    expect(doc.events[0]?.fatalities?.min).toBe(20);
  });
});

describe("march", () => {
  it("of captives driven on by their captors is no protest", async () => {
    const doc = await story("Gunmen stormed the church and marched the congregation into nearby forest.");
    expect(doc.events.some((e) => e.type === "PROTEST")).toBe(false);
    const away = await story("The abductees were marched away at gunpoint.");
    expect(away.events.some((e) => e.type === "PROTEST")).toBe(false);
  });

  it("of protesters through the streets stays one", async () => {
    const doc = await story("Thousands of protesters marched through the streets of Nairobi on Tuesday.");
    expect(doc.events[0]?.type).toBe("PROTEST");
  });
});

describe("a country across a border", () => {
  it("is not where the attack was", async () => {
    const doc = await story("BAMAKO (Reuters) - Militants attacked the Boulkessi army camp near the border with Burkina Faso on Monday, killing 10 soldiers.");
    const place = doc.places.find((p) => p.id === doc.events[0]?.place);
    expect(place?.country).toBe("ML");
  });
});

describe("a re-mention of the attack in its own sentence", () => {
  it("does not take the attack's toll and target away", async () => {
    const doc = await story("Militants attacked an army camp in central Mali on Monday, killing 10 soldiers, the army said, adding that it had repelled the assault.");
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]?.fatalities?.min).toBe(10);
    expect(doc.actors.find((a) => a.id === doc.events[0]?.target)?.name).toBe("Military Forces of Mali");
  });
});
