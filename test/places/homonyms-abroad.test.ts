/**
 * The article's country as a prior against homonyms abroad, and containers written with a division
 * word or a bracket. Sentences written for these tests (general usage), not taken from any eval corpus.
 */
import { describe, expect, it } from "vitest";
import { placeNamed, placesIn } from "./place-test-kit.js";

describe("places stage: homonyms abroad", () => {
  it("does not send a small town's name abroad when the article is about another country", () => {
    const places = placesIn("SAN SALVADOR, El Salvador - Heavy clashes were reported in Escalon, a district of San Salvador, as the army fought rebels across El Salvador.");
    expect(placeNamed(places, "Escalon")?.country).not.toBe("US");
  });

  it("keeps a small town abroad when the article points to its country", () => {
    const places = placesIn("Firefighters in California contained a grass fire near Escalon, east of Modesto, on Tuesday.");
    expect(placeNamed(places, "Escalon")?.country).toBe("US");
  });

  it("places a district named with 'district of' inside the province that follows", () => {
    const places = placesIn("KABUL, Afghanistan - Rebels attacked a base in Nawa district of Helmand, Afghanistan, officials said.");
    expect(placeNamed(places, "Nawa")?.country).toBe("AF");
  });

  it("reads 'City (Country)' as the city in that country", () => {
    const places = placesIn("Panama City (Panama), 3 Nov - The archbishop reported the kidnapping of a nun.");
    expect(placeNamed(places, "Panama City")?.country).toBe("PA");
  });
});
