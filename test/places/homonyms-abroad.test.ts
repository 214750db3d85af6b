/**
 * The article's country as a prior against homonyms abroad, and containers written with a division
 * word or a bracket. Sentences written for these tests (general usage), not taken from any eval corpus.
 */
import { describe, expect, it } from "vitest";
import type { EntityType, LayerAnnotation } from "../../src/core/index.js";
import { extractPlaces } from "../../src/stages/places/places-stage.js";
import { makeDocument, placeNamed, placesIn, resources } from "./place-test-kit.js";

/** Places of a text whose named parties (actors stage) have the given countries. */
function placesWithParties(text: string, entities: readonly [string, EntityType][], parties: readonly [string, string][], kind: "armed group" | "government" | "military" = "armed group") {
  const doc = makeDocument(text, entities);
  const actor: LayerAnnotation<"actor">[] = parties.map(([name, country], k) => {
    const start = text.indexOf(name);
    return { id: `a${k + 1}`, layer: "actor", start, end: start + name.length, data: { name, kind, country, title: null, affiliation: null, aliases: [], mentions: [], dictionaryId: `actor:test-${k}`, entityType: "ORG" }, source: { stage: "test", rule: "hand" } };
  });
  return extractPlaces({ ...doc, layers: { ...doc.layers, actor } }, resources).map((a) => a.data);
}

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

  it("takes the reading in the country the article's parties point to over a larger homonym abroad", () => {
    const places = placesWithParties("Taliban fighters attacked security checkpoints in Daman on Monday.", [["Taliban", "ORG"], ["Daman", "GPE"]], [["Taliban", "AF"]]);
    expect(placeNamed(places, "Daman")?.country).toBe("AF");
  });

  it("keeps a town's one reading across the border from an armed group's country", () => {
    const places = placesWithParties("Al-Shabaab militants attacked a police post in Mandera on Monday.", [["Al-Shabaab", "ORG"], ["Mandera", "GPE"]], [["Al-Shabaab", "SO"]]);
    expect(placeNamed(places, "Mandera")?.country).toBe("KE");
    // A state's own body still turns the small town abroad down: states act at home.
    const state = placesWithParties("NISA officers raided a house in Mandera on Monday.", [["NISA", "ORG"], ["Mandera", "GPE"]], [["NISA", "SO"]], "government");
    expect(placeNamed(state, "Mandera")?.country).not.toBe("KE");
  });

  it("keeps a town's one reading abroad when only a state's military names the other country", () => {
    const text = "Israeli air strikes hit a residential building in Baalbek on Tuesday.";
    const entities: [string, EntityType][] = [["Israeli", "NORP"], ["Baalbek", "GPE"]];
    // The demonym of forces that strike across borders does not alone turn the town down ...
    expect(placeNamed(placesWithParties(text, entities, [["Israeli air strikes", "IL"]], "military"), "Baalbek")?.country).toBe("LB");
    // ... while the same demonym on a state body that acts at home does.
    const officials = "Israeli officials met residents in Baalbek on Tuesday.";
    expect(placeNamed(placesWithParties(officials, entities, [["Israeli officials", "IL"]], "government"), "Baalbek")?.country).not.toBe("LB");
  });

  it("never encloses a name at the homonym abroad it was turned down for", () => {
    const places = placesIn("Afghan soldiers clashed with insurgents in Nawa, an Afghan official said, and Afghan police arrived.", [["Nawa", "GPE"]]);
    expect(placeNamed(places, "Nawa")?.country ?? "AF").toBe("AF");
  });
});

describe("places stage: regions and landmarks in one country", () => {
  it("carry that country ('Sambisa Forest' in Nigeria, 'Heathrow' in Britain), and regions across borders none", () => {
    expect(placeNamed(placesIn("Troops killed 23 militants in air strikes in Sambisa Forest on Monday."), "Sambisa Forest")?.country).toBe("NG");
    expect(placeNamed(placesIn("The flight landed at Heathrow on Monday."), "Heathrow")?.country).toBe("GB");
    expect(placeNamed(placesIn("Floods hit the Sahel on Monday."), "Sahel")?.country ?? null).toBeNull();
  });
});

describe("places stage: a division cue that picked an alternate name", () => {
  it("yields to the place listed under the name itself ('Macomia district': Macomia, Mozambique, was unplaced)", () => {
    expect(placeNamed(placesIn("Militants beheaded three villagers in Macomia district on Monday."), "Macomia")?.country).toBe("MZ");
  });
});
