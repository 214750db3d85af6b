/**
 * Places of incident notes read by notes25's rules (sentences written for these tests, not taken from any corpus or set):
 * a place line in brackets after a name no locative word leads, and districts located at their namesake towns written as one word.
 */
import { describe, expect, it } from "vitest";
import { foldName } from "../../src/stages/places/fold-name.js";
import { kmFrom, placeNamed, placesIn, resources } from "./place-test-kit.js";

const { gazetteer } = resources;

describe("incident-note place lines (notes25)", () => {
  it("puts a district with no listed place at its namesake town written as one word ('Ceel Dheer' district, the town Ceeldheer)", () => {
    const district = [...gazetteer.lookup(foldName("Ceel Dheer")), ...gazetteer.lookupSecondary(foldName("Ceel Dheer"))].map((i) => gazetteer.entry(i)).find((e) => e.kind === "admin2" && e.country === "SO");
    expect(district).toBeDefined();
    expect(kmFrom(district!, 3.85, 47.18)).toBeLessThan(30);
  });
});
