/**
 * Places of incident notes read by notes25's rules (sentences written for these tests, not taken from any corpus or set):
 * a place line in brackets after a name no locative word leads, and districts located at their namesake towns written as one word.
 */
import { describe, expect, it } from "vitest";
import { foldName } from "../../src/stages/places/fold-name.js";
import { kmFrom, placeNamed, placesIn, resources } from "./place-test-kit.js";

const { gazetteer } = resources;

describe("incident-note place lines (notes25)", () => {
  it("reads a bracket of listed names ending in a province as the place line of the name before it, with no locative word ('took control of El Bur (Ceel Buur, Galgaduud)')", () => {
    const places = placesIn("Somali forces took control of El Bur (Ceel Buur, Galgaduud) after the militants withdrew.", [["El Bur", "PERSON"], ["Ceel Buur", "PERSON"], ["Galgaduud", "GPE"]]);
    const town = placeNamed(places, "El Bur");
    expect(town?.country).toBe("SO");
    expect(kmFrom(town!, 4.68, 46.62)).toBeLessThan(50);
  });

  it("leaves a bracket that is no place line alone ('Ahmed Ali (AFP)')", () => {
    const places = placesIn("The spokesman of Ahmed Ali (AFP, Reuters) said nothing.", [["Ahmed Ali", "PERSON"]]);
    expect(placeNamed(places, "Ahmed Ali")).toBeUndefined();
  });

  it("puts a district with no listed place at its namesake town written as one word ('Ceel Dheer' district, the town Ceeldheer)", () => {
    const district = [...gazetteer.lookup(foldName("Ceel Dheer")), ...gazetteer.lookupSecondary(foldName("Ceel Dheer"))].map((i) => gazetteer.entry(i)).find((e) => e.kind === "admin2" && e.country === "SO");
    expect(district).toBeDefined();
    expect(kmFrom(district!, 3.85, 47.18)).toBeLessThan(30);
  });

  it("finds a long division name written without its leading Spanish article ('Litoral del San Juan' for GeoNames' 'El Litoral del San Juan')", () => {
    const places = placesIn("Armed groups clashed in rural Litoral del San Juan (Litoral del San Juan, Choco).", [["Litoral del San Juan", "GPE"], ["Choco", "GPE"]]);
    const town = placeNamed(places, "Litoral del San Juan") ?? placeNamed(places, "Litoral");
    expect(town?.country).toBe("CO");
    expect(kmFrom(town!, 4.26, -77.36)).toBeLessThan(50);
    // A short name keeps its article: "El Carmen" is no "Carmen".
    expect(gazetteer.lookupSecondary(foldName("Carmen")).map((i) => gazetteer.entry(i)).some((e) => e.kind === "admin2" && e.name === "El Carmen")).toBe(false);
  });

  it("reads 'on the X axis (District, Province)' as a place line: 'axis' is a place's type word, and a province known by its seat's spelling ('Idleb') ends a place line", () => {
    const places = placesIn("HTS fighters clashed with regime forces on the Kafr Nabl axis (Maarrat An Numan, Idleb).", [["HTS", "ORG"], ["Kafr Nabl", "PERSON"], ["Maarrat An Numan", "PERSON"], ["Idleb", "GPE"]]);
    const idleb = placeNamed(places, "Idleb");
    expect(idleb?.country).toBe("SY");
    expect(placeNamed(places, "Kafr Nabl")?.country).toBe("SY");
  });
});
